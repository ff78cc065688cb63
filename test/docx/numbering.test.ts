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

/** Clauses Word numbers "6.", "6.1", "6.2" … (the contract starts at 6: an excerpt of a longer one). */
const CLAUSES =
  `<w:abstractNum w:abstractNumId="3">` +
  `<w:lvl w:ilvl="0"><w:start w:val="6"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>` +
  `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>` +
  `<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%3)"/></w:lvl>` +
  `</w:abstractNum>` +
  `<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>`;
const CONTRACT =
  PREAMBLE +
  para("Licence and Use", `<w:pStyle w:val="Heading1"/>${num(0, 3)}`) +
  para("The Photographer shall deliver the Photographs by the dates in the schedule.", num(1, 3)) +
  para("The Publisher shall credit the Photographer beside each published Photograph.", num(1, 3)) +
  para("Fees are payable within thirty days of each invoice.", num(1, 3)) +
  para("The Publisher may use the Photographs for any purpose.", num(1, 3)) +
  para("The Publisher may:", num(1, 3)) +
  para("print the Photographs in its catalogues; and", num(2, 3)) +
  para("sublicense the Photographs to its distributors.", num(2, 3));

describe("section numbers Word writes itself (issue 12): comments still say which section", () => {
  test("the reader gives Word's labels; the engine reads them as section numbers, an item's letter as no section", async () => {
    const review = await DocxWriter.open(await docx(CONTRACT, { numbering: CLAUSES }));
    expect(review.paragraphs().map((p) => p.listLabel)).toEqual([undefined, "6.", "6.1", "6.2", "6.3", "6.4", "6.5", "(a)", "(b)"]);
    const result = await reviewDocx(await docx(CONTRACT, { numbering: CLAUSES }), { date: "2026-01-01T00:00:00Z" });
    const anyPurpose = result.report.findings.find((f) => f.paragraph === 5)!;
    expect(anyPurpose.suggestions[0].comment).toMatch(/^Section 6\.4 \(Licence and Use\): /);
    // the list clause at 6.5: its items are (a) and (b), not sections of their own
    const sublicense = result.report.findings.find((f) => f.paragraph === 8)!;
    expect(sublicense.suggestions[0].comment).toMatch(/^Section 6\.5 \(Licence and Use\): /);
  });
});
