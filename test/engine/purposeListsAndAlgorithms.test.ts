// Purposes in lists and algorithm-improvement grants, with the wording of their fixes. Sample sentences written for this test.
import { analyze, type Paragraph } from "../../src/engine";

const PREAMBLE: Paragraph = { text: 'This agreement is between Harbor Lane Media (the "Company") and Lee Park (the "Consultant").' };

function fixed(text: string): { rules: string[]; after: string[] } {
  const report = analyze([PREAMBLE, { text }]);
  const after = report.findings.map((f) => {
    const s = f.suggestions[0];
    return text.slice(0, s.start) + s.replacement + text.slice(s.end);
  });
  return { rules: report.findings.map((f) => f.ruleId), after };
}

describe("purpose lists, algorithm grants and unrestricted use", () => {
  test("machine learning at the end of a purpose list is struck and the list still reads", () => {
    const r = fixed("The Company may use the Work Product for marketing, advertising and machine learning.");
    expect(r.rules).toEqual(["ai-training-grant/ai-purpose-listed"]);
    expect(r.after).toEqual(["The Company may use the Work Product for marketing and advertising."]);
    expect(analyze([PREAMBLE, { text: r.after[0] }]).findings).toEqual([]);
  });

  test("in the middle of a list only the item and its comma go", () => {
    const r = fixed("The Company may use the Work Product for the purposes of marketing, analytics, machine learning and quality assurance.");
    expect(r.after).toContain("The Company may use the Work Product for the purposes of marketing, analytics and quality assurance.");
  });

  test("developing or improving its algorithms with the work is an AI-training grant", () => {
    const r = fixed("The Company may use the Work Product to develop and improve its algorithms.");
    expect(r.rules).toEqual(["ai-training-grant/improve-algorithms"]);
    expect(r.after[0]).toBe("The Company shall not use the Work Product to develop and improve its algorithms.");
    expect(analyze([PREAMBLE, { text: r.after[0] }]).findings).toEqual([]);
    expect(fixed("The Company shall not use the Work Product to improve its algorithms.").rules).toEqual([]);
    expect(fixed("The Consultant will document the sorting algorithms used in the Software.").rules).toEqual([]);
  });

  test("use of the work without restriction is a broad licence; restrictions on other things are not", () => {
    const r = fixed("The Company may use the Work Product without restriction.");
    expect(r.rules).toEqual(["broad-license/without-restriction"]);
    expect(r.after[0]).toMatch(/without restriction, provided that the Company shall not use the Work Product or any data derived from it to train/);
    expect(analyze([PREAMBLE, { text: r.after[0] }]).findings).toEqual([]);
    expect(fixed("This Agreement is entered into without any restriction on either party's right to work with others.").rules).toEqual([]);
    expect(fixed("The Company may not use the Work Product without the Consultant's consent.").rules).toEqual([]);
  });
});
