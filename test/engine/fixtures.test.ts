/** The sample contracts in test/fixtures/contracts (written for TermScore), with expectations. */
import * as fs from "node:fs";
import * as path from "node:path";
import { analyze, buildAddendum, formatReportText, type Paragraph } from "../../src/engine";
import { applySuggestions } from "../support/applySuggestions";

function load(name: string): Paragraph[] {
  const text = fs.readFileSync(path.join(__dirname, "..", "fixtures", "contracts", name), "utf8");
  return text.replace(/\n$/, "").split("\n").map((line) => ({ text: line }));
}

describe("risky agency MSA", () => {
  const doc = load("risky-agency-msa.txt");
  const r = analyze(doc);

  test("finds every seed risk category, with the contract's names", () => {
    expect(new Set(r.findings.map((f) => f.category))).toEqual(
      new Set(["ai-training-grant", "broad-license", "ambiguous-purpose", "data-aggregation", "feedback", "anonymization", "sublicensing", "ownership"]),
    );
    expect(r.parties).toMatchObject({ agency: "Agency", contractor: "Contractor", work: "Deliverables" });
    for (const f of r.findings) for (const s of f.suggestions) expect(s.replacement + s.comment).not.toMatch(/Work Product|Client\b/);
  });

  test("reports the hidden grants with their section", () => {
    const rw = r.findings.find((f) => f.trigger.includes("training datasets"))!;
    expect(rw.context?.kind).toBe("representations-warranties");
    expect(r.findings.filter((f) => f.context?.kind === "data-privacy").map((f) => f.category)).toEqual(["data-aggregation", "anonymization"]);
  });

  test("misses nothing in the protections list and scores low", () => {
    expect(r.protections).toEqual([]);
    expect(r.missing.length).toBe(7);
    expect(r.score).toBeLessThan(20);
    expect(r.scoreIfAccepted).toBeGreaterThan(85);
  });

  test("accepting every primary suggestion and adding the addendum leaves no finding", () => {
    const fixed = [...applySuggestions(doc, r.findings.map((f) => f.suggestions[0])), ...buildAddendum({ parties: r.parties }).map((p) => ({ text: p.text }))];
    const again = analyze(fixed);
    expect(again.findings).toEqual([]);
    expect(again.missing).toEqual([]);
    expect(again.score).toBe(r.scoreIfAccepted);
  });

  test("the text report names rule, trigger, why and fix", () => {
    const text = formatReportText(r, doc);
    expect(text).toMatch(/ai-training-grant\/train-models/);
    expect(text).toMatch(/Trigger: "to train its machine learning models"/);
    expect(text).toMatch(/Why: /);
    expect(text).toMatch(/Fix: replace/);
  });
});

describe("protective MSA", () => {
  const r = analyze(load("protective-msa.txt"));

  test("nothing is flagged and every protection is credited", () => {
    expect(r.findings).toEqual([]);
    expect(r.missing).toEqual([]);
    expect(r.score).toBe(100);
    expect(r.parties).toMatchObject({ agency: "Client", contractor: "Designer", work: "Work Product" });
  });

  test("the prohibition is credited where it is written, including list items under a negated lead-in", () => {
    const noAi = r.protections.filter((p) => p.kind === "no-ai-training").map((p) => p.paragraph);
    expect(noAi).toEqual(expect.arrayContaining([8, 9, 10, 15]));
  });
});

describe("SOW with no AI language", () => {
  const r = analyze(load("sow-no-ai.txt"));

  test("says the contract never mentions AI, and flags only the ownership without a carve-out", () => {
    expect(r.mentionsAi).toBe(false);
    expect(r.findings.map((f) => f.category)).toEqual(["ownership"]);
    expect(r.parties).toMatchObject({ agency: "Client", contractor: "Consultant" });
    expect(r.missing.length).toBe(7);
    expect(r.breakdown.lowered[0]).toMatch(/never mentions AI/);
  });
});
