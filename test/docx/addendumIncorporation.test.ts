/**
 * The addendum's incorporation sentence, as the .docx writer inserts it: before the signature block
 * with the rest of the addendum, naming the addendum's section numbering so that the contract can
 * refer to "Section AI-2"; no redline in the body cites the addendum, so rejecting the addendum
 * leaves nothing dangling. Contract sentences written for this test.
 */
import { reviewDocx } from "../../src/docx/review";
import { DATE, docx, texts } from "./helpers";

const CONTRACT = [
  'This Illustration Agreement (the "Agreement") is made between Orchard Row Press LLC (the "Publisher") and Tomas Vidal (the "Illustrator").',
  "1. The Illustrator will deliver the cover illustrations described in each Statement of Work (the \"Illustrations\").",
  "2. The Publisher may use the Illustrations for any purpose and may share them with its service providers.",
  "3. This Agreement is governed by the laws of the State of Vermont.",
  "IN WITNESS WHEREOF, the parties have signed this Agreement.",
  "By: ________________",
  "Name: Tomas Vidal",
];

describe("the incorporation sentence in a .docx", () => {
  test("right after the addendum's title, before the signatures; its numbering named; Reject All leaves no trace", async () => {
    const bytes = await docx(CONTRACT.map((text) => ({ text })));
    const result = await reviewDocx(bytes, { date: DATE });
    expect(result.addendum).toBe("inserted");
    const accepted = await texts(result.bytes, "accept");
    const title = accepted.indexOf("Prohibition on AI Training");
    const signatures = accepted.indexOf("IN WITNESS WHEREOF, the parties have signed this Agreement.");
    expect(title).toBeGreaterThan(0);
    expect(title).toBeLessThan(signatures);
    expect(accepted[title + 1]).toMatch(/^This addendum forms part of the Agreement between the Publisher and the Illustrator, is incorporated into it by reference and prevails over any conflicting term of it\. Its sections are numbered from AI-1, apart from the sections of the Agreement, and a reference in the Agreement to a section so numbered is to that section of this addendum\./);
    // the body's own edits cite no section of the addendum
    for (const t of accepted.slice(0, title)) expect(t).not.toMatch(/\bAI-\d|addendum/i);
    expect((await texts(result.bytes, "reject")).filter(Boolean)).toEqual(CONTRACT);
  });
});
