/**
 * @jest-environment jsdom
 *
 * The pane's actions while the host is busy, racing or failing: Apply all's progress, a double
 * click, a paragraph changed after the pane's check, the addendum inserted twice or at the cursor,
 * a dismissal that cannot be saved, a re-read or an engine run that fails, Go to on moved text.
 */
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "./fakeHost";
import { ADDENDUM_TITLE, fakeEngine } from "./fakeEngine";
import { SAMPLE } from "./sample";
import { expand } from "./rows";

function setup(host: FakeHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App environment={{ kind: "word" }} host={host} engine={fakeEngine} />
    </FluentProvider>,
  );
  return userEvent.setup();
}

/** A gate the fake host waits on before each edit, opened step by step by the test. */
function stepper() {
  const waiting: Array<() => void> = [];
  return {
    gate: () => new Promise<void>((resolve) => waiting.push(resolve)),
    async step() {
      await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      await act(async () => {
        waiting.shift()?.();
      });
    },
  };
}

test("apply all shows its progress while the host works, then the summary", async () => {
  const host = new FakeHost(SAMPLE);
  const s = stepper();
  host.gate = s.gate;
  const user = setup(host);
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
  await user.click(screen.getByRole("button", { name: "Apply all (3)" }));
  await s.step();
  await screen.findByText("Applying 1 of 3");
  expect(screen.getByRole("progressbar")).toBeTruthy();
  // While it runs, the other actions wait (no second edit can start).
  await user.click(within(await expand(user, "for any purpose")).getByRole("button", { name: "Apply" }));
  expect(host.calls.apply).toBe(1);
  await s.step();
  await s.step();
  await screen.findByText("Applied 3, skipped 0, failed 0.");
  expect(screen.queryByRole("progressbar")).toBeNull();
  // Apply all includes the addendum unless unticked, and says so.
  expect(screen.getAllByRole("status")[0].textContent).toBe("Done: 3 applied, 0 skipped, 0 failed. The addendum was added at the end of the document.");
});

test("a double click applies once", async () => {
  const host = new FakeHost(SAMPLE);
  const user = setup(host);
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
  const button = within(await expand(user, "internal business purposes")).getByRole("button", { name: "Apply" });
  await user.dblClick(button);
  await screen.findByText("2 to act on · 1 with a change proposed, not agreed yet"); // still risky until the other side accepts
  expect(host.calls.apply).toBe(1);
  expect(host.changes).toHaveLength(1);
});

test("the host finds the paragraph changed after the pane's check: reported as skipped, nothing half-done", async () => {
  const host = new FakeHost(SAMPLE);
  const user = setup(host);
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
  // Change the paragraph between the pane's freshness read and the write.
  const realApply = host.apply.bind(host);
  host.apply = async (requests, options) => {
    host.editExternally(2, host.paragraphs[2].text + " Amended.");
    return realApply(requests, options);
  };
  await user.click(within(await expand(user, "for any purpose")).getByRole("button", { name: "Apply" }));
  await screen.findByText("Applied 0, skipped 1, failed 0.");
  expect(screen.getByRole("list", { name: "Not applied" }).textContent).toMatch(/Skipped: ¶ 3 · Broad license \(“for any purpose”\).*changed since the scan/);
  expect(host.changes).toHaveLength(0);
  expect(host.texts[2]).toBe(SAMPLE[2] + " Amended.");
});

test("inserting the addendum twice: the second time says it is already there", async () => {
  const host = new FakeHost(SAMPLE);
  const user = setup(host);
  await screen.findByRole("heading", { name: "Score" });
  await user.click(screen.getByRole("tab", { name: /^Checklist and addendum/ }));
  await user.click(screen.getByRole("button", { name: "Insert addendum" }));
  await screen.findByText(/^This document already has a TermScore addendum\./);
  // the addendum-complete state offers no second insertion (issue 15: one primary action)
  expect(screen.queryByRole("button", { name: "Insert addendum" })).toBeNull();
  expect(host.texts.filter((t) => t === ADDENDUM_TITLE)).toHaveLength(1);
});

test("at the cursor, where the host supports it", async () => {
  const host = new FakeHost(SAMPLE);
  host.cursor = 1;
  const user = setup(host);
  await screen.findByRole("heading", { name: "Score" });
  await user.click(screen.getByRole("tab", { name: /^Checklist and addendum/ }));
  await user.click(screen.getByRole("radio", { name: "At the cursor" }));
  await user.click(screen.getByRole("button", { name: "Insert addendum" }));
  await waitFor(() => expect(host.addendumWhere).toEqual(["cursor"]));
  expect(host.texts[2]).toBe(ADDENDUM_TITLE);
});

test("a failed save of a dismissal is reported and the finding stays", async () => {
  const host = new FakeHost(SAMPLE);
  host.throwNext.saveDismissed = "The document is read-only";
  const user = setup(host);
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
  await user.click(within(await expand(user, "feedback")).getByRole("button", { name: "Dismiss" }));
  await screen.findByText(/Could not remember the dismissal: The document is read-only/);
  expect(screen.getByRole("heading", { name: "Risky clauses (3)" })).toBeTruthy();
});

test("the edit is made but re-reading fails: the pane says the change was made and asks for a re-scan", async () => {
  const host = new FakeHost(SAMPLE);
  const user = setup(host);
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
  const realApply = host.apply.bind(host);
  host.apply = async (requests, options) => {
    const result = await realApply(requests, options);
    host.throwNext.read = "Word is busy";
    return result;
  };
  await user.click(within(await expand(user, "internal business purposes")).getByRole("button", { name: "Apply" }));
  await screen.findByText(/The change was made, but the document could not be read again \(Word is busy\)/);
  expect(host.changes).toHaveLength(1);
  expect(screen.getByText("The document changed")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Re-scan now" }));
  await screen.findByText("2 to act on · 1 with a change proposed, not agreed yet"); // still risky until the other side accepts
  expect(screen.queryByText("The document changed")).toBeNull();
});

test("an engine failure shows in the MessageBar, not only in the console", async () => {
  const host = new FakeHost(SAMPLE);
  const broken = {
    ...fakeEngine,
    analyze: () => {
      throw new Error("rule table failed to load");
    },
  };
  const log = jest.spyOn(console, "error").mockImplementation(() => undefined);
  render(
    <FluentProvider theme={webLightTheme}>
      <App environment={{ kind: "word" }} host={host} engine={broken} />
    </FluentProvider>,
  );
  await screen.findByText(/Could not read the document: rule table failed to load/);
  expect(screen.queryByRole("heading", { name: "Score" })).toBeNull();
  expect(host.calls.apply + host.calls.insertAddendum).toBe(0);
  log.mockRestore();
});

test("Go to on text that has moved: the pane says the document changed and offers a re-scan", async () => {
  const host = new FakeHost(SAMPLE);
  const user = setup(host);
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
  host.editExternally(3, "The Agency may also use them for internal business purposes.");
  await user.click(within(await expand(user, "internal business purposes")).getByRole("button", { name: "Go to" }));
  await screen.findByText("The document changed");
  expect(screen.queryByText("Something went wrong")).toBeNull();
  expect(host.selections).toEqual([]);
});
