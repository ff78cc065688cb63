/**
 * How the addendum looks: the body text's own paragraph style, spacing, alignment, font and size
 * (headings in bold, never the document's heading styles, whose list numbering would prefix "14.1"
 * to "AI-1").
 */
import type { Document, Element, Node } from "@xmldom/xmldom";
import type { AddendumParagraph } from "../../engine/types";
import { W, firstW, isW } from "../xml";
import type { ParagraphModel } from "../model";
import type { Styles } from "../styles";
import type { XmlBuilder } from "./context";
import { cleanRPr } from "./runs";
import { isBodyClause } from "../../engine/fix/bodyClause";

export interface BodyLook {
  pStyle: string | null;
  spacing: Element | null;
  jc: string | null;
  rPr: Element | null;
}

/**
 * How the contract's body text looks: the paragraph style, spacing and alignment of an ordinary
 * clause near `near` (no heading, no list, some length), and the run properties of its text.
 */
export function bodyLook(x: XmlBuilder, body: readonly ParagraphModel[], near: number): BodyLook {
  const ok = (m: ParagraphModel): boolean => isBodyClause(m, m.style, m.listLevel !== undefined);
  let pick: ParagraphModel | undefined;
  for (let i = Math.min(near, body.length) - 1; i >= 0 && !pick; i--) if (ok(body[i])) pick = body[i];
  for (let i = near; i < body.length && !pick; i++) if (ok(body[i])) pick = body[i];
  if (!pick) return { pStyle: null, spacing: null, jc: null, rPr: null };
  const pPr = firstW(pick.p, "pPr");
  const val = (el: Element | null): string | null => (el ? el.getAttributeNS(W, "val") || el.getAttribute(`${x.prefix}:val`) : null);
  const pStyle = val(pPr ? firstW(pPr, "pStyle") : null);
  const spacing = pPr ? firstW(pPr, "spacing") : null;
  const jc = val(pPr ? firstW(pPr, "jc") : null);
  // the run properties of its longest run of text
  let rPr: Element | null = null;
  let longest = -1;
  for (const s of pick.segments) {
    const len = s.end - s.start;
    if (len > longest) {
      longest = len;
      rPr = firstW(s.run, "rPr");
    }
  }
  return { pStyle, spacing, jc: jc === "both" || jc === "left" || jc === "start" || jc === "justify" ? jc : null, rPr };
}

/** Paragraph properties of an addendum paragraph, in schema order; no list numbering. */
export function addendumPPr(x: XmlBuilder, styles: Styles, doc: Document, look: BodyLook, kind: AddendumParagraph["kind"]): Element {
  const pPr = x.el(doc, "pPr");
  if (look.pStyle) pPr.appendChild(x.el(doc, "pStyle", { val: look.pStyle }));
  if (kind !== "body") pPr.appendChild(x.el(doc, "keepNext"));
  // a body style that numbers its paragraphs would number the addendum too: numbering off
  if (look.pStyle && look.pStyle !== styles.defaultParagraph) {
    const numPr = x.el(doc, "numPr");
    numPr.appendChild(x.el(doc, "ilvl", { val: "0" }));
    numPr.appendChild(x.el(doc, "numId", { val: "0" }));
    pPr.appendChild(numPr);
  }
  if (kind === "title") pPr.appendChild(x.el(doc, "spacing", { before: "240", after: "120" }));
  else if (look.spacing) pPr.appendChild(look.spacing.cloneNode(true) as Element);
  pPr.appendChild(x.el(doc, "ind", { left: "0", firstLine: "0" }));
  if (kind === "title") pPr.appendChild(x.el(doc, "jc", { val: "center" }));
  else if (look.jc && kind === "body") pPr.appendChild(x.el(doc, "jc", { val: look.jc }));
  // the paragraph mark looks like the text too (its font and size), and is a tracked insertion
  const mark = addendumRPr(x, doc, look.rPr, kind !== "body") ?? x.el(doc, "rPr");
  mark.insertBefore(x.change(doc, "ins"), mark.firstChild);
  pPr.appendChild(mark);
  return pPr;
}

/** The body text's run properties, bold for the title and headings. */
export function addendumRPr(x: XmlBuilder, doc: Document, base: Element | null, bold: boolean): Element | null {
  const rPr = base ? cleanRPr(base) : x.el(doc, "rPr");
  for (let c = rPr.firstChild; c; ) {
    const next = c.nextSibling;
    // the clause's emphasis is not the addendum's: no bold, italic, underline, highlight or colour of its own
    if (isW(c, "b") || isW(c, "bCs") || isW(c, "i") || isW(c, "iCs") || isW(c, "u") || isW(c, "highlight") || isW(c, "color") || isW(c, "caps") || isW(c, "vanish")) rPr.removeChild(c);
    c = next;
  }
  if (bold) {
    // schema order: rStyle, rFonts come before b
    let at: Node | null = rPr.firstChild;
    while (at && (isW(at, "rStyle") || isW(at, "rFonts"))) at = at.nextSibling;
    rPr.insertBefore(x.el(doc, "bCs"), at);
    rPr.insertBefore(x.el(doc, "b"), rPr.getElementsByTagNameNS(W, "bCs")[0]);
  }
  return rPr.firstChild ? rPr : null;
}
