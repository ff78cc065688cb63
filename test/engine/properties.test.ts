/** Property tests (fast-check): the engine never throws, keeps its offsets honest, and is deterministic. */
import fc from "fast-check";
import { analyze, formatReportMarkdown, formatReportText, type Paragraph, type Report } from "../../src/engine";
import { applySuggestions } from "../support/applySuggestions";

const CLAUSES = [
  "The Agency may use the Deliverables to train its machine learning models.",
  "The Client shall not use the Work Product to train any AI model.",
  "Contractor grants Client a perpetual, irrevocable, worldwide licence to use the Deliverables for any purpose.",
  "The Agency may share the Deliverables with its affiliates and service providers.",
  "Company may use anonymized data derived from the Content for research purposes.",
  "All Deliverables shall be works made for hire.",
  "Either party may terminate this Agreement on thirty days' notice.",
  "The Client shall not:",
  "(a) include the Materials in training datasets;",
  "7. Representations and Warranties",
  "The Client may seek injunctive relief.",
  "This Section survives termination.",
  "The Agency may use the Deliverables to train its AI models and may also share them with vendors to fine-tune language models.",
  "Client may exploit the Work in all media throughout the universe, for any purpose, and may sublicense it to its affiliates.",
];

/** Odd Unicode the engine must survive: smart quotes, NBSP, soft hyphen, RTL, emoji, astral, lone surrogates. */
const ODD = ["\u201c", "\u201d", "\u2019", "\u00a0", "\u00ad", "\u200f", "\u202e", "\u05e9\u05dc\u05d5\u05dd", "\ud83d\ude00", "\ud800", "\udfff", "\u0000", "\ufeff", "\u2028", "\t", "\r\n"];

const oddText = fc.array(fc.oneof(fc.constantFrom(...ODD, ...CLAUSES), fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), { maxLength: 8 }).map((a) => a.join(""));
const paragraph: fc.Arbitrary<Paragraph> = fc.record(
  { text: fc.oneof(oddText, fc.constantFrom(...CLAUSES)), style: fc.option(fc.constantFrom("Heading 1", "Normal", "List Paragraph"), { nil: undefined }), headingLevel: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }), inTable: fc.option(fc.boolean(), { nil: undefined }) },
  { requiredKeys: ["text"] },
);
const documents = fc.array(paragraph, { maxLength: 12 });

function checkReport(paragraphs: Paragraph[], r: Report): void {
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(r.scoreIfAccepted);
  expect(r.scoreIfAccepted).toBeLessThanOrEqual(100);
  const ids = new Set<string>();
  for (const f of r.findings) {
    expect(ids.has(f.id)).toBe(false);
    ids.add(f.id);
    const text = paragraphs[f.paragraph].text;
    expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true);
    expect(text.slice(f.start, f.end)).toBe(f.trigger);
    expect(f.suggestions.length).toBeGreaterThan(0);
    expect(f.suggestions[0].position).toBe("primary");
    for (const s of f.suggestions) {
      expect(s.paragraph).toBe(f.paragraph);
      expect(0 <= s.start && s.start <= s.end && s.end <= text.length).toBe(true);
      expect(text.slice(s.start, s.end)).toBe(s.original);
      expect(s.comment.trim().length).toBeGreaterThan(0);
      expect(s.replacement).not.toBe(s.original);
    }
  }
  for (const p of r.protections) expect(paragraphs[p.paragraph].text.slice(p.start, p.end)).toBe(p.trigger);
  // primary edits of one paragraph never overlap, so "accept all" is well defined (an edit shared
  // by the findings of one clause counts once)
  const byPara = new Map<number, Array<[number, number]>>();
  const seen = new Set<string>();
  for (const f of r.findings) {
    const s0 = f.suggestions[0];
    const key = `${s0.paragraph}:${s0.start}:${s0.end}:${s0.replacement}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const list = byPara.get(f.paragraph) ?? [];
    list.push([s0.start, s0.end]);
    byPara.set(f.paragraph, list);
  }
  for (const list of byPara.values()) {
    list.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < list.length; i++) expect(list[i][0]).toBeGreaterThanOrEqual(list[i - 1][1]);
  }
}

describe("engine properties", () => {
  test("never throws; ranges inside their paragraph; suggestion.original matches; JSON round-trips", () => {
    fc.assert(
      fc.property(documents, (paragraphs) => {
        const r = analyze(paragraphs);
        checkReport(paragraphs, r);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
        formatReportText(r, paragraphs);
        formatReportMarkdown(r);
      }),
      { numRuns: 400 },
    );
  });

  test("deterministic: same document, same report and same text", () => {
    fc.assert(
      fc.property(documents, (paragraphs) => {
        const a = analyze(paragraphs);
        const b = analyze(paragraphs.map((p) => ({ ...p })));
        expect(b).toEqual(a);
        expect(formatReportText(b, paragraphs)).toBe(formatReportText(a, paragraphs));
        expect(formatReportMarkdown(b)).toBe(formatReportMarkdown(a));
      }),
      { numRuns: 150 },
    );
  });

  test("accepting every primary suggestion removes those risks and never lowers the score", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CLAUSES), { minLength: 1, maxLength: 10 }), (texts) => {
        const paragraphs = texts.map((text) => ({ text }));
        const r = analyze(paragraphs);
        const accepted = applySuggestions(paragraphs, r.findings.map((f) => f.suggestions[0]));
        const again = analyze(accepted);
        expect(again.findings).toEqual([]);
        expect(again.score).toBeGreaterThanOrEqual(r.score);
      }),
      { numRuns: 200 },
    );
  });

  test("a finding's id does not change when other paragraphs are edited, added or removed", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CLAUSES), { minLength: 1, maxLength: 6 }), fc.array(oddText, { maxLength: 3 }), (texts, noise) => {
        const base = analyze(texts.map((text) => ({ text })));
        const edited = analyze([...noise.map((text) => ({ text: `Note: ${text.replace(/[A-Za-z]/g, "x")}` })), ...texts.map((text) => ({ text }))]);
        const baseIds = base.findings.filter((f) => !f.context).map((f) => f.id);
        const editedIds = edited.findings.filter((f) => !f.context).map((f) => f.id);
        for (const id of baseIds) expect(editedIds).toContain(id);
      }),
      { numRuns: 100 },
    );
  });
});
