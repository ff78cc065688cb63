/**
 * @jest-environment jsdom
 */
/**
 * Accepting or rejecting, from the pane, the tracked changes it made (WordApi 1.6), and the
 * plain Review-tab line where that is not possible.
 */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { ChangesPanel, actionName, explainChange } from "../../src/taskpane/components/ChangesPanel";
import { FakeHost } from "./fakeHost";
import { fakeEngine } from "./fakeEngine";
import { SAMPLE } from "./sample";
import { expand } from "./rows";

// each change is headed by its clause and category, not the finding's sentence (no clause numbers in SAMPLE: "¶ n")
const ANY_PURPOSE = "¶ 3 · Broad license";
const INTERNAL = "¶ 4 · Vague purpose";
const SCOPED = "for this project only";
const ACCEPT_NAME = "Accept change: replaces “for any purpose” with “for this project only”";
const REJECT_NAME = "Reject change: replaces “for any purpose” with “for this project only”";
const REVIEW_TAB = "To keep or undo these changes, use Word's Review tab (Accept / Reject).";

function reviewingHost(): FakeHost {
  const host = new FakeHost(SAMPLE);
  host.caps = { ...host.caps, decideChanges: true };
  return host;
}

function setup(host: FakeHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App environment={{ kind: "word" }} host={host} engine={fakeEngine} />
    </FluentProvider>
  );
  return userEvent.setup();
}

const status = () => screen.getAllByRole("status")[0];

/** Scans on open, then applies the "project only" wording to the any-purpose finding; returns its id. */
async function applyScoped(host: FakeHost, user: ReturnType<typeof userEvent.setup>): Promise<string> {
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
  const id = fakeEngine.analyze(host.paragraphs).findings.find((f) => f.ruleId === "broad-any-purpose")!.id;
  const card = await expand(user, "for any purpose");
  await user.click(within(card).getByRole("radio", { name: "Limit to this project" }));
  await user.click(within(card).getByRole("button", { name: "Apply" }));
  await screen.findByRole("heading", { name: "Changes made here (1)" });
  expect(host.texts[2]).toContain(SCOPED);
  return id;
}

