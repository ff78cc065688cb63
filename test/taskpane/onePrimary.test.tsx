/**
 * @jest-environment jsdom
 */
/**
 * Issue 15, one primary action at a time, in Word mode (test/browser/primary.test.ts measures
 * browser mode in Chromium by colour): a button counts as primary when it carries the classes the
 * primary appearance adds to a button (disabled buttons lose them, as they lose the brand colour).
 */
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { Button } from "../../src/taskpane/components/Button";
import { FakeHost } from "./fakeHost";
import { fakeEngine } from "./fakeEngine";
import { SAMPLE } from "./sample";
import { expand } from "./rows";

/** The classes a primary button has and a secondary one of the same size has not. */
function primaryMarks(): string[] {
  const { container, unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary">a</Button>
      <Button>b</Button>
    </FluentProvider>
  );
  const [primary, secondary] = [...container.querySelectorAll("button")].map((b) => new Set(b.classList));
  unmount();
  // (Griffel's "___…" class names the whole combination, not the appearance: left out)
  const marks = [...primary].filter((c) => !secondary.has(c) && !c.startsWith("___"));
  if (marks.length === 0) throw new Error("the primary appearance adds no class: cannot tell it apart");
  return marks;
}

const primaries = (marks: string[]) =>
  screen
    .queryAllByRole("button")
    // (queryAllByRole leaves out what is hidden: display: none on an ancestor)
    .filter((b) => marks.every((c) => b.classList.contains(c)))
    .map((b) => b.textContent);

function setup(host: FakeHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App environment={{ kind: "word" }} host={host} engine={fakeEngine} download={jest.fn()} copy={jest.fn(async () => undefined)} />
    </FluentProvider>
  );
  return userEvent.setup();
}

test("Word mode: Apply all, a finding's Apply, Re-scan when the document changed, Save roles while editing: never two at once", async () => {
  const marks = primaryMarks();
  const host = new FakeHost(SAMPLE);
  const user = setup(host);
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
  expect(primaries(marks)).toEqual(["Apply all (3)"]);
  // a finding open: its Apply is the one
  await expand(user, "feedback");
  expect(primaries(marks)).toEqual(["Apply"]);

  // the document changed in Word: Re-scan now is the one
  host.editExternally(3, "The Agency may use them only for this project.");
  await act(async () => {
    fireEvent.focus(window);
  });
  await screen.findByText("The document changed");
  expect(primaries(marks)).toEqual(["Re-scan now"]);

  // roles editor open as well: Save roles is the one, the review waits hidden below
  await user.click(screen.getByRole("button", { name: /^Change roles/ }));
  const form = screen.getByRole("form", { name: "Change roles" });
  expect(document.activeElement).toBe(within(form).getByLabelText("You are called"));
  expect(screen.queryByRole("tablist")).toBeNull();
  expect(primaries(marks)).toEqual(["Save roles"]);
  await user.click(within(form).getByRole("button", { name: "Cancel" }));
  expect(screen.getByRole("tablist")).toBeTruthy();
  expect(document.activeElement).toBe(screen.getByRole("button", { name: /^Change roles/ }));
  expect(primaries(marks)).toEqual(["Re-scan now"]);
});

test("Word mode, a tab with nothing left to do: its one primary is the next step, which leads to the Export tab and its cover note; Re-scan alone when the document changed", async () => {
  const marks = primaryMarks();
  const host = new FakeHost(SAMPLE);
  const coverNote = jest.fn(() => "# Cover note");
  render(
    <FluentProvider theme={webLightTheme}>
      <App environment={{ kind: "word" }} host={host} engine={{ ...fakeEngine, coverNote }} download={jest.fn()} copy={jest.fn(async () => undefined)} />
    </FluentProvider>
  );
  const user = userEvent.setup();
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
  // nothing proposed yet: the Export tab's memo-less build leads with the report
  await user.click(screen.getByRole("tab", { name: "Export" }));
  expect(primaries(marks)).toEqual(["Download Markdown"]);
  await user.click(screen.getByRole("tab", { name: /^Clauses/ }));
  await user.click(screen.getByRole("button", { name: "Apply all (3)" }));
  await screen.findByText(/^Done: 3 applied/);
  // (the stand-in engine still finds the feedback clause after its change): dismissed, nothing is left
  expect(primaries(marks)).toEqual(["Apply all (1)"]);
  await user.click(within(await expand(user, "feedback")).getByRole("button", { name: "Dismiss" }));
  await screen.findByRole("tab", { name: /, 0 to act on\)$/ });
  // every suggestion proposed: Apply all has nothing left, the next step is the one primary
  expect(within(screen.getByRole("region", { name: "Next step" })).getByText(/^Nothing left to do here\./)).toBeTruthy();
  expect(primaries(marks)).toEqual(["Write the cover note"]);
  // a finding open that has nothing to apply does not take the primary away
  await expand(user, "for any purpose");
  expect(primaries(marks)).toEqual(["Write the cover note"]);
  for (const name of [/^Checklist/, "Playbook"]) {
    await user.click(screen.getByRole("tab", { name }));
    expect([String(name), primaries(marks).length]).toEqual([String(name), 1]);
  }
  await user.click(screen.getByRole("tab", { name: /^Clauses/ }));
  await user.click(screen.getByRole("button", { name: "Write the cover note" }));
  // the Export tab, with the keyboard focus on it (the button that was pressed is gone)
  const exportTab = screen.getByRole("tab", { name: "Export" });
  expect(exportTab.getAttribute("aria-selected")).toBe("true");
  expect(document.activeElement).toBe(exportTab);
  expect(primaries(marks)).toEqual(["Download cover note"]);
  // the document changed in Word: Re-scan now alone, the Export tab's lead steps down
  host.editExternally(3, "The Agency may use them only for this project.");
  await act(async () => {
    fireEvent.focus(window);
  });
  await screen.findByText("The document changed");
  expect(primaries(marks)).toEqual(["Re-scan now"]);
});

test("Word mode, a document without text: no score, and 'Scan again' (once the contract is open) is the one primary", async () => {
  const marks = primaryMarks();
  setup(new FakeHost(["", "  "]));
  await screen.findByText("Nothing to check");
  expect(screen.queryByRole("heading", { name: "Score" })).toBeNull();
  expect(primaries(marks)).toEqual(["Scan again"]);
});
