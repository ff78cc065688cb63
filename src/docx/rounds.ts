/**
 * Round two in a .docx: the other side's tracked changes and comments, read by author.
 *
 * Two views of the body are built: "before their changes" (their insertions out, their deletions
 * back, our own changes as we proposed them) and "after" (every change accepted). The engine's
 * compare judges the difference, so nested changes (their deletion inside our insertion, our
 * deletion inside their insertion), whole paragraphs deleted (paragraph marks) and moved text
 * (w:moveFrom / w:moveTo) are all handled by one rule: a run is visible when every change around
 * it says so. Reading is in `roundRead.ts` (our own changes in `roundOurs.ts`), the views in
 * `roundViews.ts`; here, the comparison, and the decision log rebuilt when our suggestions had to
 * be told by their wording (engine/compare/recognise.ts).
 */
import { compareVersions } from "../engine/compare";
import type { CompareOptions, OurChange, RoundReport } from "../engine/compare";
import { appendDecisions, type ParsedLog } from "../engine/compare/decisionLog";
import { PRODUCT_AUTHOR, isProductAuthor, loggedSuggestions, rebuildEntries, reviewerNames } from "../engine/compare/ours";
import type { AnalyzeOptions, Paragraph } from "../engine/types";
import { W, wAttr } from "./xml";
import { readDecisionLog, writeDecisionLog } from "./decisionLog";
import type { DocxPackage } from "./package";
import { oursBy, readRounds, type RoundsRead } from "./roundRead";
import { spanOfDifference } from "./roundOurs";
import { CHANGE, paragraphText, type ViewParagraph } from "./roundViews";

/** A view's paragraphs without their XML sources (what the engine compares). */
const plain = (list: ViewParagraph[]): Paragraph[] => list.map(({ sources: _s, ...p }) => p);

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

/**
 * Our suggestions: the tracked ones still in the document, and the logged ones Word no longer
 * shows (rejected or accepted). With `unconfirmed`, a tracked change under a person's name that
 * the log does not list is left for the engine to tell by its wording (per paragraph of the
 * "before" view); without, it is ours by name (the user's own last reviewed copy).
 */
function ourSuggestions(read: Pick<RoundsRead, "ours" | "log" | "oursWhere" | "before">, unconfirmed = false): OurChange[] {
  const logged = loggedSuggestions(read.log.decisions);
  const out: OurChange[] = [];
  const used = new Set<string>();
  const told = new Set<number>();
  for (const t of read.ours) {
    // one tracked change can carry several logged suggestions: findings of one clause share one edit
    // (the log records an edit as the finding proposed it, e.g. "purpose" replaced by "purpose other
    // than…"; the writer tracks only the words that change, so both are compared at their core)
    const matches = logged.filter((l) => !used.has(l.id) && (t.paragraphs ? l.id === t.id : sameCore(l, t)));
    const place = read.oursWhere.get(t);
    if (matches.length) {
      for (const match of matches) {
        used.add(match.id);
        out.push({ ...match, pending: t.pending });
      }
    } else if (!unconfirmed || !place || isProductAuthor(place.author)) out.push(t);
    else {
      for (const el of place.elements) {
        const i = read.before.findIndex((vp) => vp.sources.includes(el));
        if (i < 0 || told.has(i)) continue;
        told.add(i);
        const original = read.before[i].sources.map((src) => paragraphText(src, () => false).text).join("");
        out.push({ id: `tracked-p${i}`, prefix: "", removed: "", inserted: "", suffix: "", ...(t.pending !== undefined ? { pending: t.pending } : {}), unconfirmed: { paragraph: i, original, author: place.author } });
      }
    }
  }
  for (const l of logged) if (!used.has(l.id)) out.push(l);
  return out;
}

export interface TheirChangesOptions {
  /** Authors whose changes may be ours besides TermScore and whoever the decision log names (the user's reviewer name). */
  ours?: readonly string[];
  /** When a rebuilt decision log records our suggestions told by their wording (default: now). */
  date?: string;
  analyze?: AnalyzeOptions;
}

