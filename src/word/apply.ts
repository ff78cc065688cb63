/**
 * Apply: write each suggestion as a tracked change with its comment, in 2 round trips whatever
 * the number of suggestions:
 * 1. read and locate: the user's Track Changes mode, each target paragraph's text and reviewed
 *    text, and the anchor searches (locate.ts), planned on the text the last read() saw;
 * 2. write: Track All, every tracked edit, every comment, the user's mode back (and, where
 *    WordApi 1.6 lets the pane review changes, the ranges kept for review.ts).
 * Comment only skips the mode. A paragraph whose text moved on since the scan, or a document
 * that is not as the scan saw it, costs 1–2 syncs more; an error costs at most 4 more (see
 * `recover` in applyWrite.ts). Requests are never split into several batches: round trips would grow with N.
 */
import type { ApplyItemResult, ApplyOptions, ApplyRequest, ApplyResult } from "../host/types";
import type { MinimalEdit } from "../engine/edit/minimalEdit";
import { write } from "./applyWrite";
import type { WordSession } from "./context";
import { editFor, queueLocate, resolveLocate, spansFor, validateRequests, walkParagraphs, type Outcome, type Plan, type Span, type Target } from "./locate";
import { messages, OFFICE_ERRORS } from "./messages";
import { errorMessage } from "../engine/common/errorMessage";
import type { Mode } from "./tracking";

export async function apply(session: WordSession, requests: ApplyRequest[], options: ApplyOptions = {}): Promise<ApplyResult> {
  const total = requests.length;
  if (total === 0) return { results: [] };
  const missing = session.cannotWrite();
  if (missing) return { results: requests.map((r) => ({ id: r.id, status: "failed", message: missing, reason: "not-written" })), error: missing };
  options.onProgress?.(0, total);
  const outcome: Outcome[] = requests.map(() => null);
  const commentOnly = Boolean(options.commentOnly);
  skipOtherParts(session, requests, outcome);
  const { targets, shared } = validateRequests(requests, outcome);
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
      const reason = errorMessage(e, OFFICE_ERRORS);
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
