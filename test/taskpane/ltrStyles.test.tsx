/**
 * @jest-environment jsdom
 */
/**
 * src/taskpane/ltrStyles.ts stands in for rtl-css-js in the pane's build (webpack.config.js): with it,
 * Griffel still writes every rule of the pane's makeStyles as it does for a left-to-right page, and
 * the pane's FluentProvider (as index.tsx renders it, with no `dir`) is left to right, the only
 * direction a class is chosen for.
 */
import * as React from "react";
import { render } from "@testing-library/react";

jest.mock("rtl-css-js/core", () => jest.requireActual("../../src/taskpane/ltrStyles"));

import { FluentProvider, makeStyles } from "@fluentui/react-components";
import { convert, convertProperty } from "../../src/taskpane/ltrStyles";
import { themeFor } from "../../src/taskpane/theme";

const useStyles = makeStyles({
  box: { marginLeft: "7px", paddingRight: "3px", ":hover": { borderLeftWidth: "5px" } },
});

function Box(): React.JSX.Element {
  return <div data-testid="box" className={useStyles().box} />;
}

const cssText = () =>
  [...document.querySelectorAll("style")]
    .flatMap((s) => [...((s as HTMLStyleElement).sheet?.cssRules ?? [])].map((r) => r.cssText))
    .join("\n");

test("each declaration is its own twin", () => {
  expect(convertProperty("marginLeft", "7px")).toEqual({ key: "marginLeft", value: "7px" });
  const keyframes = { from: { left: 0 }, to: { left: "10px" } };
  expect(convert(keyframes)).toEqual(keyframes);
  expect(convert(keyframes)).not.toBe(keyframes);
});

test("the pane's FluentProvider is left to right and its styles are written as given, with no right-to-left copy", () => {
  const { getByTestId, container } = render(
    <FluentProvider theme={themeFor("light")}>
      <Box />
    </FluentProvider>
  );
  expect((container.firstElementChild as HTMLElement).getAttribute("dir")).toBe("ltr");
  const box = getByTestId("box");
  const css = cssText();
  for (const rule of ["margin-left: 7px", "padding-right: 3px", "border-left-width: 5px"]) expect([rule, css.includes(rule)]).toEqual([rule, true]);
  // rtl-css-js would have written the mirrored rules too (margin-right: 7px, …) for a right-to-left provider
  for (const rule of ["margin-right: 7px", "padding-left: 3px", "border-right-width: 5px"]) expect([rule, css.includes(rule)]).toEqual([rule, false]);
  expect(box.className.split(/\s+/).length).toBeGreaterThanOrEqual(3);
});
