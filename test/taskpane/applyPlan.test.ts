/**
 * Apply all's plan (src/taskpane/controller/applyPlan.ts) uses the engine's one planner: list
 * order is the priority (graver risk first, then document order), so where two fixes touch the
 * same words the graver finding's fix is written, and every finding left out is reported.
 */
import type { Finding, Paragraph, Position, Severity } from "../../src/engine/types";
import { planApplyAll, SKIPPED } from "../../src/taskpane/controller/applyPlan";

const TEXT = "The Agency may use, modify and sublicense the Deliverables for any purpose.";
const paragraphs: Paragraph[] = [{ text: TEXT }, { text: "Second paragraph." }];

function finding(id: string, severity: Severity, words: string, replacement: string | null, positions: Position[] = ["primary"]): Finding {
  const start = TEXT.indexOf(words);
  const end = start + words.length;
  return {
    id,
    ruleId: id,
    category: "broad-license",
    severity,
    paragraph: 0,
    start,
    end,
    trigger: words,
    message: `finding ${id}`,
    rationale: "",
    suggestions:
      replacement === null
        ? []
        : positions.map((position) => ({ position, label: position, paragraph: 0, start, end, original: words, replacement: `${replacement} (${position})`, comment: `comment ${id}` })),
  };
}

describe("planApplyAll", () => {
  const cases: Array<{ name: string; findings: Finding[]; positions?: Record<string, Position>; written: string[]; skipped: Array<[string, string]>; notApplicable?: number }> = [
    {
      name: "overlap: the graver finding's fix is written even when it comes later in the document, the other is reported",
      findings: [finding("low", "low", "use, modify", "use"), finding("high", "high", "modify and sublicense", "modify")],
      written: ["high"],
      skipped: [["low", SKIPPED.overlap]],
    },
    {
      name: "same severity: document order wins",
      findings: [finding("second", "medium", "sublicense the Deliverables", "x"), finding("first", "medium", "may use, modify", "y")],
      written: ["first", "second"],
      skipped: [],
    },
    {
      name: "same severity, overlapping: the earlier one in the document is written",
      findings: [finding("later", "medium", "modify and", "x"), finding("earlier", "medium", "use, modify", "y")],
      written: ["earlier"],
      skipped: [["later", SKIPPED.overlap]],
    },
    {
      name: "no wording: reported, not sent; the very same edit twice: written once, the second reported",
      findings: [finding("none", "high", "for any purpose", null), finding("a", "high", "the Deliverables", "them"), finding("b", "low", "the Deliverables", "them")],
      written: ["a"],
      skipped: [
        ["none", SKIPPED.noWording],
        ["b", SKIPPED.same],
      ],
    },
    {
      name: "a chosen position the finding does not offer: primary written, counted",
      findings: [finding("p", "high", "for any purpose", "for this project", ["primary", "opt-out"])],
      positions: { p: "project-scope" },
      written: ["p"],
      skipped: [],
      notApplicable: 1,
    },
  ];
  it.each(cases)("$name", ({ findings, positions = {}, written, skipped, notApplicable = 0 }) => {
    const plan = planApplyAll(findings, positions, paragraphs);
    expect(plan.requests.map((r) => r.id)).toEqual(written);
    expect(plan.skipped.map((s) => [s.id, s.message])).toEqual(skipped);
    // each headed by its clause and category, with its words; those a graver change covers carry their clause for the one-line summary
    for (const s of plan.skipped) {
      const f = findings.find((x) => x.id === s.id)!;
      expect(s).toMatchObject({ status: "skipped", title: `¶ 1 · Broad license (“${f.trigger}”)` });
      expect([s.covered, s.clause]).toEqual(s.message === SKIPPED.noWording ? [undefined, undefined] : [true, "¶ 1"]);
    }
    expect(plan.notApplicable).toBe(notApplicable);
  });

  it("sends the chosen position's words with the scanned paragraph text", () => {
    const f = finding("q", "high", "for any purpose", "for this project", ["primary", "opt-out"]);
    const [request] = planApplyAll([f], { q: "opt-out" }, paragraphs).requests;
    expect(request).toEqual({ id: "q", paragraph: 0, start: f.start, end: f.end, original: "for any purpose", replacement: "for this project (opt-out)", comment: "comment q", paragraphText: TEXT });
  });
});