/** The whole round-two report of one .docx: their tracked changes judged, our suggestions' fate, the log. */
export async function theirChanges(pkg: DocxPackage, options: TheirChangesOptions = {}): Promise<{ report: RoundReport; read: RoundsRead; ours: string[] }> {
  const first = await readDecisionLog(pkg);
  // every name the log holds and the names given (the reviewer name the user writes under)
  const names = reviewerNames(first.decisions, options.ours);
  const isOurs = oursBy(names);
  const read = await readRounds(pkg, isOurs);
  const compareOptions: CompareOptions = {
    ...(options.analyze ? { analyze: options.analyze } : {}),
    comments: read.comments,
    authorOf: (a, b) => (a !== undefined ? theirChangeIn(read.after[a], isOurs) : undefined) ?? (b !== undefined ? theirChangeIn(read.before[b], isOurs) : undefined),
  };
  const given = ourSuggestions(read, true);
  const report = compareVersions(plain(read.before), plain(read.after), { ...compareOptions, ours: given });
  // changes under our name that were not ours: theirs, by that name
  const unconfirmedAt = new Map(given.filter((o) => o.unconfirmed).map((o) => [o.unconfirmed!.paragraph, o.unconfirmed!.author ?? ""]));
  for (const i of report.notOurs ?? []) if (unconfirmedAt.get(i)) read.theirAuthors.push(unconfirmedAt.get(i)!);
  read.theirAuthors = [...new Set(read.theirAuthors)];
  for (const c of report.changes) if (!c.author && c.beforeParagraph !== undefined && report.notOurs?.includes(c.beforeParagraph)) c.author = unconfirmedAt.get(c.beforeParagraph);
  await rebuildLog(pkg, read, report.recognised ?? [], given, options.date);
  return { report, read, ours: names };
}

/** Our suggestions told by their wording and missing from the log: written into the package's log, and said. */
async function rebuildLog(pkg: DocxPackage, read: RoundsRead, recognised: readonly OurChange[], given: readonly OurChange[], date?: string): Promise<void> {
  const by = (o: OurChange): string => {
    const key = o.paragraphs ? o.paragraphs[0] : `${o.prefix.slice(-20)}${o.inserted}${o.suffix.slice(0, 20)}`;
    return given.find((u) => u.unconfirmed && read.before[u.unconfirmed.paragraph]?.text.includes(key))?.unconfirmed?.author ?? PRODUCT_AUTHOR;
  };
  const { decisions, message } = rebuildEntries(recognised, read.log.decisions, by, date ?? new Date().toISOString(), read.log.problem);
  // a damaged log is written back whole (what could be read, and what was recognised) as its message says
  if (!decisions.length && !read.log.rebuild) return;
  const all = appendDecisions(read.log.decisions, decisions);
  const path = await writeDecisionLog(pkg, all);
  read.log = { decisions: all, rebuild: false, path, problem: [read.log.problem, message].filter(Boolean).join(" "), ...(message ? { recognised: message } : {}) };
}

/** Who made the first tracked change in a paragraph that is not ours (author, and date when it has one). */
function theirChangeIn(vp: ViewParagraph | undefined, isOurs: (author: string) => boolean): { author?: string; date?: string } | undefined {
  for (const s of vp?.sources ?? []) {
    const list = s.getElementsByTagNameNS(W, "*");
    for (let k = 0; k < list.length; k++) {
      const el = list[k];
      if (!CHANGE.has(el.localName ?? "")) continue;
      const author = wAttr(el, "author") ?? "";
      if (isOurs(author)) continue;
      const date = wAttr(el, "date");
      return { author, ...(date ? { date } : {}) };
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
  // the log's names and the names given, as theirChanges and Word's readRound take them
  const names = reviewerNames([...oldLog.decisions, ...newLog.decisions], options.ours);
  const isOurs = oursBy(names);
  const oldRead = await readRounds(oldPkg, isOurs);
  const newRead = await readRounds(newPkg, isOurs);
  const stillOpen = newRead.ours.filter((o) => o.pending);
  const ours = ourSuggestions({ ...oldRead, log: { ...oldLog, decisions: [...oldLog.decisions, ...newLog.decisions] } }).map((o) => ({
    ...o,
    pending: stillOpen.some((x) => sameCore(x, o)),
  }));
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
