/**
 * Apply: write each suggestion as a tracked change with its comment, in 2 round trips whatever
 * the number of suggestions:
 * 1. read and locate: the user's Track Changes mode, each target paragraph's text and reviewed
 *    text, and the anchor searches (locate.ts), planned on the text the last read() saw;
 * 2. write: Track All, every tracked edit, every comment, the user's mode back (and, where
 *    WordApi 1.6 lets the pane review changes, the ranges kept for review.ts).
 * Comment only skips the mode. A paragraph whose text moved on since the scan, or a document
 * that is not as the scan saw it, costs 1–2 syncs more; an error costs at most 4 more (see
 * `recover`). Requests are never split into several batches: round trips would grow with N.
 */
import type { ApplyItemResult, ApplyOptions, ApplyRequest, ApplyResult } from "../host/types";
import { trimParagraphMark } from "./anchors";
import type { MinimalEdit } from "../engine/edit/minimalEdit";
import { spliceAll } from "../engine/edit/plan";
import { queueCommentCheck, queueComments } from "./comments";
import type { WordSession } from "./context";
import { editFor, queueLocate, resolveLocate, spansFor, validateRequests, walkParagraphs, type Outcome, type Plan, type Span, type Target } from "./locate";
import { messages, plainError } from "./messages";
import { queueTracking, remember } from "./review";
import { queueTrackAll, restoreTracking, type Mode } from "./tracking";

export async function apply(session: WordSession, requests: ApplyRequest[], options: ApplyOptions = {}): Promise<ApplyResult> {
  const total = requests.length;
  if (total === 0) return { results: [] };
  const missing = session.cannotWrite();
  if (missing) return { results: requests.map((r) => ({ id: r.id, status: "failed", message: missing, reason: "not-written" })), error: missing };
  options.onProgress?.(0, total);
  const outcome: Outcome[] = requests.map(() => null);
  const commentOnly = Boolean(options.commentOnly);
  skipOtherParts(session, requests, outcome);
  const { targets, shared } = validateRequests(requests, outcome, commentOnly);
  const edits = commentOnly ? null : new Map(targets.map((t) => [t.index, editFor(t, requests[t.index])]));
  const warnings: string[] = [];
  if (targets.length > 0) {
    try {
      await session.run(async (context) => {
        const { userMode, plans } = await locateAll(session, context, targets, edits, outcome);
        options.onProgress?.(total - plans.length, total);
        if (plans.length > 0) await write({ session, context, userMode, plans, requests, edits, outcome, warnings });
      });
    } catch (e) {
      const reason = plainError(e);
      for (let i = 0; i < outcome.length; i++) if (!outcome[i]) outcome[i] = { status: "failed", message: messages.notWritten(reason), reason: "not-written" };
    }
  }
  // The same edit for several findings of one clause: written once, applied (and reviewed) for each.
  for (const { index, same } of shared) {
    outcome[index] = outcome[same];
    const written = session.written.get(requests[same].id);
    if (written) session.written.set(requests[index].id, written);
  }
  const results: ApplyItemResult[] = requests.map((r, i) => {
    const o = outcome[i] ?? { status: "failed", message: messages.notFound, reason: "not-found" };
    return { id: r.id, status: o.status, ...(o.message ? { message: o.message } : {}), ...(o.reason ? { reason: o.reason } : {}) };
  });
  options.onProgress?.(total, total);
  // The contract (src/host/types.ts): `error` only when nothing was written because Word refused the batch.
  let error: string | undefined;
  if (!outcome.some((o) => o?.status === "applied" || o?.status === "stale")) {
    const refused = outcome.find((o) => o?.reason === "not-written");
    if (refused?.message) error = messages.nothingWritten(refused.message);
  }
  return { results, ...(error ? { error } : {}), ...(warnings.length ? { warnings } : {}) };
}

/** Requests in footnotes, headers and the like (paragraphs after the body in the last read): not written. */
function skipOtherParts(session: WordSession, requests: ApplyRequest[], outcome: Outcome[]): void {
  const scan = session.scan;
  if (!scan) return;
  requests.forEach((r, i) => {
    const part = Number.isInteger(r.paragraph) && r.paragraph >= scan.bodyCount ? scan.parts[r.paragraph - scan.bodyCount] : undefined;
    if (part) outcome[i] = { status: "failed", message: messages.partNotEditable(part), reason: "part-not-editable" };
  });
}

