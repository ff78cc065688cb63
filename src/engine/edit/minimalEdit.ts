/**
 * The smallest whole-word edit between a clause's words and their replacement: the one rule both
 * hosts (Word and .docx) use to decide which words a tracked change deletes and inserts.
 *
 * Pure string work (no Office, DOM or Node).
 */

/** The smallest whole-word edit that turns `original` into `replacement`. */
export interface MinimalEdit {
  /** Characters kept at the start of `original` (and of `replacement`). */
  keepStart: number;
  /** Characters kept at the end of both. */
  keepEnd: number;
  /** What to delete: original.slice(keepStart, original.length - keepEnd). */
  deleted: string;
  /** What to insert in its place. */
  inserted: string;
}

/**
 * What a word is made of: letters, digits, underscore, and the hyphen and apostrophes inside a
 * word. "non-exclusive" and "Client's" are one word each, so "non-exclusive licence" →
 * "non-transferable licence" redlines the whole "non-exclusive", never half a compound (a
 * lawyer reads "non-transferable" as one term, and a defined term like "Non-Exclusive Licence"
 * is never cut inside).
 */
const WORD_CHAR = /[\p{L}\p{N}_'\u2019-]/u;

/**
 * Trim the words that `original` and `replacement` share at both ends, so the tracked change shows
 * only what really changes ("aggregated data" → "aggregated data (not for AI training)" is an
 * insertion, not a deletion and a re-insertion). Never splits a word.
 * @example minimalEdit("for any purpose", "for this purpose") → { deleted: "any", inserted: "this", … }
 */
export function minimalEdit(original: string, replacement: string): MinimalEdit {
  const max = Math.min(original.length, replacement.length);
  let a = 0;
  while (a < max && original[a] === replacement[a]) a++;
  while (a > 0 && splitsWord(original, replacement, a)) a--;
  let b = 0;
  while (b < max - a && original[original.length - 1 - b] === replacement[replacement.length - 1 - b]) b++;
  while (b > 0 && splitsWord(original, replacement, original.length - b, replacement.length - b)) b--;
  return { keepStart: a, keepEnd: b, deleted: original.slice(a, original.length - b), inserted: replacement.slice(a, replacement.length - b) };
}

/** True when a cut at `i` in `x` (and `j` in `y`) falls between two word characters in either. */
function splitsWord(x: string, y: string, i: number, j = i): boolean {
  const inside = (s: string, k: number) => k > 0 && k < s.length && WORD_CHAR.test(s[k - 1]) && WORD_CHAR.test(s[k]);
  return inside(x, i) || inside(y, j);
}