describe("accept / reject a change from the pane (WordApi 1.6)", () => {
  test("no section before anything is applied", async () => {
    setup(reviewingHost());
    await screen.findByRole("heading", { name: "Risky clauses (3)" });
    expect(screen.queryByRole("heading", { name: /^Changes made here/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Accept change/ })).toBeNull();
  });

  test("Accept: the host accepts this finding's change, the pane re-scans and the item goes", async () => {
    const host = reviewingHost();
    const user = setup(host);
    const id = await applyScoped(host, user);
    const list = screen.getByRole("list", { name: "Changes made here" });
    expect(within(list).getByText(ANY_PURPOSE)).toBeTruthy();
    expect(within(list).getByText(`Replaces “for any purpose” with “${SCOPED}”.`)).toBeTruthy();
    expect(screen.queryByText(REVIEW_TAB)).toBeNull();
    const reads = host.calls.read;
    await user.click(screen.getByRole("button", { name: ACCEPT_NAME }));
    await waitFor(() => expect(host.reviewCalls).toEqual([[id, true]]));
    await screen.findByRole("heading", { name: "Changes made here (0)" });
    expect(host.calls.read).toBeGreaterThan(reads); // re-scanned after the write
    expect(status().textContent).toBe(`Accepted the change: the contract now reads “${SCOPED}”.`);
    expect(screen.getByText("Every change made here has been accepted or rejected.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Accept change|Reject change/ })).toBeNull();
    expect(host.texts[2]).toContain(SCOPED);
    expect(host.changes).toEqual([]);
    expect(screen.getByRole("heading", { name: "Risky clauses (2)" })).toBeTruthy();
  });

  test("Reject: the host rejects it, the original words are back and the re-scan finds the clause again", async () => {
    const host = reviewingHost();
    const user = setup(host);
    const id = await applyScoped(host, user);
    await user.click(screen.getByRole("button", { name: REJECT_NAME }));
    await waitFor(() => expect(host.reviewCalls).toEqual([[id, false]]));
    await screen.findByRole("heading", { name: "Risky clauses (3)" }); // from the re-scan
    expect(host.texts).toEqual(SAMPLE);
    expect(status().textContent).toBe("Rejected the change: “for any purpose” is back.");
    expect(screen.getByRole("heading", { name: "Changes made here (0)" })).toBeTruthy();
  });

  test("an error from Word is shown in a MessageBar; the change stays listed to try again", async () => {
    const host = reviewingHost();
    const user = setup(host);
    const id = await applyScoped(host, user);
    host.throwNext.decideChange = "Word did not answer while looking up the tracked change";
    const reads = host.calls.read;
    await user.click(screen.getByRole("button", { name: ACCEPT_NAME }));
    await screen.findByText(/Could not accept the change: Word did not answer while looking up the tracked change/);
    expect(screen.getByText("Something went wrong")).toBeTruthy();
    expect(host.calls.read).toBe(reads); // nothing written, so no re-scan
    expect(screen.getByRole("heading", { name: "Changes made here (1)" })).toBeTruthy();
    // Trying again works.
    await user.click(screen.getByRole("button", { name: REJECT_NAME }));
    await waitFor(() => expect(host.texts).toEqual(SAMPLE));
    expect(host.reviewCalls).toEqual([
      [id, true],
      [id, false],
    ]);
    await waitFor(() => expect(screen.queryByText("Something went wrong")).toBeNull());
  });

  test("apply all lists every applied change; a comment only is not a change to review", async () => {
    const host = reviewingHost();
    const user = setup(host);
    await screen.findByRole("heading", { name: "Risky clauses (3)" });
    const feedback = fakeEngine.analyze(host.paragraphs).findings.find((f) => f.ruleId === "feedback-rights")!;
    await user.click(within(await expand(user, feedback.trigger)).getByRole("button", { name: "Comment only" }));
    await waitFor(() => expect(host.comments).toHaveLength(1));
    expect(screen.queryByRole("heading", { name: /^Changes made here/ })).toBeNull();
    host.failIds.add(feedback.id);
    await user.click(screen.getByRole("button", { name: "Apply all (3)" }));
    await screen.findByText("Applied 2, skipped 0, failed 1.");
    const list = await screen.findByRole("list", { name: "Changes made here" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    expect(within(list).getByText(ANY_PURPOSE)).toBeTruthy();
    expect(within(list).getByText(INTERNAL)).toBeTruthy();
    expect(within(list).queryByText("¶ 4 · Feedback rights")).toBeNull(); // it failed
    expect(within(list).queryByText(feedback.message)).toBeNull();
    expect(within(list).getAllByRole("button", { name: /^Accept change: / })).toHaveLength(2);
  });

  test("keyboard: Enter on Accept works and the focus stays in the section when the item goes", async () => {
    const host = reviewingHost();
    const user = setup(host);
    await applyScoped(host, user);
    screen.getByRole("button", { name: ACCEPT_NAME }).focus();
    await user.keyboard("{Enter}");
    const heading = await screen.findByRole("heading", { name: "Changes made here (0)" });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(host.reviewCalls).toHaveLength(1);
  });
});

describe("where the pane cannot review changes, it points to the Review tab", () => {
  test("Word without WordApi 1.6: the Review-tab line, no Accept / Reject buttons", async () => {
    const host = new FakeHost(SAMPLE);
    host.caps = { ...host.caps, decideChanges: false };
    const user = setup(host);
    await applyScoped(host, user);
    expect(screen.getByText(REVIEW_TAB)).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "Changes made here" })).getByText(ANY_PURPOSE)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Accept change/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Reject change/ })).toBeNull();
    expect(host.calls.decideChange).toBe(0);
  });

  test("capability claimed but the host has no decideChange: the Review-tab line", async () => {
    const host = reviewingHost();
    Object.defineProperty(host, "decideChange", { value: undefined });
    const user = setup(host);
    await applyScoped(host, user);
    expect(screen.getByText(REVIEW_TAB)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Accept change|Reject change/ })).toBeNull();
  });

  test("browser mode: the downloaded copy's Review tab", async () => {
    const host = new FakeHost(SAMPLE);
    host.caps = { kind: "docx", comments: true, trackChanges: true, decideChanges: false, insertAtCursor: false };
    const user = setup(host);
    await applyScoped(host, user);
    expect(screen.getByText("To keep or undo these changes, open the downloaded copy in Word and use its Review tab (Accept / Reject).")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Accept change|Reject change/ })).toBeNull();
  });
});

