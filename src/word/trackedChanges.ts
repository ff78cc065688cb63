/**
 * Tracked-change review (WordApi 1.6): accept or reject exactly the change TermScore made for a
 * finding — by location and author, never by text. apply() keeps the ranges Word returned (the
 * whole changed span, the inserted words, the comment) in `context.trackedObjects`, so they follow
 * later edits (an addendum inserted above, other fixes in the same paragraph). Review then:
 * 1. lists the tracked changes in our span, with type and author;
 * 2. compares each one's range with our span and with the words we inserted;
 * 3. accepts or rejects ours: insertions inside the inserted words, and deletions inside the span
 *    by their author (for a pure deletion, the comment's author: the signed-in user); other
 *    authors' changes inside or beside ours are left alone;
 * 4. resolves our comment (accepted) or deletes it (rejected), and untracks the ranges.
 * Nothing here reads Paragraph.text, so Simple Markup / No Markup views and Word for Mac's empty
 * deletion text do not matter.
 */
import type { ApplyRequest, DecideChangeResult } from "../host/types";
import type { MinimalEdit } from "../engine/edit/minimalEdit";
import type { WordSession } from "./context";
import type { Plan } from "./locate";
import { messages, OFFICE_ERRORS } from "./messages";
import { errorMessage } from "../engine/common/errorMessage";

const INSIDE = new Set<string>(["Equal", "Inside", "InsideStart", "InsideEnd"]);

/** Queue, in the write sync, the tracking of each plan's ranges (and its comment's author). */
export function queueTracking(context: Word.RequestContext, plans: Plan[], withComment: (p: Plan) => boolean = () => true): void {
  for (const p of plans) {
    const comment = withComment(p) ? p.comment : null;
    const objects: OfficeExtension.ClientObject[] = [p.anchor!];
    if (p.inserted) objects.push(p.inserted);
    if (comment) {
      objects.push(comment);
      comment.load("authorName");
    }
    context.trackedObjects.add(objects);
  }
}

/** After that sync: remember what was written for each request id. */
export function remember(session: WordSession, plans: Plan[], requests: ApplyRequest[], edits: Map<number, MinimalEdit>, withComment: (p: Plan) => boolean = () => true): void {
  for (const p of plans) {
    const comment = withComment(p) ? p.comment ?? null : null;
    const edit = edits.get(p.index)!;
    // only a comment was written (the request changed nothing): no tracked change to review
    if (!edit.deleted && !edit.inserted) continue;
    session.written.set(requests[p.index].id, {
      span: p.anchor!,
      inserted: p.inserted ?? null,
      comment,
      author: comment ? comment.authorName : null,
      deleted: edit.deleted !== "",
    });
  }
}

export async function decideChange(session: WordSession, id: string, accept: boolean): Promise<DecideChangeResult> {
  if (!session.supports("1.6")) throw new Error(messages.needs16);
  const w = session.written.get(id);
  if (!w) throw new Error(messages.unknownChange);
  const work = session.runWith(w.span, async (context) => {
    const changes = w.span.getTrackedChanges();
    changes.load("items/type,items/author,items/text");
    await context.sync(); // 1
    const where = changes.items.map((change) => {
      const range = change.getRange("Whole");
      return { change, inSpan: range.compareLocationWith(w.span), inInserted: w.inserted ? range.compareLocationWith(w.inserted) : null };
    });
    await context.sync(); // 2
    const inside = where.filter((x) => INSIDE.has(x.inSpan.value));
    const isInserted = (x: (typeof where)[number]) => x.inInserted !== null && INSIDE.has(x.inInserted.value);
    // Our insertion is inside the range Word returned for it; its author is ours (as Word spells it).
    const insertions = inside.filter((x) => x.change.type === "Added" && isInserted(x));
    const author = insertions[0]?.change.author ?? w.author;
    // Our deletions: inside the span, by our author. Should the comment's author be spelled
    // differently from the changes', a single author inside the span is still unambiguous.
    const deleted = inside.filter((x) => x.change.type === "Deleted" && !isInserted(x));
    const byAuthor = deleted.filter((x) => x.change.author === author);
    const confirmed = insertions.length > 0 || byAuthor.length > 0 || deleted.length === 0;
    const deletions = confirmed ? byAuthor : new Set(deleted.map((x) => x.change.author)).size === 1 ? deleted : null;
    if (deletions === null) throw new Error(messages.unknownChange);
    const ours = [...insertions, ...deletions].map((x) => x.change);
    if (ours.length === 0) throw new Error(messages.unknownChange);
    for (const change of ours) {
      if (accept) change.accept();
      else change.reject();
    }
    await context.sync(); // 3
    const warnings: string[] = [];
    if ((w.inserted && insertions.length === 0) || (w.deleted && deletions.length === 0)) warnings.push(messages.partialChange);
    // 4: our comment goes with our change (resolved if accepted, removed if rejected); Word stops tracking our ranges.
    if (w.comment) {
      if (accept) w.comment.resolved = true;
      else w.comment.delete();
    }
    context.trackedObjects.remove([w.span, ...(w.inserted ? [w.inserted] : []), ...(w.comment ? [w.comment] : [])]);
    try {
      await context.sync(); // 4
    } catch (e) {
      warnings.push(messages.commentNotCleared(errorMessage(e, OFFICE_ERRORS)));
    }
    session.written.delete(id);
    return warnings.length ? { changes: ours.length, warnings } : { changes: ours.length };
  });
  const timeout = session.options.reviewTimeoutMs ?? 15000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(messages.reviewTimeout)), timeout);
  });
  try {
    return await Promise.race([work, guard]);
  } catch (e) {
    // Our own messages pass through; Office errors (including a range Word no longer tracks) are put in plain words.
    if (e instanceof Error && !("code" in e)) throw e;
    const code = (e as { code?: unknown }).code;
    throw new Error(code === "InvalidObjectPath" || code === "ItemNotFound" ? messages.unknownChange : errorMessage(e, OFFICE_ERRORS));
  } finally {
    clearTimeout(timer);
  }
}
