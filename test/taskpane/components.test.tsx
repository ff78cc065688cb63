/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ScoreCard, verdict } from "../../src/taskpane/components/ScoreCard";
import { FindingCard } from "../../src/taskpane/components/FindingCard";
import { CARDS_PER_SEVERITY, FindingList, groupFindings } from "../../src/taskpane/components/FindingList";
import { ProtectionsPanel, checklist } from "../../src/taskpane/components/ProtectionsPanel";
import { ApplyAllPanel } from "../../src/taskpane/components/ApplyAllPanel";
import { AddendumPanel } from "../../src/taskpane/components/AddendumPanel";
import { ExportPanel } from "../../src/taskpane/components/ExportPanel";
import { OpenDocument } from "../../src/taskpane/components/OpenDocument";
import { Tabs } from "../../src/taskpane/components/Tabs";
import { INITIAL_STATE } from "../../src/taskpane/useReview";
import { analyze, buildAddendum } from "./fakeEngine";
import { SAMPLE } from "./sample";

const wrap = (ui: React.ReactElement) => render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
const report = () => analyze(SAMPLE.map((text) => ({ text })));
const noop = () => undefined;

describe("ScoreCard", () => {
  test("shows the score, the verdict, the score after fixes and the breakdown", async () => {
    const r = report();
    const { unmount } = wrap(<ScoreCard report={r} />);
    await userEvent.setup().click(screen.getByText("How the score is made"));
    expect(within(screen.getByRole("group")).getByRole("heading", { name: "What lowered it" })).toBeTruthy();
    expect(screen.getByText("The licence lets them use your work for any purpose.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "What would raise it" })).toBeTruthy();
    unmount();
    // Without the engine's sentences, the numbers per category and protection are shown instead.
    r.breakdown.lowered = [];
    wrap(<ScoreCard report={r} />);
    expect(screen.getByRole("img", { name: `Score ${r.score} of 100: Risky` })).toBeTruthy();
    expect(screen.getByText(/After all suggestions and the addendum/).textContent).toContain(String(r.scoreIfAccepted));
    await userEvent.setup().click(screen.getByText("How the score is made"));
    const off = screen.getByRole("list", { name: "Points taken off" });
    expect(within(off).getByText(/Licence for any purpose: −20 \(1 clause; −0 after the fixes\)/)).toBeTruthy();
    expect(within(off).getByText(/Missing: AI training is prohibited: −5/)).toBeTruthy();
  });
  test("verdicts", () => {
    expect(verdict(10).text).toBe("Risky");
    expect(verdict(65).text).toBe("Needs work");
    expect(verdict(95).text).toBe("Well protected");
  });
});

describe("FindingCard", () => {
  test("quotes the trigger, explains it, offers positions and the four actions", async () => {
    const f = report().findings.find((x) => x.ruleId === "broad-any-purpose")!;
    const calls: string[] = [];
    const onPositionChange = jest.fn();
    wrap(
      <FindingCard
        finding={f}
        position={undefined}
        commented={false}
        canApply
        canComment
        busy={false}
        onPositionChange={onPositionChange}
        onGoTo={() => calls.push("goto")}
        onApply={() => calls.push("apply")}
        onCommentOnly={() => calls.push("comment")}
        onDismiss={() => calls.push("dismiss")}
      />
    );
    const card = screen.getByRole("article", { name: f.message });
    expect(within(card).getByText("High risk")).toBeTruthy();
    expect(within(card).getByText("broad-any-purpose")).toBeTruthy(); // names its rule
    expect(within(card).getByText("“for any purpose”")).toBeTruthy();
    expect((within(card).getByRole("radio", { name: "Prohibit it (recommended)" }) as HTMLInputElement).checked).toBe(true);
    const user = userEvent.setup();
    await user.click(within(card).getByRole("radio", { name: "Right to opt out" }));
    expect(onPositionChange).toHaveBeenCalledWith(f.id, "opt-out");
    const group = within(card).getByRole("group", { name: `Actions for: ${f.message}` });
    for (const name of ["Go to", "Apply", "Comment only", "Dismiss"]) await user.click(within(group).getByRole("button", { name }));
    expect(calls).toEqual(["goto", "apply", "comment", "dismiss"]);
  });
  test("while busy, every action is disabled; keyboard focus order is Go to, Apply, Comment only, Dismiss", async () => {
    const f = report().findings.find((x) => x.ruleId === "internal-business")!;
    const { rerender } = wrap(
      <FindingCard finding={f} position={undefined} commented canApply canComment busy onPositionChange={noop} onGoTo={noop} onApply={noop} onCommentOnly={noop} onDismiss={noop} />
    );
    expect(screen.getByText("Comment added")).toBeTruthy();
    expect(screen.queryByRole("radiogroup")).toBeNull(); // one position only: no choice to make
    // Busy: still focusable (focus is not lost), but announced and acting as disabled.
    for (const b of screen.getAllByRole("button")) expect(b.getAttribute("aria-disabled")).toBe("true");
    rerender(
      <FluentProvider theme={webLightTheme}>
        <FindingCard finding={f} position={undefined} commented={false} canApply canComment busy={false} onPositionChange={noop} onGoTo={noop} onApply={noop} onCommentOnly={noop} onDismiss={noop} />
      </FluentProvider>
    );
    const user = userEvent.setup();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await user.tab();
      order.push(document.activeElement?.textContent ?? "");
    }
    expect(order).toEqual(["Go to", "Apply", "Comment only", "Dismiss"]);
  });
});

describe("FindingList", () => {
  test("groups by severity (high first) then category, and offers to restore dismissed ones", async () => {
    const r = report();
    const onRestore = jest.fn();
    wrap(
      <FindingList
        findings={r.findings}
        positions={{}}
        commented={[]}
        dismissedCount={2}
        canApply
        canComment
        busy={false}
        onPositionChange={noop}
        onGoTo={noop}
        onApply={noop}
        onCommentOnly={noop}
        onDismiss={noop}
        onRestoreDismissed={onRestore}
      />
    );
    expect(groupFindings(r.findings).map((g) => g.severity)).toEqual(["high", "medium", "low"]);
    expect(screen.getByRole("region", { name: "High risk: Licence for any purpose" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Low risk: Feedback and suggestions" })).toBeTruthy();
    expect(screen.getAllByRole("article")).toHaveLength(3);
    await userEvent.setup().click(screen.getByRole("button", { name: "Show dismissed again" }));
    expect(onRestore).toHaveBeenCalled();
  });
  test("with no findings it says so plainly", () => {
    wrap(<FindingList findings={[]} positions={{}} commented={[]} dismissedCount={0} canApply canComment busy={false} onPositionChange={noop} onGoTo={noop} onApply={noop} onCommentOnly={noop} onDismiss={noop} onRestoreDismissed={noop} />);
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
      "The protection survives the contract: present",
    ]);
    expect(screen.getByText("“survives”")).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Add section: AI is mentioned at all" }));
    await user.click(screen.getByRole("button", { name: "Add section: Your work is deleted at the end" }));
    expect(onFix.mock.calls.map((c) => c[0])).toEqual([["ai-definition", "no-ai-training"], ["data-deletion"]]);
    expect(screen.queryByRole("button", { name: "Add section: The protection survives the contract" })).toBeNull();
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
    expect((screen.getByRole("radio", { name: "At the cursor" }) as HTMLInputElement).disabled).toBe(true);
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
    expect(screen.getByText("Open: msa.docx")).toBeTruthy();
  });
});

describe("FindingList on a long contract", () => {
  test(`shows ${CARDS_PER_SEVERITY} cards per severity, then the rest on request`, async () => {
    const text = Array.from({ length: 30 }, () => "The Agency may use it for any purpose.");
    const r = analyze(text.map((t) => ({ text: t })));
    expect(r.findings).toHaveLength(30);
    wrap(<FindingList findings={r.findings} positions={{}} commented={[]} dismissedCount={0} canApply canComment busy={false} onPositionChange={noop} onGoTo={noop} onApply={noop} onCommentOnly={noop} onDismiss={noop} onRestoreDismissed={noop} />);
    expect(screen.getByRole("heading", { name: "High risk (30)" })).toBeTruthy();
    expect(screen.getAllByRole("article")).toHaveLength(CARDS_PER_SEVERITY);
    await userEvent.setup().click(screen.getByRole("button", { name: "Show 10 more (high risk)" }));
    expect(screen.getAllByRole("article")).toHaveLength(30);
    expect(screen.queryByRole("button", { name: /^Show \d+ more/ })).toBeNull();
  });
});

describe("Tabs", () => {
  test("one tab stop; arrows, Home and End move and select; the panel is labelled by its tab", async () => {
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
