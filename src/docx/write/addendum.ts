/**
 * The addendum, every paragraph a tracked insertion, where it is signed with the contract: before
 * the signature block, right after an addendum being extended, or else at the end of the body.
 */
import type { Document, Element, Node } from "@xmldom/xmldom";
import type { AddendumParagraph } from "../../engine/types";
import { addendumPlace, type AddendumPlace } from "../../engine/fix/placement";
import { DocxError } from "../package";
import { W, firstW, isW } from "../xml";
import { buildParagraph } from "../model";
import { paragraphStyle } from "../styles";
import type { ParagraphModel } from "../model";
import type { WriteContext } from "./context";
import { referenceRun, type CommentsPart } from "./comments";
import { addendumPPr, addendumRPr, bodyLook } from "./addendumLook";
import { makeRun } from "./runs";

/**
 * Insert the addendum (see `addendumLook.ts` for how it looks). With `comment`, a comment on the
 * title says why it is there. Returns where it went.
 */
export async function writeAddendum(ctx: WriteContext, comments: CommentsPart, paragraphs: readonly AddendumParagraph[], comment?: (place: AddendumPlace["reason"]) => string): Promise<AddendumPlace | null> {
  if (!paragraphs.length) return null;
  const { x, pkg, model } = ctx;
  const doc = pkg.document;
  const body = firstW(doc.documentElement!, "body");
  if (!body) throw new DocxError("the document has no body", "not-word");
  const bodyModel = model.filter((m) => !m.part);
  const place = addendumPlace(bodyModel.map((m) => ({ text: m.text, ...(m.inTable ? { inTable: true } : {}), ...(m.headingLevel ? { headingLevel: m.headingLevel } : {}) })));
  /** The child of the body that holds a paragraph (the paragraph itself, or its table). */
  const topLevel = (el: Element): Element => {
    let e: Element = el;
    while (e.parentNode && e.parentNode !== body) e = e.parentNode as Element;
    return e;
  };
  let sectPr: Node | null = null;
  for (let c = body.lastChild; c; c = c.previousSibling) {
    if (isW(c, "sectPr")) {
      sectPr = c;
      break;
    }
    if (c.nodeType === 1) break;
  }
  let before: Node | null = sectPr;
  let modelAt = bodyModel.length;
  let tail: Element | null = null;
  if (place.reason === "signature-block" || place.reason === "additional-terms") {
    before = topLevel(bodyModel[place.before].p);
    modelAt = place.before;
  } else if (place.reason === "extends-addendum") {
    before = topLevel(bodyModel[place.after].p).nextSibling;
    modelAt = place.after + 1;
  }
  if (before === sectPr) tail = markLastParagraphInserted(ctx, doc, body, sectPr);
  const look = bodyLook(x, bodyModel, "before" in place ? place.before : bodyModel.length);
  const modelOf = (p: Element): ParagraphModel => {
    const built = buildParagraph(p, "accept", []);
    return { p, text: built.text, segments: built.segments, inTable: false, fieldIn: [], ...paragraphStyle(p, ctx.styles) };
  };
  const inserted: Element[] = [];
  let titleIns: Element | null = null;
  for (const a of paragraphs) {
    const p = x.el(doc, "p");
    p.appendChild(addendumPPr(x, ctx.styles, doc, look, a.kind));
    if (a.text) {
      const ins = x.change(doc, "ins");
      ins.appendChild(makeRun(x, doc, addendumRPr(x, doc, look.rPr, a.kind !== "body"), a.text));
      p.appendChild(ins);
      if (a.kind === "title" && !titleIns) titleIns = ins;
    }
    body.insertBefore(p, before);
    inserted.push(p);
  }
  if (titleIns && comment) {
    const cid = String(await comments.add(comment(place.reason)));
    const parent = titleIns.parentNode!;
    parent.insertBefore(x.el(doc, "commentRangeStart", { id: cid }), titleIns);
    const end = x.el(doc, "commentRangeEnd", { id: cid });
    parent.insertBefore(end, titleIns.nextSibling);
    parent.insertBefore(referenceRun(x, doc, cid), end.nextSibling);
  }
  if (tail) {
    body.insertBefore(tail, sectPr);
    inserted.push(tail);
  }
  // the model lists body paragraphs in document order, then the other parts
  const models = inserted.map(modelOf);
  const next = bodyModel[modelAt] ?? model.find((m) => m.part);
  const at = next ? model.indexOf(next) : -1;
  if (at < 0) model.push(...models);
  else model.splice(at, 0, ...models);
  ctx.dirty.add(pkg.documentPath);
  return place;
}

/**
 * Appending after the last paragraph: its mark becomes part of the insertion and an empty
 * paragraph with the same properties takes over as the final mark, so that rejecting all gives
 * back the original exactly. Returns that new final paragraph (to add after the addendum).
 */
function markLastParagraphInserted(ctx: WriteContext, doc: Document, body: Element, sectPr: Node | null): Element | null {
  const { x } = ctx;
  let last: Element | null = null;
  for (let c = sectPr ? sectPr.previousSibling : body.lastChild; c; c = c.previousSibling) {
    if (c.nodeType !== 1) continue;
    if (isW(c, "p")) last = c;
    break;
  }
  const lastPPr = last && firstW(last, "pPr");
  const lastMark = lastPPr && firstW(lastPPr, "rPr");
  if (!last || (lastPPr && firstW(lastPPr, "sectPr")) || (lastMark && (firstW(lastMark, "ins") || firstW(lastMark, "del")))) return null;
  const tail = x.el(doc, "p");
  if (lastPPr) {
    const copy = lastPPr.cloneNode(true) as Element;
    // A revision copied along (pPrChange, rPrChange) needs an id of its own.
    const withId = copy.getElementsByTagNameNS(W, "*");
    for (let i = 0; i < withId.length; i++) if (withId[i].hasAttributeNS(W, "id")) x.renumber(withId[i]);
    tail.appendChild(copy);
  }
  let pPr = lastPPr;
  if (!pPr) {
    pPr = x.el(doc, "pPr");
    last.insertBefore(pPr, last.firstChild);
  }
  let rPr = firstW(pPr, "rPr");
  if (!rPr) {
    rPr = x.el(doc, "rPr");
    // Schema order: the mark's rPr comes before sectPr and pPrChange.
    pPr.insertBefore(rPr, firstW(pPr, "sectPr") ?? firstW(pPr, "pPrChange"));
  }
  rPr.insertBefore(x.change(doc, "ins"), rPr.firstChild);
  return tail;
}
