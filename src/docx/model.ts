/**
 * The text model of a WordprocessingML body: paragraphs in reading order (tables included), each
 * with its text as Word shows it and a map from text offsets back to the XML that holds them.
 *
 * Two views: "accept" (the other side's tracked insertions in, deletions out: what the engine
 * reviews) and "reject" (every tracked change undone: the document as it was before them).
 */
import type { Document, Element, Node } from "@xmldom/xmldom";
import type { DocumentPart, Paragraph } from "../engine/types";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const XML_NS = "http://www.w3.org/XML/1998/namespace";

export type View = "accept" | "reject";

/** One piece of paragraph text and the element that produces it. */
export interface Segment {
  start: number;
  end: number;
  /** The w:r holding it. */
  run: Element;
  /** The w:t (or w:tab, w:br, …) child of the run. */
  child: Element;
  /** Inside a tracked insertion (the other side's, or ours). */
  inserted: boolean;
  /** Inside a field (simple or complex): edits are refused there. */
  inField: boolean;
}

/** Complex-field state carried from paragraph to paragraph ("instr" until w:fldChar separate). */
export type FieldStack = Array<"instr" | "result">;

export interface ParagraphModel {
  p: Element;
  text: string;
  segments: Segment[];
  inTable: boolean;
  style?: string;
  headingLevel?: number;
  /** Field state at the start of the paragraph (to rebuild it after an edit). */
  fieldIn: FieldStack;
  /** Set for paragraphs outside the main body (footnotes, endnotes, headers, footers, text boxes). */
  part?: DocumentPart;
}

export function isW(node: Node | null | undefined, localName?: string): node is Element {
  return !!node && node.nodeType === 1 && (node as Element).namespaceURI === W && (localName === undefined || (node as Element).localName === localName);
}

export function wAttr(el: Element, name: string): string | null {
  return el.getAttributeNS(W, name) || el.getAttribute(`w:${name}`) || null;
}

export function firstW(el: Element, localName: string): Element | null {
  for (let c = el.firstChild; c; c = c.nextSibling) if (isW(c, localName)) return c;
  return null;
}

/** Tracked-change state of a paragraph mark in a view: "removed" merges it with the next one. */
function markRemoved(p: Element, view: View): boolean {
  const pPr = firstW(p, "pPr");
  const rPr = pPr && firstW(pPr, "rPr");
  if (!rPr) return false;
  return view === "accept" ? !!firstW(rPr, "del") || !!firstW(rPr, "moveFrom") : !!firstW(rPr, "ins") || !!firstW(rPr, "moveTo");
}

/**
 * The text of a w:t / w:delText as a word processor shows it: a line break character inside w:t
 * is a space; without xml:space="preserve", leading and trailing white space is dropped and a
 * tab character is a space too (what LibreOffice does; Word writes w:tab and w:br instead).
 */
export function elementText(el: Element): string {
  const raw = el.textContent ?? "";
  if (el.getAttributeNS(XML_NS, "space") === "preserve" || el.getAttribute("xml:space") === "preserve") return raw.replace(/[\r\n]/g, " ");
  return raw.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, "").replace(/[\t\r\n]/g, " ");
}

const CHAR_OF: Record<string, string> = { tab: "\t", ptab: "\t", br: "\n", cr: "\n", noBreakHyphen: "\u2011", softHyphen: "\u00AD" };

class Builder {
  text = "";
  segments: Segment[] = [];
  constructor(
    readonly view: View,
    readonly fields: FieldStack
  ) {}

  private push(s: string, run: Element, child: Element, inserted: boolean, simpleField: boolean): void {
    if (!s) return;
    const start = this.text.length;
    this.text += s;
    this.segments.push({ start, end: this.text.length, run, child, inserted, inField: simpleField || this.fields.length > 0 });
  }