/** Sync 1: mode, texts and searches for every target (plus 1–2 only when the document is not as scanned). */
async function locateAll(
  session: WordSession,
  context: Word.RequestContext,
  targets: Target[],
  edits: Map<number, MinimalEdit> | null,
  outcome: Outcome[],
): Promise<{ userMode: Mode; plans: Plan[] }> {
  const document = context.document;
  const spans = spansFor(targets, edits);
  const scan = session.scan;
  // search() sees Paragraph.text: plan on the one the last read() saw for this paragraph.
  const guess = (span: Span) => (scan && scan.reviewed[span.paragraph] === span.paragraphText ? scan.raw[span.paragraph] : span.paragraphText);

  document.load("changeTrackingMode");
  const walk = walkParagraphs(document.body, targets.reduce((last, t) => Math.max(last, t.paragraph), -1));
  for (const i of new Set(targets.map((t) => t.paragraph))) walk[i].load("text");
  let paragraphAt = (i: number): Word.Paragraph | undefined => walk[i];
  let pending = queueLocate(paragraphAt, guess, spans, outcome);
  let checkPlanned = true;
  try {
    await context.sync(); // 1
  } catch {
    // Fewer paragraphs than scanned, or Word refused the walk: load the paragraphs (2 syncs).
    document.load("changeTrackingMode");
    const paragraphs = document.body.paragraphs;
    paragraphs.load("items/text");
    await context.sync();
    const items = paragraphs.items;
    paragraphAt = (i) => items[i];
    pending = queueLocate(paragraphAt, (_span, p) => p.text, spans, outcome);
    await context.sync();
    checkPlanned = false;
  }
  const userMode = document.changeTrackingMode;
  const { found, replan } = resolveLocate(pending, outcome, checkPlanned);
  if (replan.length > 0) {
    // Word's text differs from the scan's (e.g. tracked changes reviewed since) though the reviewed text does not: plan again (1 sync).
    const again = queueLocate(paragraphAt, (_span, p) => p.text, replan, outcome);
    await context.sync();
    for (const [i, f] of resolveLocate(again, outcome, false).found) found.set(i, { ...found.get(i), ...f });
  }
  const plans: Plan[] = [];
  for (const t of targets) {
    const f = found.get(t.index);
    if (outcome[t.index] || !f?.full || !f.edit) continue;
    plans.push({ index: t.index, paragraphNo: t.paragraph, paragraph: paragraphAt(t.paragraph)!, full: f.full, edit: f.edit });
  }
  return { userMode, plans };
}

interface WriteJob {
  session: WordSession;
  context: Word.RequestContext;
  userMode: Mode;
  plans: Plan[];
  requests: ApplyRequest[];
  /** null: comment only. */
  edits: Map<number, MinimalEdit> | null;
  outcome: Outcome[];
  warnings: string[];
}

/** Sync 2: Track All, the edits, the comments, the user's mode back — one batch. */
async function write(job: WriteJob): Promise<void> {
  const { session, context, userMode, plans, requests, edits } = job;
  const restoreMode = edits ? queueTrackAll(session, context.document, userMode) : null;
  for (const p of plans) {
    p.inserted = edits ? writeEdit(p.edit, edits.get(p.index)!) : null;
    p.anchor = p.inserted ? p.full.expandTo(p.inserted) : p.full;
  }
  queueComments(plans, requests);
  if (restoreMode !== null) context.document.changeTrackingMode = restoreMode;
  const track = edits !== null && session.supports("1.6");
  if (track) queueTracking(context, plans);
  try {
    await context.sync(); // 2
  } catch (e) {
    await recover(job, plainError(e));
    return;
  }
  for (const p of plans) job.outcome[p.index] = { status: "applied" };
  if (track) remember(session, plans, requests, edits!);
}

/**
 * After a failed write sync (the operations before the failing one are kept, the rest dropped):
 * 1 sync to see what Word kept (each touched paragraph's reviewed text and comments, the mode);
 * 1 sync to finish what can be finished (comments that were never tried, the user's mode, the
 * ranges for review); if that fails too, 1 sync to check it and 1 to set the mode again.
 */
