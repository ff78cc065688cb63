/**
 * Round two's views of a .docx body: a run is visible in a view when every tracked change around
 * it says so ("before their changes": their insertions out, their deletions back, ours as we
 * proposed them; "after": every change accepted). Paragraphs whose mark is removed are joined.
 */
import type { Document, Element, Node } from "@xmldom/xmldom";
import type { Paragraph } from "../engine/types";
import { W, elementText, firstW, isW, wAttr } from "./xml";
import { bodyParagraphs } from "./paragraphs";
import { paragraphStyle, readStyles } from "./styles";

export const CHANGE = new Set(["ins", "del", "moveFrom", "moveTo"]);
export const isInsertion = (el: Element): boolean => el.localName === "ins" || el.localName === "moveTo";

/** Decides, for one tracked change element, whether it is accepted in a view. */
export type Accepts = (change: Element) => boolean;

const CHAR_OF: Record<string, string> = { tab: "\t", ptab: "\t", br: "\n", cr: "\n", noBreakHyphen: "\u2011" };

/** A paragraph's text in a view (fields' instructions left out), and whether its mark is removed. */
export function paragraphText(p: Element, accepts: Accepts): { text: string; markRemoved: boolean } {
  let text = "";
  let fieldDepth = 0;
  let instr = false;
  const walk = (node: Element, visible: boolean): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (!isW(c)) continue;
      const ln = c.localName ?? "";
      if (CHANGE.has(ln)) {
        const ok = accepts(c);
        walk(c, visible && (isInsertion(c) ? ok : !ok));
      } else if (ln === "r") {
        for (let k = c.firstChild; k; k = k.nextSibling) {
          if (!isW(k)) continue;
          const kn = k.localName ?? "";
          if (kn === "fldChar") {
            const t = wAttr(k, "fldCharType");
            if (t === "begin") {
              fieldDepth++;
              instr = true;
            } else if (t === "separate") instr = false;
            else if (t === "end") {
              fieldDepth = Math.max(0, fieldDepth - 1);
              instr = false;
            }
            continue;
          }
          if (!visible || (fieldDepth > 0 && instr)) continue;
          if (kn === "t" || kn === "delText") text += elementText(k);
          else if (kn in CHAR_OF) text += CHAR_OF[kn];
        }
      } else if (ln === "hyperlink" || ln === "smartTag" || ln === "customXml" || ln === "fldSimple" || ln === "bdo" || ln === "dir") walk(c, visible);
      else if (ln === "sdt") {
        const content = firstW(c, "sdtContent");
        if (content) walk(content, visible);
      }
    }
  };
  walk(p, true);
  const pPr = firstW(p, "pPr");
  const rPr = pPr && firstW(pPr, "rPr");
  let markRemoved = false;
  if (rPr) {
    for (let c = rPr.firstChild; c; c = c.nextSibling) {
      if (!isW(c) || !CHANGE.has(c.localName ?? "")) continue;
      const ok = accepts(c);
      if (isInsertion(c) ? !ok : ok) markRemoved = true;
    }
  }
  return { text, markRemoved };
}

export interface ViewParagraph extends Paragraph {
  /** Body paragraph elements that make it (a removed mark joins two). */
  sources: Element[];
}

/** The body in a view: paragraphs joined where a mark is removed; empty paragraphs left by a whole deletion dropped. */
export function view(doc: Document, accepts: Accepts, styles: ReturnType<typeof readStyles>): ViewParagraph[] {
  const out: ViewParagraph[] = [];
  let carry: ViewParagraph | null = null;
  for (const { p, inTable } of bodyParagraphs(doc)) {
    const built = paragraphText(p, accepts);
    const cur: ViewParagraph = carry ? { ...carry, text: carry.text + built.text, sources: [...carry.sources, p] } : { text: built.text, sources: [p], ...(inTable ? { inTable: true } : {}), ...paragraphStyle(p, styles) };
    if (built.markRemoved) {
      carry = cur;
      continue;
    }
    carry = null;
    // a paragraph deleted whole (text and mark) leaves nothing; a joined empty paragraph is dropped too
    out.push(cur);
  }
  if (carry) out.push(carry);
  return out.filter((p) => p.text !== "" || !p.sources.some((s) => hasRemovedContent(s, accepts)));
}

function hasRemovedContent(p: Element, accepts: Accepts): boolean {
  const list = p.getElementsByTagNameNS(W, "*");
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (CHANGE.has(c.localName ?? "")) {
      const ok = accepts(c);
      if (isInsertion(c) ? !ok : ok) return true;
    }
  }
  return false;
}

/** The tracked change an element sits in, if any. */
export function enclosingChange(el: Element): Element | null {
  for (let p = el.parentNode as Node | null; p; p = p.parentNode) if (isW(p) && CHANGE.has((p as Element).localName ?? "")) return p as Element;
  return null;
}
