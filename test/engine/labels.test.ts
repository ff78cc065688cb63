/**
 * One vocabulary (issue 15): each category has one name, the same in the score's explanations,
 * the text report (CLI), the Markdown export and the pane; US spelling and "AI" in capitals.
 */
import { analyze, formatReportMarkdown, formatReportText, RULES } from "../../src/engine";
import { CATEGORIES, PROTECTION_KINDS } from "../../src/engine/types";
import { CATEGORY_LABEL, POSITION_LABEL, PROTECTION_LABEL, PROTECTION_NAME, SEVERITY_LABEL } from "../../src/engine/report/labels";
import { coverNote } from "../../src/engine/report/coverNote";

const contract = [
  { text: 'Northwind Ltd (the "Agency") engages Sam Rivera (the "Contractor") to write the Deliverables.' },
  { text: "2. License. The Contractor grants the Agency a perpetual license to use the Deliverables for any purpose." },
  { text: "3. The Agency may use the Deliverables to train its AI models and to improve its products and services." },
  { text: "4. The Agency may aggregate and anonymize data derived from the Deliverables and share it with its affiliates." },
  { text: "5. The Agency may sublicense the Deliverables to third parties. Feedback may be used by the Agency for any purpose." },
];

const names = Object.values(CATEGORY_LABEL);
const everyLabel = [...names, ...Object.values(PROTECTION_LABEL), ...Object.values(PROTECTION_NAME), ...Object.values(POSITION_LABEL), ...Object.values(SEVERITY_LABEL)];

describe("one vocabulary", () => {
  const r = analyze(contract);

  test("every category has a distinct name", () => {
    expect(new Set(names).size).toBe(CATEGORIES.length);
    for (const k of PROTECTION_KINDS) expect(PROTECTION_LABEL[k]).toBeTruthy();
  });

  test("US spelling and 'AI' in capitals in every label", () => {
    for (const l of everyLabel) {
      expect(l).not.toMatch(/licen[c]e|anonymis|organis|\bai\b|Ai\b/);
    }
  });

  test("every rule's message and rationale (shown in the pane, the CLI and the exports) in US spelling, one way to write sublicense", () => {
    for (const rule of RULES) {
      for (const text of [rule.message, rule.rationale]) {
        expect(text).not.toMatch(/licen[c]e|sub-licen|anonymis|organis|authoris|recognis|behaviour|\bai\b/);
      }
    }
  });

  test("the score's explanations, the text report and the Markdown export name each category as the pane does", () => {
    const found = new Set(r.findings.map((f) => f.category));
    expect(found.size).toBeGreaterThanOrEqual(3);
    const text = formatReportText(r, contract);
    const markdown = formatReportMarkdown(r);
    const explanations = [...r.breakdown.lowered, ...r.breakdown.wouldRaise, ...r.breakdown.categories.map((c) => c.explanation)].join("\n");
    for (const c of found) {
      expect(text).toContain(CATEGORY_LABEL[c]);
      expect(markdown).toContain(CATEGORY_LABEL[c]);
      expect(explanations).toContain(CATEGORY_LABEL[c]);
    }
    // none of the old names survives anywhere
    for (const out of [text, markdown, explanations]) {
      expect(out).not.toMatch(/Broad licence|Broad usage rights|Licence for any purpose|AI-training grant|explicit ai-training|Sub-licensing and sharing|Ambiguous purposes/i);
      // rule ids (ai-training-grant/…) are codes, not words
      expect(out.replace(/ai-training-grant\/[\w-]+/g, "")).not.toMatch(/\bai[ -]training\b/);
    }
  });

  test("the cover note to the other side uses US spelling too", () => {
    const note = coverNote(r, contract);
    expect(note).not.toMatch(/licence|anonymis/i);
  });
});
