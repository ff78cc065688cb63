/**
 * Judging what the other side changed between two versions of a contract: the versions are
 * aligned (align.ts), moved text found (moves.ts), each aligned pair judged (judgePair.ts), each
 * move judged (judgeMove.ts), our suggestions' fate added (suggestionChanges.ts). A change is
 * reported only when it deletes, weakens or moves a protection, removes part of the addendum, or
 * inserts a risk. Everything else they edited (fees, dates, notices) is counted, never listed.
 */
import { analyze } from "../analyze";
import type { Span } from "../text";
import type { AnalyzeOptions, Paragraph, Report } from "../types";
import { alignKey, alignParagraphs, type AlignedPair } from "./align";
import { suggestionFates } from "./fate";
import { judgeMove } from "./judgeMove";
import { judgePair, pairTexts, type MovedOut } from "./judgePair";
import { findMoves } from "./moves";
import { recogniseOurs } from "./recognise";
import { side } from "./side";
import { listSuggestionFates } from "./suggestionChanges";
import { THEIR_CHANGE_KINDS } from "./types";
import type { OurChange, RoundReport, TheirChange, TheirChangeKind, TheirComment } from "./types";
import { wordDiff } from "./wordDiff";

export { wordDiff };

export interface CompareOptions {
  /** Options for the engine on both versions (roles, playbook). */
  analyze?: AnalyzeOptions;
  /** Reports already computed for the two versions (saves two analyses). */
  beforeReport?: Report;
  afterReport?: Report;
  /** Our earlier suggestions, to tell their fate. */
  ours?: readonly OurChange[];
  /** Their comments, to show beside the change they sit on (paragraph = index in the new version). */
  comments?: readonly TheirComment[];
  /** Who made the changes (per new-version paragraph, from tracked changes), when known. */
  authorOf?: (afterParagraph: number | undefined, beforeParagraph: number | undefined) => { author?: string; date?: string } | undefined;
}

/** Compare two versions of a contract: the judged list of their changes and the fate of ours. */
export function compareVersions(given: Paragraph[], after: Paragraph[], options: CompareOptions = {}): RoundReport {
  // changes under our names that the log does not list: ours only when the engine would write them
  const known = recogniseOurs(given, options.ours ?? [], options.analyze);
  const before = known.before;
  const ours = known.ours;
  const A = side(before, (!known.notOurs.length && options.beforeReport) || analyze(before, options.analyze));
  const B = side(after, options.afterReport ?? analyze(after, options.analyze));
  const rows = alignParagraphs(
    before.map((p) => p.text),
    after.map((p) => p.text)
  );
  const changes: TheirChange[] = [];
  let otherEdits = 0;
  // moved text is judged as a move; the paragraphs it left and entered, for what else changed
  const moves = findMoves(rows, A.texts, B.texts);
  const cutBefore = new Map<number, Span[]>();
  const cutAfter = new Map<number, Span[]>();
  for (const m of moves) {
    if (m.whole) continue;
    cutBefore.set(m.fromBefore, [...(cutBefore.get(m.fromBefore) ?? []), m.fromSpan]);
    cutAfter.set(m.toAfter, [...(cutAfter.get(m.toAfter) ?? []), m.toSpan]);
  }
  // where a deleted paragraph stood: after the last paragraph of the new version that precedes it
  const place = (judged: TheirChange, row: AlignedPair | undefined): void => {
    let prev = -1;
    for (const r of rows) {
      if (r === row) break;
      if (r.after !== undefined) prev = r.after;
    }
    judged.insertAfter = prev;
    if (prev >= 0) judged.insertAfterText = after[prev].text;
  };
  const credit = (judged: TheirChange, afterParagraph: number | undefined, beforeParagraph: number | undefined): void => {
    const who = options.authorOf?.(afterParagraph, beforeParagraph);
    if (who?.author) judged.author = who.author;
    if (who?.date) judged.date = who.date;
  };
  for (const row of rows) {
    if (row.kind === "same" || row.kind === "moved") continue;
    const cut: MovedOut = { ...(row.before !== undefined && cutBefore.has(row.before) ? { before: cutBefore.get(row.before) } : {}), ...(row.after !== undefined && cutAfter.has(row.after) ? { after: cutAfter.get(row.after) } : {}) };
    if (cut.before || cut.after) {
      const rest = pairTexts(row, A, B, cut);
      if (alignKey(rest.before ?? "") === alignKey(rest.after ?? "")) continue;
    }
    const judged = judgePair(row, A, B, cut);
    if (!judged) {
      const t = row.before !== undefined ? before[row.before].text : after[row.after!].text;
      if (t.trim()) otherEdits++;
      continue;
    }
    if (judged.after === null) place(judged, row);
    credit(judged, row.after, row.before);
    changes.push(judged);
  }
  for (const m of moves) {
    const judged = judgeMove(m, A, B);
    if (!judged) {
      if (!m.whole) otherEdits++;
      continue;
    }
    // a paragraph that moved whole is restored where it stood, beside their moved copy
    if (judged.after === null || m.whole) place(judged, rows.find((r) => r.before === m.fromBefore));
    credit(judged, m.toAfter, m.fromBefore);
    changes.push(judged);
  }
  // their comments beside the change they sit on
  const loose: TheirComment[] = [];
  for (const c of options.comments ?? []) {
    const target = c.paragraph !== undefined ? (changes.find((ch) => ch.afterParagraph === c.paragraph) ?? changes.find((ch) => ch.moved?.to === c.paragraph)) : undefined;
    if (target) target.comments.push(c);
    else loose.push(c);
  }
  const suggestions = suggestionFates(ours, after.map((p) => p.text));
  // our suggestions they rejected or altered, beside the change that did it
  otherEdits = Math.max(0, otherEdits - listSuggestionFates(changes, suggestions, ours, rows, A, B));
  const rowOf = (c: TheirChange): number => rows.findIndex((r) => (c.afterParagraph !== undefined ? r.after === c.afterParagraph : r.before === c.beforeParagraph));
  changes.sort((a, b) => rowOf(a) - rowOf(b));
  const counts = Object.fromEntries(THEIR_CHANGE_KINDS.map((k) => [k, 0])) as Record<TheirChangeKind, number>;
  for (const c of changes) counts[c.kind]++;
  const tally = { total: suggestions.length, accepted: 0, rejected: 0, altered: 0, open: 0 };
  for (const s of suggestions) tally[s.fate]++;
  const told = (options.ours ?? []).some((o) => o.unconfirmed) ? { recognised: known.recognised, notOurs: known.notOurs } : {};
  return { version: 1, changes, suggestions, comments: loose, summary: { counts, otherEdits, suggestions: tally }, ...told };
}
