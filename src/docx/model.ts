/**
 * The text model of a WordprocessingML body: paragraphs in reading order (tables included), each
 * with its text as Word shows it and a map from text offsets back to the XML that holds them.
 *
 * Two views: "accept" (the other side's tracked insertions in, deletions out: what the engine
 * reviews) and "reject" (every tracked change undone: the document as it was before them).
 */
import type { Document, Element } from "@xmldom/xmldom";
import type { DocumentPart, Paragraph } from "../engine/types";
import { elementText, firstW, isW, wAttr } from "./xml";
import { bodyParagraphs } from "./paragraphs";
import { paragraphStyle, type Styles } from "./styles";
import { listLevels, type Numbering } from "./numbering";

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
  /** Word's own list numbering of the paragraph (./numbering.ts): its level, and its label when computed. */
  listLevel?: number;
  listLabel?: string;
  /** Field state at the start of the paragraph (to rebuild it after an edit). */
  fieldIn: FieldStack;
  /** Set for paragraphs outside the main body (footnotes, endnotes, headers, footers, text boxes). */
  part?: DocumentPart;
}

/** Tracked-change state of a paragraph mark in a view: "removed" merges it with the next one. */
function markRemoved(p: Element, view: View): boolean {
  const pPr = firstW(p, "pPr");
  const rPr = pPr && firstW(pPr, "rPr");
  if (!rPr) return false;
  return view === "accept" ? !!firstW(rPr, "del") || !!firstW(rPr, "moveFrom") : !!firstW(rPr, "ins") || !!firstW(rPr, "moveTo");
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

/** The paragraphs the engine reviews: the other side's changes accepted. */
export function buildModel(doc: Document, styles: Styles, numbering?: Numbering): ParagraphModel[] {
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
  if (numbering) {
    const lists = listLevels(out.map((m) => m.p), styles, numbering);
    out.forEach((m, i) => {
      const l = lists[i];
      if (!l) return;
      m.listLevel = l.level;
      if (l.label) m.listLabel = l.label;
    });
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
    if (m.listLevel !== undefined) para.listLevel = m.listLevel;
    if (m.listLabel !== undefined) para.listLabel = m.listLabel;
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
