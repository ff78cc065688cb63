/**
 * The worker protocol's paragraph packing: text, styles and parts survive the trip, with each
 * distinct style and part stored once (one table of names, paragraphs pointing into it).
 */
import type { Paragraph } from "../../src/engine/types";
import { packParagraphs, packParagraphsInSlices, unpackParagraphs, unpackParagraphsInSlices } from "../../src/taskpane/worker/protocol";

const paragraphs: Paragraph[] = [
  { text: "Licence", style: "Heading1", headingLevel: 1 },
  { text: "The Supplier grants the Client a licence to the Deliverables.", style: "Normal" },
  { text: "A note at the foot.", style: "FootnoteText", part: "footnote" },
  { text: "Plain text, no style." },
  { text: "Fees are set out in the table.", style: "Normal", inTable: true },
  { text: "A second note — with a dash.", style: "FootnoteText", part: "footnote" },
  { text: "Page header", part: "header" },
  { text: "use the Photographs in its catalogues;", style: "Normal", listLevel: 1, listLabel: "(a)" },
  { text: "a bullet Word draws, its label unknown", listLevel: 0 },
];

describe("packParagraphs", () => {
  it("round-trips text, style, heading, table, part and Word's own list level and label", () => {
    expect(unpackParagraphs(packParagraphs(paragraphs))).toEqual(paragraphs);
  });

  it("stores each distinct style and part once, in first-seen order", () => {
    const packed = packParagraphs(paragraphs);
    expect(packed.styles).toEqual(["", "Heading1", "Normal", "FootnoteText"]);
    expect(packed.parts).toEqual(["", "footnote", "header"]);
    expect([...packed.style]).toEqual([1, 2, 3, 0, 2, 3, 0, 2, 0]);
    expect([...packed.part]).toEqual([0, 0, 1, 0, 0, 1, 2, 0, 0]);
    expect([...packed.list]).toEqual([0, 0, 0, 0, 0, 0, 0, 2, 1]);
  });

  it("packs the same in slices as at once", async () => {
    const many = Array.from({ length: 1200 }, (_, i) => paragraphs[i % paragraphs.length]);
    const sliced = await packParagraphsInSlices(many);
    expect(sliced.styles).toEqual(packParagraphs(many).styles);
    expect(await unpackParagraphsInSlices(sliced)).toEqual(many);
  });
});
