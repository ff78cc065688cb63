/**
 * Round two, reading: the other side's tracked changes and comments by author, our own changes
 * as we proposed them, and the decision log, from one .docx.
 */
import type { Document, Element, Node } from "@xmldom/xmldom";
import type { OurChange, TheirComment } from "../engine/compare";
import type { ParsedLog } from "../engine/compare/decisionLog";
import { isAddendumTitle } from "../engine/read/sections";
import { W, elementText, firstW, isW, wAttr } from "./xml";
import { bodyParagraphs } from "./paragraphs";
import { readStyles } from "./styles";
import { loadPart } from "./package";
import type { DocxPackage } from "./package";
import { REL_COMMENTS, REL_STYLES, relatedPaths } from "./parts";
import { readDecisionLog } from "./decisionLog";
import { CHANGE, isInsertion, paragraphText, view, type ViewParagraph } from "./roundViews";

/** The authors whose changes are ours (TermScore, the user); everyone else is the other side. */
export type IsOurs = (author: string) => boolean;

export function oursBy(names: readonly string[]): IsOurs {
  const set = new Set(names.map((n) => n.trim().toLowerCase()).filter(Boolean));
  return (author) => set.has(author.trim().toLowerCase());
}

export interface TrackedChangeInfo {
  kind: "insertion" | "deletion" | "move-from" | "move-to" | "paragraph-inserted" | "paragraph-deleted";
  author: string;
  date?: string;
  text: string;
  ours: boolean;
  /** Nested inside a change of the other party (their deletion of our insertion, ours of theirs). */
  nestedIn?: { author: string; kind: string };
}

/** What a .docx holds for round two. */
export interface RoundsRead {
  /** Before their changes (ours in) and after every change, as the engine reads them. */
  before: ViewParagraph[];
  after: ViewParagraph[];
  changes: TrackedChangeInfo[];
  /** Authors of their changes and comments. */
  theirAuthors: string[];
  comments: TheirComment[];
  /** Our own comments are not listed. */
  ours: OurChange[];
  log: ParsedLog & { path?: string };
}

function changeKind(el: Element): TrackedChangeInfo["kind"] {
  const inMark = (el.parentNode as Element | null)?.localName === "rPr";
  const ln = el.localName;
  if (inMark) return ln === "ins" || ln === "moveTo" ? "paragraph-inserted" : "paragraph-deleted";
  return ln === "ins" ? "insertion" : ln === "del" ? "deletion" : ln === "moveFrom" ? "move-from" : "move-to";
}

function changeText(el: Element): string {
  let s = "";
  const list = el.getElementsByTagNameNS(W, "*");
  for (let i = 0; i < list.length; i++) {
    const ln = list[i].localName;
    if (ln === "t" || ln === "delText") s += elementText(list[i]);
    else if (ln === "tab") s += "\t";
  }
  return s;
}