async function recover(job: WriteJob, reason: string): Promise<void> {
  const { session, context, userMode, plans, requests, edits, outcome, warnings } = job;
  const byParagraph = new Map<number, Plan[]>();
  for (const p of plans) byParagraph.set(p.paragraphNo, [...(byParagraph.get(p.paragraphNo) ?? []), p]);
  const reads = [...byParagraph.values()].map((list) => ({ list, text: list[0].paragraph.getReviewedText("Current"), comments: queueCommentCheck(list[0].paragraph) }));
  context.document.load("changeTrackingMode");
  try {
    await context.sync();
  } catch (e) {
    const why = plainError(e);
    for (const p of plans) {
      outcome[p.index] = edits
        ? { status: "failed", message: messages.unknownState(why), reason: "unknown-state" }
        : { status: "failed", message: messages.commentUnknown(why), reason: "comment-missing" };
    }
    if (edits) {
      const note = await restoreTracking(context, userMode);
      if (note) warnings.push(note);
    }
    return;
  }
  // Which edits held: per paragraph, the first m of its edits (a failing sync keeps a prefix).
  const held: Plan[] = [];
  let cut = false;
  const hasComment = new Map<Plan, boolean>();
  for (const { list, text, comments } of reads) {
    const now = trimParagraphMark(text.value);
    let m = list.length;
    if (edits) {
      m = -1;
      const scanned = requests[list[0].index].paragraphText;
      for (let k = 0; k <= list.length; k++) if (spliceAll(scanned, list.slice(0, k).map((p) => requests[p.index])) === now) m = k;
    }
    const has = comments();
    list.forEach((p, k) => {
      if (m >= 0 && k < m) {
        held.push(p);
        hasComment.set(p, has(requests[p.index].comment));
      } else outcome[p.index] = m < 0 ? { status: "failed", message: messages.unknownState(reason), reason: "unknown-state" } : { status: "failed", message: messages.notWritten(reason), reason: "not-written" };
    });
    if (m < list.length) cut = true;
  }
  // Edits cut short: their comments were never tried, so try them now. Comments refused: not again.
  const retry = cut ? held.filter((p) => !hasComment.get(p)) : [];
  queueComments(retry, requests);
  const modeWrong = edits !== null && context.document.changeTrackingMode !== userMode;
  if (modeWrong) context.document.changeTrackingMode = userMode;
  const track = edits !== null && session.supports("1.6") && held.length > 0;
  if (track) queueTracking(context, held, (p) => hasComment.get(p) === true || retry.includes(p));
  let commentReason = reason;
  let commentsKnown = true;
  if (retry.length > 0 || modeWrong || track) {
    try {
      await context.sync();
      for (const p of retry) hasComment.set(p, true);
      if (track) remember(session, held, requests, edits!, (p) => hasComment.get(p) === true);
    } catch (e) {
      commentReason = plainError(e);
      const checks = [...new Set(retry.map((p) => p.paragraph))].map((paragraph) => ({ paragraph, has: queueCommentCheck(paragraph) }));
      try {
        if (checks.length > 0) await context.sync();
        for (const { paragraph, has } of checks) {
          const check = has();
          for (const p of retry) if (p.paragraph === paragraph) hasComment.set(p, check(requests[p.index].comment));
        }
      } catch {
        commentsKnown = false;
      }
      if (edits) {
        const note = await restoreTracking(context, userMode);
        if (note) warnings.push(note);
      }
    }
  }
  for (const p of held) {
    const i = p.index;
    if (hasComment.get(p)) outcome[i] = { status: "applied" };
    else if (!commentsKnown && retry.includes(p)) outcome[i] = { status: "applied", message: messages.commentUnknown(commentReason), reason: "comment-missing" };
    else if (!edits) outcome[i] = { status: "failed", message: messages.commentRefused(commentReason), reason: "comment-missing" };
    else outcome[i] = { status: "applied", message: messages.appliedWithoutComment(commentReason), reason: "comment-missing" };
  }
}

/** Queue the tracked edit on the located words; returns the inserted words (null for a pure deletion). */
function writeEdit(range: Word.Range, e: MinimalEdit): Word.Range | null {
  if (e.deleted && e.inserted) return range.insertText(e.inserted, "Replace");
  if (e.deleted) {
    range.delete();
    return null;
  }
  return range.insertText(e.inserted, e.keepStart > 0 ? "End" : "Start");
}
