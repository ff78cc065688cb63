/** Issue 14: one test for the paragraph whose look the addendum copies, used by the Word host and the .docx writer. */
import { isBodyClause } from "../../src/engine/fix/bodyClause";

const CLAUSE = "The Client shall pay each invoice within thirty days after it receives it, by bank transfer.";

test.each<[string, Parameters<typeof isBodyClause>, boolean]>([
  ["an ordinary clause in Normal", [{ text: CLAUSE }, "Normal", false], true],
  ["an ordinary clause with no style named (.docx default)", [{ text: CLAUSE }, undefined, false], true],
  ["a body style of the document's own", [{ text: CLAUSE }, "BodyText", false], true],
  ["a heading", [{ text: CLAUSE, headingLevel: 2 }, "Heading2", false], false],
  ["a heading style by name", [{ text: CLAUSE }, "Heading 2", false], false],
  ["a title style", [{ text: CLAUSE }, "Title", false], false],
  ["a list style by id", [{ text: CLAUSE }, "ListParagraph", false], false],
  ["a list style by name, not first in it", [{ text: CLAUSE }, "Numbered List", false], false],
  ["a numbered list item in Normal", [{ text: CLAUSE }, "Normal", true], false],
  ["a table cell", [{ text: CLAUSE, inTable: true }, "Normal", false], false],
  ["a short line (a signature line)", [{ text: "By: ____________" }, "Normal", false], false],
])("%s", (_name, args, want) => {
  expect(isBodyClause(...args)).toBe(want);
});