function enclosingChange(el: Element): Element | null {
  for (let p = el.parentNode as Node | null; p; p = p.parentNode) if (isW(p) && CHANGE.has((p as Element).localName ?? "")) return p as Element;
  return null;
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

/** Read the tracked changes, comments and decision log of a .docx for round two. */
export async function readRounds(pkg: DocxPackage, isOurs: IsOurs): Promise<RoundsRead> {
  const doc = pkg.document;
  const stylesPath = (await relatedPaths(pkg, REL_STYLES))[0];
  const styles = readStyles(stylesPath ? await loadPart(pkg, stylesPath) : undefined);
  const author = (el: Element): string => wAttr(el, "author") ?? "";
  const before = view(doc, (c) => isOurs(author(c)), styles);
  const after = view(doc, () => true, styles);

  const changes: TrackedChangeInfo[] = [];
  const theirAuthors = new Set<string>();
  const all = doc.getElementsByTagNameNS(W, "*");
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (!CHANGE.has(el.localName ?? "")) continue;
    const a = author(el);
    const ours = isOurs(a);
    if (!ours && a) theirAuthors.add(a);
    const outer = enclosingChange(el);
    const info: TrackedChangeInfo = { kind: changeKind(el), author: a, text: changeText(el), ours };
    const date = wAttr(el, "date");
    if (date) info.date = date;
    if (outer && isOurs(author(outer)) !== ours) info.nestedIn = { author: author(outer), kind: changeKind(outer) };
    changes.push(info);
  }

  // their comments, anchored in a paragraph of the "after" view
  const comments: TheirComment[] = [];
  const commentsPath = (await relatedPaths(pkg, REL_COMMENTS))[0];
  const commentsDoc = commentsPath ? await loadPart(pkg, commentsPath) : undefined;
  if (commentsDoc?.documentElement) {
    const where = new Map<string, number>();
    after.forEach((vp, idx) => {
      for (const s of vp.sources) {
        const starts = s.getElementsByTagNameNS(W, "commentRangeStart");
        for (let k = 0; k < starts.length; k++) where.set(wAttr(starts[k], "id") ?? "", idx);
        const refs = s.getElementsByTagNameNS(W, "commentReference");
        for (let k = 0; k < refs.length; k++) if (!where.has(wAttr(refs[k], "id") ?? "")) where.set(wAttr(refs[k], "id") ?? "", idx);
      }
    });
    for (let c = commentsDoc.documentElement.firstChild; c; c = c.nextSibling) {
      if (!isW(c, "comment")) continue;
      const a = author(c);
      if (isOurs(a)) continue;
      if (a) theirAuthors.add(a);
      const paras: string[] = [];
      for (let p = c.firstChild; p; p = p.nextSibling) if (isW(p, "p")) paras.push(paragraphText(p, () => true).text);
      const id = wAttr(c, "id") ?? "";
      const tc: TheirComment = { author: a, text: paras.join("\n").trim() };
      const date = wAttr(c, "date");
      if (date) tc.date = date;
      if (where.has(id)) tc.paragraph = where.get(id);
      comments.push(tc);
    }
  }

  // whole paragraphs we inserted (the addendum), one suggestion per block of them
  const ours: OurChange[] = [];
  const wholeInserted = new Set<Element>();
  let block: (OurChange & { paragraphs: string[] }) | null = null;
  for (const { p } of bodyParagraphs(doc)) {
    const withUs = paragraphText(p, (c) => isOurs(author(c))).text;
    const without = paragraphText(p, () => false).text;
    const pPr = firstW(p, "pPr");
    const rPr = pPr && firstW(pPr, "rPr");
    const markIns = rPr ? firstW(rPr, "ins") : null;
    const whole = without === "" && withUs !== "" && ((markIns && isOurs(author(markIns))) || block !== null);
    // inside a block of ours, a paragraph they deleted whole (some word processors drop our
    // insertion under their deletion) still belongs to it
    const deletedByThem = block !== null && !whole && withUs !== "" && paragraphText(p, () => true).text === "" && rPr !== null && (firstW(rPr, "del") !== null || firstW(rPr, "moveFrom") !== null);
    if (deletedByThem) {
      wholeInserted.add(p);
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
    if (!block) block = { id: isAddendumTitle(withUs) ? "addendum" : `tracked-block-${wAttr(markIns ?? p, "id") ?? ours.length}`, prefix: "", removed: "", inserted: "", suffix: "", paragraphs: [], pending: true };
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
    let withUs = paragraphText(p as Element, (c) => isOurs(author(c))).text;
    let without = paragraphText(p as Element, (c) => isOurs(author(c)) && outside(c)).text;
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
      if (outer && !isOurs(author(outer)) && !isInsertion(outer)) return true;
      const inner = g.getElementsByTagNameNS(W, "*");
      for (let k = 0; k < inner.length; k++) if (CHANGE.has(inner[k].localName ?? "") && !isOurs(author(inner[k]))) return true;
      return false;
    });
    ours.push({
      id: `tracked-${wAttr(group[0], "id") ?? ours.length}`,
      prefix: without.slice(Math.max(0, prefix - 60), prefix),
      removed: without.slice(prefix, without.length - suffix),
      inserted: withUs.slice(prefix, withUs.length - suffix),
      suffix: without.slice(without.length - suffix, without.length - suffix + 60),
      pending: !touched,
    });
  }
  const log = await readDecisionLog(pkg);
  return { before, after, changes, theirAuthors: [...theirAuthors], comments, ours, log };
}

function isAncestor(a: Node, b: Node): boolean {
  for (let p = b.parentNode; p; p = p.parentNode) if (p === a) return true;
  return false;
}