  run(r: Element, inserted: boolean, deleted: boolean, simpleField: boolean): void {
    for (let c = r.firstChild; c; c = c.nextSibling) {
      if (!isW(c)) continue;
      const ln = c.localName ?? "";
      if (ln === "fldChar") {
        const t = wAttr(c, "fldCharType");
        if (t === "begin") this.fields.push("instr");
        else if (t === "separate" && this.fields.length) this.fields[this.fields.length - 1] = "result";
        else if (t === "end") this.fields.pop();
        continue;
      }
      if (this.fields.includes("instr")) continue;
      if (ln === "t" || (deleted && ln === "delText")) this.push(elementText(c), r, c, inserted, simpleField);
      else if (ln in CHAR_OF) this.push(CHAR_OF[ln], r, c, inserted, simpleField);
      else if (ln === "sym") {
        const code = parseInt(wAttr(c, "char") ?? "", 16);
        if (Number.isFinite(code) && code > 0) this.push(String.fromCharCode(code), r, c, inserted, simpleField);
      }
    }
  }

  inline(node: Element, inserted: boolean, deleted: boolean, simpleField: boolean): void {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (!isW(c)) continue;
      switch (c.localName) {
        case "r":
          this.run(c, inserted, deleted, simpleField);
          break;
        case "ins":
        case "moveTo":
          if (this.view === "accept") this.inline(c, true, deleted, simpleField);
          break;
        case "del":
        case "moveFrom":
          if (this.view === "reject") this.inline(c, inserted, true, simpleField);
          break;
        case "fldSimple":
          this.inline(c, inserted, deleted, true);
          break;
        case "sdt": {
          const content = firstW(c, "sdtContent");
          if (content) this.inline(content, inserted, deleted, simpleField);
          break;
        }
        case "hyperlink":
        case "smartTag":
        case "customXml":
        case "bdo":
        case "dir":
          this.inline(c, inserted, deleted, simpleField);
          break;
        default:
          break;
      }
    }
  }
}

/** Build one paragraph's text and segments in a view, starting from a field state. */
export function buildParagraph(p: Element, view: View, fieldIn: FieldStack): { text: string; segments: Segment[]; fieldOut: FieldStack } {
  const b = new Builder(view, fieldIn.slice());
  b.inline(p, false, false, false);
  return { text: b.text, segments: b.segments, fieldOut: b.fields };
}

/**
 * The paragraphs of a footnotes, endnotes, header or footer part, in order. Word's separator and
 * continuation notes (w:type="separator" …) are not text of the contract.
 */
export function partParagraphs(doc: Document): Element[] {
  const root = doc.documentElement;
  const out: Element[] = [];
  if (!root) return out;
  const walk = (node: Element): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (!isW(c)) continue;
      const ln = c.localName ?? "";
      if ((ln === "footnote" || ln === "endnote") && /separator|continuation/i.test(wAttr(c, "type") ?? "")) continue;
      if (ln === "p") out.push(c);
      else if (!ln.endsWith("Pr")) walk(c);
    }
  };
  walk(root);
  return out;
}

/** Text boxes inside body paragraphs (w:txbxContent): read as their own part. */
export function textBoxParagraphs(doc: Document): Element[] {
  const out: Element[] = [];
  const list = doc.getElementsByTagNameNS(W, "txbxContent");
  for (let i = 0; i < list.length && out.length < 2000; i++) {
    // VML fallbacks repeat the DrawingML text box: read each text box once
    if (hasAncestor(list[i], "Fallback")) continue;
    for (let c = list[i].firstChild; c; c = c.nextSibling) if (isW(c, "p")) out.push(c);
  }
  return out;
}

function hasAncestor(node: Node, localName: string): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if ((p as Element).localName === localName) return true;
  return false;
}

/** Body paragraphs in reading order (tables, nested tables and content controls included). */
export function bodyParagraphs(doc: Document): Array<{ p: Element; inTable: boolean }> {
  const body = doc.documentElement && firstW(doc.documentElement, "body");
  const out: Array<{ p: Element; inTable: boolean }> = [];
  if (!body) return out;
  const walk = (node: Element, inTable: boolean): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (!isW(c)) continue;
      const ln = c.localName ?? "";
      if (ln === "p") out.push({ p: c, inTable });
      else if (ln === "sectPr" || ln.endsWith("Pr") || ln === "tblGrid" || ln === "txbxContent") continue;
      else walk(c, inTable || ln === "tbl");
    }
  };
  walk(body, false);
  return out;
}

export interface StyleInfo {
  name: string;
  basedOn?: string;
  outline?: number;
}

export interface Styles {
  byId: Map<string, StyleInfo>;
  defaultParagraph?: string;
}

