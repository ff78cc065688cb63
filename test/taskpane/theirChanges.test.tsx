/**
 * @jest-environment jsdom
 */
/** Issue 17: the "Their changes" tab over a host that reads tracked changes by author and stores the decision log. */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyze, buildAddendum, formatReportMarkdown } from "../../src/engine";
import { appendDecisions, compareVersions } from "../../src/engine/compare";
import type { Decision } from "../../src/engine/compare";
import type { RoundResult } from "../../src/host/types";
import { App } from "../../src/taskpane/App";
import { editBetween, theirChangeRequest, type TheirChangesActions } from "../../src/taskpane/rounds/useTheirChanges";
import { TheirChangesPanel } from "../../src/taskpane/components/TheirChangesPanel";
import type { ReviewEngine } from "../../src/taskpane/useReview";
import { EDITS, ROUND1, at, edit } from "../fixtures/rounds";
import { BASE, P31, P52, PROHIBITION, moveProhibition } from "../fixtures/moves";
import { FakeHost } from "./fakeHost";

/** Our version with the prohibition as clause 3.2 of its own, and theirs with it moved whole to 2.2 (a section that does not survive). */
const WAS = `3.2 ${PROHIBITION}`;
const MOVED_FROM = [...BASE.slice(0, at("3.1", BASE)), P31.replace(` ${PROHIBITION}`, ""), WAS, ...BASE.slice(at("3.1", BASE) + 2)];
const MOVED_TO = MOVED_FROM.flatMap((t) => (t === WAS ? [] : t.startsWith("2.1") ? [t, `2.2 ${PROHIBITION}`] : [t]));

const engine: ReviewEngine = { analyze, buildAddendum, formatReportMarkdown };

/** The agency's version open in Word: 3.2 weakened with their comment, the audit section deleted. */
const RETURNED = edit(edit(ROUND1, "3.2", EDITS.exception.text), "3. The Illustrator may audit", null);

class RoundHost extends FakeHost {
  log: Decision[] = [];
  recorded: Decision[][] = [];
  compared: string[] = [];
  async theirChanges(): Promise<RoundResult> {
    const report = compareVersions(
      ROUND1.map((text) => ({ text })),
      this.paragraphs.map((p) => ({ text: p.text })),
      { comments: [{ author: "Dana Cole", text: "Needed for our moodboards.", paragraph: at("3.2", RETURNED) }] }
    );
    for (const c of report.changes) c.author = "Dana Cole";
    return { report, decisions: this.log, theirAuthors: ["Dana Cole"] };
  }
  async loadDecisions() {
    return { decisions: this.log };
  }
  async recordDecisions(d: Decision[]) {
    this.recorded.push(d);
    this.log = appendDecisions(this.log, d.map((x) => ({ ...x, by: x.by || "Priya Nandakumar" })));
    return this.log;
  }
}

function setup(host: FakeHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App environment={{ kind: "word" }} host={host} engine={engine} download={jest.fn()} copy={async () => undefined} />
    </FluentProvider>
  );
  return userEvent.setup();
}

