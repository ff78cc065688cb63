/**
 * Locate: turn "paragraph, [start, end) of the scanned text" into Word ranges. Every search of a
 * batch is queued, then answered by one sync (the correlated-objects pattern).
 *
 * Two ways to reach the paragraphs:
 * - `walkParagraphs`: `getFirst()` / `getNext()` proxies, queued without reading the document,
 *   so reading and locating share one round trip (apply's first sync). Anchors are planned on
 *   the paragraph text the last read() saw and checked against the text loaded in that sync.
 * - the loaded `body.paragraphs` collection (1 sync more), used by select() and as a fallback.
 */
import type { ApplyItemResult, ApplyReason, ApplyRequest } from "../host/types";
import { SEARCH_OPTIONS, isSearchable, mapToRaw, planAnchors, trimParagraphMark, type Anchor } from "./anchors";
import { minimalEdit, type MinimalEdit } from "../engine/edit/minimalEdit";
import { planEdits, spanProblem } from "../engine/edit/plan";
import { messages } from "./messages";

/** Where a request stands; null while it is still in progress. */
export type Outcome = { status: ApplyItemResult["status"]; message?: string; reason?: ApplyReason } | null;

/** A checked request: what to locate. */
export interface Target {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  paragraphText: string;
}

/** Which range of a request a span is: the risky words, the words that change, or both at once. */
export type SpanRole = "full" | "edit" | "both";

export interface Span extends Target {
  role: SpanRole;
}

/** The ranges found for one request. */
export interface Found {
  full?: Word.Range;
  edit?: Word.Range;
}

/** Queued locate work for one span (before the sync that answers it). */
export interface PendingLocate {
  span: Span;
  paragraph: Word.Paragraph;
  /** The paragraph text the anchors were planned on (compared with Word's after the sync). */
  planned: string;
  reviewed: OfficeExtension.ClientResult<string>;
  searches: Array<{ anchor: Anchor; results: Word.RangeCollection }>;
  /** Set when no anchors could be planned (reported unless the paragraph turns out stale). */
  error?: string;
}

export const stale = (): Outcome => ({ status: "stale", message: messages.stale, reason: "stale" });

/**
 * Proxies for body paragraphs 0…last, queued without a sync (WordApi 1.3). If the document has
 * fewer paragraphs the sync fails with ItemNotFound and the caller falls back to loading them.
 */
export function walkParagraphs(body: Word.Body, last: number): Word.Paragraph[] {
  const out: Word.Paragraph[] = [];
  if (last < 0) return out;
  out.push(body.paragraphs.getFirst());
  for (let i = 1; i <= last; i++) out.push(out[i - 1].getNext());
  return out;
}

/**
 * Queue the reviewed text and anchor searches for each span; nothing is synced here.
 * `planOn` gives the paragraph text (as search() sees it) to plan the anchors on.
 */
export function queueLocate(
  paragraphAt: (index: number) => Word.Paragraph | undefined,
  planOn: (span: Span, paragraph: Word.Paragraph) => string,
  spans: Span[],
  outcome: Outcome[],
): PendingLocate[] {
  const pending: PendingLocate[] = [];
  const reviewedByParagraph = new Map<number, OfficeExtension.ClientResult<string>>();
  for (const span of spans) {
    const paragraph = paragraphAt(span.paragraph);
    if (!paragraph) {
      outcome[span.index] = stale();
      continue;
    }
    // Anchors are planned from the scanned (reviewed) text onto the text search() sees; the
    // reviewed text read in the same sync then confirms the paragraph is unchanged.
    const planned = planOn(span, paragraph);
    const mapped = mapToRaw(planned, span.paragraphText, span.start, span.end);
    const plan = "error" in mapped ? mapped : planAnchors(planned, mapped.start, mapped.start + (span.end - span.start));
    let reviewed = reviewedByParagraph.get(span.paragraph);
    if (!reviewed) {
      reviewed = paragraph.getReviewedText("Current");
      reviewedByParagraph.set(span.paragraph, reviewed);
    }
    const searches =
      "anchors" in plan
        ? plan.anchors.map((anchor) => {
            const found = paragraph.search(anchor.search, SEARCH_OPTIONS);
            found.load("items/text");
            return { anchor, results: found };
          })
        : [];
    pending.push({ span, paragraph, planned, reviewed, searches, error: "error" in plan ? plan.error : undefined });
  }
  return pending;
}

