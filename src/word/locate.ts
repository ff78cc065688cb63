/**
 * Locate: turn "paragraph, [start, end) of the scanned text" into a Word range. All searches of a
 * batch are queued, then answered by one sync (the correlated-objects pattern).
 */
import type { ApplyItemResult, ApplyRequest } from "../host/types";
import { SEARCH_OPTIONS, isSearchable, mapToRaw, minimalEdit, planAnchors, trimParagraphMark, type Anchor, type MinimalEdit } from "./anchors";
import { messages } from "./messages";

/** Why a request ended as it did, for the code (messages are for people, never parsed). */
export type OutcomeReason = "stale" | "bad-request" | "overlap" | "not-found" | "not-written" | "unknown-state" | "comment-missing";

/** Where a request stands; null while it is still in progress. */
export type Outcome = { status: ApplyItemResult["status"]; message?: string; reason?: OutcomeReason } | null;

/** A checked request: what to locate. */
export interface Target {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  paragraphText: string;
}

/** A located range for one request, after the locate phase. */
export interface Located {
  index: number;
  range: Word.Range;
}

/** Queued locate work for one request (before the sync that answers it). */
export interface PendingLocate {
  index: number;
  paragraph: Word.Paragraph;
  reviewed: OfficeExtension.ClientResult<string>;
  searches: Array<{ anchor: Anchor; results: Word.RangeCollection }>;
  /** Set when no anchors could be planned (reported unless the paragraph turns out stale). */
  error?: string;
}

export const stale = (): Outcome => ({ status: "stale", message: messages.stale, reason: "stale" });

/** Queue the reviewed text and anchor searches for each target; nothing is synced here. */
export function queueLocate(items: Word.Paragraph[], targets: Target[], outcome: Outcome[]): PendingLocate[] {
  const pending: PendingLocate[] = [];
  const reviewedByParagraph = new Map<number, OfficeExtension.ClientResult<string>>();
  for (const t of targets) {
    const paragraph = items[t.paragraph];
    if (!paragraph) {
      outcome[t.index] = stale();
      continue;
    }
    // Anchors are planned on the text Word has now, from the scanned (reviewed) text; the
    // reviewed text read in the same sync then confirms the paragraph is unchanged.
    const mapped = mapToRaw(paragraph.text, t.paragraphText, t.start, t.end);
    const plan = "error" in mapped ? mapped : planAnchors(paragraph.text, mapped.start, mapped.start + (t.end - t.start));
    let reviewed = reviewedByParagraph.get(t.paragraph);
    if (!reviewed) {
      reviewed = paragraph.getReviewedText("Current");
      reviewedByParagraph.set(t.paragraph, reviewed);
    }
    const searches =
      "anchors" in plan
        ? plan.anchors.map((anchor) => {
            const found = paragraph.search(anchor.search, SEARCH_OPTIONS);
            found.load("items/text");
            return { anchor, results: found };
          })
        : [];
    pending.push({ index: t.index, paragraph, reviewed, searches, error: "error" in plan ? plan.error : undefined });
  }
  return pending;
}

/** After the sync: stale check against the reviewed text, pick each anchor's exact occurrence. */
export function resolveLocate(pending: PendingLocate[], expected: (index: number) => string, outcome: Outcome[]): Located[] {
  const located: Located[] = [];
  for (const p of pending) {
    if (trimParagraphMark(p.reviewed.value) !== expected(p.index)) {
      outcome[p.index] = stale();
      continue;
    }
    if (p.error) {
      outcome[p.index] = { status: "failed", message: p.error, reason: "not-found" };
      continue;
    }
    const ranges: Word.Range[] = [];
    for (const s of p.searches) {
      // Word may match curly and straight quotes alike: keep only results with the exact text.
      const exact = s.results.items.filter((r) => r.text === s.anchor.text);
      if (exact.length !== s.anchor.expected) break;
      ranges.push(exact[s.anchor.occurrence]);
    }
    if (ranges.length !== p.searches.length || ranges.length === 0) {
      outcome[p.index] = { status: "failed", message: messages.notFound, reason: "not-found" };
      continue;
    }
    const range = ranges.length === 1 ? ranges[0] : ranges[0].expandTo(ranges[1]);
    located.push({ index: p.index, range });
  }
  return located;
}

/** Checks each request on its own: offsets inside the scanned text, `original` where it says, no overlaps. */
export function validateRequests(requests: ApplyRequest[], outcome: Outcome[], commentOnly: boolean): Target[] {
  const ok: Target[] = [];
  requests.forEach((r, index) => {
    const valid =
      typeof r.paragraphText === "string" && Number.isInteger(r.paragraph) && r.paragraph >= 0 &&
      Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end > r.start && r.end <= r.paragraphText.length &&
      r.paragraphText.slice(r.start, r.end) === r.original &&
      typeof r.replacement === "string" && (commentOnly || r.replacement !== r.original) && typeof r.comment === "string";
    if (!valid) outcome[index] = { status: "failed", message: messages.badRequest, reason: "bad-request" };
    else ok.push({ index, paragraph: r.paragraph, start: r.start, end: r.end, paragraphText: r.paragraphText });
  });
  // Two edits of the same words cannot both be written: keep the first, report the others.
  ok.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.index - b.index);
  const kept: Target[] = [];
  for (const t of ok) {
    const last = kept[kept.length - 1];
    if (last && last.paragraph === t.paragraph && t.start < last.end) outcome[t.index] = { status: "failed", message: messages.overlap, reason: "overlap" };
    else kept.push(t);
  }
  return kept;
}

/** The minimal edit, unless its span would start or end on a character search cannot find. */
export function editFor(t: Target, r: ApplyRequest): MinimalEdit {
  const e = minimalEdit(r.original, r.replacement);
  const span = editSpan(t, e);
  const text = t.paragraphText;
  if (isSearchable(text[span.start]) && isSearchable(text[span.end - 1])) return e;
  return { keepStart: 0, keepEnd: 0, deleted: r.original, inserted: r.replacement };
}

/** Where the words that change sit: the deleted words, or the kept words next to a pure insertion. */
export function editSpan(t: Target, e: MinimalEdit): Target {
  const start = t.start + e.keepStart;
  const end = t.end - e.keepEnd;
  if (end > start) return { ...t, start, end };
  return e.keepStart > 0 ? { ...t, start: t.start, end: start } : { ...t, start: end, end: t.end };
}
