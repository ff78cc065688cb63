/** Where the addendum goes (fix/placement.ts): signed with the contract, never after the signatures. */
import { addendumComment, addendumLastParagraph, addendumPlace, signatureBlockStart } from "../../src/engine/fix/placement";
import { buildAddendum } from "../../src/engine";
import type { Paragraph } from "../../src/engine/types";

const P = (...texts: string[]): Paragraph[] => texts.map((text) => ({ text }));
const CLAUSES = [
  "SERVICES AGREEMENT",
  "1. The Designer will prepare the Deliverables described in each statement of work agreed by the parties in writing.",
  "2. The Client will pay each invoice within thirty days after it receives it, by bank transfer to the account named.",
  "3. This Agreement is governed by the laws of England and Wales, and the courts of London have jurisdiction.",
];

describe("the signature block", () => {
  test.each([
    [["IN WITNESS WHEREOF, the parties have signed this Agreement.", "By: ________", "Name: Ana Ruiz"], 0],
    [["Signed for and on behalf of Kestrel Studio Ltd", "By: ____________", "Signed by Ana Ruiz"], 0],
    [["Kestrel Studio Ltd", "By: ________", "Name: Lee Park", "Title: Director"], 1],
    [["AGREED AND ACCEPTED:", "____________________", "Ana Ruiz"], 0],
  ])("%p opens at its first line", (lines, offset) => {
    expect(signatureBlockStart(P(...CLAUSES, ...(lines as string[])))).toBe(CLAUSES.length + (offset as number));
  });

  test("words like 'signed' inside a clause are no signature block, nor is a block followed by more clauses", () => {
    expect(signatureBlockStart(P(...CLAUSES))).toBe(-1);
    expect(signatureBlockStart(P(...CLAUSES, "By: ____", ...CLAUSES.slice(1), ...CLAUSES.slice(1)))).toBe(-1);
  });
});

describe("addendumPlace", () => {
  test("before the signature block", () => {
    expect(addendumPlace(P(...CLAUSES, "IN WITNESS WHEREOF, the parties have signed.", "By: ____"))).toEqual({ before: 4, reason: "signature-block" });
  });

  test("at the end of an Additional Terms section, before the next heading", () => {
    const doc = P(...CLAUSES, "4. Additional Terms", "The parties may agree further terms in writing.", "5. Notices", "Notices go to the addresses above.", "IN WITNESS WHEREOF, the parties have signed.", "By: ____");
    expect(addendumPlace(doc)).toEqual({ before: 6, reason: "additional-terms" });
  });

  test("right after an addendum being extended", () => {
    const a = buildAddendum({ includeAudit: false }).map((p) => ({ text: p.text }));
    const doc = [...P(...CLAUSES), ...a, ...P("IN WITNESS WHEREOF, the parties have signed.", "By: ____")];
    expect(addendumPlace(doc)).toEqual({ after: CLAUSES.length + a.length - 1, reason: "extends-addendum" });
  });

  test("addendumLastParagraph: a section's second paragraph is in the addendum; a heading, a numbered paragraph, a table, a blank line before other text or the signature block ends it", () => {
    const p = (text: string, extra: object = {}) => ({ text, ...extra });
    const doc = [p("Prohibition on AI Training"), p("Preamble."), p("AI-1. No AI Training"), p("Body one."), p(""), p("AI-2. Survival"), p("Body two."), p("Second body paragraph.")];
    expect(addendumLastParagraph([...doc, p("3. Payment")], 0)).toBe(7);
    expect(addendumLastParagraph([...doc, p("Schedule", { headingLevel: 1 })], 0)).toBe(7);
    expect(addendumLastParagraph([...doc, p(""), p("Signed.")], 0)).toBe(7);
    expect(addendumLastParagraph([...doc, p("cell", { inTable: true })], 0)).toBe(7);
    expect(addendumLastParagraph(doc.slice(0, 2), 0)).toBe(1);
    expect(addendumLastParagraph([...P(...CLAUSES), ...doc.map((d) => ({ ...d })), ...P("IN WITNESS WHEREOF, the parties have signed.", "By: ____")], CLAUSES.length)).toBe(CLAUSES.length + 7);
  });

  test("at the end when the contract has no signature block", () => {
    expect(addendumPlace(P(...CLAUSES))).toEqual({ reason: "end" });
  });

  test("the comment on the addendum says why it is there and that the client's other rights stay", () => {
    const c = addendumComment("the Client", "the Designer", "signature-block");
    expect(c).toMatch(/^The Designer asks to add this addendum/);
    expect(c).toMatch(/before the signature block, so it is signed with the contract/);
    expect(c).toMatch(/every other right the Client has under the contract is unchanged/);
  });
});
