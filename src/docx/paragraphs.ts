/** Where paragraphs are in a part: the body in reading order, notes, headers and footers, text boxes. */
import type { Document, Element, Node } from "@xmldom/xmldom";
import { W, firstW, isW, wAttr } from "./xml";

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
