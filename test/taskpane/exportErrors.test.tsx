/**
 * @jest-environment jsdom
 */
/** Issue 14: the Export tab's failures are worded by the one error → message function, one sentence each. */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ExportPanel } from "../../src/taskpane/components/ExportPanel";
import { couldNot } from "../../src/engine/common/errorMessage";

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);

test("couldNot: one full stop whether or not the message brings one; never an empty reason", () => {
  expect(couldNot("build the memo", new Error("The document is locked."))).toBe("Could not build the memo: The document is locked.");
  expect(couldNot("build the memo", new Error("disk full"))).toBe("Could not build the memo: disk full.");
  expect(couldNot("build the memo", undefined)).toBe("Could not build the memo: unknown error.");
});

test("the report, the cover note and the memo say their failure alike", async () => {
  const user = userEvent.setup();
  wrap(
    <ExportPanel
      getText={() => {
        throw new Error("no report yet");
      }}
      baseName="msa"
      download={jest.fn()}
      copy={async () => undefined}
      getNote={async () => Promise.reject({ name: "Error", message: "The worker stopped." })}
      getMemo={async () => Promise.reject("")}
    />
  );
  await user.click(screen.getByRole("button", { name: "Download JSON" }));
  expect(screen.getByRole("status").textContent).toBe("Could not build the report: no report yet.");
  await user.click(within(screen.getByRole("group", { name: "Cover note to the other side" })).getByRole("button", { name: "Download cover note" }));
  // an error from the worker arrives as a plain object: its message, not "[object Object]"
  expect(screen.getByRole("status").textContent).toBe("Could not write the cover note: The worker stopped.");
  await user.click(screen.getByRole("button", { name: "Download memo (.docx)" }));
  expect(screen.getByRole("status").textContent).toBe("Could not build the memo: unknown error.");
});
