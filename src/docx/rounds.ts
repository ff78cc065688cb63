/**
 * Round two in a .docx: the other side's tracked changes and comments, read by author.
 *
 * Two views of the body are built: "before their changes" (their insertions out, their deletions
 * back, our own changes as we proposed them) and "after" (every change accepted). The engine's
 * compare judges the difference, so nested changes (their deletion inside our insertion, our
 * deletion inside their insertion), whole paragraphs deleted (paragraph marks) and moved text
 * (w:moveFrom / w:moveTo) are all handled by one rule: a run is visible when every change around
 * it says so.
 */
import type { Document, Element, Node } from "@xmldom/xmldom";
import { compareVersions } from "../engine/compare";
import type { CompareOptions, OurChange, RoundReport, TheirComment } from "../engine/compare";
import type { Decision, ParsedLog } from "../engine/compare/decisionLog";
import type { AnalyzeOptions, Paragraph } from "../engine/types";
import { isAddendumTitle } from "../engine/read/sections";
import { W, bodyParagraphs, elementText, firstW, isW, paragraphStyle, readStyles, wAttr } from "./model";
import { loadPart, relsPathOf, resolveTarget } from "./package";
import type { DocxPackage } from "./package";
import { readDecisionLog } from "./decisionLog";

const REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

/** The authors whose changes are ours (TermScore, the user); everyone else is the other side. */
export type IsOurs = (author: string) => boolean;

export function oursBy(names: readonly string[]): IsOurs {
  const set = new Set(names.map((n) => n.trim().toLowerCase()).filter(Boolean));
  return (author) => set.has(author.trim().toLowerCase());
}

const CHANGE = new Set(["ins", "del", "moveFrom", "moveTo"]);
const isInsertion = (el: Element): boolean => el.localName === "ins" || el.localName === "moveTo";

/** Decides, for one tracked change element, whether it is accepted in a view. */
type Accepts = (change: Element) => boolean;

const CHAR_OF: Record<string, string> = { tab: "\t", ptab: "\t", br: "\n", cr: "\n", noBreakHyphen: "\u2011" };

