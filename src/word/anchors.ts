/**
 * Pure helpers that turn "paragraph text, [start, end)" into Word search anchors.
 *
 * No Office.js here: everything is plain string work, so it is tested directly.
 *
 * Two texts matter for a paragraph:
 * - the *reviewed* text (`getReviewedText("Current")`): what the engine reads, tracked
 *   deletions out, tracked insertions in. Findings' offsets refer to it.
 * - the *raw* text (`Paragraph.text`, and what `search()` sees): on Word on the web it still
 *   contains tracked-deleted words, run together with the inserted ones.
 * A finding is mapped from reviewed offsets to raw offsets, then to short escaped anchors that
 * `search()` accepts, plus the occurrence number of each anchor in the raw text.
 */

/** Word refuses longer search strings (`SearchStringInvalidOrTooLong`); escapes count. */
export const MAX_SEARCH_LENGTH = 255;

/** Longest anchor (in raw characters) used when the words must be split into head and tail. */
const MAX_ANCHOR_CHARS = 80;

/** Options passed to every `search()`: literal, case-sensitive, nothing ignored. */
export const SEARCH_OPTIONS = {
  matchCase: true,
  matchWildcards: false,
  matchWholeWord: false,
  matchPrefix: false,
  matchSuffix: false,
  ignorePunct: false,
  ignoreSpace: false,
} as const;

/**
 * Word's `^` codes for characters that cannot be typed literally into a search string.
 * With `matchWildcards` off, `* ? [ ] ( ) { } < > ! @` are literal; only `^` is special.
 */
const SEARCH_CODES: Record<string, string> = {
  "^": "^^",
  "\t": "^t",
  "\u00a0": "^s", // non-breaking space
  "\u000b": "^l", // manual line break
  "\u00ad": "^-", // optional (soft) hyphen
  "\u001f": "^-", // optional hyphen as Word stores it
  "\u001e": "^~", // non-breaking hyphen as Word stores it
  "\u2011": "^~",
};

/** True when `ch` (one UTF-16 unit) can be searched for, literally or by a `^` code. */
export function isSearchable(ch: string): boolean {
  if (ch in SEARCH_CODES) return true;
  const code = ch.charCodeAt(0);
  // Other control characters stand for fields, footnote marks, objects, cell ends…: not searchable.
  return code >= 0x20 && code !== 0x7f;
}

/**
 * Escape text for `search()` with `matchWildcards: false`.
 * Returns null when the text holds a character that has no search code.
 * @example escapeSearchText("50%^2\tfee") === "50%^^2^tfee"
 */
export function escapeSearchText(text: string): string | null {
  let out = "";
  for (const ch of text) {
    if (ch.length === 1 && !isSearchable(ch)) return null;
    out += SEARCH_CODES[ch] ?? ch;
  }
  return out;
}

/**
 * Start offsets of the non-overlapping occurrences of `needle` in `hay`, left to right —
 * the order in which Word's `search()` returns its results.
 */
export function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  let from = 0;
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0) return out;
    out.push(at);
    from = at + needle.length;
  }
}

/**
 * Where the words `reviewed.slice(start, end)` sit in `raw`, or an error.
 *
 * `reviewed` is `raw` with tracked deletions removed (a subsequence of it). The words must be
 * contiguous in `raw` (no deleted text inside them), with the text before them fitting before
 * and the text after them fitting after. If more than one place fits — the same words also sit
 * in deleted text next to them — the answer is ambiguous and nothing is guessed.
 */
export function mapToRaw(raw: string, reviewed: string, start: number, end: number): { start: number } | { error: string } {
  if (raw === reviewed) return { start };
  const words = reviewed.slice(start, end);
  // Earliest raw position where reviewed[0, start) can end (greedy left-to-right embedding).
  let r = 0;
  for (let i = 0; i < start; i++) {
    while (r < raw.length && raw[r] !== reviewed[i]) r++;
    if (r >= raw.length) return { error: NOT_A_SUBSEQUENCE };
    r++;
  }
  const minStart = r;
  // Latest raw position where reviewed[end, …) can start (greedy right-to-left embedding).
  let q = raw.length - 1;
  for (let i = reviewed.length - 1; i >= end; i--) {
    while (q >= 0 && raw[q] !== reviewed[i]) q--;
    if (q < 0) return { error: NOT_A_SUBSEQUENCE };
    q--;
  }
  const maxEnd = q + 1;
  const fits = occurrencesOverlapping(raw, words).filter((at) => at >= minStart && at + words.length <= maxEnd);
  if (fits.length === 1) return { start: fits[0] };
  if (fits.length === 0) {
    return { error: "These words run across a tracked change that is already in the document. Accept or reject that change in Word's Review tab, then re-scan." };
  }
  return { error: "The same words also appear in a tracked deletion next to them, so TermScore cannot tell which to change. Accept or reject the tracked changes in this paragraph, then re-scan." };
}

