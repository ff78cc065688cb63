/** Issue 12, item 7: a cover note to the other side, in the contract's names and section numbers. */
import * as fs from "fs";
import * as path from "path";
import { analyze } from "../../src/engine";
import { coverNote } from "../../src/engine/report/coverNote";

const doc = (...texts: string[]) => texts.map((text) => ({ text }));
const MSA = doc(
  'This Master Services Agreement is made between Northwind Creative LLC, a Delaware limited liability company ("Agency"), and Priya Raman, an individual ("Contractor").',
  '2. Deliverables. "Deliverables" means all logos, layouts and copy that Contractor creates and delivers to Agency.',
  "3. Payment. Agency shall pay Contractor the fees within 30 days of invoice. Agency engages Contractor to create the Deliverables.",
  "5. License. Agency may use the Deliverables for any purpose.",
  "6. Sharing. Agency may share the Deliverables with its affiliates and service providers.",
);

describe("cover note", () => {
  test("one numbered item per change, with its section, the words and the reason; polite, in the contract's names", () => {
    const r = analyze(MSA);
    const note = coverNote(r, MSA, { addendum: true });
    expect(note).toMatch(/^# Proposed changes: keeping the Deliverables out of AI training/);
    // the other side by its real name, the note signed with the user's
    expect(note).toMatch(/^Dear Northwind Creative LLC,$/m);
    expect(note).toMatch(/^1\. \*\*Section 5 \(License\)\*\*, “for any purpose”/m);
    expect(note).toMatch(/^2\. \*\*Section 6 \(Sharing\)\*\*/m);
    expect(note).toMatch(/Every other right the draft gives Northwind Creative LLC stays as it is/);
    expect(note).toMatch(/“Prohibition on AI Training” addendum/);
    expect(note).toMatch(/Kind regards,\nPriya Raman\n$/);
    // no boilerplate repeated item after item
    const reasons = note.split("\n").filter((l) => /^\d+\./.test(l)).map((l) => l.replace(/^.*I ask for this because /, ""));
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  test("each item gives the one reason of its clause's gravest concern, and a reason already given points back to its item", () => {
    const d = doc(
      MSA[0].text,
      MSA[1].text,
      "6. Data. Agency may process the Deliverables and related usage data to develop and train its machine learning models, unless Contractor opts out in writing.",
      "7. Sharing. Agency may share the Deliverables with its affiliates and service providers.",
      "8. Resale. Agency may sublicense the Deliverables to its clients.",
    );
    const items = coverNote(analyze(d), d, { addendum: false }).split("\n").filter((l) => /^\d+\./.test(l));
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/I ask for this because it would let the work be used to train AI models, and a model cannot unlearn what it was trained on\.$/);
    expect(items[1]).toMatch(/I ask for this because people the work is shared with should be bound by the same limit\.$/);
    expect(items[2]).toMatch(/I ask for this for the same reason as item 2\.$/);
  });

  test("nothing to change: a short note, no numbered items", () => {
    const clean = doc('This Agreement is between Acme Ltd ("Client") and Lee Wu ("Designer").', "The Client shall pay the Designer on delivery.");
    const note = coverNote(analyze(clean), clean);
    expect(note).toMatch(/I have no changes to propose/);
    expect(note).not.toMatch(/^1\./m);
  });

  test("only the changes actually written are explained", () => {
    const r = analyze(MSA);
    const note = coverNote(r, MSA, { written: [r.findings[0].id] });
    expect(note).toMatch(/marked one change/);
    expect(note.split("\n").filter((l) => /^\d+\./.test(l))).toHaveLength(1);
  });

  test("no real name for the other side: its role with the article, never 'Dear Agency'; the document's spelling", () => {
    const uk = doc(
      'These terms are between the publisher named in the order (the "Publisher") and Ana Ruiz (the "Author").',
      "1. Licence. The Author grants the Publisher a perpetual, irrevocable licence to use the Work for any purpose.",
      "2. Sharing. The Publisher may share the Work with its affiliates and service providers."
    );
    const note = coverNote(analyze(uk), uk, { addendum: true });
    expect(note).not.toMatch(/^Dear Publisher,$/m);
    expect(note).toMatch(/^Dear Sir or Madam,$/m);
    expect(note).toMatch(/Every other right the draft gives the Publisher stays as it is/);
    expect(note).toMatch(/Kind regards,\nAna Ruiz\n$/);
    expect(note).not.toMatch(/\blicense\b/);
    expect(note).toMatch(/\blicence\b/);
  });

  test("a UK contract defining (\"the Publisher\"): its real name, the user's name, 'licence' in the note's own words", () => {
    const uk = fs.readFileSync(path.join(__dirname, "..", "fixtures", "drafting", "uk-licence-agreement.txt"), "utf8").split("\n").filter((l) => l.trim()).map((text) => ({ text }));
    const note = coverNote(analyze(uk), uk, { addendum: true });
    expect(note).toMatch(/^Dear Bramble & Finch Ltd,$/m);
    expect(note).toMatch(/Kind regards,\nOwen Hale\n$/);
    expect(note).toMatch(/a licence this broad/);
    expect(note).not.toMatch(/a license this broad/);
  });
});
