// Whatever single position the user picks for every finding (as `termscore review --position` does),
// the chosen edits never overlap, so every fix can be written. Sample clauses written for this test.
import fc from "fast-check";
import { analyze, type Position } from "../../src/engine";

const CLAUSES = [
  "The Agency may use the Deliverables for any purpose",
  "the Agency may process the Deliverables to train its machine learning models",
  "the Agency may use anonymized Deliverables without restriction",
  "the Agency may sublicense or share the Deliverables with its affiliates, partners and service providers",
  "the Contractor grants the Agency a perpetual, irrevocable, royalty-free licence to the Deliverables for its internal business purposes",
  "the Agency may aggregate the Deliverables with other data to improve its products and services",
  "the Agency owns all feedback, suggestions and ideas about the Deliverables",
  "the Agency may use the Deliverables to develop and train its AI models, unless the Contractor opts out in writing",
  "the Deliverables are works made for hire",
  "payment is due within thirty days",
];
const JOINERS = [", and ", "; ", ", and further, "];

const sentence = fc
  .tuple(fc.array(fc.integer({ min: 0, max: CLAUSES.length - 1 }), { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: JOINERS.length - 1 }))
  .map(([idx, j]) => {
    const s = idx.map((i) => CLAUSES[i]).join(JOINERS[j]) + ".";
    return s.charAt(0).toUpperCase() + s.slice(1);
  });

test("for each position, the chosen edits of all findings are disjoint", () => {
  fc.assert(
    fc.property(fc.array(sentence, { minLength: 1, maxLength: 3 }), (sentences) => {
      const paragraphs = [{ text: 'This agreement is between Acme (the "Agency") and Lee Park (the "Contractor").' }, { text: sentences.join(" ") }];
      const report = analyze(paragraphs);
      for (const position of ["primary", "opt-out", "project-scope"] as Position[]) {
        const edits = report.findings
          .map((f) => f.suggestions.find((s) => s.position === position) ?? f.suggestions[0])
          .filter((s) => s.paragraph === 1)
          // an edit shared by the findings of one clause is written once
          .filter((s, i, all) => all.findIndex((t) => t.start === s.start && t.end === s.end && t.replacement === s.replacement) === i)
          .sort((a, b) => a.start - b.start || a.end - b.end);
        for (let i = 1; i < edits.length; i++) expect(edits[i].start).toBeGreaterThanOrEqual(edits[i - 1].end);
      }
    }),
    { seed: 4242, numRuns: 300 }
  );
});
