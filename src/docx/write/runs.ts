/**
 * Runs: new runs in a paragraph's formatting, splitting runs at a text offset, and finding where
 * new inline content may go without nesting one tracked insertion in another.
 */
import type { Document, Element, Node } from "@xmldom/xmldom";
import { XML_NS, elementText, firstW, isW } from "../xml";
import { buildParagraph } from "../model";
import type { ParagraphModel } from "../model";
import type { XmlBuilder } from "./context";

/** A copy of run properties without revision marks (a formatting change belongs to its own run). */
export function cleanRPr(rPr: Element): Element {
  const copy = rPr.cloneNode(true) as Element;
  for (let c = copy.firstChild; c; ) {
    const next = c.nextSibling;
    if (isW(c, "rPrChange") || isW(c, "ins") || isW(c, "del") || isW(c, "moveFrom") || isW(c, "moveTo")) copy.removeChild(c);
    c = next;
  }
  return copy;
}

/** A run with the given formatting holding `text` (tabs and line breaks as Word elements). */
export function makeRun(x: XmlBuilder, doc: Document, rPr: Element | null, text: string): Element {
  const r = x.el(doc, "r");
  if (rPr) r.appendChild(cleanRPr(rPr));
  for (const part of text.split(/([\t\n])/)) {
    if (part === "\t") r.appendChild(x.el(doc, "tab"));
    else if (part === "\n") r.appendChild(x.el(doc, "br"));
    else if (part) r.appendChild(x.textEl(doc, "t", part));
  }
  return r;
}

/** Make sure a run boundary falls at `offset` of the paragraph. */
export function splitAt(x: XmlBuilder, m: ParagraphModel, offset: number): void {
  const seg = m.segments.find((s) => s.start < offset && offset < s.end);
  if (!seg) return;
  const doc = m.p.ownerDocument!;
  const k = offset - seg.start;
  const child = seg.child;
  const text = elementText(child);
  const right = child.cloneNode(false) as Element;
  right.appendChild(doc.createTextNode(text.slice(k)));
  while (child.firstChild) child.removeChild(child.firstChild);
  child.appendChild(doc.createTextNode(text.slice(0, k)));
  child.setAttributeNS(XML_NS, "xml:space", "preserve");
  right.setAttributeNS(XML_NS, "xml:space", "preserve");
  seg.run.insertBefore(right, child.nextSibling);
  splitRunBefore(x, seg.run, right);
}

/** Move `from` and everything after it in `run` into a new run with the same properties. */
function splitRunBefore(x: XmlBuilder, run: Element, from: Node): Element {
  const twin = run.cloneNode(false) as Element;
  const rPr = firstW(run, "rPr");
  if (rPr) {
    const copy = rPr.cloneNode(true) as Element;
    // A formatting revision copied into both halves needs its own id in the second one.
    for (let c = copy.firstChild; c; c = c.nextSibling) if (isW(c, "rPrChange")) x.renumber(c as Element);
    twin.appendChild(copy);
  }
  moveSiblings(from, twin);
  run.parentNode!.insertBefore(twin, run.nextSibling);
  return twin;
}

function moveSiblings(from: Node | null, to: Element): void {
  for (let n = from; n; ) {
    const next: Node | null = n.nextSibling;
    to.appendChild(n);
    n = next;
  }
}

/**
 * Climb out of tracked-insertion containers (the other side's w:ins / w:moveTo), splitting them,
 * so new content can go right after `node` without nesting one insertion in another.
 */
function climbOutOfInsertions(x: XmlBuilder, node: Element): Element {
  let anchor = node;
  while (isW(anchor.parentNode, "ins") || isW(anchor.parentNode, "moveTo")) {
    const container = anchor.parentNode as Element;
    if (anchor.nextSibling) {
      const twin = container.cloneNode(false) as Element;
      x.renumber(twin);
      moveSiblings(anchor.nextSibling, twin);
      container.parentNode!.insertBefore(twin, container.nextSibling);
    }
    anchor = container;
  }
  return anchor;
}

/** Where new inline content goes at a text position: after `before`, or before `after`, outside any insertion. */
export function insertionPoint(x: XmlBuilder, m: ParagraphModel, before?: Element, after?: Element): { parent: Node; next: Node | null } {
  if (before) {
    const a = climbOutOfInsertions(x, before);
    return { parent: a.parentNode!, next: a.nextSibling };
  }
  if (after) {
    let a: Element = after;
    while (isW(a.parentNode, "ins") || isW(a.parentNode, "moveTo")) a = a.parentNode as Element;
    return { parent: a.parentNode!, next: a };
  }
  return { parent: m.p, next: null };
}

/** Read a paragraph's text and segments again after its XML changed. */
export function rebuild(m: ParagraphModel): void {
  const built = buildParagraph(m.p, "accept", m.fieldIn);
  m.text = built.text;
  m.segments = built.segments;
}
