/**
 * Small text helpers shared by the detector: hashing, sentence splitting, casing.
 * Pure functions over strings; no Node, DOM or Office imports.
 */

/** FNV-1a 32-bit hash of a string (UTF-16 code units), as 8 hex digits. Deterministic. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * A document's fingerprint: how many paragraphs, and the hash of their texts. Both hosts use it to
 * tell whether the document changed since it was read.
 */
export function fingerprint(texts: readonly string[]): string {
  return `${texts.length}:${hashText(texts.join("\u2029"))}`;
}

export interface Span {
  start: number;
  end: number;
}

/** Abbreviations whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set([
  "e.g", "i.e", "etc", "inc", "ltd", "llc", "co", "corp", "no", "nos", "sec", "secs", "art", "mr", "mrs", "ms", "dr",
  "vs", "v", "u.s", "st", "para", "cf", "fig", "approx", "dept", "est", "jr", "sr", "p", "pp", "incl",
]);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2007 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/**
 * Split a paragraph into sentences. Returns spans that cover the paragraph (whitespace between
 * sentences belongs to neither). Linear time. A period ends a sentence when it is followed by
 * whitespace and the previous word is not a known abbreviation or a single letter / number.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let start = 0;
  while (start < n && isSpace(text.charCodeAt(start))) start++;
  let i = start;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */) {
      let j = i + 1;
      // closing quotes / brackets after the stop belong to the sentence
      while (j < n && /["'\u201d\u2019)\]]/.test(text[j])) j++;
      if (j >= n || isSpace(text.charCodeAt(j))) {
        let boundary = true;
        if (c === 46) {
          // word before the period
          let k = i - 1;
          while (k >= start && /[A-Za-z0-9.]/.test(text[k])) k--;
          const word = text.slice(k + 1, i).toLowerCase();
          // "1." or "iv." opening a sentence numbers it; at the end of a sentence ("Section 2.1.") it ends it
          const opening = k + 1 === start || (k === start && text[start] === "(");
          if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || (opening && (/^\d+(?:\.\d+)*$/.test(word) || /^[ivx]+$/.test(word)))) boundary = false;
        }
        if (boundary) {
          spans.push({ start, end: j });
          let k = j;
          while (k < n && isSpace(text.charCodeAt(k))) k++;
          start = k;
          i = k;
          continue;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  let end = n;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end });
  return spans;
}

/** Upper-case the first letter (for names placed at the start of a sentence). */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0].toUpperCase() + text.slice(1);
}

/** Escape a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A RegExp source matching `words` literally, with any run of spaces between them ("Work  Product"). */
export function wordsPattern(words: string): string {
  return escapeRegExp(words).replace(/\s+/g, "\\s+");
}

