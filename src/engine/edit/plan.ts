/**
 * Which edits of a batch are written, and in which order: the one planner every writer uses (the
 * Word host, the .docx writer, and through it the CLI; exported for the pane).
 *
 * The model is ESLint's fixer: edits are compared by range, an edit that overlaps one already
 * kept is dropped and reported, never half-written. Priority is the list's order, so a caller
 * that lists edits in `applyAllOrder` (graver risk first, then document order) gets the promise
 * of `fix/order.ts`: where two fixes touch the same words, the graver risk's fix is written.
 *
 * Pure: no Office, DOM or Node.
 */

/** Where an edit goes and what it writes (the fields the planner compares). */
export interface EditSpan {
  paragraph: number;
  start: number;
  end: number;
  replacement: string;
}

/** What became of one edit of the batch. */
export type EditVerdict =
  /** Written. */
  | { kind: "write" }
  /** The very same edit (same words, same replacement) as edit `same`, written once for both. */
  | { kind: "same"; same: number }
  /** Not written: it overlaps edit `by`, which came first in the list. */
  | { kind: "overlap"; by: number };

export interface EditPlan {
  /** One verdict per edit given (null for the ones the caller left out). */
  verdicts: Array<EditVerdict | null>;
  /** The edits to write, in the order to write them: right to left (see `rightToLeft`). */
  order: number[];
  /** The edits dropped for an overlap, with the edit that won. */
  dropped: Array<{ index: number; by: number }>;
}

/**
 * True when two ranges of one paragraph share a character. Ranges are never empty (an empty range
 * is a bad request, see `spanProblem`), so touching ranges ("a|b") do not overlap.
 */
export function overlaps(a: Pick<EditSpan, "paragraph" | "start" | "end">, b: Pick<EditSpan, "paragraph" | "start" | "end">): boolean {
  return a.paragraph === b.paragraph && spansOverlap(a, b);
}

/** True when two ranges of the same text share a character (touching ends do not). */
export function spansOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when two edits write the same words the same way (findings of one clause share one edit). */
export function sameEdit(a: EditSpan, b: EditSpan): boolean {
  return a.paragraph === b.paragraph && a.start === b.start && a.end === b.end && a.replacement === b.replacement;
}

/**
 * Order for writing edits by offset: paragraph by paragraph, the last edit of a paragraph first,
 * so the offsets of the ones before it stay valid.
 */
export function rightToLeft(a: Pick<EditSpan, "paragraph" | "start" | "end">, b: Pick<EditSpan, "paragraph" | "start" | "end">): number {
  return a.paragraph - b.paragraph || b.start - a.start || b.end - a.end;
}

/**
 * Plan a batch. `edits[i]` null: left out by the caller (already refused), no verdict.
 * @example planEdits([high, lowOverlappingHigh]) → verdicts [{write}, {overlap, by: 0}]
 */
export function planEdits(edits: ReadonlyArray<EditSpan | null>): EditPlan {
  const verdicts: Array<EditVerdict | null> = edits.map(() => null);
  const kept: number[] = [];
  const dropped: EditPlan["dropped"] = [];
  const byParagraph = new Map<number, number[]>();
  edits.forEach((e, i) => {
    if (!e) return;
    const list = byParagraph.get(e.paragraph) ?? [];
    const same = list.find((k) => sameEdit(edits[k]!, e));
    if (same !== undefined) {
      verdicts[i] = { kind: "same", same };
      return;
    }
    const by = list.find((k) => overlaps(edits[k]!, e));
    if (by !== undefined) {
      verdicts[i] = { kind: "overlap", by };
      dropped.push({ index: i, by });
      return;
    }
    verdicts[i] = { kind: "write" };
    list.push(i);
    byParagraph.set(e.paragraph, list);
    kept.push(i);
  });
  const order = kept.sort((a, b) => rightToLeft(edits[a]!, edits[b]!) || a - b);
  return { verdicts, order, dropped };
}

/**
 * The text with `edits` written into it, right to left so offsets stay valid: the one way every
 * writer of plain text applies edits (the accepted text, the re-scan, the round-two check). An
 * edit that overlaps one already written, runs outside the text or (with `original`) does not find
 * its words there is skipped, never half-written.
 */
export function spliceAll(text: string, edits: ReadonlyArray<Pick<EditSpan, "start" | "end" | "replacement"> & { original?: string }>): string {
  let out = text;
  let limit = text.length;
  for (const e of [...edits].sort((a, b) => b.start - a.start || b.end - a.end)) {
    if (e.start < 0 || e.end > limit || (e.original !== undefined && out.slice(e.start, e.end) !== e.original)) continue;
    out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

/**
 * What is wrong with a request's range against the paragraph text it refers to (one rule for
 * every host): "range" when the offsets are not whole numbers, the range is empty, or it runs
 * outside the text; "original" when the text there is not the `original` the request expects.
 * Null when it is fine.
 */
export function spanProblem(r: { start: unknown; end: unknown; original: unknown }, text: string): "range" | "original" | null {
  if (!Number.isInteger(r.start) || !Number.isInteger(r.end)) return "range";
  const start = r.start as number;
  const end = r.end as number;
  if (start < 0 || end <= start || end > text.length) return "range";
  return text.slice(start, end) === r.original ? null : "original";
}

/**
 * True when a request writes no tracked change, only its comment: with comment only, or when its
 * replacement is the very words it replaces (a finding without wording: `requestFor` then asks for
 * a comment on its trigger). Both hosts write the comment on the words and report "applied";
 * neither refuses it (Word used to call it a bad request while a .docx got the comment).
 */
export function writesNoChange(r: { original: unknown; replacement: unknown }, commentOnly: boolean): boolean {
  return commentOnly || r.replacement === r.original;
}