/**
 * After the sync: stale check against the reviewed text, then each anchor's exact occurrence.
 * With `checkPlanned`, spans whose paragraph text differs from the one planned on (but whose
 * reviewed text is as scanned) are returned in `replan` instead: locate them again on Word's text.
 */
export function resolveLocate(pending: PendingLocate[], outcome: Outcome[], checkPlanned: boolean): { found: Map<number, Found>; replan: Span[] } {
  const found = new Map<number, Found>();
  const replan: Span[] = [];
  for (const p of pending) {
    const i = p.span.index;
    if (outcome[i]) continue; // the request's other span already failed
    if (trimParagraphMark(p.reviewed.value) !== p.span.paragraphText) {
      outcome[i] = stale();
      continue;
    }
    if (checkPlanned && p.paragraph.text !== p.planned) {
      replan.push(p.span);
      continue;
    }
    if (p.error) {
      outcome[i] = { status: "failed", message: p.error, reason: "not-found" };
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
      outcome[i] = { status: "failed", message: messages.notFound, reason: "not-found" };
      continue;
    }
    const range = ranges.length === 1 ? ranges[0] : ranges[0].expandTo(ranges[1]);
    const entry = found.get(i) ?? {};
    if (p.span.role !== "edit") entry.full = range;
    if (p.span.role !== "full") entry.edit = range;
    found.set(i, entry);
  }
  for (const i of found.keys()) if (outcome[i]) found.delete(i);
  return { found, replan };
}

/**
 * Checks each request on its own (offsets inside the scanned text, never empty, `original` where
 * it says), then plans the batch with the engine's planner: an edit overlapping one earlier in the
 * list is not written (the caller's order is the priority: graver risk first), and the very same
 * edit asked for by several findings of one clause is written once (`shared`: index → the one
 * written). Targets come back in document order.
 */
export function validateRequests(requests: ApplyRequest[], outcome: Outcome[]): { targets: Target[]; shared: Array<{ index: number; same: number }> } {
  const spans = requests.map((r, index) => {
    if (outcome[index]) return null;
    const valid =
      typeof r.paragraphText === "string" && Number.isInteger(r.paragraph) && r.paragraph >= 0 &&
      spanProblem(r, r.paragraphText) === null &&
      typeof r.replacement === "string" && typeof r.comment === "string";
    if (!valid) outcome[index] = { status: "failed", message: messages.badRequest, reason: "bad-request" };
    return valid ? r : null;
  });
  const plan = planEdits(spans);
  const targets: Target[] = [];
  const shared: Array<{ index: number; same: number }> = [];
  plan.verdicts.forEach((v, index) => {
    const r = requests[index];
    if (v?.kind === "write") targets.push({ index, paragraph: r.paragraph, start: r.start, end: r.end, paragraphText: r.paragraphText });
    else if (v?.kind === "same") shared.push({ index, same: v.same });
    else if (v?.kind === "overlap") outcome[index] = { status: "failed", message: messages.overlap, reason: "overlap" };
  });
  targets.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { targets, shared };
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
function editSpan(t: Target, e: MinimalEdit): Target {
  const start = t.start + e.keepStart;
  const end = t.end - e.keepEnd;
  if (end > start) return { ...t, start, end };
  return e.keepStart > 0 ? { ...t, start: t.start, end: start } : { ...t, start: end, end: t.end };
}

/** The spans to locate for each target: the risky words, plus the words that change when they differ. */
export function spansFor(targets: Target[], edits: Map<number, MinimalEdit> | null): Span[] {
  const spans: Span[] = [];
  for (const t of targets) {
    const edit = edits ? editSpan(t, edits.get(t.index)!) : t;
    if (edit.start === t.start && edit.end === t.end) spans.push({ ...t, role: "both" });
    else spans.push({ ...t, role: "full" }, { ...edit, role: "edit" });
  }
  return spans;
}

/** One located request, ready to be written. */
export interface Plan {
  /** Index of the request. */
  index: number;
  /** Body paragraph index, and its proxy. */
  paragraphNo: number;
  paragraph: Word.Paragraph;
  /** The risky words, and the words that change (the same range when they coincide). */
  full: Word.Range;
  edit: Word.Range;
  /** Set while writing: the words Word inserted (null for a pure deletion or comment only). */
  inserted?: Word.Range | null;
  /** Set while writing: the whole changed span, where the comment goes. */
  anchor?: Word.Range;
  comment?: Word.Comment | null;
}
