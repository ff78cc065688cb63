/** Where a comment or the cover note says a clause is: numbered sections, and headings without numbers. */
import { sectionLabels } from "../../src/engine/fix/comments";
import { findSections } from "../../src/engine/read/structure";
import type { Paragraph } from "../../src/engine";

const doc: Paragraph[] = [
  { text: "1. Definitions. In this Agreement the Deliverables are the designs." },
  { text: "2. Licence. The Agency may use the Deliverables in its campaigns." },
  { text: "Statement of Work No. 1", style: "Title" },
  { text: "1 Concepts 20 March", inTable: true },
  { text: "Usage", style: "Heading 2" },
  { text: "The Agency may share the campaign materials with third parties." },
  { text: "Appendix", style: "Title" },
  { text: "The Agency may show the materials at trade fairs." },
];

test("a clause under an unnumbered heading is named by the heading and the document title above it", () => {
  const label = sectionLabels(doc, findSections(doc));
  expect(label(1)).toBe("Section 2 (Licence)");
  // a table row's number is no section, and the SOW's heading is not the MSA's Section 2
  expect(label(5)).toBe('Statement of Work No. 1, "Usage"');
  expect(label(7)).toBe("Appendix");
});

test.each([
  // a short first word of the heading is no section number
  [[{ text: "2. Use of the Deliverables" }, { text: "2.1 The Agency may use the Deliverables for its campaigns." }], 1, "Section 2.1 (Use of the Deliverables)"],
  [[{ text: "3. All Rights Reserved" }, { text: "3.1 The Agency keeps its rights." }], 1, "Section 3.1 (All Rights Reserved)"],
  // a heading set in a heading style keeps its number in its text: the number goes, the words stay
  [[{ text: "4. The Services", style: "Heading 1" }, { text: "4.1 The Designer shall deliver the designs." }], 1, "Section 4.1 (The Services)"],
  [[{ text: "B. Fees", style: "Heading 1" }, { text: "The Agency shall pay each invoice." }], 1, "Section B (Fees)"],
] as Array<[Paragraph[], number, string]>)("the heading's words are kept whole: %j", (paragraphs, at, expected) => {
  expect(sectionLabels(paragraphs, findSections(paragraphs))(at)).toBe(expected);
});

test.each([
  // Word writes the whole label, word and number, from its numbering: read as if typed
  [[{ text: "Ownership", listLabel: "Article IV", listLevel: 0 }, { text: "The Agency owns the Deliverables." }], 1, "Article IV (Ownership)"],
  [[{ text: "Clause 4.2 The Agency may use the Deliverables in its campaigns." }], 0, "Clause 4.2"],
  [[{ text: "Licence. The Agency may use the Deliverables in its campaigns.", listLabel: "Section 6", listLevel: 0 }], 0, "Section 6 (Licence)"],
  [[{ text: "Licence. The Agency may use the Deliverables in its campaigns.", listLabel: "Section 6.", listLevel: 0 }], 0, "Section 6 (Licence)"],
] as Array<[Paragraph[], number, string]>)("a section label Word writes with its word ('Article IV', 'Section 6') is the section's number, named with the contract's word: %j", (paragraphs, at, expected) => {
  expect(sectionLabels(paragraphs, findSections(paragraphs))(at)).toBe(expected);
});

test("an item's roman numeral Word writes ('iv.') opens no section", () => {
  const paragraphs: Paragraph[] = [{ text: "6. Licence" }, { text: "The Agency may use the Deliverables in print.", listLabel: "iv.", listLevel: 1 }];
  expect(sectionLabels(paragraphs, findSections(paragraphs))(1)).toBe("Section 6 (Licence)");
});
