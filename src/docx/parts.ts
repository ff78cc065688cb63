/**
 * The package's parts around the body (read by the writer and by round two): relationships, new parts (with their content type), the
 * ids already used, and the paragraphs of footnotes, endnotes, headers, footers and text boxes.
 */
import type { Document, Element } from "@xmldom/xmldom";
import type { DocumentPart } from "../engine/types";
import { DocxError, loadPart, parseXml, readText, relsPathOf, resolveTarget } from "./package";
import type { DocxPackage } from "./package";
import { buildParagraph } from "./model";
import { paragraphStyle } from "./styles";
import { partParagraphs, textBoxParagraphs } from "./paragraphs";
import type { ParagraphModel } from "./model";
import type { Styles } from "./styles";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
export const REL_COMMENTS = `${REL_BASE}comments`;
export const REL_STYLES = `${REL_BASE}styles`;
export const REL_NUMBERING = `${REL_BASE}numbering`;
/** Parts read besides the body, in the order the engine lists them after the body. */
const OTHER_PARTS: Array<{ rel: string; part: DocumentPart }> = [
  { rel: `${REL_BASE}footnotes`, part: "footnote" },
  { rel: `${REL_BASE}endnotes`, part: "endnote" },
  { rel: `${REL_BASE}header`, part: "header" },
  { rel: `${REL_BASE}footer`, part: "footer" },
];

function folderOf(pkg: DocxPackage): string {
  return pkg.documentPath.slice(0, pkg.documentPath.lastIndexOf("/") + 1);
}

/** The main document's relationships part (created empty when the package has none). */
async function relsDoc(pkg: DocxPackage): Promise<{ path: string; doc: Document }> {
  const path = relsPathOf(pkg.documentPath);
  let doc = await loadPart(pkg, path);
  if (!doc) {
    doc = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL_NS}"/>`, path);
    pkg.parts.set(path, doc);
  }
  return { path, doc };
}

/** Every internal target of a relationship type, in the order the relationships list them (reads only). */
export async function relatedPaths(pkg: DocxPackage, type: string): Promise<string[]> {
  const doc = await loadPart(pkg, relsPathOf(pkg.documentPath));
  if (!doc) return [];
  const list = doc.getElementsByTagName("Relationship");
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    if (r.getAttribute("Type") === type && r.getAttribute("TargetMode") !== "External") {
      const path = resolveTarget(pkg.documentPath, r.getAttribute("Target") ?? "");
      if (!out.includes(path)) out.push(path);
    }
  }
  return out;
}

/** Add a part next to the main document: its relationship, its content type, its XML. */
export async function addPart(pkg: DocxPackage, dirty: Set<string>, type: string, contentType: string, fileName: string, xml: string): Promise<{ path: string; doc: Document }> {
  const { path: relsPath, doc: rels } = await relsDoc(pkg);
  const list = rels.getElementsByTagName("Relationship");
  const ids = new Set<string>();
  for (let i = 0; i < list.length; i++) ids.add(list[i].getAttribute("Id") ?? "");
  let n = 1;
  while (ids.has(`rIdTs${n}`)) n++;
  const dir = folderOf(pkg);
  let path = dir + fileName;
  for (let k = 2; pkg.zip.has(path); k++) path = `${dir}${fileName.replace(/\.xml$/, "")}${k}.xml`;
  const rel = rels.createElementNS(REL_NS, "Relationship");
  rel.setAttribute("Id", `rIdTs${n}`);
  rel.setAttribute("Type", type);
  rel.setAttribute("Target", path.slice(dir.length));
  rels.documentElement!.appendChild(rel);
  dirty.add(relsPath);
  const ct = await loadPart(pkg, "[Content_Types].xml");
  if (!ct || !ct.documentElement) throw new DocxError("the package has no [Content_Types].xml", "corrupt");
  const override = ct.createElementNS(CT_NS, "Override");
  override.setAttribute("PartName", `/${path}`);
  override.setAttribute("ContentType", contentType);
  ct.documentElement.appendChild(override);
  dirty.add("[Content_Types].xml");
  const doc = parseXml(xml, path);
  pkg.parts.set(path, doc);
  dirty.add(path);
  return { path, doc };
}

/**
 * The first id free in every part next to the main document (body, comments, notes, headers:
 * revision, comment and bookmark ids share one counter here).
 */
export async function firstFreeId(pkg: DocxPackage): Promise<number> {
  const dir = folderOf(pkg);
  let max = 0;
  for (const name of pkg.zip.names()) {
    if (!name.startsWith(dir) || !name.endsWith(".xml") || pkg.zip.isFolder(name)) continue;
    const text = await readText(pkg, name);
    if (text === undefined) continue;
    const re = /:id="(\d{1,10})"/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const n = Number(m[1]);
      if (n < 2 ** 31 - 1) max = Math.max(max, n);
    }
  }
  if (max > 2 ** 31 - 100000) throw new DocxError("the document uses revision ids too large to add more", "corrupt");
  return max + 1;
}

/**
 * Footnotes, endnotes, headers, footers and text boxes, to read after the body (so body indexes do
 * not depend on them). Identical headers or footers (the same text in several sections) are read once.
 */
export async function otherPartParagraphs(pkg: DocxPackage, styles: Styles): Promise<ParagraphModel[]> {
  const out: ParagraphModel[] = [];
  const seen = new Set<string>();
  const add = (p: Element, part: DocumentPart): void => {
    const built = buildParagraph(p, "accept", []);
    if (!/\S/.test(built.text)) return;
    const key = `${part}\u0000${built.text}`;
    if ((part === "header" || part === "footer") && seen.has(key)) return;
    seen.add(key);
    out.push({ p, text: built.text, segments: built.segments, inTable: false, fieldIn: [], part, ...paragraphStyle(p, styles) });
  };
  for (const p of textBoxParagraphs(pkg.document)) add(p, "textbox");
  for (const { rel, part } of OTHER_PARTS) {
    for (const path of await relatedPaths(pkg, rel)) {
      const partDoc = await loadPart(pkg, path);
      if (!partDoc) continue;
      for (const p of partParagraphs(partDoc)) add(p, part);
    }
  }
  return out;
}