describe("restore and counter requests", () => {
  it("a counter that only adds words names the word before them (no empty range, which every host refuses)", () => {
    const after = "3.2 The Agency may use it.";
    const change = { after, afterParagraph: 4, id: "x", response: { action: "counter", wording: "3.2 The Agency may use it, except for training.", why: "A fallback." } } as unknown as Parameters<typeof theirChangeRequest>[0];
    const req = theirChangeRequest(change, "counter")!;
    expect(req).toMatchObject({ start: 23, end: 25, original: "it", replacement: "it, except for training" });
    expect(after.slice(0, req.start) + req.replacement + after.slice(req.end)).toBe("3.2 The Agency may use it, except for training.");
    // at the very start: the word after it
    const first = theirChangeRequest({ ...change, after: "use it.", response: { ...change.response, wording: "Never use it." } } as typeof change, "counter")!;
    expect(first).toMatchObject({ start: 0, end: 3, original: "use", replacement: "Never use" });
  });

  it("the smallest whole-word edit", () => {
    expect(editBetween("The Agency may use it.", "The Agency shall not use it.")).toEqual({ start: 11, end: 14, original: "may", replacement: "shall not" });
    expect(editBetween("a model, except for its internal business purposes.", "a model.")).toEqual({ start: 7, end: 50, original: ", except for its internal business purposes", replacement: "" });
  });

  it("a request restores their change in place; a deleted paragraph cannot be restored in place", () => {
    const r = compareVersions(ROUND1.map((text) => ({ text })), RETURNED.map((text) => ({ text })));
    const weakened = r.changes.find((c) => c.kind === "protection-weakened")!;
    const req = theirChangeRequest(weakened, "restore")!;
    expect(req.paragraphText.slice(0, req.start) + req.replacement + req.paragraphText.slice(req.end)).toBe(ROUND1[at("3.2")]);
    expect(req.comment).toMatch(/^We cannot accept this change/);
    expect(theirChangeRequest(r.changes.find((c) => c.kind === "addendum-section-removed")!, "restore")).toBeNull();
    // a clause moved whole is not renumbered where they moved it ("2.2" to "3.2"): it is put back where it stood
    const moved = compareVersions(MOVED_FROM.map((text) => ({ text })), MOVED_TO.map((text) => ({ text }))).changes[0];
    expect(moved.moved?.whole).toBe(true);
    expect(theirChangeRequest(moved, "restore")).toBeNull();
  });
});