/** A paragraph's text in a view (fields' instructions left out), and whether its mark is removed. */
function paragraphText(p: Element, accepts: Accepts): { text: string; markRemoved: boolean } {
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
function view(doc: Document, accepts: Accepts, styles: ReturnType<typeof readStyles>): ViewParagraph[] {
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

async function relatedPath(pkg: DocxPackage, type: string): Promise<string | undefined> {
  const rels = await loadPart(pkg, relsPathOf(pkg.documentPath));
  const list = rels ? rels.getElementsByTagName("Relationship") : null;
  for (let i = 0; list && i < list.length; i++) if (list[i].getAttribute("Type") === type && list[i].getAttribute("TargetMode") !== "External") return resolveTarget(pkg.documentPath, list[i].getAttribute("Target") ?? "");
  return undefined;
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
function spanOfDifference(a: string, b: string): { prefix: number; suffix: number } {
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
  const stylesPath = await relatedPath(pkg, REL_STYLES);
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
  const commentsPath = await relatedPath(pkg, REL_COMMENTS);
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

/** Our suggestions as the decision log recorded them (the applied ones), for their fate. */
function loggedSuggestions(log: readonly Decision[]): OurChange[] {
  const out = new Map<string, OurChange>();
  for (const d of log) {
    if (d.subject !== "suggestion" || d.action !== "applied" || !d.edit) continue;
    const paragraphs = d.target === "addendum" ? { paragraphs: d.edit.inserted.split("\n") } : {};
    out.set(d.target, { id: d.target, ...(d.label ? { label: d.label } : {}), ...(d.ruleId ? { ruleId: d.ruleId } : {}), ...d.edit, ...paragraphs });
  }
  return [...out.values()];
}

/** An edit reduced to the words that change (what a tracked change holds). */
function coreOf(e: Pick<OurChange, "removed" | "inserted">): { removed: string; inserted: string } {
  const { prefix, suffix } = spanOfDifference(e.removed, e.inserted);
  return { removed: e.removed.slice(prefix, e.removed.length - suffix), inserted: e.inserted.slice(prefix, e.inserted.length - suffix) };
}

const sameCore = (a: Pick<OurChange, "removed" | "inserted">, b: Pick<OurChange, "removed" | "inserted">): boolean => {
  const x = coreOf(a);
  const y = coreOf(b);
  return x.removed === y.removed && x.inserted === y.inserted;
};

/** Our suggestions: the tracked ones still in the document, and the logged ones Word no longer shows (rejected or accepted). */
function ourSuggestions(read: Pick<RoundsRead, "ours" | "log">): OurChange[] {
  const logged = loggedSuggestions(read.log.decisions);
  const out: OurChange[] = [];
  const used = new Set<string>();
  for (const t of read.ours) {
    // one tracked change can carry several logged suggestions: findings of one clause share one edit
    // (the log records an edit as the finding proposed it, e.g. "purpose" replaced by "purpose other
    // than…"; the writer tracks only the words that change, so both are compared at their core)
    const matches = logged.filter((l) => !used.has(l.id) && (t.paragraphs ? l.id === t.id : sameCore(l, t)));
    if (matches.length) {
      for (const match of matches) {
        used.add(match.id);
        out.push({ ...match, pending: t.pending });
      }
    } else out.push(t);
  }
  for (const l of logged) if (!used.has(l.id)) out.push(l);
  return out;
}

export interface TheirChangesOptions {
  /** Authors whose changes are ours; default TermScore and whoever the decision log names. */
  ours?: readonly string[];
  analyze?: AnalyzeOptions;
}

/** The whole round-two report of one .docx: their tracked changes judged, our suggestions' fate, the log. */
export async function theirChanges(pkg: DocxPackage, options: TheirChangesOptions = {}): Promise<{ report: RoundReport; read: RoundsRead; ours: string[] }> {
  const first = await readDecisionLog(pkg);
  const names = options.ours?.length ? [...options.ours] : ["TermScore", ...new Set(first.decisions.filter((d) => d.subject === "suggestion" && d.action === "applied").map((d) => d.by))];
  const read = await readRounds(pkg, oursBy(names));
  const byParagraph = (i: number | undefined): { author?: string; date?: string } | undefined => {
    if (i === undefined) return undefined;
    for (const s of read.after[i]?.sources ?? []) {
      const list = s.getElementsByTagNameNS(W, "*");
      for (let k = 0; k < list.length; k++) {
        const el = list[k];
        if (!CHANGE.has(el.localName ?? "")) continue;
        const a = wAttr(el, "author") ?? "";
        if (!oursBy(names)(a)) return { author: a, ...(wAttr(el, "date") ? { date: wAttr(el, "date")! } : {}) };
      }
    }
    return undefined;
  };
  const compareOptions: CompareOptions = {
    ...(options.analyze ? { analyze: options.analyze } : {}),
    ours: ourSuggestions(read),
    comments: read.comments,
    authorOf: (a, b) => byParagraph(a) ?? (b !== undefined ? beforeAuthor(read.before[b], names) : undefined),
  };
  const plain = (list: ViewParagraph[]): Paragraph[] => list.map(({ sources: _s, ...p }) => p);
  const report = compareVersions(plain(read.before), plain(read.after), compareOptions);
  return { report, read, ours: names };
}

function beforeAuthor(vp: ViewParagraph | undefined, names: readonly string[]): { author?: string; date?: string } | undefined {
  const isOurs = oursBy(names);
  for (const s of vp?.sources ?? []) {
    const list = s.getElementsByTagNameNS(W, "*");
    for (let k = 0; k < list.length; k++) {
      const el = list[k];
      if (CHANGE.has(el.localName ?? "") && !isOurs(wAttr(el, "author") ?? "")) return { author: wAttr(el, "author") ?? "", ...(wAttr(el, "date") ? { date: wAttr(el, "date")! } : {}) };
    }
  }
  return undefined;
}

/**
 * A clean copy (or any returned version) against the user's last reviewed version: OLD as we sent
 * it (every change in it accepted: what we proposed), NEW as they returned it (every change accepted).
 */
export async function compareDocx(oldPkg: DocxPackage, newPkg: DocxPackage, options: TheirChangesOptions = {}): Promise<{ report: RoundReport; log: ParsedLog & { path?: string }; ours: string[]; theirAuthors: string[] }> {
  const oldLog = await readDecisionLog(oldPkg);
  const newLog = await readDecisionLog(newPkg);
  const names = options.ours?.length
    ? [...options.ours]
    : ["TermScore", ...new Set([...oldLog.decisions, ...newLog.decisions].filter((d) => d.subject === "suggestion" && d.action === "applied").map((d) => d.by))];
  const isOurs = oursBy(names);
  const oldRead = await readRounds(oldPkg, isOurs);
  const newRead = await readRounds(newPkg, isOurs);
  const stillOpen = newRead.ours.filter((o) => o.pending);
  const ours = ourSuggestions({ ours: oldRead.ours, log: { ...oldLog, decisions: [...oldLog.decisions, ...newLog.decisions] } }).map((o) => ({
    ...o,
    pending: stillOpen.some((x) => sameCore(x, o)),
  }));
  const plain = (list: ViewParagraph[]): Paragraph[] => list.map(({ sources: _s, ...p }) => p);
  const report = compareVersions(plain(oldRead.after), plain(newRead.after), {
    ...(options.analyze ? { analyze: options.analyze } : {}),
    ours,
    comments: newRead.comments,
  });
  // the log: the returned copy's own log when it kept one, else ours (a clean copy often drops it)
  const merged = newLog.path ? newLog.decisions : [];
  for (const d of oldLog.decisions) if (!merged.some((x) => x.target === d.target && x.action === d.action && x.at === d.at && x.by === d.by)) merged.push(d);
  merged.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const problem = [oldLog.problem, newLog.problem].filter(Boolean).join(" ");
  return { report, log: { decisions: merged, rebuild: oldLog.rebuild || newLog.rebuild, ...(problem ? { problem } : {}) }, ours: names, theirAuthors: newRead.theirAuthors };
}

/** True when the document holds tracked changes (anyone's) or comments: round two has something to read. */
export function hasTrackedChanges(pkg: DocxPackage): boolean {
  for (const name of ["ins", "del", "moveFrom", "moveTo"]) if (pkg.document.getElementsByTagNameNS(W, name).length) return true;
  return false;
}
