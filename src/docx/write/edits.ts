/**
 * A batch of edits: each checked against the text as it is now (stale, in another part, inside a
 * field), planned with the engine's planner (overlaps dropped, the same edit written once), then
 * written right to left so earlier offsets stay valid. Nothing is half-applied, except when the
 * `signal` aborts: then it stops between two edits and throws a CancelledError, and the caller
 * owns the half-written copy (the browser host rebuilds it as it was).
 */
import type { DocumentPart } from "../../engine/types";
import { planEdits, spanProblem } from "../../engine/edit/plan";
import type { ApplyItemResult } from "../../host/types";
import type { WriteContext } from "./context";
import type { CommentsPart } from "./comments";
import { writeTrackedEdit, type TrackedEdit } from "./trackedEdit";
import { CancelledError } from "../../engine/common/cancelled";

/** With a signal, the writing pauses (a macrotask) after this much work, so a Cancel can arrive. */
const SLICE_MS = 20;

/** One edit to write, where the id and the scanned paragraph text are optional. */
export interface EditRequest extends TrackedEdit {
  id?: string;
  comment: string;
  paragraphText?: string;
}

const PART_NAME: Record<DocumentPart, string> = { body: "body paragraph", footnote: "footnote", endnote: "endnote", header: "header", footer: "footer", textbox: "text box" };

export async function writeEdits(
  ctx: WriteContext,
  comments: CommentsPart,
  requests: readonly EditRequest[],
  options: { commentOnly?: boolean; onProgress?: (done: number, total: number) => void; signal?: AbortSignal }
): Promise<ApplyItemResult[]> {
  const results: ApplyItemResult[] = new Array(requests.length);
  const spans = requests.map((r, i): EditRequest | null => {
    const problem = check(ctx, r);
    if (!problem) return r;
    results[i] = { id: r.id ?? String(i), ...problem };
    return null;
  });
  // Overlapping requests: the earlier one in the list wins (the caller's priority, graver risk
  // first). One edit shared by several findings of a clause (the engine states a restriction once
  // per clause) is written once, with one comment; every finding that shares it is applied.
  const plan = planEdits(spans);
  plan.verdicts.forEach((v, i) => {
    const id = requests[i].id ?? String(i);
    if (v?.kind === "same") results[i] = { id, status: "applied" };
    else if (v?.kind === "overlap") results[i] = { id, status: "failed", message: "It overlaps another change in the same words.", reason: "overlap" };
  });
  let done = 0;
  const signal = options.signal;
  // the first edit waits for one pause too, so a Cancel sent right after the request is seen
  let sliceStart = -Infinity;
  for (const i of plan.order) {
    if (signal) {
      // Stopped here, the copy is half written: the caller (the browser host) puts it back.
      if (Date.now() - sliceStart >= SLICE_MS) {
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
        sliceStart = Date.now();
      }
      if (signal.aborted) throw new CancelledError();
    }
    const r = requests[i];
    await writeTrackedEdit(ctx, comments, r, !!options.commentOnly);
    results[i] = { id: r.id ?? String(i), status: "applied" };
    options.onProgress?.(++done, plan.order.length);
  }
  return results;
}

/** What stops a request against the text as it is now, or null. */
function check(ctx: WriteContext, r: EditRequest): Omit<ApplyItemResult, "id"> | null {
  const m = ctx.model[r.paragraph];
  if (Number.isInteger(r.start) && r.start === r.end) return { status: "failed", message: "The request names no words to change.", reason: "bad-request" };
  // The request against the paragraph text it was made for, as Word checks it: a range or words
  // that do not fit it are a bad request, whatever the document now says (not "stale").
  if (r.paragraphText !== undefined && spanProblem(r, r.paragraphText) !== null) {
    return { status: "failed", message: "The request does not fit the paragraph it was made for; scan again.", reason: "bad-request" };
  }
  const problem = m ? spanProblem(r, m.text) : "range";
  if (problem === "range") return { status: "stale", message: "The paragraph is no longer where the scan found it.", reason: "stale" };
  if ((r.paragraphText !== undefined && r.paragraphText !== m.text) || problem === "original") {
    return { status: "stale", message: "The words changed since the scan; scan again.", reason: "stale" };
  }
  if (m.part) {
    return { status: "failed", message: `The words are in a ${PART_NAME[m.part]}; TermScore writes tracked changes in the body text only, so edit them there by hand.`, reason: "part-not-editable" };
  }
  if (m.segments.some((s) => s.inField && s.end > r.start && s.start < r.end)) return { status: "failed", message: "The words are inside a field; edit them in Word." };
  return null;
}
