import { describeEdit } from "../../src/engine/report/format";
import { analyze, formatReportMarkdown, formatReportText } from "../../src/engine";

const doc = [
  { text: 'Northwind (the "Agency") engages Sam Rivera (the "Contractor").' },
  { text: "8. Data Privacy" },
  { text: "The Agency may use the Deliverables to train its AI models | *and* [more]." },
  { text: "The Contractor may seek injunctive relief." },
];

describe("report formats", () => {
  const r = analyze(doc);

  test("plain text: score, each finding with rule, trigger, section, why, fix and comment; protections; breakdown", () => {
    const t = formatReportText(r, doc);
    expect(t).toMatch(/^TermScore: \d+\/100 \(\d+\/100 if every suggestion is accepted/);
    expect(t).toMatch(/\[HIGH\] AI training allowed \(ai-training-grant\/train-models\), paragraph 3, characters \d+-\d+/);
    expect(t).toMatch(/Trigger: "to train its AI models"/);
    expect(t).toMatch(/In: .*\[to train its AI models\]/);
    expect(t).toMatch(/Section: Data Privacy \/ Protection \("Data Privacy"\)/);
    expect(t).toMatch(/Fallback \(opt-out\)/);
    expect(t).toMatch(/a right to injunctive relief \(paragraph 4\)/);
    expect(t).toMatch(/What lowered the score:\n {2}- /);
    expect(t).toMatch(/What would raise it:\n {2}- /);
    expect(formatReportText(r)).not.toMatch(/\n {3}In: /);
  });

  test("markdown: headings, escaped text, protections and breakdown tables", () => {
    const m = formatReportMarkdown(r);
    expect(m).toMatch(/^# TermScore report\n/);
    expect(m).toMatch(/\*\*Score: \d+\/100\*\*/);
    expect(m).toMatch(/### 1\. AI training allowed — high risk/);
    expect(m).toMatch(/\| a right to injunctive relief \| present \|/);
    expect(m).toMatch(/\| category \| findings \| points lost \| if accepted \|/);
    // the paragraph's Markdown characters do not leak into the report's structure
    const clean = analyze([{ text: "The Agency may use the *Deliverables* | [x] for any purpose." }]);
    expect(formatReportMarkdown(clean)).toMatch(/\\\*Deliverables\\\* \\\| \\\[x\\\]|for any purpose/);
  });

  test("an edit written in another paragraph than its finding says which (a covenant after a list whose lead-in transfers ownership)", () => {
    const list = [doc[0], { text: "4.1 The Contractor assigns to the Agency all right, title and interest in:" }, { text: "(a) the Deliverables; and" }, { text: "(b) all drafts and working files." }];
    const report = analyze(list);
    expect(report.findings[0].paragraph).toBe(1);
    expect(formatReportText(report, list)).toMatch(/\n {3}Fix: add at the end of the sentence "; however, the Agency covenants\b[^\n]*" \(in paragraph 4\)\n/);
    expect(formatReportMarkdown(report)).toMatch(/\n- Fix: add at the end of the sentence: ; however, the Agency covenants\b[^\n]* \(in paragraph 4\)\n/);
    // an edit in the finding's own paragraph names none
    expect(formatReportText(r, doc)).not.toMatch(/\(in paragraph \d+\)/);
  });

  test("an empty document still reports", () => {
    const e = analyze([]);
    expect(formatReportText(e)).toMatch(/Findings: none\./);
    expect(formatReportMarkdown(e)).toMatch(/## Findings \(0\)\n\nNone\./);
  });
});

describe("describeEdit", () => {
  test("an addition before the full stop reads as an addition", () => {
    expect(describeEdit(".", ", provided that the Client may not do so.")).toBe('add at the end of the sentence ", provided that the Client may not do so"');
  });
  test("replacements, insertions and deletions", () => {
    expect(describeEdit("for any purpose", "for this project")).toBe('replace "for any purpose" with "for this project"');
    expect(describeEdit("", "only")).toBe('insert "only"');
    expect(describeEdit("perpetual, ", "")).toBe('delete "perpetual, "');
  });
});
