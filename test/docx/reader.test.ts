import { DocxWriter } from "../../src/docx/writer";
import { docx, OTHER, texts } from "./helpers";

async function read(body: string, options?: Parameters<typeof docx>[1]) {
  const review = await DocxWriter.open(await docx(body, options));
  return review.paragraphs();
}

describe("reading a .docx as the engine sees it", () => {
  it("assembles text across runs, with tabs, breaks, smart quotes, NBSP and symbols", async () => {
    const paras = await read(
      `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">The \u201cClient\u201d </w:t></w:r><w:r><w:t>may</w:t></w:r>` +
        `<w:r><w:tab/><w:t xml:space="preserve">use\u00a0it</w:t><w:br/><w:t>next</w:t><w:noBreakHyphen/><w:softHyphen/><w:sym w:font="Symbol" w:char="00A9"/></w:r></w:p>`
    );
    expect(paras).toEqual([{ text: "The \u201cClient\u201d may\tuse\u00a0it\nnext\u2011\u00ad\u00a9", style: "Normal" }]);
  });

  it("reads white space inside w:t as LibreOffice does (trimmed without xml:space=preserve; tab and newline characters as spaces)", async () => {
    const paras = await read(
      `<w:p><w:r><w:t>  spaced  </w:t></w:r><w:r><w:t xml:space="preserve"> kept </w:t></w:r></w:p>` +
        `<w:p><w:r><w:t>a\tb\nc  d</w:t></w:r><w:r><w:t xml:space="preserve"> e\tf\ng</w:t></w:r></w:p>`
    );
    expect(paras.map((p) => p.text)).toEqual(["spaced kept ", "a b c  d e\tf g"]);
  });

  it("shows hyperlinks, content controls and smart tags, and field results instead of field instructions", async () => {
    const paras = await read(
      `<w:p><w:hyperlink r:id="rId9"><w:r><w:t>link text</w:t></w:r></w:hyperlink>` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r>` +
        `<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve"> 1 May 2026</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` +
        `<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t xml:space="preserve"> (3)</w:t></w:r></w:fldSimple>` +
        `<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t xml:space="preserve"> in a control</w:t></w:r></w:sdtContent></w:sdt>` +
        `<w:smartTag w:uri="x" w:element="y"><w:r><w:t xml:space="preserve"> tagged</w:t></w:r></w:smartTag></w:p>`
    );
    expect(paras[0].text).toBe("link text 1 May 2026 (3) in a control tagged");
  });

  it("reads tables (nested too) in order and marks their paragraphs inTable; text boxes are read after the body, as their own part", async () => {
    const paras = await read(
      `<w:p><w:r><w:t>before</w:t></w:r><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><w:txbxContent><w:p><w:r><w:t>boxed</w:t></w:r></w:p></w:txbxContent></wp:inline></w:drawing></w:r></w:p>` +
        `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>A1</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>inner</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr>` +
        `<w:tr><w:tc><w:p><w:r><w:t>A2</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>B2</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>after</w:t></w:r></w:p>`
    );
    expect(paras.map((p) => [p.text, !!p.inTable])).toEqual([
      ["before", false],
      ["A1", true],
      ["inner", true],
      ["", true],
      ["A2", true],
      ["B2", true],
      ["after", false],
      ["boxed", false],
    ]);
    expect(paras.map((p) => p.part)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined, "textbox"]);
  });

  it("gives style names and heading levels from styles.xml (lower-case built-in names shown as Word shows them, outline levels)", async () => {
    const paras = await read(
      `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>One</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Two</w:t></w:r></w:p>` +
        `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/></w:pPr><w:r><w:t>item</w:t></w:r></w:p><w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>outline</w:t></w:r></w:p>`
    );
    expect(paras).toEqual([
      { text: "One", style: "Heading 1", headingLevel: 1 },
      { text: "Two", style: "Heading 2", headingLevel: 2 },
      { text: "item", style: "List Paragraph" },
      { text: "outline", style: "Normal", headingLevel: 3 },
    ]);
  });

  it("reads without styles.xml", async () => {
    const paras = await read(`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>One</w:t></w:r></w:p>`, { noStyles: true });
    expect(paras).toEqual([{ text: "One", style: "Heading1" }]);
  });

  it("reviews the other side's redlines as accepted, while reject-all gives the text before them", async () => {
    const body =
      `<w:p><w:r><w:t xml:space="preserve">Keep </w:t></w:r><w:ins w:id="1" ${OTHER}><w:r><w:t>added</w:t></w:r></w:ins><w:del w:id="2" ${OTHER}><w:r><w:delText>removed</w:delText></w:r></w:del>` +
      `<w:moveFrom w:id="3" ${OTHER}><w:r><w:t>moved-away</w:t></w:r></w:moveFrom><w:moveTo w:id="4" ${OTHER}><w:r><w:t xml:space="preserve"> moved-here</w:t></w:r></w:moveTo></w:p>` +
      `<w:p><w:pPr><w:rPr><w:del w:id="5" ${OTHER}/></w:rPr></w:pPr><w:del w:id="6" ${OTHER}><w:r><w:delText>gone paragraph</w:delText></w:r></w:del></w:p>` +
      `<w:p><w:pPr><w:rPr><w:ins w:id="7" ${OTHER}/></w:rPr></w:pPr><w:ins w:id="8" ${OTHER}><w:r><w:t>new paragraph</w:t></w:r></w:ins></w:p><w:p><w:r><w:t>last</w:t></w:r></w:p>`;
    const bytes = await docx(body);
    const review = await DocxWriter.open(bytes);
    expect(review.paragraphs().map((p) => p.text)).toEqual(["Keep added moved-here", "new paragraph", "last"]);
    expect(await texts(bytes, "reject")).toEqual(["Keep removedmoved-away", "gone paragraph", "last"]);
    expect(await texts(bytes, "accept")).toEqual(["Keep added moved-here", "new paragraph", "last"]);
  });
});
