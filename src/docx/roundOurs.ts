/**
 * Round two, reading our own changes from a .docx: the whole paragraphs we inserted (the addendum),
 * one suggestion per block of them, and our other tracked changes, each with the words around it
 * as we proposed it (ours accepted, theirs rejected); where each is, and the name it is under.
 */
import type { Document, Element, Node } from "@xmldom/xmldom";
import type { OurChange } from "../engine/compare";
import { isAddendumTitle } from "../engine/read/sections";
import { W, firstW, isW, wAttr } from "./xml";
import { bodyParagraphs } from "./paragraphs";
import { CHANGE, enclosingChange, isInsertion, paragraphText } from "./roundViews";

/** The paragraph elements one of our suggestions sits in, and the author of its changes. */
export interface OurChangePlace {
  elements: Element[];
  author: string;
}

const authorOf = (el: Element): string => wAttr(el, "author") ?? "";

/** The authors whose changes are ours (TermScore, the user); everyone else is the other side. */
export type IsOurs = (author: string) => boolean;

export function oursBy(names: readonly string[]): IsOurs {
  const set = new Set(names.map((n) => n.trim().toLowerCase()).filter(Boolean));
  return (author) => set.has(author.trim().toLowerCase());
}


/** Groups of our own tracked changes that sit side by side (a deletion and its insertion). */
function ourGroups(doc: Document, isOurs: IsOurs): Element[][] {
  const groups: Element[][] = [];
  const all = doc.getElementsByTagNameNS(W, "*");
  let last: Element | null = null;
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    const ln = el.localName ?? "";
    if (!CHANGE.has(ln) || (el.parentNode as Element | null)?.localName === "rPr") continue;
    if (!isOurs(wAttr(el, "author") ?? "")) continue;
    const outer = enclosingChange(el);
    if (outer && isOurs(wAttr(outer, "author") ?? "")) continue;
    // adjacent to the previous one of ours (only bookmarks, comment marks or proofing marks between)?
    let adjacent = false;
    if (last) {
      let s = last.nextSibling;
      while (s && (!isW(s) || /^(bookmarkStart|bookmarkEnd|commentRangeStart|commentRangeEnd|proofErr|permStart|permEnd)$/.test((s as Element).localName ?? ""))) s = s.nextSibling;
      adjacent = s === el;
    }
    if (adjacent) groups[groups.length - 1].push(el);
    else groups.push([el]);
    last = el;
  }
  return groups;
}

/** Where two strings first and last differ. */
export function spanOfDifference(a: string, b: string): { prefix: number; suffix: number } {
  let prefix = 0;
  const max = Math.min(a.length, b.length);
  while (prefix < max && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

/** Our changes in the document body (see the file's comment). */
export function readOurChanges(doc: Document, isOurs: IsOurs): { ours: OurChange[]; where: Map<OurChange, OurChangePlace> } {
  const where = new Map<OurChange, OurChangePlace>();
  // whole paragraphs we inserted (the addendum), one suggestion per block of them
  const ours: OurChange[] = [];
  const wholeInserted = new Set<Element>();
  let block: (OurChange & { paragraphs: string[] }) | null = null;
  for (const { p } of bodyParagraphs(doc)) {
    const withUs = paragraphText(p, (c) => isOurs(authorOf(c))).text;
    const without = paragraphText(p, () => false).text;
    const pPr = firstW(p, "pPr");
    const rPr = pPr && firstW(pPr, "rPr");
    const markIns = rPr ? firstW(rPr, "ins") : null;
    const whole = without === "" && withUs !== "" && ((markIns && isOurs(authorOf(markIns))) || block !== null);
    // inside a block of ours, a paragraph they deleted whole (some word processors drop our
    // insertion under their deletion) still belongs to it
    const deletedByThem = block !== null && !whole && withUs !== "" && paragraphText(p, () => true).text === "" && rPr !== null && (firstW(rPr, "del") !== null || firstW(rPr, "moveFrom") !== null);
    if (deletedByThem) {
      wholeInserted.add(p);
      where.get(block!)!.elements.push(p);
      block!.paragraphs.push(without);
      block!.inserted = block!.paragraphs.join("\n");
      block!.pending = false;
      continue;
    }
    if (!whole) {
      if (block) ours.push(block);
      block = null;
      continue;
    }
    wholeInserted.add(p);
    const after = paragraphText(p, () => true).text;
    if (!block) {
      block = { id: isAddendumTitle(withUs) ? "addendum" : `tracked-block-${wAttr(markIns ?? p, "id") ?? ours.length}`, prefix: "", removed: "", inserted: "", suffix: "", paragraphs: [], pending: true };
      where.set(block, { elements: [], author: markIns ? authorOf(markIns) : "" });
    }
    where.get(block)!.elements.push(p);
    block.paragraphs.push(withUs);
    block.inserted = block.paragraphs.join("\n");
    if (after !== withUs) block.pending = false;
  }
  if (block) ours.push(block);
  for (const b of ours) if (b.id === "addendum") b.label = "Prohibition on AI Training addendum";

  // our other changes still in the document, with the words around them (ours accepted, theirs rejected)
  for (const group of ourGroups(doc, isOurs)) {
    let p: Node | null = group[0];
    while (p && !isW(p, "p")) p = p.parentNode;
    if (!p || wholeInserted.has(p as Element)) continue;
    const inGroup = new Set(group);
    const outside = (c: Element): boolean => !inGroup.has(c) && !group.some((g) => isAncestor(g, c));
    // the words around it as we proposed them (theirs rejected); for ours inside theirs (a counter
    // to their insertion), with theirs accepted
    let withUs = paragraphText(p as Element, (c) => isOurs(authorOf(c))).text;
    let without = paragraphText(p as Element, (c) => isOurs(authorOf(c)) && outside(c)).text;
    if (withUs === without) {
      withUs = paragraphText(p as Element, () => true).text;
      without = paragraphText(p as Element, (c) => outside(c)).text;
    }
    const { prefix, suffix } = spanOfDifference(without, withUs);
    if (prefix === without.length && prefix === withUs.length) continue;
    // untouched by them: no change of theirs inside or around it
    const touched = group.some((g) => {
      const outer = enclosingChange(g);
      // ours inside their insertion is our answer to it (still open); inside their deletion, undone
      if (outer && !isOurs(authorOf(outer)) && !isInsertion(outer)) return true;
      const inner = g.getElementsByTagNameNS(W, "*");
      for (let k = 0; k < inner.length; k++) if (CHANGE.has(inner[k].localName ?? "") && !isOurs(authorOf(inner[k]))) return true;
      return false;
    });
    const change: OurChange = {
      id: `tracked-${wAttr(group[0], "id") ?? ours.length}`,
      prefix: without.slice(Math.max(0, prefix - 60), prefix),
      removed: without.slice(prefix, without.length - suffix),
      inserted: withUs.slice(prefix, withUs.length - suffix),
      suffix: without.slice(without.length - suffix, without.length - suffix + 60),
      pending: !touched,
    };
    ours.push(change);
    where.set(change, { elements: [p as Element], author: authorOf(group[0]) });
  }
  return { ours, where };
}

function isAncestor(a: Node, b: Node): boolean {
  for (let p = b.parentNode; p; p = p.parentNode) if (p === a) return true;
  return false;
}