describe("the Their changes tab", () => {
  test("counts by kind, each change with its comment; restore writes a tracked change and logs the decision; history shown", async () => {
    const host = new RoundHost(RETURNED);
    const user = setup(host);
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    await user.click(screen.getByRole("tab", { name: "Their changes" }));
    await user.click(screen.getByRole("button", { name: "Check their tracked changes" }));
    const counts = await screen.findByRole("list", { name: "Counts by kind" });
    expect(within(counts).getByText("Protection weakened: 1")).toBeTruthy();
    expect(within(counts).getByText("Addendum section removed: 1")).toBeTruthy();
    const card = screen.getByRole("listitem", { name: `Protection weakened, paragraph ${at("3.2") + 1}` });
    expect(within(card).getByText(/Needed for our moodboards/)).toBeTruthy();
    expect(within(card).getByText(/except for its internal business purposes/, { selector: "span" })).toBeTruthy();
    // go to the words in Word
    await user.click(within(card).getByRole("button", { name: "Go to" }));
    expect(host.selections.at(-1)).toMatchObject({ paragraph: at("3.2") });
    // restore: one tracked change replacing their words, with a comment
    await user.click(within(card).getByRole("button", { name: "Restore" }));
    await screen.findByText(/Restored as a tracked change/);
    const req = host.applyCalls.at(-1)!.requests[0];
    expect(req).toMatchObject({ paragraph: at("3.2"), original: ", except for its internal business purposes", replacement: "" });
    expect(host.paragraphs[at("3.2")].text).toBe(ROUND1[at("3.2")]);
    // the list is read again: their weakening is undone, so it is no longer listed
    await waitFor(() => expect(within(screen.getByRole("list", { name: "Counts by kind" })).queryByText(/Protection weakened/)).toBeNull());
    expect(host.recorded.at(-1)).toEqual([expect.objectContaining({ subject: "their-change", action: "rejected", target: expect.stringMatching(/^protection-weakened:/) })]);
    await waitFor(() => expect(within(card).getByRole("list", { name: "Decision history" }).textContent).toMatch(/Rejected by Priya Nandakumar/));
    // the deleted section: accept it (no restore in place), logged
    const removed = screen.getByRole("listitem", { name: /Addendum section removed/ });
    expect(within(removed).queryByRole("button", { name: "Restore" })).toBeNull();
    await user.type(within(removed).getByRole("textbox", { name: "Reason for your decision (optional)" }), "Audit was never going to happen");
    await user.click(within(removed).getByRole("button", { name: "Accept" }));
    await waitFor(() => expect(host.log.map((d) => d.action)).toEqual(["rejected", "accepted"]));
    expect(host.log[1].reason).toBe("Audit was never going to happen");
    await waitFor(() => expect(within(removed).getByRole("list", { name: "Decision history" }).textContent).toMatch(/Accepted by Priya Nandakumar on \d{4}-\d\d-\d\d \d\d:\d\d UTC: Audit was never going to happen/));
    expect(screen.getByText(/Decision log: 2 decisions stored in the document/)).toBeTruthy();
  }, 30_000);

  test("Counter-propose writes the fallback wording through the host as a tracked change and logs the decision as countered", async () => {
    // their 'shall not' turned into 'may': the engine answers with the opt-out fallback
    const returned = edit(ROUND1, "3.2", EDITS.shallNotToMay.text);
    const expected = compareVersions(ROUND1.map((text) => ({ text })), returned.map((text) => ({ text }))).changes[0];
    expect(expected.response).toMatchObject({ action: "counter", position: "opt-out" });
    const host = new RoundHost(returned);
    const user = setup(host);
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    await user.click(screen.getByRole("tab", { name: "Their changes" }));
    await user.click(screen.getByRole("button", { name: "Check their tracked changes" }));
    const card = await screen.findByRole("listitem", { name: `Protection weakened, paragraph ${at("3.2") + 1}` });
    expect(within(card).getByText(/counter-propose \(opt-out\)/)).toBeTruthy();
    await user.type(within(card).getByRole("textbox", { name: "Reason for your decision (optional)" }), "Opt-out is as far as we go");
    const writes = host.applyCalls.length;
    await user.click(within(card).getByRole("button", { name: "Counter-propose" }));
    await waitFor(() => expect(host.recorded.length).toBeGreaterThan(0));
    // one tracked change with a comment, in 3.2, that turns their words into the fallback wording
    expect(host.applyCalls.length).toBe(writes + 1);
    const req = host.applyCalls.at(-1)!.requests[0];
    expect(req).toMatchObject({ paragraph: at("3.2"), paragraphText: EDITS.shallNotToMay.text });
    // the counter only adds words: the request still names words (hosts refuse an empty range)
    expect(req.end).toBeGreaterThan(req.start);
    expect(req.original).toBe(EDITS.shallNotToMay.text.slice(req.start, req.end));
    expect(req.comment.length).toBeGreaterThan(0);
    expect(host.paragraphs[at("3.2")].text).toBe(expected.response.wording);
    expect(host.paragraphs[at("3.2")].text).not.toBe(EDITS.shallNotToMay.text);
    // logged as countered, with the reason
    expect(host.recorded.at(-1)).toEqual([expect.objectContaining({ subject: "their-change", action: "countered", target: expect.stringMatching(/^protection-weakened:/), reason: "Opt-out is as far as we go" })]);
    expect(host.log.map((d) => d.action)).toEqual(["countered"]);
  }, 30_000);

  test("a deleted addendum section is restored where it stood, where the host can insert a paragraph", async () => {
    class RestoringHost extends RoundHost {
      restored: Array<{ after: number; afterText: string | null; text: string; comment: string }> = [];
      async restoreParagraph(t: { after: number; afterText: string | null; text: string; comment: string }) {
        this.restored.push(t);
        this.paragraphs.splice(t.after + 1, 0, { text: t.text });
      }
    }
    const host = new RestoringHost(RETURNED);
    const user = setup(host);
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    await user.click(screen.getByRole("tab", { name: "Their changes" }));
    await user.click(screen.getByRole("button", { name: "Check their tracked changes" }));
    const removed = await screen.findByRole("listitem", { name: /Addendum section removed/ });
    await user.click(within(removed).getByRole("button", { name: "Restore" }));
    await screen.findByText(/Restored as a tracked change/);
    expect(host.restored).toEqual([{ after: at("2. On termination", RETURNED), afterText: RETURNED[at("2. On termination", RETURNED)], text: ROUND1[at("3. The Illustrator may audit")], comment: expect.stringMatching(/^We cannot accept this deletion/) }]);
    expect(host.paragraphs.map((p) => p.text)).toEqual(ROUND1.map((t, i) => (i === at("3.2") ? RETURNED[at("3.2", RETURNED)] : t)));
    await waitFor(() => expect(host.log.map((d) => d.action)).toEqual(["rejected"]));
    // the list is read again at once: the section is back, so their removal is no longer counted;
    // the card stays, answered, with its decision history, and offers no second Restore
    const counts = screen.getByRole("list", { name: "Counts by kind" });
    await waitFor(() => expect(within(counts).queryByText(/Addendum section removed/)).toBeNull());
    const answered = screen.getByRole("listitem", { name: /Addendum section removed/ });
    expect(within(answered).queryByRole("button", { name: "Restore" })).toBeNull();
    expect(within(answered).getByText(/Restored: your wording is back/)).toBeTruthy();
    expect(within(answered).getByRole("list", { name: "Decision history" }).textContent).toMatch(/^Rejected by /);
    expect(within(counts).getByText("Protection weakened: 1")).toBeTruthy();
    expect(screen.queryAllByRole("button", { name: "Restore" })).toHaveLength(1);
    expect(host.restored).toHaveLength(1);
    expect(screen.getByText(/Restored as a tracked change/)).toBeTruthy();
  }, 30_000);

  test("a clause they moved whole: Restore puts it back where it stood (their moved copy stays), never rewrites their copy", async () => {
    class MoveHost extends RoundHost {
      restored: Array<{ after: number; afterText: string | null; text: string; comment: string }> = [];
      async theirChanges(): Promise<RoundResult> {
        return { report: compareVersions(MOVED_FROM.map((text) => ({ text })), this.paragraphs.map((p) => ({ text: p.text }))), decisions: this.log, theirAuthors: ["Dana Cole"] };
      }
      async restoreParagraph(t: { after: number; afterText: string | null; text: string; comment: string }) {
        this.restored.push(t);
        this.paragraphs.splice(t.after + 1, 0, { text: t.text });
      }
    }
    const host = new MoveHost(MOVED_TO);
    const user = setup(host);
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    await user.click(screen.getByRole("tab", { name: "Their changes" }));
    await user.click(screen.getByRole("button", { name: "Check their tracked changes" }));
    const card = await screen.findByRole("listitem", { name: /^Protection weakened/ });
    await user.click(within(card).getByRole("button", { name: "Restore" }));
    await screen.findByText(/Restored as a tracked change.*Their moved copy is still there/);
    expect(host.applyCalls).toEqual([]);
    const i31 = at("3.1", MOVED_TO);
    expect(host.restored).toEqual([{ after: i31, afterText: MOVED_TO[i31], text: WAS, comment: expect.stringMatching(/^We cannot accept this move: put it back in a section that survives/) }]);
    expect(host.paragraphs.map((p) => p.text)).toEqual([...MOVED_TO.slice(0, i31 + 1), WAS, ...MOVED_TO.slice(i31 + 1)]);
    await waitFor(() => expect(host.log.map((d) => d.action)).toEqual(["rejected"]));
    expect(screen.queryAllByRole("button", { name: "Restore" })).toHaveLength(0);
  }, 30_000);

  test("a clause they moved whole, where the host cannot insert a paragraph: no Restore, and the pane says why", async () => {
    class MoveOnlyHost extends RoundHost {
      async theirChanges(): Promise<RoundResult> {
        return { report: compareVersions(MOVED_FROM.map((text) => ({ text })), this.paragraphs.map((p) => ({ text: p.text }))), decisions: this.log, theirAuthors: ["Dana Cole"] };
      }
    }
    const user = setup(new MoveOnlyHost(MOVED_TO));
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    await user.click(screen.getByRole("tab", { name: "Their changes" }));
    await user.click(screen.getByRole("button", { name: "Check their tracked changes" }));
    const card = await screen.findByRole("listitem", { name: /^Protection weakened/ });
    expect(within(card).queryByRole("button", { name: "Restore" })).toBeNull();
    expect(within(card).getByText(/The paragraph moved whole: copy the wording above back/)).toBeTruthy();
    // where it went, and what that changed about it
    expect(within(card).getByText("Moved:").parentElement!.textContent).toBe("Moved: section 3.2 \u2192 section 2.2 \u00b7 no longer covered by the survival clause");
  }, 30_000);

  test("a sentence they moved: where it went (from \u2192 to), what that changed, and the clause it now stands in", async () => {
    class SentenceHost extends RoundHost {
      async theirChanges(): Promise<RoundResult> {
        return { report: compareVersions(BASE.map((text) => ({ text })), this.paragraphs.map((p) => ({ text: p.text }))), decisions: this.log, theirAuthors: ["Dana Cole"] };
      }
    }
    const host = new SentenceHost(moveProhibition("5.2"));
    const user = setup(host);
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    await user.click(screen.getByRole("tab", { name: "Their changes" }));
    await user.click(screen.getByRole("button", { name: "Check their tracked changes" }));
    const card = await screen.findByRole("listitem", { name: /^Protection weakened/ });
    expect(within(card).getByText("Moved:").parentElement!.textContent).toBe("Moved: section 3.1 \u2192 section 5.2 \u00b7 now under an exception");
    expect(within(card).getByText("Now in section 5.2").nextElementSibling!.textContent).toBe(`${P52} ${PROHIBITION}`);
    // restore puts the sentence back in 3.1, in place
    expect(within(card).getByRole("button", { name: "Restore" })).toBeTruthy();
    // Go to: the words where they are now (5.2), not the place they left (3.1)
    await user.click(within(card).getByRole("button", { name: "Go to" }));
    const moved = moveProhibition("5.2");
    const i52 = at("5.2", moved);
    expect(host.selections.at(-1)).toEqual({ paragraph: i52, start: moved[i52].indexOf(PROHIBITION), end: moved[i52].length });
    expect(within(card).queryByRole("button", { name: "Show in the document" })).toBeNull();
  }, 30_000);

  test("browser mode: no Word to go to, so the change is shown where it is now in a read-only view (a moved sentence: where it went)", () => {
    const before = BASE.map((text) => ({ text }));
    const moved = moveProhibition("5.2");
    const report = compareVersions(before, moved.map((text) => ({ text })));
    const state = { status: "ready" as const, result: { report, decisions: [], theirAuthors: ["Dana Cole"] }, source: "tracked" as const, error: null, decisions: [], logProblem: null, busyId: null, message: null, responded: {} };
    const actions = { load: jest.fn(), loadLog: jest.fn(async () => undefined), compareWith: jest.fn(), respond: jest.fn(), goTo: jest.fn(), record: jest.fn() };
    render(
      <FluentProvider theme={webLightTheme}>
        <TheirChangesPanel state={state} actions={actions as unknown as TheirChangesActions} canRead canCompare canApply={false} canGoTo={false} paragraphs={moved.map((text) => ({ text }))} busy={false} />
      </FluentProvider>
    );
    const card = screen.getByRole("listitem", { name: /^Protection weakened/ });
    expect(within(card).queryByRole("button", { name: "Go to" })).toBeNull();
    const show = within(card).getByRole("button", { name: "Show in the document" });
    expect(show.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(show);
    expect(show.getAttribute("aria-expanded")).toBe("true");
    const view = within(card).getByRole("region", { name: "Where it is now in the document" });
    expect(view.querySelector("mark")!.textContent).toBe(PROHIBITION);
    expect(view.querySelector("mark")!.parentElement!.textContent).toBe(moved[at("5.2", moved)]);
    // its neighbours in the document, for orientation
    const i52 = at("5.2", moved);
    expect([...view.querySelectorAll("p")].map((p) => p.textContent)).toEqual([moved[i52 - 1], moved[i52], moved[i52 + 1]].filter((t) => t !== undefined));
    expect(actions.goTo).not.toHaveBeenCalled();
  });

  test("after a restore the list is refreshed; a change still listed stays answered (never offered twice)", async () => {
    // a host whose judge still lists the deletion after the restore (their tracked deletion stays in the file)
    class StickyHost extends RoundHost {
      reads = 0;
      restored = 0;
      first: RoundResult | null = null;
      async theirChanges(): Promise<RoundResult> {
        this.reads++;
        if (!this.first) this.first = await super.theirChanges();
        return { ...this.first, decisions: this.log };
      }
      async restoreParagraph() {
        this.restored++;
      }
    }
    const host = new StickyHost(RETURNED);
    const user = setup(host);
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    await user.click(screen.getByRole("tab", { name: "Their changes" }));
    await user.click(screen.getByRole("button", { name: "Check their tracked changes" }));
    const removed = await screen.findByRole("listitem", { name: /Addendum section removed/ });
    await user.click(within(removed).getByRole("button", { name: "Restore" }));
    await screen.findByText(/Restored as a tracked change/);
    await waitFor(() => expect(host.reads).toBe(2));
    const again = screen.getByRole("listitem", { name: /Addendum section removed/ });
    expect(within(again).queryByRole("button", { name: "Restore" })).toBeNull();
    expect(within(again).getByText("Restored: your wording is back in the document, as a tracked change.")).toBeTruthy();
    expect(host.restored).toBe(1);
  }, 30_000);

  test("applying a suggestion in the Clauses tab is logged with its words", async () => {
    const host = new RoundHost(["This agreement is between Harbor Light Media (the \u201cAgency\u201d) and Priya Nandakumar (the \u201cIllustrator\u201d).", "The Agency may use the Artwork for any purpose."]);
    const user = setup(host);
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    const apply = (await screen.findAllByRole("button", { name: /^Apply/ }))[0];
    await user.click(apply);
    // the clause keeps "for any purpose" and gains the restriction after its last word
    await waitFor(() => expect(host.log.some((d) => d.action === "applied" && d.edit?.removed === "purpose")).toBe(true));
    const d = host.log.find((x) => x.action === "applied")!;
    expect(d.edit!.prefix).toMatch(/use the Artwork for any $/);
    expect(d.edit!.inserted).toMatch(/^purpose other than to train\b.*artificial intelligence/);
    expect(d.edit!.suffix).toBe(".");
  }, 30_000);

  test("accepting or rejecting one of our changes from the pane is logged against its finding, after the applied one", async () => {
    const text = ["This agreement is between Harbor Light Media (the \u201cAgency\u201d) and Priya Nandakumar (the \u201cIllustrator\u201d).", "The Agency may use the Artwork for any purpose.", "The Agency may use the Sketches for any purpose."];
    const host = new RoundHost(text);
    host.caps = { ...host.caps, decideChanges: true };
    const user = setup(host);
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    const [first, second] = analyze(text.map((t) => ({ text: t }))).findings.filter((f) => f.ruleId === "broad-license/any-purpose");
    await user.click(screen.getByRole("button", { name: "Apply all (2)" }));
    await waitFor(() => expect(screen.getAllByRole("button", { name: /^Accept change/ })).toHaveLength(2));
    await user.click(screen.getAllByRole("button", { name: /^Accept change/ })[0]);
    await waitFor(() => expect(host.reviewCalls).toHaveLength(1));
    await user.click(screen.getAllByRole("button", { name: /^Reject change/ })[0]);
    await waitFor(() => expect(host.reviewCalls).toHaveLength(2));
    const [[a, accepted], [r, rejected]] = host.reviewCalls;
    expect([accepted, rejected]).toEqual([true, false]);
    expect(new Set([a, r])).toEqual(new Set([first.id, second.id]));
    await waitFor(() => expect(host.log.filter((d) => d.action !== "applied").map((d) => [d.target, d.action, d.subject, d.by])).toEqual([
      [a, "accepted", "suggestion", "Priya Nandakumar"],
      [r, "rejected", "suggestion", "Priya Nandakumar"],
    ]));
    for (const id of [a, r]) expect(host.log.filter((d) => d.target === id).map((d) => d.action)[0]).toBe("applied");
  }, 30_000);

  test("each finding shows its decision history from the document's log (who, when, why); new decisions join it", async () => {
    const text = ["This agreement is between Harbor Light Media (the \u201cAgency\u201d) and Priya Nandakumar (the \u201cIllustrator\u201d).", "The Agency may use the Artwork for any purpose."];
    const finding = analyze(text.map((t) => ({ text: t }))).findings[0];
    const host = new RoundHost(text);
    host.log = [
      { target: finding.id, subject: "suggestion", action: "applied", by: "Priya Nandakumar", at: "2026-11-02T09:00:00Z", ruleId: finding.ruleId },
      { target: finding.id, subject: "suggestion", action: "rejected", by: "Dana Cole", at: "2026-11-08T10:15:00Z", reason: "We need the Artwork for our own tools." },
      { target: "someone-else", subject: "suggestion", action: "dismissed", by: "Priya Nandakumar", at: "2026-11-03T09:00:00Z" },
    ];
    const loads = jest.spyOn(host, "loadDecisions");
    const user = setup(host);
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    // nothing read until a finding is opened
    expect(loads).not.toHaveBeenCalled();
    const list = screen.getByRole("list", { name: /^Findings/ });
    const row = within(list).getAllByRole("button", { expanded: false })[0];
    await user.click(row);
    const history = await screen.findByRole("list", { name: "Decision history" });
    expect(within(history).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Applied by Priya Nandakumar on 2026-11-02 09:00 UTC",
      "Rejected by Dana Cole on 2026-11-08 10:15 UTC: We need the Artwork for our own tools.",
    ]);
    expect(loads).toHaveBeenCalledTimes(1);
    // dismissing it again is logged, and the log read back stays the document's
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    await waitFor(() => expect(host.log.filter((d) => d.target === finding.id).map((d) => d.action)).toEqual(["applied", "rejected", "dismissed"]));
  }, 30_000);

  test("no tab where the host cannot read their changes", async () => {
    setup(new FakeHost(ROUND1));
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    expect(screen.queryByRole("tab", { name: "Their changes" })).toBeNull();
  }, 30_000);
});

