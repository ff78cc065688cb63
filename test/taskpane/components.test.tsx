/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ScoreCard, verdict } from "../../src/taskpane/components/ScoreCard";
import { FindingList, ROWS_PER_PAGE } from "../../src/taskpane/components/FindingList";
import { ProtectionsPanel, checklist } from "../../src/taskpane/components/ProtectionsPanel";
import { ApplyAllPanel, coveredLine } from "../../src/taskpane/components/ApplyAllPanel";
import { AddendumPanel } from "../../src/taskpane/components/AddendumPanel";
import { ExportPanel } from "../../src/taskpane/components/ExportPanel";
import { OpenDocument } from "../../src/taskpane/components/OpenDocument";
import { Tabs } from "../../src/taskpane/components/Tabs";
import { Footer, HELP_PAGE, PRIVACY_PAGE } from "../../src/taskpane/components/Footer";
import { INITIAL_STATE } from "../../src/taskpane/useReview";
import { analyze as analyzeContract } from "../../src/engine";
import { analyze, buildAddendum } from "./fakeEngine";
import { SAMPLE } from "./sample";
import { label, panelOf } from "./rows";

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
const report = () => analyze(SAMPLE.map((text) => ({ text })));
const noop = () => undefined;

describe("ScoreCard", () => {
  test("two numbers: the contract as it stands, and if the other side accepts; the breakdown on request", async () => {
    const r = report();
    const { unmount } = wrap(<ScoreCard standing={r} current={r} pending={0} />);
    expect(screen.getByRole("img", { name: `Score ${r.score} of 100: Risky` })).toBeTruthy();
    expect(screen.getByRole("img", { name: `If they accept every suggestion and the addendum: ${r.scoreIfAccepted} of 100` })).toBeTruthy();
    await userEvent.setup().click(screen.getByText("How the score is made"));
    expect(screen.getByRole("heading", { name: "What lowered it" })).toBeTruthy();
    expect(screen.getByText("The licence lets them use your work for any purpose.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "What would raise it" })).toBeTruthy();
    unmount();
    // Without the engine's sentences, the numbers per category and protection are shown instead.
    r.breakdown.lowered = [];
    wrap(<ScoreCard standing={r} current={r} pending={0} />);
    await userEvent.setup().click(screen.getByText("How the score is made"));
    const off = screen.getByRole("list", { name: "Points taken off" });
    expect(within(off).getByText(/Broad license: −20 \(1 clause; −0 after the fixes\)/)).toBeTruthy();
    expect(within(off).getByText(/Missing: AI training is prohibited: −5/)).toBeTruthy();
  });
  test("with changes pending, the first number stays the contract as it stands", () => {
    const standing = report();
    const current = analyze(["The Agency may use them for its own purposes only."].map((text) => ({ text })));
    wrap(<ScoreCard standing={standing} current={current} pending={3} />);
    expect(screen.getByRole("img", { name: `Score ${standing.score} of 100: Risky` })).toBeTruthy();
    expect(screen.getByRole("img", { name: `If they accept your 3 changes: ${current.score} of 100` })).toBeTruthy();
  });
  test("verdicts", () => {
    expect(verdict(10).text).toBe("Risky");
    expect(verdict(65).text).toBe("Needs work");
    expect(verdict(95).text).toBe("Well protected");
  });
});

const paragraphs = SAMPLE.map((text) => ({ text }));
const itemsOf = (r: ReturnType<typeof report>) => r.findings.map((f) => ({ finding: f, status: "open" as const, paragraph: f.paragraph }));
function list(props: Partial<React.ComponentProps<typeof FindingList>> = {}) {
  const r = report();
  return (
    <FindingList
      items={itemsOf(r)}
      paragraphs={paragraphs}
      standingParagraphs={paragraphs}
      positions={{}}
      commented={[]}
      dismissedCount={0}
      canApply
      canComment
      busy={false}
      onPositionChange={noop}
      onGoTo={noop}
      onApply={noop}
      onCommentOnly={noop}
      onDismiss={noop}
      onRestoreDismissed={noop}
      {...props}
    />
  );
}

describe("FindingList", () => {
  test("one line per finding, high risk first; a row expands to the sentence, the redline, positions and actions", async () => {
    const r = report();
    const f = r.findings.find((x) => x.ruleId === "broad-any-purpose")!;
    const calls: string[] = [];
    const onPositionChange = jest.fn();
    wrap(
      list({
        onPositionChange,
        onGoTo: () => calls.push("goto"),
        onApply: () => calls.push("apply"),
        onCommentOnly: () => calls.push("comment"),
        onDismiss: () => calls.push("dismiss"),
      })
    );
    const rows = within(screen.getByRole("list", { name: /^Findings/ })).getAllByRole("button");
    expect(rows.map((b) => label(b))).toEqual([
      "High risk, ¶ 3: Broad license, “for any purpose”",
      "Medium risk, ¶ 4: Vague purpose, “internal business purposes”",
      "Low risk, ¶ 4: Feedback rights, “feedback”",
    ]);
    // Collapsed: no rule id, no rationale, no buttons.
    expect(screen.queryByText("broad-any-purpose")).toBeNull();
    const user = userEvent.setup();
    await user.click(rows[0]);
    expect(rows[0].getAttribute("aria-expanded")).toBe("true");
    const panel = panelOf(rows[0]);
    expect(within(panel).getByText(f.message)).toBeTruthy();
    // The proposed wording in place: the words it replaces struck through, the new ones inserted.
    expect(panel.querySelector("del")?.textContent).toBe("deleted: for any purpose");
    expect(panel.querySelector("ins")?.textContent).toMatch(/^inserted: for the purposes of this Agreement only/);
    expect((within(panel).getByRole("radio", { name: "Prohibit it (recommended)" }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(panel).getByRole("radio", { name: "Right to opt out" }));
    expect(onPositionChange).toHaveBeenCalledWith(f.id, "opt-out");
    const group = within(panel).getByRole("group", { name: "Actions" });
    for (const name of ["Apply", "Comment only", "Go to", "Dismiss"]) await user.click(within(group).getByRole("button", { name }));
    expect(calls).toEqual(["apply", "comment", "goto", "dismiss"]);
    // The rule id and the comment text sit behind "Details".
    expect(within(panel).getByText("broad-any-purpose")).toBeTruthy();
    expect(within(panel).getByText("Details").closest("details")?.open).toBe(false);
  });

  test("an expanded finding names its section once (the message says where it sits), its risk and category once (the row); Details repeats none", async () => {
    const contract = [
      { text: "6. Data Privacy", headingLevel: 1 },
      { text: "6.1 The Agency shall keep the Contractor's personal data confidential." },
      { text: "6.2 The Agency may process the Deliverables and related usage data to develop and train its machine learning models." },
    ];
    const r = analyzeContract(contract);
    const f = r.findings.find((x) => x.context && x.category === "ai-training-grant")!;
    expect(f.context!.heading).toBe("6. Data Privacy");
    wrap(list({ items: itemsOf(r), paragraphs: contract, standingParagraphs: contract }));
    const user = userEvent.setup();
    const rows = within(screen.getByRole("list", { name: /^Findings/ })).getAllByRole("button");
    await user.click(rows.find((b) => label(b).includes(`“${f.trigger}”`))!);
    const panel = panelOf(rows.find((b) => label(b).includes(`“${f.trigger}”`))!);
    await user.click(within(panel).getByText("Details"));
    const text = panel.textContent ?? "";
    expect(text.split("“6. Data Privacy”").length - 1).toBe(1);
    expect(text).toContain("It sits in the “6. Data Privacy” section, where such rights are often hidden.");
    expect(within(panel).queryByText(/^Section:/)).toBeNull();
    // the row above the panel says "High risk, § 6.2: AI training allowed"; the panel does not say it again
    expect(label(rows.find((b) => label(b).includes(`“${f.trigger}”`)))).toMatch(/^High risk, § 6\.2: AI training allowed, /);
    expect(text).not.toContain("AI training allowed");
    expect(text.toLowerCase()).not.toContain("high risk");
  });
  test("filters by risk and by category", async () => {
    wrap(list());
    const user = userEvent.setup();
    const rows = () => within(screen.getByRole("list", { name: /^Findings/ })).getAllByRole("button").map((b) => label(b));
    await user.selectOptions(screen.getByRole("combobox", { name: "Filter by risk" }), "medium");
    expect(rows()).toEqual(["Medium risk, ¶ 4: Vague purpose, “internal business purposes”"]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Filter by risk" }), "all");
    await user.selectOptions(screen.getByRole("combobox", { name: "Filter by category" }), "feedback");
    expect(rows()).toEqual(["Low risk, ¶ 4: Feedback rights, “feedback”"]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Filter by risk" }), "high");
    expect(screen.getByText("No findings match these filters.")).toBeTruthy();
  });

  test("one tab stop for the list; arrows, Page Down, Home and End move between rows", async () => {
    const text = Array.from({ length: 30 }, (_v, i) => `${i + 1}. The Agency may use it for any purpose.`);
    const r = analyze(text.map((t) => ({ text: t })));
    wrap(list({ items: itemsOf(r), paragraphs: text.map((t) => ({ text: t })), standingParagraphs: text.map((t) => ({ text: t })) }));
    await waitFor(() => expect(within(screen.getByRole("list", { name: /^Findings/ })).getAllByRole("button")).toHaveLength(30), { timeout: 10_000 });
    const user = userEvent.setup();
    await user.tab(); // filter by risk
    await user.tab(); // filter by category
    await user.tab(); // the list
    expect(label(document.activeElement)).toBe("High risk, § 1: Broad license, “for any purpose”");
    await user.keyboard("{ArrowDown}{PageDown}{ArrowDown}{ArrowDown}{ArrowUp}");
    expect(label(document.activeElement)).toMatch(/^High risk, § 13:/);
    await user.keyboard("{End}");
    expect(label(document.activeElement)).toMatch(/^High risk, § 30:/);
    await user.keyboard("{Home}");
    expect(label(document.activeElement)).toMatch(/^High risk, § 1:/);
    await user.tab();
    expect(document.activeElement?.closest("ul")).toBeNull(); // one Tab leaves the list
  });

  test("proposed changes are listed after the open ones, marked, with the change shown", async () => {
    const r = report();
    const f = r.findings[0];
    const items = [
      { finding: f, status: "proposed" as const, paragraph: f.paragraph, edit: { id: f.id, title: f.message, paragraph: f.paragraph, start: f.start, original: f.trigger, replacement: "for this project only", batch: 1 } },
      ...itemsOf(r).slice(1),
    ];
    wrap(list({ items }));
    // still risky as the contract stands: counted until the other side accepts the change
    expect(screen.getByRole("heading", { name: `Risky clauses (${items.length})` })).toBeTruthy();
    expect(screen.getByText(`${items.length - 1} to act on · 1 with a change proposed, not agreed yet`)).toBeTruthy();
    const rows = within(screen.getByRole("list", { name: /^Findings/ })).getAllByRole("button");
    expect(label(rows[2])).toBe("High risk, ¶ 3: Broad license, “for any purpose” Proposed");
    await userEvent.setup().click(rows[2]);
    const panel = panelOf(rows[2]);
    expect(panel.querySelector("ins")?.textContent).toBe("inserted: for this project only");
    expect(within(panel).queryByRole("button", { name: "Apply" })).toBeNull();
  });

  test("browser mode: Show clause opens a read-only view of the document around the finding", async () => {
    wrap(list({ canGoTo: false }));
    const user = userEvent.setup();
    await user.click(within(screen.getByRole("list", { name: /^Findings/ })).getAllByRole("button")[0]);
    await user.click(screen.getByRole("button", { name: "Show clause" }));
    const view = screen.getByRole("region", { name: "The clause in the document" });
    expect(view.textContent).toContain(SAMPLE[1]);
    expect(view.querySelector("mark, del")).toBeTruthy();
  });

  test("offers to restore dismissed ones; with no findings it says so plainly", async () => {
    const onRestore = jest.fn();
    const { unmount } = wrap(list({ dismissedCount: 2, onRestoreDismissed: onRestore }));
    await userEvent.setup().click(screen.getByRole("button", { name: "Show dismissed again" }));
    expect(onRestore).toHaveBeenCalled();
    unmount();
    wrap(list({ items: [] }));
    expect(screen.getByText(/No risky clauses found/)).toBeTruthy();
  });
});

describe("ProtectionsPanel", () => {
  test("checklist of eight items, credits what is there, one-click fix sends the matching section", async () => {
    const r = report();
    expect(checklist(r)).toHaveLength(8);
    const onFix = jest.fn();
    wrap(<ProtectionsPanel report={r} busy={false} canInsert onFix={onFix} />);
    const items = within(screen.getByRole("list", { name: "Protections checklist" })).getAllByRole("listitem");
    expect(items.map((i) => i.getAttribute("aria-label"))).toEqual([
      "AI is mentioned at all: missing",
      "AI training is prohibited: missing",
      "AI is defined: missing",
      "Derived data is covered: missing",
      "Your work is deleted at the end: missing",
      "You can audit their data use: missing",
      "You can get a court order fast: missing",
      "The protection survives the contract: agreed",
    ]);
    expect(screen.getByText("“survives”")).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Add section: AI is mentioned at all" }));
    await user.click(screen.getByRole("button", { name: "Add section: Your work is deleted at the end" }));
    expect(onFix.mock.calls.map((c) => c[0])).toEqual([["ai-definition", "no-ai-training"], ["data-deletion"]]);
    expect(screen.queryByRole("button", { name: "Add section: The protection survives the contract" })).toBeNull();
  });

  test("the note on proposed items is said once above the checklist, not under each; no explanation repeats", () => {
    const r = report();
    const status = Object.fromEntries(checklist(r).map((i) => [i.key, i.present ? "agreed" : "proposed"])) as Parameters<typeof checklist>[1];
    status!["ai-definition"] = "missing";
    status!["mentions-ai"] = "missing";
    const { unmount } = wrap(<ProtectionsPanel report={r} status={status} busy={false} canInsert onFix={jest.fn()} />);
    const proposed = Object.values(status!).filter((s) => s === "proposed").length;
    expect(proposed).toBeGreaterThan(1);
    expect(screen.getAllByText(/counts? once the other side accepts/)).toHaveLength(1);
    expect(screen.getByText(/counts? once the other side accepts/).textContent).toBe(`The ${proposed} items marked Proposed are in your tracked changes: they count once the other side accepts them.`);
    const list = screen.getByRole("list", { name: "Protections checklist" });
    expect(within(list).getAllByRole("listitem", { name: /: proposed$/ })).toHaveLength(proposed);
    expect(within(list).queryByText(/once the other side accepts/)).toBeNull();
    // every sentence under the items is said once ("AI is mentioned at all" does not repeat the prohibition's)
    const sentences = [...list.querySelectorAll("li span")].map((e) => e.textContent ?? "").filter((t) => t.length > 40);
    expect(sentences.length).toBeGreaterThan(1);
    expect(new Set(sentences).size).toBe(sentences.length);
    unmount();
    status!["no-ai-training"] = "proposed";
    const one = Object.fromEntries(Object.entries(status!).map(([k, v]) => [k, k === "no-ai-training" ? "proposed" : v === "proposed" ? "agreed" : v])) as typeof status;
    wrap(<ProtectionsPanel report={r} status={one} busy={false} canInsert onFix={jest.fn()} />);
    expect(screen.getByText(/counts once the other side accepts/).textContent).toBe("The item marked Proposed is in your tracked changes: it counts once the other side accepts it.");
  });

  test("a protection found only in part is shown as not counted, with the reason, never as 'good'", () => {
    const r = report();
    const survival = r.protections.find((p) => p.kind === "survival")!;
    const partly = {
      ...r,
      protections: [{ ...survival, partial: "survival of Sections 3 and 4, which hold no AI restriction" }],
      missing: [...r.missing, "survival" as const],
      partial: ["survival" as const],
    };
    wrap(<ProtectionsPanel report={partly} busy={false} canInsert onFix={jest.fn()} />);
    expect(screen.getByText(/^◐ Only partly:/).textContent).toBe("◐ Only partly: The protection survives the contract");
    expect(screen.getByText(/^Not counted: survival of Sections 3 and 4, which hold no AI restriction\./)).toBeTruthy();
    expect(screen.queryByText(/Already in your contract: good/)).toBeNull();
    expect(screen.getByText("Only partly there: survival of Sections 3 and 4, which hold no AI restriction.")).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "Protections checklist" })).getAllByRole("listitem").at(-1)?.getAttribute("aria-label")).toBe("The protection survives the contract: missing");
  });
});

describe("ApplyAllPanel", () => {
  test("progress while applying, then a summary of applied, skipped and failed", () => {
    const { rerender } = wrap(<ApplyAllPanel findingCount={5} busy canApply progress={{ done: 2, total: 5 }} summary={null} onApplyAll={noop} />);
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByText("Applying 2 of 5")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Apply all (5)" }) as HTMLButtonElement).disabled).toBe(true);
    rerender(
      <FluentProvider theme={webLightTheme}>
        <ApplyAllPanel
          findingCount={2}
          busy={false}
          canApply
          progress={null}
          summary={{
            action: "apply-all",
            items: [
              { id: "a", title: "A", status: "applied" },
              { id: "b", title: "B clause", status: "stale" },
              { id: "c", title: "C clause", status: "failed", message: "Word refused" },
              { id: "d", title: "D clause", status: "skipped", message: "overlaps" },
            ],
          }}
          onApplyAll={noop}
        />
      </FluentProvider>
    );
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.getByText("Applied 1, skipped 2, failed 1.")).toBeTruthy();
    const list = screen.getByRole("list", { name: "Not applied" });
    expect(list.textContent).toContain("Skipped: B clause — the text changed since the scan");
    expect(list.textContent).toContain("Failed: C clause — Word refused");
  });

  test("suggestions skipped because another change covers their clause are one line, not one each", () => {
    const covered = (id: string, clause: string) => ({ id, title: `${clause} · Broad license (“${id}”)`, status: "skipped" as const, message: "the same change is made for a more serious finding", covered: true, clause });
    wrap(
      <ApplyAllPanel
        findingCount={9}
        busy={false}
        canApply
        progress={null}
        summary={{
          action: "apply-all",
          items: [
            { id: "a", title: "A", status: "applied" },
            covered("b", "§ 3.4"),
            covered("c", "§ 3.4"),
            covered("d", "§ 6.2"),
            covered("e", "Usage"),
            { id: "f", title: "§ 7 · Feedback rights (“feedback”)", status: "skipped", message: "no suggested wording for this one" },
          ],
        }}
        onApplyAll={noop}
      />
    );
    expect(screen.getByText("Applied 1, skipped 5, failed 0.")).toBeTruthy();
    expect(screen.getByText("Skipped 4 that other changes in the same clauses already cover: § 3.4, § 6.2 and Usage.")).toBeTruthy();
    const list = screen.getByRole("list", { name: "Not applied" });
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Skipped: § 7 · Feedback rights (“feedback”) — no suggested wording for this one"]);
  });

  test("the one line names at most eight clauses", () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ id: `x${i}`, title: "", status: "skipped" as const, covered: true, clause: `§ ${i + 1}` }));
    expect(coveredLine(items)).toBe("Skipped 12 that other changes in the same clauses already cover: § 1, § 2, § 3, § 4, § 5, § 6, § 7, § 8 and 4 more.");
    expect(coveredLine(items.slice(0, 1))).toBe("Skipped 1 that another change in the same clause already covers: § 1.");
  });
});

