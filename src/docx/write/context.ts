/**
 * What every writing step shares: the opened package, the text model, the styles, one id counter
 * and the element builder, and which parts to serialise on save.
 */
import type { Document, Element } from "@xmldom/xmldom";
import type { DocxPackage } from "../package";
import { W, XML_NS } from "../xml";
import type { ParagraphModel } from "../model";
import type { Styles } from "../styles";

/** Revision, comment and bookmark ids share one counter; new ones never collide with the document's. */
export class IdCounter {
  constructor(private next: number) {}
  take(): number {
    return this.next++;
  }
}

/** Builds WordprocessingML elements with the document's own prefix, and tracked-change wrappers. */
export class XmlBuilder {
  constructor(
    readonly prefix: string,
    readonly author: string,
    readonly date: string,
    private readonly ids: IdCounter
  ) {}

  el(doc: Document, name: string, attrs: Record<string, string> = {}): Element {
    const e = doc.createElementNS(W, `${this.prefix}:${name}`);
    for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(W, `${this.prefix}:${k}`, v);
    return e;
  }

  /** A w:ins or w:del with a new id, our author and date. */
  change(doc: Document, kind: "ins" | "del"): Element {
    return this.el(doc, kind, { id: String(this.ids.take()), author: this.author, date: this.date });
  }

  /** Give an element copied from the document (a revision) an id of its own. */
  renumber(e: Element): void {
    e.setAttributeNS(W, `${this.prefix}:id`, String(this.ids.take()));
  }

  textEl(doc: Document, name: "t" | "delText", text: string): Element {
    const t = this.el(doc, name);
    t.setAttributeNS(XML_NS, "xml:space", "preserve");
    t.appendChild(doc.createTextNode(text));
    return t;
  }
}

export interface WriteContext {
  readonly pkg: DocxPackage;
  /** Body paragraphs in document order, then the other parts' paragraphs. */
  readonly model: ParagraphModel[];
  readonly styles: Styles;
  readonly ids: IdCounter;
  readonly x: XmlBuilder;
  /** Parts changed (serialised on save). */
  readonly dirty: Set<string>;
}

/** The date written on every change, as Word writes it (no milliseconds). */
export function isoDate(d: Date | string | undefined): string {
  const date = d === undefined ? new Date() : typeof d === "string" ? new Date(d) : d;
  if (Number.isNaN(date.getTime())) throw new Error("invalid date for tracked changes");
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