describe("browser mode: undo a change before download", () => {
  test("one Undo per change (accepting is the other side's), the original words are back and the clause is found again", async () => {
    const host = new FakeHost(SAMPLE);
    host.caps = { kind: "docx", comments: true, trackChanges: true, decideChanges: true, insertAtCursor: false };
    const user = setup(host);
    const id = await applyScoped(host, user);
    expect(screen.getByText(/^Undo takes a change back out of the copy before you download it/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Accept change|Reject change/ })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Undo: replaces “for any purpose” with “for this project only”" }));
    await waitFor(() => expect(host.reviewCalls).toEqual([[id, false]]));
    await screen.findByRole("heading", { name: "Risky clauses (3)" });
    expect(host.texts).toEqual(SAMPLE);
    expect(status().textContent).toBe("Undone: “for any purpose” is back.");
  });
});

describe("ChangesPanel", () => {
  const change = { id: "a", title: ANY_PURPOSE, paragraph: 2, start: 79, original: "for any purpose", replacement: SCOPED, batch: 1 };

  test("nothing applied and nothing reviewed: renders nothing", () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <ChangesPanel changes={[]} reviewed={0} canReview browserMode={false} busy={false} reviewing={false} onReview={jest.fn()} />
      </FluentProvider>
    );
    expect(container.querySelector("section")).toBeNull();
  });

  test("calls back with the id and the choice; busy keeps the buttons focusable but inert, with progress shown", async () => {
    const onReview = jest.fn();
    const { rerender } = render(
      <FluentProvider theme={webLightTheme}>
        <ChangesPanel changes={[change]} reviewed={0} canReview browserMode={false} busy={false} reviewing={false} onReview={onReview} />
      </FluentProvider>
    );
    const user = userEvent.setup();
    const group = screen.getByRole("group", { name: "Review the change: replaces “for any purpose” with “for this project only”" });
    await user.click(within(group).getByRole("button", { name: ACCEPT_NAME }));
    await user.click(within(group).getByRole("button", { name: REJECT_NAME }));
    expect(onReview.mock.calls).toEqual([
      ["a", true],
      ["a", false],
    ]);
    rerender(
      <FluentProvider theme={webLightTheme}>
        <ChangesPanel changes={[change]} reviewed={0} canReview browserMode={false} busy reviewing onReview={onReview} />
      </FluentProvider>
    );
    const accept = screen.getByRole("button", { name: ACCEPT_NAME });
    expect(accept.getAttribute("aria-disabled")).toBe("true");
    await user.click(accept);
    expect(onReview).toHaveBeenCalledTimes(2);
    expect(screen.getByRole("progressbar", { name: "Updating the document…" })).toBeTruthy();
  });
});

describe("the buttons' names use the card's own words (one vocabulary for eyes and screen readers)", () => {
  const base = { id: "a", title: ANY_PURPOSE, paragraph: 2, start: 0, batch: 1 };
  test.each([
    [{ original: "for any purpose", replacement: SCOPED }, "Replaces “for any purpose” with “for this project only”.", "replaces “for any purpose” with “for this project only”"],
    [{ original: ".", replacement: ", in each case for this project only." }, "Adds “in each case for this project only”.", "adds “in each case for this project only”"],
    [{ original: "the Work", replacement: "the Work, excluding any use to train AI" }, "Keeps “the Work” and adds “excluding any use to train AI”.", "keeps “the Work” and adds “excluding any use to train AI”"],
  ])("%j: the card says %s", (words, shown, named) => {
    const change = { ...base, ...words };
    expect(explainChange(change)).toBe(shown);
    expect(actionName("Undo", explainChange(change))).toBe(`Undo: ${named}`);
    for (const browserMode of [true, false]) {
      const { unmount } = render(
        <FluentProvider theme={webLightTheme}>
          <ChangesPanel changes={[change]} reviewed={0} canReview browserMode={browserMode} busy={false} reviewing={false} onReview={jest.fn()} />
        </FluentProvider>
      );
      const card = screen.getByRole("listitem");
      expect(within(card).getByText(shown)).toBeTruthy();
      const names = within(card).getAllByRole("button").map((b) => b.getAttribute("aria-label"));
      expect(names).toEqual(browserMode ? [`Undo: ${named}`] : [`Accept change: ${named}`, `Reject change: ${named}`]);
      // no trace of the older "from … to …" wording
      expect(card.innerHTML).not.toMatch(/ from “/);
      unmount();
    }
  });
});