describe("AddendumPanel", () => {
  test("names detected and editable, options, preview, where, insert", async () => {
    const r = report();
    const onPartyChange = jest.fn();
    const onSettingsChange = jest.fn();
    const onInsert = jest.fn();
    const settings = INITIAL_STATE.addendum;
    const props = {
      detected: r.parties,
      overrides: {},
      settings,
      preview: buildAddendum({ parties: r.parties }),
      present: false,
      canInsert: true,
      canInsertAtCursor: false,
      busy: false,
      message: null,
      onPartyChange,
      onSettingsChange,
      onInsert,
    };
    const { rerender } = wrap(<AddendumPanel {...props} />);
    const agency = screen.getByRole("textbox", { name: /The other side is called/ }) as HTMLInputElement;
    expect(agency.value).toBe("Agency");
    expect(screen.getByText("Found in the document: “Agency”")).toBeTruthy();
    const user = userEvent.setup();
    await user.type(agency, "X");
    expect(onPartyChange).toHaveBeenLastCalledWith("agency", "AgencyX");
    await user.click(screen.getByRole("checkbox", { name: /audit/ }));
    expect(onSettingsChange).toHaveBeenLastCalledWith({ includeAudit: false });
    expect((screen.getByRole("radio", { name: /^At the cursor \(not available: / }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.getByRole("region", { name: "Preview" }).textContent).toContain("Agency shall not use the Deliverables to train");
    await user.click(screen.getByRole("button", { name: "Insert addendum" }));
    expect(onInsert).toHaveBeenCalledTimes(1);
    // An impossible deadline is refused in words and blocks inserting.
    rerender(
      <FluentProvider theme={webLightTheme}>
        <AddendumPanel {...props} settings={{ ...settings, deletionDays: 0 }} present message={{ intent: "warning", text: "Not inserted: already there" }} />
      </FluentProvider>
    );
    expect(screen.getByText("Enter a whole number of days from 1 to 365.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Insert addendum" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/^This document already has a TermScore addendum\. Inserting adds only the sections it is missing/)).toBeTruthy();
    expect(screen.getByText("Not inserted: already there")).toBeTruthy();
  });
});

describe("ExportPanel", () => {
  test("download and copy both formats; copy refused is explained", async () => {
    const download = jest.fn();
    const copy = jest.fn(async () => undefined);
    const getText = (f: "markdown" | "json") => (f === "json" ? '{"a":1}' : "# R");
    const { rerender } = wrap(<ExportPanel getText={getText} baseName="msa" download={download} copy={copy} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Download JSON" }));
    expect(download).toHaveBeenCalledWith("msa.termscore.json", '{"a":1}', "application/json");
    await user.click(screen.getByRole("button", { name: "Copy Markdown" }));
    expect(copy).toHaveBeenCalledWith("# R");
    expect(screen.getByRole("status").textContent).toBe("Copied the report as Markdown.");
    rerender(
      <FluentProvider theme={webLightTheme}>
        <ExportPanel getText={getText} baseName="msa" download={download} copy={async () => Promise.reject(new Error("denied"))} />
      </FluentProvider>
    );
    await user.click(screen.getByRole("button", { name: "Copy JSON" }));
    expect(screen.getByRole("status").textContent).toBe("Copying is not allowed here. Use Download instead.");
  });
});

describe("ExportPanel while TermScore writes or re-reads the document", () => {
  test("every export waits: buttons disabled, the reason shown, nothing built; enabled again after", async () => {
    const download = jest.fn();
    const getText = jest.fn(() => "# R");
    const getNote = jest.fn(async () => ({ text: "note", commentsAsChanges: 0 }));
    const getMemo = jest.fn(async () => new Uint8Array([1]));
    const { rerender } = wrap(<ExportPanel getText={getText} baseName="msa" download={download} copy={async () => undefined} getNote={getNote} getMemo={getMemo} busy />);
    const buttons = screen.getAllByRole("button");
    expect(buttons.length).toBe(7);
    for (const b of buttons) expect((b as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/^Exports wait until TermScore has finished with the document/)).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Download cover note" }));
    expect(getNote).not.toHaveBeenCalled();
    rerender(
      <FluentProvider theme={webLightTheme}>
        <ExportPanel getText={getText} baseName="msa" download={download} copy={async () => undefined} getNote={getNote} getMemo={getMemo} busy={false} />
      </FluentProvider>
    );
    expect(screen.queryByText(/^Exports wait/)).toBeNull();
    await user.click(screen.getByRole("button", { name: "Download cover note" }));
    expect(getNote).toHaveBeenCalledTimes(1);
    expect(download).toHaveBeenCalledWith("msa.termscore-note.md", "note", "text/markdown");
  });
});

describe("ExportPanel: the cover note to the other side", () => {
  test("download (.md) and copy; nothing written yet is said plainly; comments the note calls changes are said too", async () => {
    const download = jest.fn();
    const copy = jest.fn(async () => undefined);
    let built: { text: string; commentsAsChanges: number } | null = null;
    const getNote = jest.fn(async () => built);
    wrap(<ExportPanel getText={() => "# R"} baseName="msa" download={download} copy={copy} getNote={getNote} />);
    const user = userEvent.setup();
    const group = screen.getByRole("group", { name: "Cover note to the other side" });
    await user.click(within(group).getByRole("button", { name: "Download cover note" }));
    expect(download).not.toHaveBeenCalled();
    expect(screen.getByRole("status").textContent).toMatch(/^Nothing proposed yet: apply suggestions/);
    built = { text: "# Proposed changes\n\nDear Sir or Madam,\n", commentsAsChanges: 0 };
    await user.click(within(group).getByRole("button", { name: "Download cover note" }));
    expect(download).toHaveBeenCalledWith("msa.termscore-note.md", built.text, "text/markdown");
    expect(screen.getByRole("status").textContent).toBe("Saved the cover note (msa.termscore-note.md).");
    await user.click(within(group).getByRole("button", { name: "Copy cover note" }));
    expect(copy).toHaveBeenCalledWith(built.text);
    expect(screen.getByRole("status").textContent).toBe("Copied the cover note: paste it into your email.");
    built = { ...built, commentsAsChanges: 2 };
    await user.click(within(group).getByRole("button", { name: "Copy cover note" }));
    expect(screen.getByRole("status").textContent).toMatch(/2 proposals are comments in the document, not a tracked change; the note counts them among the changes\.$/);
    expect(getNote).toHaveBeenCalledTimes(4);
  });
});

describe("OpenDocument", () => {
  test("opens the chosen file and offers the reviewed copy", async () => {
    const onOpen = jest.fn();
    const onSave = jest.fn();
    wrap(<OpenDocument fileName="msa.docx" busy={false} onOpen={onOpen} onSave={onSave} />);
    const file = new File([new Uint8Array([80, 75, 3, 4])], "other.docx");
    await userEvent.setup().upload(screen.getByLabelText("Open a .docx file"), file);
    expect(onOpen).toHaveBeenCalledWith(file);
    await userEvent.setup().click(screen.getByRole("button", { name: "Download reviewed copy" }));
    expect(onSave).toHaveBeenCalled();
    expect(screen.getByText("msa.docx")).toBeTruthy();
  });
  test("before a file: open, try the sample, drop a file, and the author name", async () => {
    const onOpen = jest.fn();
    const onTrySample = jest.fn();
    const onAuthorChange = jest.fn();
    wrap(<OpenDocument fileName={null} busy={false} primary="open" author="" onAuthorChange={onAuthorChange} onOpen={onOpen} onTrySample={onTrySample} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Try the sample contract" }));
    expect(onTrySample).toHaveBeenCalled();
    await user.type(screen.getByRole("textbox", { name: /Your name on tracked changes/ }), "S");
    expect(onAuthorChange).toHaveBeenCalledWith("S");
    const file = new File([new Uint8Array([80, 75, 3, 4])], "dropped.docx");
    const zone = screen.getByRole("region", { name: "Review a .docx file" });
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    expect(onOpen).toHaveBeenCalledWith(file);
  });
});

describe("FindingList on a long contract", () => {
  test(`shows ${ROWS_PER_PAGE} rows, then more on request`, async () => {
    const text = Array.from({ length: ROWS_PER_PAGE + 30 }, () => "The Agency may use it for any purpose.");
    const r = analyze(text.map((t) => ({ text: t })));
    expect(r.findings).toHaveLength(ROWS_PER_PAGE + 30);
    const ps = text.map((t) => ({ text: t }));
    wrap(list({ items: itemsOf(r), paragraphs: ps, standingParagraphs: ps }));
    const rows = () => within(screen.getByRole("list", { name: /^Findings/ })).getAllByRole("button");
    // Rows render ten at a time, up to the cap.
    await waitFor(() => expect(rows()).toHaveLength(ROWS_PER_PAGE), { timeout: 10_000 });
    await userEvent.setup().click(screen.getByRole("button", { name: "Show 30 more of 30" }));
    await waitFor(() => expect(rows()).toHaveLength(ROWS_PER_PAGE + 30), { timeout: 10_000 });
    expect(screen.queryByRole("button", { name: /^Show \d+ more/ })).toBeNull();
  });
});

describe("Tabs", () => {
  test("Fluent's TabList: one tab stop; arrows, Home and End move and select; the panel is labelled by its tab", async () => {
    function Harness() {
      const [tab, setTab] = React.useState<"a" | "b" | "c">("a");
      return (
        <>
          <Tabs<"a" | "b" | "c"> label="Sections" idPrefix="t" selected={tab} onSelect={setTab} items={[{ value: "a", label: "Alpha" }, { value: "b", label: "Beta" }, { value: "c", label: "Gamma" }]} />
          <div role="tabpanel" id="t-panel" aria-labelledby={`t-${tab}`}>
            panel {tab}
          </div>
        </>
      );
    }
    wrap(<Harness />);
    const user = userEvent.setup();
    const list = screen.getByRole("tablist", { name: "Sections" });
    // Fluent UI's TabList and Tab (their class names, styles and selection mark)
    expect(list.classList.contains("fui-TabList")).toBe(true);
    expect(within(list).getAllByRole("tab").every((t) => t.classList.contains("fui-Tab"))).toBe(true);
    expect(within(list).getAllByRole("tab").map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: "Alpha" }));
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Beta", selected: true })).toBe(document.activeElement);
    expect(screen.getByRole("tabpanel", { name: "Beta" }).textContent).toBe("panel b");
    await user.keyboard("{End}");
    expect(screen.getByRole("tab", { name: "Gamma", selected: true })).toBe(document.activeElement);
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Alpha", selected: true })).toBe(document.activeElement);
    await user.keyboard("{ArrowLeft}{Home}");
    expect(screen.getByRole("tab", { name: "Alpha", selected: true })).toBe(document.activeElement);
    await user.click(screen.getByRole("tab", { name: "Gamma" }));
    expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe("t-c");
  });
});

describe("Footer", () => {
  test("version, privacy, not legal advice; help, support and privacy links that open outside the pane", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <Footer version="9.8.7" />
      </FluentProvider>
    );
    const footer = screen.getByRole("contentinfo");
    expect(footer.textContent).toMatch(/TermScore 9\.8\.7 · Nothing leaves this computer · Not legal advice/);
    const help = within(footer).getByRole("link", { name: "Help and support" });
    const privacy = within(footer).getByRole("link", { name: "Privacy" });
    expect([help.getAttribute("href"), privacy.getAttribute("href")]).toEqual([HELP_PAGE, PRIVACY_PAGE]);
    for (const a of [help, privacy]) {
      expect(a.getAttribute("target")).toBe("_blank");
      expect(a.getAttribute("rel")).toMatch(/noopener/);
    }
    await userEvent.setup().click(within(footer).getByText("About TermScore"));
    expect(within(footer).getByRole("link", { name: "help page" }).getAttribute("href")).toBe(HELP_PAGE);
  });
});
