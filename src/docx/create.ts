/**
 * A small .docx writer for generated documents: the pane's review memo (taskpane/memo.ts), which
 * is why it lives in src/, and the bundled sample, tests and benchmarks (the options for comments,
 * numbering and extra styles serve those). Blocks in, a valid WordprocessingML package out.
 */
import { ZipArchive } from "./zip";
import { W } from "./xml";
import { escapeXml } from "../engine/common/escapeXml";

export type Block =
  | { text: string; style?: "Title" | "Heading1" | "Heading2" | "Heading3" | "ListParagraph"; bold?: boolean }
  | { table: string[][] }
  /** Raw paragraph-level XML (w:p or w:tbl), with the w: prefix. */
  | { xml: string };


/** Runs for a piece of text: tabs and line breaks as Word elements. */
export function runsXml(text: string, rPr = ""): string {
  const parts = text.split(/([\t\n])/).filter((p) => p !== "");
  const inner = parts.map((p) => (p === "\t" ? "<w:tab/>" : p === "\n" ? "<w:br/>" : `<w:t xml:space="preserve">${escapeXml(p)}</w:t>`)).join("");
  return inner ? `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ""}${inner}</w:r>` : "";
}

export function paragraphXml(text: string, style?: string, rPr = ""): string {
  return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}${runsXml(text, rPr)}</w:p>`;
}

function blockXml(b: Block): string {
  if ("xml" in b) return b.xml;
  if ("table" in b) {
    const cols = Math.max(1, ...b.table.map((r) => r.length));
    const grid = Array.from({ length: cols }, () => `<w:gridCol w:w="${Math.floor(9000 / cols)}"/>`).join("");
    const rows = b.table
      .map((row) => `<w:tr>${row.map((cell) => `<w:tc><w:tcPr><w:tcW w:w="${Math.floor(9000 / cols)}" w:type="dxa"/></w:tcPr>${cell.split("\n").map((t) => paragraphXml(t)).join("")}</w:tc>`).join("")}</w:tr>`)
      .join("");
    const border = ["top", "left", "bottom", "right", "insideH", "insideV"].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`).join("");
    return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>${border}</w:tblBorders></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
  }
  return paragraphXml(b.text, b.style, b.bold ? "<w:b/>" : "");
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
</w:styles>`;

export interface CreateOptions {
  /** Leave styles.xml out (to test documents without heading styles). */
  noStyles?: boolean;
  /** Extra parts: zip path → content, with their relationships and content types. */
  comments?: string;
  /** The numbering part's w:abstractNum and w:num elements (Word's own list numbering). */
  numbering?: string;
  /** More paragraph styles (w:style elements), added to the default ones. */
  styles?: string;
}

/** Build a .docx from blocks. Deterministic: fixed zip dates. */
export async function createDocx(blocks: readonly Block[], options: CreateOptions = {}): Promise<Uint8Array> {
  const zip = ZipArchive.create();
  const date = new Date("2026-01-01T00:00:00Z");
  const add = (path: string, content: string): void => {
    zip.set(path, content, date);
  };
  const overrides = [`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`];
  const rels: string[] = [];
  if (!options.noStyles) {
    overrides.push(`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`);
    rels.push(`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`);
    add("word/styles.xml", options.styles ? STYLES.replace("</w:styles>", `${options.styles}</w:styles>`) : STYLES);
  }
  if (options.numbering) {
    overrides.push(`<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>`);
    rels.push(`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>`);
    add("word/numbering.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="${W}">${options.numbering}</w:numbering>`);
  }
  if (options.comments) {
    overrides.push(`<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>`);
    rels.push(`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>`);
    add("word/comments.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}">${options.comments}</w:comments>`);
  }
  add(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`
  );
  add(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
  );
  add("word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  // Word always ends a body with a paragraph (a table cannot be last).
  const last = blocks[blocks.length - 1];
  const body = blocks.map(blockXml).join("") + (last && "table" in last ? "<w:p/>" : "");
  add(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr><w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`
  );
  return zip.toBytes();
}