/** Invisible characters that may sit inside words (soft hyphen, zero-width space/joiners, word joiner, BOM). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
/** Characters read as their plain equivalents (same length, so offsets do not move). */
const LOOKALIKE = /[\u2010\u2011\u2018\u2019\u201c\u201d]/;
const LOOKALIKE_MAP: Record<string, string> = { "\u2010": "-", "\u2011": "-", "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"' };

export interface NormalisedText {
  /** The text the rules read. */
  text: string;
  /** For each code unit of `text`, its offset in the original; one extra entry for the end. */
  map: Int32Array | null;
}

/**
 * The text the rules read: invisible characters inside words removed ("ma\u00adchine" reads as
 * "machine"), non-breaking hyphens and curly quotes read as plain ones, and each run of white space
 * (double spaces, tabs, line breaks inside a paragraph, no-break spaces) as one plain space. `map` turns offsets back
 * into the original's; it is null when nothing was removed (offsets are the same).
 */
export function normaliseForRules(text: string): NormalisedText {
  let out = text;
  // "AI" in a company's or a project's name ("Nimbus AI Inc.", "the Tidewater AI Project") names no AI
  // technology: masked letter for letter, so no offset moves
  if (AI_IN_NAME.test(out)) out = out.replace(AI_IN_NAME_G, "A_");
  if (LOOKALIKE.test(out)) out = out.replace(/[\u2010\u2011\u2018\u2019\u201c\u201d]/g, (c) => LOOKALIKE_MAP[c]);
  const markup = MARKUP_CHAR.test(out) ? markupRanges(out) : null;
  const invisible = INVISIBLE.test(out) || !!markup;
  if (!invisible && !ODD_SPACE.test(out)) return { text: out, map: null };
  // invisible characters and markup go first (a space, a zero-width space and a space are one run of white space)
  const bare = invisible ? withoutInvisible(out, markup) : { text: out, map: null };
  if (!ODD_SPACE.test(bare.text)) return bare;
  const spaced = collapseSpaces(bare.text);
  return { text: spaced.text, map: bare.map ? spaced.map!.map((i) => bare.map![i]) : spaced.map };
}

/** "AI" between a capitalised word and a company suffix or "Project", written in capitals as names are. */
const AI_IN_NAME_SOURCE = "AI(?<=\\b[A-Z][\\w&-]{0,40}[ \\t]{1,3}AI)(?=,?[ \\t]{1,3}(?:Project|Inc\\b|Labs?\\b|Ltd\\b|Limited\\b|LLC\\b|Corp(?:oration)?\\b|GmbH\\b|Co\\.|Technologies\\b))";
const AI_IN_NAME = new RegExp(AI_IN_NAME_SOURCE);
const AI_IN_NAME_G = new RegExp(AI_IN_NAME_SOURCE, "g");

/**
 * Markup that is formatting, not words, in text taken from Markdown or HTML: emphasis marks
 * ("**strictly prohibited**", "_Subprocessors_", "`.py`"), inline tags ("<em>", "</strong>") and a
 * link's target ("[Subprocessing](#subprocessing)" reads "Subprocessing"). An emphasis mark is a run
 * of one to three "*" or "_" that opens before a word or closes after one (and every "`", which
 * quotes code); runs of four or more (a blank to fill in, "Client: ______") and marks inside a word
 * ("snake_case", "5*6") stay.
 */
const MARKUP_CHAR = /[*_`<[]/;
const MARKUP = /`|(?<![*_\w])[*_]{1,3}(?![*_\s])(?=[\w"'([$])|(?<=[\w.,:;!?)"'%\]])(?<![*_])[*_]{1,3}(?![*_\w])|<\/?(?:em|strong|b|i|u|s|span|a|br|p|sup|sub|mark|code|small|ins|del)\b[^<>]{0,200}>|\[(?=[^\]\n]{1,200}\]\([^)\s]{1,500}\))|\]\([^)\s]{1,500}\)/g;

/** The ranges of `text` that are markup (see MARKUP); null when there are none. */
function markupRanges(text: string): Array<[number, number]> | null {
  const out: Array<[number, number]> = [];
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(text); m; m = MARKUP.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out.length ? out : null;
}

/** `text` without its Markdown or HTML markup (see MARKUP): what a Markdown file's paragraph says. */
export function withoutMarkup(text: string): string {
  const ranges = MARKUP_CHAR.test(text) ? markupRanges(text) : null;
  if (!ranges) return text;
  let out = "";
  let at = 0;
  for (const [a, b] of ranges) {
    out += text.slice(at, a);
    at = b;
  }
  return out + text.slice(at);
}

/** `text` without the invisible characters that may sit inside words (and without `drop`, ranges of markup), and the map back. */
function withoutInvisible(text: string, drop: ReadonlyArray<[number, number]> | null = null): NormalisedText {
  const map: number[] = [];
  let kept = "";
  let d = 0;
  for (let i = 0; i < text.length; i++) {
    if (drop) {
      while (d < drop.length && drop[d][1] <= i) d++;
      if (d < drop.length && i >= drop[d][0]) continue;
    }
    const c = text.charCodeAt(i);
    if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) continue;
    map.push(i);
    kept += text[i];
  }
  map.push(text.length);
  return { text: kept, map: Int32Array.from(map) };
}

/** White space as `isSpace` reads it, and the kinds of it that are not a plain space. */
const SPACE_CHAR = "[ \\t\\n\\r\\u00a0\\u2000-\\u200a\\u202f\\u3000]";
const ODD_SPACE_CHAR = "[\\t\\n\\r\\u00a0\\u2000-\\u200a\\u202f\\u3000]";
/** Two spaces in a row, or a space that is not a plain one (tab, line break, no-break space). */
const ODD_SPACE = new RegExp(`${SPACE_CHAR}{2}|${ODD_SPACE_CHAR}`);
/** Each run of white space that does not read as one plain space. */
const SPACE_RUN = new RegExp(`${SPACE_CHAR}{2,}|${ODD_SPACE_CHAR}`, "g");

/** `text` with each run of white space as one plain space, and the map back (one pass, by slices). */
function collapseSpaces(text: string): NormalisedText {
  const n = text.length;
  const map = new Int32Array(n + 1);
  const parts: string[] = [];
  let k = 0;
  let last = 0;
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(text); m; m = SPACE_RUN.exec(text)) {
    for (let i = last; i < m.index; i++) map[k++] = i;
    parts.push(text.slice(last, m.index), " ");
    map[k++] = m.index;
    last = m.index + m[0].length;
  }
  for (let i = last; i < n; i++) map[k++] = i;
  parts.push(text.slice(last));
  map[k] = n;
  return { text: parts.join(""), map: map.slice(0, k + 1) };
}

/** Maps a range of the normalised text back to the original text. */
export function mapRange(map: Int32Array | null, start: number, end: number): { start: number; end: number } {
  if (!map) return { start, end };
  const s = map[start];
  const e = end > start ? map[end - 1] + 1 : s;
  return { start: s, end: e };
}
