/** WordprocessingML namespaces and the small element helpers every .docx module uses. */
import type { Element, Node } from "@xmldom/xmldom";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const XML_NS = "http://www.w3.org/XML/1998/namespace";

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
