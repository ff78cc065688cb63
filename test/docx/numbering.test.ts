/**
 * Lists Word numbers itself (issue 12): the .docx reader gives each paragraph of a w:numPr list
 * its level (set on the paragraph or by its style) and the label Word shows, so the engine reads
 * "The Publisher may:" and its unlabelled items as one list clause, and names an item by its label.
 */
import { DocxWriter } from "../../src/docx/writer";
import { reviewDocx } from "../../src/docx/review";
import { reviewedText } from "../../src/docx/model";
import { openDocx } from "../../src/docx/package";
import { docx } from "./helpers";

const NUMBERING =
  `<w:abstractNum w:abstractNumId="1">` +
  `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>` +
  `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>` +
  `<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%3)"/></w:lvl>` +
  `</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl></w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>` +
  `<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>`;
/** A style that numbers its paragraphs at level 1 of list 1 ("Clause Item"). */
const STYLES = `<w:style w:type="paragraph" w:styleId="ClauseItem"><w:name w:val="Clause Item"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`;

const para = (text: string, pPr = "") => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const num = (level: number, id = 1) => `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;

const PREAMBLE = para('This agreement is between Tallow &amp; Finch Ltd (the "Publisher") and Jonah Reed (the "Photographer").');
const BODY =
  PREAMBLE +
  para("Licence", num(0)) +
  para("The Publisher may:", num(0)) +
  para("use the Photographs for any purpose whatsoever;", num(1)) +
  para("print the Photographs in its catalogues;", `<w:pStyle w:val="ClauseItem"/>`) +
  para("sublicense the Photographs to its affiliates and service providers; and", num(1)) +
  para("frame the Photographs for its offices.", num(2)) +
  para("a bullet", num(0, 2)) +
  para("not numbered after all", `<w:pStyle w:val="ClauseItem"/><w:numPr><w:numId w:val="0"/></w:numPr>`);

describe("Word's own list numbering in a .docx", () => {
  test("each list paragraph's level, from its own w:numPr or its style's, and the label Word shows", async () => {
    const review = await DocxWriter.open(await docx(BODY, { numbering: NUMBERING, styles: STYLES }));
    const lists = review.paragraphs().map((p) => [p.listLevel, p.listLabel]);
    expect(lists).toEqual([
      [undefined, undefined],
      [0, "1."],
      [0, "2."],
      [1, "(a)"],
      [1, "(b)"],
      [1, "(c)"],
      [2, "i)"],
      [0, undefined],
      [undefined, undefined],
    ]);
  });

  test("the lead-in and its unlabelled items are one clause: one restriction, and each comment names its item by Word's label", async () => {
    const result = await reviewDocx(await docx(BODY, { numbering: NUMBERING, styles: STYLES }), { date: "2026-01-01T00:00:00Z" });
    const texts = reviewedText((await openDocx(result.bytes)).document, "accept");
    expect(texts[3]).toBe("use the Photographs for any purpose whatsoever, subject to the restriction on AI training below;");
    expect(texts[5]).toMatch(/; this restriction applies to every right granted in Section 2; and$/);
    expect(texts.join("\n").match(/artificial intelligence or machine-learning model/g)).toHaveLength(1);
    const pointer = result.report.findings.find((f) => f.paragraph === 3)!.suggestions[0];
    expect(pointer.comment).toMatch(/makes item \(a\) subject to the restriction on AI training at the end of item \(c\) of Section 2\b/);
  });
});
