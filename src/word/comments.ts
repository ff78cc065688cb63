/** Comments: one per written suggestion, queued together; what Word kept is checked after an error. */
import type { ApplyRequest } from "../host/types";
import type { Located, Outcome } from "./locate";
import { messages, plainError } from "./messages";
import type { Mode } from "./tracking";

/**
 * Queue one comment per range (and the tracking-mode restore when given), sync once. If that
 * fails, check which comments Word kept (1 sync). Returns true when the restore went through.
 */
export async function writeComments(
  context: Word.RequestContext,
  targets: Located[],
  requests: ApplyRequest[],
  outcome: Outcome[],
  how: { commentOnly: boolean; restoreMode: Mode | null },
): Promise<boolean> {
  for (const t of targets) t.range.insertComment(requests[t.index].comment);
  if (how.restoreMode) context.document.changeTrackingMode = how.restoreMode;
  try {
    await context.sync();
    for (const t of targets) outcome[t.index] = { status: "applied" };
    return true;
  } catch (e) {
    const reason = plainError(e);
    const checks = targets.map((t) => {
      const comments = t.range.getComments();
      comments.load("items/content");
      return { t, comments };
    });
    let verified = true;
    try {
      await context.sync();
    } catch {
      verified = false;
    }
    for (const { t, comments } of checks) {
      const has = verified && comments.items.some((c) => c.content === requests[t.index].comment);
      if (has) outcome[t.index] = { status: "applied" };
      else if (how.commentOnly) outcome[t.index] = { status: "failed", message: verified ? messages.commentRefused(reason) : messages.commentUnknown(reason), reason: "comment-missing" };
      else outcome[t.index] = { status: "applied", message: verified ? messages.appliedWithoutComment(reason) : messages.commentUnknown(reason), reason: "comment-missing" };
    }
    return false;
  }
}