describe("round two gets the user's playbook and roles", () => {
  test("the pane passes its playbook and the roles as the user set them to theirChanges", async () => {
    const received: Array<import("../../src/engine/types").AnalyzeOptions | undefined> = [];
    class OptionsHost extends RoundHost {
      async theirChanges(options?: import("../../src/engine/types").AnalyzeOptions): Promise<RoundResult> {
        received.push(options);
        return super.theirChanges();
      }
    }
    // the user's own playbook, as the Playbook tab stores it
    const { PLAYBOOK_KEY } = await import("../../src/taskpane/playbook/store");
    window.localStorage.setItem(PLAYBOOK_KEY, JSON.stringify({ version: 1, name: "Priya's playbook", rules: { "feedback/feedback-rights": { severity: "high" } } }));
    const user = setup(new OptionsHost(RETURNED));
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    await user.click(screen.getByRole("button", { name: /^Swap sides/ }));
    await waitFor(() => expect(screen.getByRole("group", { name: "Roles in this contract" }).textContent).toMatch(/You: Harbor Light Media|You: Agency/), { timeout: 5000 });
    await user.click(screen.getByRole("tab", { name: "Their changes" }));
    await user.click(screen.getByRole("button", { name: "Check their tracked changes" }));
    await screen.findByRole("list", { name: "Counts by kind" });
    expect(received).toHaveLength(1);
    expect(received[0]?.playbook?.name).toBe("Priya's playbook");
    // swapped: the user is now the side the contract called the other party
    const bar = screen.getByRole("group", { name: "Roles in this contract" }).textContent ?? "";
    const you = /You: ([^·]+?) ·/.exec(bar)![1].trim();
    expect(received[0]?.parties?.contractor).toBe(you);
    expect(received[0]?.parties?.agency).toBeTruthy();
    window.localStorage.removeItem(PLAYBOOK_KEY);
  }, 30_000);
});
