/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";

function renderApp(props: React.ComponentProps<typeof App>) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App {...props} />
    </FluentProvider>
  );
}

describe("App shell", () => {
  test("outside Office it renders and says it is not running inside Word", () => {
    renderApp({ environment: { kind: "browser", reason: "outside-office" }, host: null });
    expect(screen.getByRole("heading", { name: "TermScore" })).toBeTruthy();
    expect(screen.getByText("Not running inside Word")).toBeTruthy();
  });
  test("when office.js failed to load it still renders its explanation", () => {
    renderApp({ environment: { kind: "browser", reason: "office-js-missing" }, host: null });
    expect(screen.getByText(/Office library could not be loaded/)).toBeTruthy();
  });
  test("while Office starts it shows progress, not a blank page", () => {
    renderApp({ environment: null, host: null });
    expect(screen.getByRole("heading", { name: "TermScore" })).toBeTruthy();
    expect(screen.getByText(/Starting/)).toBeTruthy();
  });
  test("inside Word there is no 'not in Word' warning", () => {
    renderApp({ environment: { kind: "word" }, host: null });
    expect(screen.queryByText("Not running inside Word")).toBeNull();
  });
});
