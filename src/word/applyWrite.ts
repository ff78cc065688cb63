/**
 * Apply, sync 2: the write batch (Track All, every tracked edit, every comment, the user's mode
 * back, the ranges kept for review) and, when Word refuses it, the recovery that finds out what
 * Word kept and finishes what can be finished. Sync 1 (read and locate) is in apply.ts.
 */
import type { ApplyRequest } from "../host/types";
import { trimParagraphMark } from "./anchors";
import type { MinimalEdit } from "../engine/edit/minimalEdit";
import { spliceAll } from "../engine/edit/plan";
import { groupBy } from "../engine/common/groupBy";
import { queueCommentCheck, queueComments } from "./comments";
import type { WordSession } from "./context";
import type { Outcome, Plan } from "./locate";
import { messages, OFFICE_ERRORS } from "./messages";
import { errorMessage } from "../engine/common/errorMessage";
import { queueTracking, remember } from "./trackedChanges";
import { queueTrackAll, restoreTracking, type Mode } from "./tracking";

export interface WriteJob {
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
export async function write(job: WriteJob): Promise<void> {
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
    await recover(job, errorMessage(e, OFFICE_ERRORS));
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
  const byParagraph = groupBy(plans, (p) => p.paragraphNo);
  const reads = [...byParagraph.values()].map((list) => ({ list, text: list[0].paragraph.getReviewedText("Current"), comments: queueCommentCheck(list[0].paragraph) }));
  context.document.load("changeTrackingMode");
  try {
    await context.sync();
  } catch (e) {
    const why = errorMessage(e, OFFICE_ERRORS);
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
      commentReason = errorMessage(e, OFFICE_ERRORS);
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

/**
 * Queue the tracked edit on the located words; returns the inserted words (null for a pure
 * deletion, or for a request that changes nothing: only its comment is written, see writesNoChange).
 */
function writeEdit(range: Word.Range, e: MinimalEdit): Word.Range | null {
  if (!e.deleted && !e.inserted) return null;
  if (e.deleted && e.inserted) return range.insertText(e.inserted, "Replace");
  if (e.deleted) {
    range.delete();
    return null;
  }
  return range.insertText(e.inserted, e.keepStart > 0 ? "End" : "Start");
}
