/**
 * The two honest numbers: TermScore's own pending changes are taken back out of the text before
 * the contract "as it stands" is scored, with the real engine.
 */
import { analyze, buildAddendum } from "../../src/engine";
import { isBlank, protectionStatus, reviewItems, textAsItStands, undoEdit, type PendingEdit } from "../../src/taskpane/review/truth";
import { clauseLabel, clauseNumber, sentenceAround } from "../../src/taskpane/review/clause";

// Sentences written for this test.
const CONTRACT = [
  "Services Agreement",
  "This agreement is between Harbor Lane Studio LLC (the “Agency”) and Priya Natarajan (the “Contractor”).",
  "1. Licence. The Contractor grants the Agency a perpetual licence to use the Deliverables for any purpose.",
  "2. Payment. The Agency pays each invoice within thirty days.",
];

function applyAll(paragraphs: { text: string }[]): { current: { text: string }[]; edits: PendingEdit[] } {
  const report = analyze(paragraphs);
  const current = paragraphs.map((p) => ({ ...p }));
  const edits: PendingEdit[] = [];
  // Right to left per paragraph so offsets stay valid.
  const chosen = report.findings.map((f) => f.suggestions[0]).filter(Boolean);
  const byPara = new Map<number, typeof chosen>();
  for (const s of chosen) byPara.set(s.paragraph, [...(byPara.get(s.paragraph) ?? []), s]);
  for (const [p, list] of byPara) {
    let text = current[p].text;
    const seen: Array<[number, number]> = [];
    for (const s of list.sort((a, b) => b.start - a.start)) {
      if (seen.some(([a, b]) => s.start < b && a < s.end)) continue;
      seen.push([s.start, s.end]);
      text = text.slice(0, s.start) + s.replacement + text.slice(s.end);
      edits.push({ id: `${p}:${s.start}`, title: "", paragraph: p, start: s.start, original: s.original, replacement: s.replacement, batch: 1 });
    }
    current[p] = { text };
  }
  return { current, edits };
}

describe("the contract as it stands", () => {
  const paragraphs = CONTRACT.map((text) => ({ text }));

  test("after applying every suggestion and the addendum, the text as it stands is the original, and scores the same", () => {
    const before = analyze(paragraphs);
    expect(before.findings.length).toBeGreaterThan(0);
    const { current, edits } = applyAll(paragraphs);
    const addendum = buildAddendum();
    const withAddendum = [...current, ...addendum.map((a) => ({ text: a.text }))];
    const asIs = textAsItStands(withAddendum, edits, [{ texts: addendum.map((a) => a.text), batch: 2 }]);
    expect(asIs.paragraphs.map((p) => p.text)).toEqual(CONTRACT);
    expect(asIs.unmatched).toBe(0);
    const standing = analyze(asIs.paragraphs);
    const ifAccepted = analyze(withAddendum);
    expect(standing.score).toBe(before.score);
    expect(ifAccepted.score).toBeGreaterThan(standing.score);
    // Our own pending addendum is proposed, never agreed.
    const status = protectionStatus(standing, ifAccepted);
    expect(status["no-ai-training"]).toBe("proposed");
    expect(Object.values(status)).not.toContain("agreed");
    // Every finding is still there, each with a change proposed.
    const items = reviewItems(standing, ifAccepted, asIs, edits);
    expect(items).toHaveLength(before.findings.length);
    expect(items.every((i) => i.status === "proposed")).toBe(true);
  });

  test("nothing pending: the same report, every finding open", () => {
    const r = analyze(paragraphs);
    const items = reviewItems(r, r, { paragraphs, indexMap: [], unmatched: 0 }, []);
    expect(items.map((i) => i.status)).toEqual(r.findings.map(() => "open"));
  });

  test("an edit the user changed by hand since cannot be taken back: counted, text kept", () => {
    const asIs = textAsItStands([{ text: "Totally different words." }], [{ id: "x", title: "", paragraph: 0, start: 3, original: "a", replacement: "zzz", batch: 1 }], []);
    expect(asIs.paragraphs[0].text).toBe("Totally different words.");
    expect(asIs.unmatched).toBe(1);
  });

  test("undoEdit prefers the recorded offset, else the nearest occurrence", () => {
    expect(undoEdit("x NEW y NEW z", { start: 8, original: "old", replacement: "NEW" })).toBe("x NEW y old z");
    expect(undoEdit("x NEW y NEW z", { start: 6, original: "old", replacement: "NEW" })).toBe("x NEW y old z");
    expect(undoEdit("nothing here", { start: 0, original: "a", replacement: "b!" })).toBeNull();
  });

  test("blank documents", () => {
    expect(isBlank([])).toBe(true);
    expect(isBlank([{ text: "  " }, { text: "\t" }])).toBe(true);
    expect(isBlank([{ text: "a" }])).toBe(false);
  });
});

describe("clause labels and sentences", () => {
  test("numbers, headings, and the paragraph as the last resort", () => {
    expect(clauseNumber("2.1 Licence. The Agency…")).toBe("2.1");
    expect(clauseNumber("Section 7. Term")).toBe("7");
    expect(clauseNumber("(a) the Agency")).toBeNull();
    expect(clauseNumber("b) the Agency")).toBe("b");
    expect(clauseNumber("In 2024 the parties")).toBeNull();
    const ps = [{ text: "Agreement", style: "Title" }, { text: "4. Data", headingLevel: 2 }, { text: "The Agency may aggregate data." }, { text: "Use of Work", headingLevel: 2 }, { text: "It may use it." }];
    expect(clauseLabel(ps, 2)).toBe("§ 4");
    expect(clauseLabel(ps, 4)).toBe("Use of Work");
    expect(clauseLabel([{ text: "Plain." }], 0)).toBe("¶ 1");
  });
  test("the sentence around some words", () => {
    const t = "First sentence here. The Agency may use it for any purpose. Last one.";
    const s = sentenceAround(t, t.indexOf("any"), t.indexOf("any") + 3);
    expect(t.slice(s.start, s.end)).toBe("The Agency may use it for any purpose.");
  });
});
