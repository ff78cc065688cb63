/**
 * Apply: write each suggestion as a tracked change with its comment.
 * Round trips: paragraphs + tracking mode; reviewed text + anchor searches; tracked replacements;
 * comments + tracking mode restored. Errors cost a few fixed extra syncs.
 */
import type { ApplyItemResult, ApplyOptions, ApplyRequest, ApplyResult } from "../host/types";
import { trimParagraphMark, type MinimalEdit } from "./anchors";
import { writeComments } from "./comments";
import type { WordSession } from "./context";
import { editFor, editSpan, queueLocate, resolveLocate, validateRequests, type Located, type Outcome } from "./locate";
import { messages, plainError } from "./messages";
import { queueTrackAll, restoreTracking, trackingModes } from "./tracking";

export async function apply(session: WordSession, requests: ApplyRequest[], options: ApplyOptions = {}): Promise<ApplyResult> {
  const total = requests.length;
  if (total === 0) return { results: [] };
  const missing = session.cannotWrite();
  if (missing) return { results: requests.map((r) => ({ id: r.id, status: "failed", message: missing })), error: missing };
  options.onProgress?.(0, total);
  const outcome: Outcome[] = requests.map(() => null);
  const commentOnly = Boolean(options.commentOnly);
  const targets = validateRequests(requests, outcome, commentOnly);
  let error: string | undefined;
  let written0 = false;
  try {
    await session.run(async (context) => {
      const document = context.document;
      document.load("changeTrackingMode");
      const paragraphs = document.body.paragraphs;
      paragraphs.load("items/text");
      await context.sync(); // 1: paragraphs and the user's tracking mode
      const userMode = document.changeTrackingMode;

      // Replacements locate only the words that change (minimalEdit); comment-only, the risky words.
      const edits = new Map(targets.map((t) => [t.index, editFor(t, requests[t.index])]));
      const spans = commentOnly ? targets : targets.map((t) => editSpan(t, edits.get(t.index)!));
      const pending = queueLocate(paragraphs.items, spans, outcome);
      await context.sync(); // 2: reviewed texts and anchor searches
      const located = resolveLocate(pending, (i) => requests[i].paragraphText, outcome);
      options.onProgress?.(total - located.length, total);
      if (located.length === 0) return;

      if (commentOnly) {
        await writeComments(context, located, requests, outcome, { commentOnly: true, restoreMode: null });
        return;
      }

      let modeRestored = userMode === trackingModes(session).trackAll;
      try {
        // 3: tracked replacements. A failing sync keeps the operations before the failing one.
        const restoreMode = queueTrackAll(session, document, userMode);
        const inserted = located.map((l) => ({ index: l.index, range: writeEdit(l.range, edits.get(l.index)!) }));
        let done = inserted;
        try {
          await context.sync();
        } catch (e) {
          done = await whichReplacementsHeld(context, paragraphs.items, inserted, requests, outcome, plainError(e));
        }
        for (const d of done) {
          outcome[d.index] = { status: "applied" };
          const r = requests[d.index];
          const edit = edits.get(d.index)!;
          session.written.set(r.id, { paragraph: r.paragraph, deleted: edit.deleted, inserted: edit.inserted });
          written0 = true;
        }
        // 4: comments on the inserted words, and the user's tracking mode back, in one batch.
        const restored = await writeComments(context, done, requests, outcome, { commentOnly: false, restoreMode });
        modeRestored = modeRestored || restored;
      } finally {
        if (!modeRestored) error = await restoreTracking(context, userMode);
      }
    });
  } catch (e) {
    const reason = plainError(e);
    for (let i = 0; i < outcome.length; i++) if (!outcome[i]) outcome[i] = { status: "failed", message: messages.notWritten(reason), reason: "not-written" };
  }
  // Nothing written at all because Word refused: say it once, plainly, for the pane's MessageBar.
  if (!error && !written0 && !outcome.some((o) => o?.status === "applied" || o?.status === "stale")) {
    const refused = outcome.find((o) => o?.reason === "not-written");
    if (refused?.message) error = messages.nothingWritten(refused.message);
  }
  const results: ApplyItemResult[] = requests.map((r, i) => {
    const o = outcome[i] ?? { status: "failed", message: messages.notFound };
    return o.message ? { id: r.id, status: o.status, message: o.message } : { id: r.id, status: o.status };
  });
  options.onProgress?.(total, total);
  return error ? { results, error } : { results };
}

/**
 * After a failed replacement sync: which replacements did Word keep? Reads the reviewed text of
 * each touched paragraph (1 sync) and matches it against "its first m replacements made".
 */
async function whichReplacementsHeld(
  context: Word.RequestContext,
  items: Word.Paragraph[],
  inserted: Located[],
  requests: ApplyRequest[],
  outcome: Outcome[],
  reason: string,
): Promise<Located[]> {
  const byParagraph = new Map<number, Located[]>();
  for (const item of inserted) {
    const p = requests[item.index].paragraph;
    byParagraph.set(p, [...(byParagraph.get(p) ?? []), item]);
  }
  const reads = [...byParagraph.keys()].map((p) => ({ paragraph: p, text: items[p].getReviewedText("Current") }));
  try {
    await context.sync();
  } catch (e) {
    for (const item of inserted) outcome[item.index] = { status: "failed", message: messages.unknownState(plainError(e)), reason: "unknown-state" };
    return [];
  }
  const held: Located[] = [];
  for (const { paragraph, text } of reads) {
    const list = byParagraph.get(paragraph)!;
    const now = trimParagraphMark(text.value);
    let m = -1;
    for (let k = 0; k <= list.length; k++) {
      if (spliceAll(requests[list[0].index].paragraphText, list.slice(0, k).map((l) => requests[l.index])) === now) m = k;
    }
    list.forEach((item, k) => {
      if (m >= 0 && k < m) held.push(item);
      else outcome[item.index] = m < 0 ? { status: "failed", message: messages.unknownState(reason), reason: "unknown-state" } : { status: "failed", message: messages.notWritten(reason), reason: "not-written" };
    });
  }
  return held;
}

/** Queue the tracked edit on the located range; returns the range the comment goes on. */
function writeEdit(range: Word.Range, e: MinimalEdit): Word.Range {
  if (e.deleted && e.inserted) return range.insertText(e.inserted, "Replace");
  if (e.deleted) {
    range.delete();
    return range;
  }
  return range.insertText(e.inserted, e.keepStart > 0 ? "End" : "Start");
}

/** The scanned paragraph text with the given (non-overlapping) replacements made. */
export function spliceAll(text: string, edits: Array<{ start: number; end: number; replacement: string }>): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}