const NOT_A_SUBSEQUENCE = "Word reports this paragraph differently from the scan. Re-scan the document.";

function occurrencesOverlapping(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) out.push(at);
  return out;
}

/** One search to run inside the paragraph, and which of its exact matches is the one. */
export interface Anchor {
  /** The literal text to find (verify each result's text against it). */
  text: string;
  /** The escaped search string (≤ 255 characters). */
  search: string;
  /** Index among the results whose text equals `text` exactly. */
  occurrence: number;
  /** How many exact results the raw text predicts; any other count means Word sees something else. */
  expected: number;
}

/** A plan to build the range: one anchor for the whole words, or head and tail joined by `expandTo`. */
export type AnchorPlan = { anchors: [Anchor] | [Anchor, Anchor] } | { error: string };

/**
 * Plan the anchors for raw `[start, end)` of `raw`.
 * Words whose escaped form fits in 255 characters and has only searchable characters are searched
 * whole; otherwise a head anchor starting at `start` and a tail anchor ending at `end`.
 */
export function planAnchors(raw: string, start: number, end: number): AnchorPlan {
  if (!(start >= 0 && end > start && end <= raw.length)) return { error: "The words to change are empty or outside the paragraph." };
  const words = raw.slice(start, end);
  const whole = escapeSearchText(words);
  if (whole !== null && whole.length <= MAX_SEARCH_LENGTH) {
    const a = anchorAt(raw, words, whole, start);
    if (a) return { anchors: [a] };
    // Overlapping repeats ("aaaa"): Word would not return this occurrence; try head and tail.
  }
  const head = pieceAnchor(raw, words, "head", start);
  const tail = pieceAnchor(raw, words, "tail", end);
  if (!head || !tail) return { error: CANNOT_ANCHOR };
  return { anchors: [head, tail] };
}

/**
 * The longest usable piece at one end of the words. In repetitive text a piece may not start a
 * non-overlapping occurrence at the right place (Word would never return it), so shorter pieces
 * are tried until one does.
 */
function pieceAnchor(raw: string, words: string, side: "head" | "tail", edge: number): Anchor | null {
  for (let piece = takeSearchable(words, side); piece; piece = shorten(piece, side)) {
    const at = side === "head" ? edge : edge - piece.length;
    const a = anchorAt(raw, piece, escapeSearchText(piece)!, at);
    if (a) return a;
  }
  return null;
}

function shorten(piece: string, side: "head" | "tail"): string {
  let out = side === "head" ? piece.slice(0, -1) : piece.slice(1);
  if (side === "head" && /[\uD800-\uDBFF]$/.test(out)) out = out.slice(0, -1);
  if (side === "tail" && /^[\uDC00-\uDFFF]/.test(out)) out = out.slice(1);
  return out;
}

const CANNOT_ANCHOR =
  "TermScore cannot point Word at these exact words (they start or end with a field, footnote mark or object, or repeat in an overlapping way). Edit them by hand.";

function anchorAt(raw: string, text: string, search: string, at: number): Anchor | null {
  const all = occurrences(raw, text);
  const occurrence = all.indexOf(at);
  return occurrence < 0 ? null : { text, search, occurrence, expected: all.length };
}

/** The longest searchable piece at one end of `words`: ≤ MAX_ANCHOR_CHARS, escaped ≤ 255, whole surrogate pairs. */
function takeSearchable(words: string, side: "head" | "tail"): string {
  let n = 0;
  let escaped = 0;
  while (n < words.length && n < MAX_ANCHOR_CHARS) {
    const i = side === "head" ? n : words.length - 1 - n;
    const ch = words[i];
    if (!isSearchable(ch)) break;
    const cost = (SEARCH_CODES[ch] ?? ch).length;
    if (escaped + cost > MAX_SEARCH_LENGTH) break;
    escaped += cost;
    n++;
  }
  let piece = side === "head" ? words.slice(0, n) : words.slice(words.length - n);
  // Never cut a surrogate pair in half.
  if (side === "head" && /[\uD800-\uDBFF]$/.test(piece)) piece = piece.slice(0, -1);
  if (side === "tail" && /^[\uDC00-\uDFFF]/.test(piece)) piece = piece.slice(1);
  return piece;
}

/** `getReviewedText` may end with the paragraph mark; `Paragraph.text` does not. */
export function trimParagraphMark(text: string): string {
  return text.replace(/(\r\n|\r|\n)$/, "");
}
