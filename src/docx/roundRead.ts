/**
 * Round two, reading: the other side's tracked changes and comments by author, our own changes
 * as we proposed them, and the decision log, from one .docx.
 */
import type { Element } from "@xmldom/xmldom";
import type { OurChange, TheirComment } from "../engine/compare";
import type { ParsedLog } from "../engine/compare/decisionLog";
import { W, elementText, isW, wAttr } from "./xml";
import { readStyles } from "./styles";
import { loadPart } from "./package";
import type { DocxPackage } from "./package";
import { REL_COMMENTS, REL_STYLES, relatedPaths } from "./parts";
import { readDecisionLog } from "./decisionLog";
import { readOurChanges, type IsOurs, type OurChangePlace } from "./roundOurs";
import { CHANGE, enclosingChange, paragraphText, view, type ViewParagraph } from "./roundViews";

export { oursBy, type IsOurs } from "./roundOurs";

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
  /** Where each of `ours` is (its paragraph elements) and the name it is under. */
  oursWhere: Map<OurChange, OurChangePlace>;
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

  const { ours, where } = readOurChanges(doc, isOurs);
  const log = await readDecisionLog(pkg);
  return { before, after, changes, theirAuthors: [...theirAuthors], comments, ours, oursWhere: where, log };
}
