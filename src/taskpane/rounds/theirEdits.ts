/**
 * Round two's answers as edits, pure (no React, no host): the smallest whole-word edit between two
 * texts, the request that restores our wording or writes a counter-proposal over theirs, and where
 * their change stands now (for "Go to" and the read-only view).
 */
import type { TheirChange } from "../../engine/compare/types";
import type { ApplyRequest } from "../../host/types";

const WORD = /[\p{L}\p{N}_'\u2019-]/u;

/** The smallest edit (whole words) turning `from` into `to`: what a restore or counter writes. */
export function editBetween(from: string, to: string): { start: number; end: number; original: string; replacement: string } {
  const max = Math.min(from.length, to.length);
  let p = 0;
  while (p < max && from[p] === to[p]) p++;
  while (p > 0 && WORD.test(from[p - 1] ?? "") && (WORD.test(from[p] ?? "") || WORD.test(to[p] ?? ""))) p--;
  let s = 0;
  while (s < max - p && from[from.length - 1 - s] === to[to.length - 1 - s]) s++;
  while (s > 0 && WORD.test(from[from.length - s] ?? "") && (WORD.test(from[from.length - s - 1] ?? "") || WORD.test(to[to.length - s - 1] ?? ""))) s--;
  return { start: p, end: from.length - s, original: from.slice(p, from.length - s), replacement: to.slice(p, to.length - s) };
}

/**
 * Hosts write no empty range (Word and the .docx writer refuse it as a bad request): a pure
 * insertion (a counter that adds words) takes the word before it along, or else the word after it.
 */
function widenInsertion(text: string, e: ReturnType<typeof editBetween>): ReturnType<typeof editBetween> {
  if (e.start !== e.end || !e.replacement) return e;
  let a = e.start;
  while (a > 0 && !WORD.test(text[a - 1])) a--;
  while (a > 0 && WORD.test(text[a - 1])) a--;
  if (a < e.start) return { start: a, end: e.end, original: text.slice(a, e.end), replacement: text.slice(a, e.start) + e.replacement };
  let b = e.end;
  while (b < text.length && !WORD.test(text[b])) b++;
  while (b < text.length && WORD.test(text[b])) b++;
  return { start: e.start, end: b, original: text.slice(e.start, b), replacement: e.replacement + text.slice(e.end, b) };
}

/** Restored as a paragraph put back where it stood: one they deleted, or one they moved whole (their copy stays). */
export const putsBack = (c: TheirChange): boolean => !!c.before && c.insertAfter !== undefined && (c.after === null || !!c.moved?.whole);

/** The tracked change that restores (or counters) one of their changes; null when it cannot be written in place. */
export function theirChangeRequest(c: TheirChange, response: "restore" | "counter"): ApplyRequest | null {
  // a paragraph moved whole is put back where it stood, never rewritten where they moved it
  if (c.after === null || c.afterParagraph === undefined || (response === "restore" && c.moved?.whole)) return null;
  const target = response === "counter" ? c.response.wording : (c.before ?? "");
  if (target === undefined || target === c.after) return null;
  const e = widenInsertion(c.after, editBetween(c.after, target));
  if (e.start === e.end) return null;
  const why = response === "restore" ? `We cannot accept this change: ${c.response.why.replace(/^[A-Z]/, (x) => x.toLowerCase())}` : `${c.response.why} We propose this wording instead of your change.`;
  return { id: `their:${c.id}`, paragraph: c.afterParagraph, start: e.start, end: e.end, original: e.original, replacement: e.replacement, comment: why, paragraphText: c.after };
}

/**
 * Where one of their changes is now in the document, for "Go to" (Word) and the read-only view
 * (browser mode): the words they inserted in the paragraph as it reads now, or the paragraph; for
 * moved text, the moved words where they went (the change itself sits where the words left, which
 * is not where the user will find them). Null when nothing of it is left to show (a deletion).
 */
export function whereNow(c: TheirChange): { paragraph: number; start: number; end: number; paragraphText: string } | null {
  const m = c.moved;
  if (m) {
    const at = m.now ? m.toText.indexOf(m.now) : -1;
    return at >= 0 ? { paragraph: m.to, start: at, end: at + m.now.length, paragraphText: m.toText } : { paragraph: m.to, start: 0, end: m.toText.length, paragraphText: m.toText };
  }
  if (c.after === null || c.afterParagraph === undefined) return null;
  const words = c.inserted[0] && c.after.includes(c.inserted[0]) ? c.inserted[0] : c.after;
  const start = c.after.indexOf(words);
  return { paragraph: c.afterParagraph, start, end: start + words.length, paragraphText: c.after };
}
