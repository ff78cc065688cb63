/**
 * Comments: one per written suggestion, on the whole changed span (the risky words together with
 * our deletion and insertion), so every fix kind explains the same thing in the same place.
 */
import type { ApplyRequest } from "../host/types";
import type { Plan } from "./locate";

/** Queue one comment per plan on its anchor (the changed span). */
export function queueComments(plans: Plan[], requests: ApplyRequest[]): void {
  for (const p of plans) p.comment = p.anchor!.insertComment(requests[p.index].comment);
}

/** Queue a check of the comments in each paragraph (after an error); answer after the sync. */
export function queueCommentCheck(paragraph: Word.Paragraph): () => (content: string) => boolean {
  const comments = paragraph.getRange("Whole").getComments();
  comments.load("items/content");
  return () => {
    // Each comment found answers for one request: two identical comments need two.
    const left = comments.items.map((c) => c.content);
    return (content) => {
      const at = left.indexOf(content);
      if (at < 0) return false;
      left.splice(at, 1);
      return true;
    };
  };
}