function displayName(name: string): string {
  // Word stores some built-in names in lower case ("heading 1") and shows them capitalised.
  return name === name.toLowerCase() ? name.replace(/(^|\s)([a-z])/g, (_m, s: string, ch: string) => s + ch.toUpperCase()) : name;
}

export function readStyles(styles: Document | undefined): Styles {
  const byId = new Map<string, StyleInfo>();
  let defaultParagraph: string | undefined;
  if (!styles || !styles.documentElement) return { byId };
  for (let c = styles.documentElement.firstChild; c; c = c.nextSibling) {
    if (!isW(c, "style") || wAttr(c, "type") !== "paragraph") continue;
    const id = wAttr(c, "styleId");
    if (!id) continue;
    const nameEl = firstW(c, "name");
    const basedEl = firstW(c, "basedOn");
    const pPr = firstW(c, "pPr");
    const lvl = pPr && firstW(pPr, "outlineLvl");
    const info: StyleInfo = { name: displayName((nameEl && wAttr(nameEl, "val")) || id) };
    if (basedEl) info.basedOn = wAttr(basedEl, "val") ?? undefined;
    if (lvl) info.outline = Number(wAttr(lvl, "val"));
    byId.set(id, info);
    const def = wAttr(c, "default");
    if (def === "1" || def === "true") defaultParagraph = id;
  }
  return { byId, defaultParagraph };
}

/** Style name and heading level of a paragraph. */
export function paragraphStyle(p: Element, styles: Styles): { style?: string; headingLevel?: number } {
  const pPr = firstW(p, "pPr");
  const pStyle = pPr && firstW(pPr, "pStyle");
  const id = (pStyle && wAttr(pStyle, "val")) || styles.defaultParagraph;
  const info = id ? styles.byId.get(id) : undefined;
  const style = info?.name ?? (id && pStyle ? id : undefined);
  let level: number | undefined;
  const m = style && /^heading ([1-9])$/i.exec(style);
  if (m) level = Number(m[1]);
  else {
    const own = pPr && firstW(pPr, "outlineLvl");
    let outline = own ? Number(wAttr(own, "val")) : undefined;
    let cur = info;
    for (let guard = 0; outline === undefined && cur && guard < 20; guard++) {
      outline = cur.outline;
      cur = cur.basedOn ? styles.byId.get(cur.basedOn) : undefined;
    }
    if (outline !== undefined && outline >= 0 && outline <= 8) level = outline + 1;
  }
  return { style: style || undefined, headingLevel: level };
}

/** The paragraphs the engine reviews: the other side's changes accepted. */
export function buildModel(doc: Document, styles: Styles): ParagraphModel[] {
  const out: ParagraphModel[] = [];
  let fields: FieldStack = [];
  for (const { p, inTable } of bodyParagraphs(doc)) {
    const fieldIn = fields;
    const built = buildParagraph(p, "accept", fieldIn);
    fields = built.fieldOut;
    // A paragraph the other side deleted entirely disappears once their changes are accepted.
    if (built.text === "" && markRemoved(p, "accept")) continue;
    out.push({ p, text: built.text, segments: built.segments, inTable, fieldIn, ...paragraphStyle(p, styles) });
  }
  return out;
}

export function toEngineParagraphs(model: ParagraphModel[]): Paragraph[] {
  return model.map((m) => {
    const para: Paragraph = { text: m.text };
    if (m.style) para.style = m.style;
    if (m.headingLevel) para.headingLevel = m.headingLevel;
    if (m.inTable) para.inTable = true;
    if (m.part) para.part = m.part;
    return para;
  });
}

/**
 * The document's text with every tracked change accepted or rejected, one string per paragraph
 * (a removed paragraph mark joins the paragraph with the next one, as Word does).
 */
export function reviewedText(doc: Document, view: View): string[] {
  const out: string[] = [];
  let fields: FieldStack = [];
  let carry: string | null = null;
  for (const { p } of bodyParagraphs(doc)) {
    const built = buildParagraph(p, view, fields);
    fields = built.fieldOut;
    const text: string = (carry ?? "") + built.text;
    if (markRemoved(p, view)) carry = text;
    else {
      out.push(text);
      carry = null;
    }
  }
  if (carry !== null) out.push(carry);
  return out;
}
