/** Clauses set out as lists (src/engine/read/lists.ts): a lead-in and the item paragraphs after it. */
import { listClauses } from "../../../src/engine/read/lists";
import type { Paragraph } from "../../../src/engine/types";

const p = (...texts: string[]): Paragraph[] => texts.map((text) => ({ text }));

describe("listClauses", () => {
  test.each<[string, Paragraph[], ReturnType<typeof listClauses>]>([
    ["a numbered lead-in and lettered items", p("4.3 The Buyer may:", "(a) copy the Designs;", "(b) adapt the Designs; and", "(c) publish the Designs."), [{ lead: 0, items: [1, 2, 3], number: "4.3" }]],
    ["a numbered section that ends with a stop, then items", p("Section 9.1. The Buyer may use the Designs as set out below.", "(i) on its website;", "(ii) in print."), [{ lead: 0, items: [1, 2], number: "9.1" }]],
    ["an unnumbered lead-in ending with a colon", p("Preamble text.", "The Buyer may also:", "a) copy the Designs;", "b) adapt them."), [{ lead: 1, items: [2, 3], number: null }]],
    ["bullets and blank paragraphs between items", p("2. The Buyer may:", "\u2022 copy the Designs;", "", "\u2022 adapt them."), [{ lead: 0, items: [1, 3], number: "2" }]],
    // Word's own numbering is not in the text: a list style alone would make every clause of a contract numbered that way an item
    ["a list style without a label is no item", [{ text: "The parties agree as follows:" }, { text: "The Buyer may copy the Designs.", style: "List Paragraph" }, { text: "The Buyer shall pay the fees.", style: "ListParagraph" }], []],
    ["the list ends at the next numbered section", p("3.1 The Buyer may:", "(a) copy the Designs.", "3.2 The Buyer shall pay the fees.", "(a) within thirty days."), [{ lead: 0, items: [1], number: "3.1" }, { lead: 2, items: [3], number: "3.2" }]],
    ["an unnumbered sentence without a colon introduces nothing", p("The Buyer may copy the Designs.", "(a) on its website."), []],
    ["a lead-in with no items is no list", p("5.1 The Buyer may:", "The Seller shall deliver the Designs."), []],
    ["table cells and footnotes are not list clauses", [{ text: "5.1 The Buyer may:", inTable: true }, { text: "(a) copy.", inTable: true }, { text: "Note:", part: "footnote" }, { text: "(a) copy.", part: "footnote" }], []],
  ])("%s", (_name, paragraphs, expected) => {
    expect(listClauses(paragraphs)).toEqual(expected);
  });
});
