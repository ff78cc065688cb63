/**
 * Moved text below the paragraph: a sentence that left one paragraph and reappears in another
 * (their clean copy, or their tracked deletion here and insertion there) is one move, not a
 * deletion and an insertion. Whole paragraphs moved (the alignment's "moved" rows) are moves too.
 * Where the text now stands is read for what governs it there: an exception or lead-in that did
 * not govern it before, or a section the survival clause no longer names.
 */
import { splitSentences, type Span } from "../text";
import { alignKey, numberingEnd, similarity, words, type AlignedPair } from "./align";
import { BENIGN, CONSENT, EXCEPTION } from "./patterns";

/** Fewer words than this is a fragment ("Reserved."), never a move. */
const MIN_WORDS = 5;
/** A sentence reworded a little on its way is still the same sentence. */
const MOVE_SIMILARITY = 0.8;

export interface SentenceMove {
  /** The sentence as it stood, and as it reads where it went. */
  sentence: string;
  now: string;
  /** Old-version paragraph it left, and the words' place in it. */
  fromBefore: number;
  fromSpan: Span;
  /** That paragraph in the new version, when it is still there (not for a whole paragraph moved). */
  fromAfter?: number;
  /** New-version paragraph it went to, and its place there. */
  toAfter: number;
  toSpan: Span;
  /** The destination paragraph in the old version, when it was there before. */
  toBefore?: number;
  /** A whole paragraph moved (the alignment found it). */
  whole: boolean;
}

/** A paragraph's sentences, the first without the paragraph's numbering. */
function sentenceSpans(text: string): Span[] {
  const spans = splitSentences(text);
  if (spans.length) {
    const skip = numberingEnd(text);
    if (skip > spans[0].start && skip < spans[0].end) spans[0] = { start: skip, end: spans[0].end };
  }
  return spans;
}

interface Candidate {
  row: number;
  para: number;
  span: Span;
  key: string;
  words: string[];
  used?: boolean;
}

/** Find the sentences (and whole paragraphs) that moved between the two versions. */
export function findMoves(rows: readonly AlignedPair[], before: readonly string[], after: readonly string[]): SentenceMove[] {
  const removed: Candidate[] = [];
  const added: Candidate[] = [];
  const keysOf = (text: string | undefined): Set<string> => new Set(text === undefined ? [] : sentenceSpans(text).map((s) => alignKey(text.slice(s.start, s.end))));
  rows.forEach((r, row) => {
    if (r.kind === "same" || r.kind === "moved") return;
    const b = r.before !== undefined ? before[r.before] : undefined;
    const a = r.after !== undefined ? after[r.after] : undefined;
    const keptKeys = keysOf(a);
    const hadKeys = keysOf(b);
    const collect = (text: string, para: number, other: Set<string>, into: Candidate[]): void => {
      for (const span of sentenceSpans(text)) {
        const s = text.slice(span.start, span.end);
        const key = alignKey(s);
        const w = words(s);
        if (w.length >= MIN_WORDS && !other.has(key)) into.push({ row, para, span, key, words: w });
      }
    };
    if (b !== undefined && r.before !== undefined) collect(b, r.before, keptKeys, removed);
    if (a !== undefined && r.after !== undefined) collect(a, r.after, hadKeys, added);
  });
  const moves: SentenceMove[] = [];
  for (const from of removed) {
    let to = added.find((c) => !c.used && c.row !== from.row && c.key === from.key);
    if (!to) {
      let best = MOVE_SIMILARITY;
      for (const c of added) {
        if (c.used || c.row === from.row) continue;
        const s = similarity(from.words, c.words);
        if (s >= best) {
          best = s;
          to = c;
        }
      }
    }
    if (!to) continue;
    to.used = true;
    from.used = true;
    const fromRow = rows[from.row];
    const toRow = rows[to.row];
    moves.push({
      sentence: before[from.para].slice(from.span.start, from.span.end),
      now: after[to.para].slice(to.span.start, to.span.end),
      fromBefore: from.para,
      fromSpan: from.span,
      ...(fromRow.after !== undefined ? { fromAfter: fromRow.after } : {}),
      toAfter: to.para,
      toSpan: to.span,
      ...(toRow.before !== undefined ? { toBefore: toRow.before } : {}),
      whole: false,
    });
  }
  for (const r of rows) {
    if (r.kind !== "moved" || r.before === undefined || r.movedTo === undefined) continue;
    const b = before[r.before];
    const a = after[r.movedTo];
    moves.push({ sentence: b, now: a, fromBefore: r.before, fromSpan: { start: numberingEnd(b), end: b.length }, toAfter: r.movedTo, toSpan: { start: numberingEnd(a), end: a.length }, whole: true });
  }
  return moves;
}

/** A text with some spans taken out, the spaces around them tidied. */
export function withoutSpans(text: string, spans: readonly Span[]): string {
  let out = text;
  for (const s of [...spans].sort((x, y) => y.start - x.start)) out = `${out.slice(0, s.start).trimEnd()} ${out.slice(s.end).trimStart()}`;
  // a number left alone ("3.2") is no text
  return /[\p{L}]/u.test(out) ? out.trim() : "";
}

/**
 * `target` with `sentence` put back where it stood in `source` (after the sentence that preceded
 * it there, found by its words; else at the start or the end).
 */
export function putBack(target: string, source: string, span: Span, sentence: string): string {
  const sentences = sentenceSpans(source);
  const k = sentences.findIndex((s) => s.start >= span.start);
  const spans = sentenceSpans(target);
  if (k <= 0) {
    const at = spans.length ? spans[0].start : numberingEnd(target);
    return k === 0 ? `${target.slice(0, at)}${sentence} ${target.slice(at)}`.trimEnd() : `${target.trimEnd()} ${sentence}`;
  }
  const prevKey = alignKey(source.slice(sentences[k - 1].start, sentences[k - 1].end));
  const prev = spans.find((s) => alignKey(target.slice(s.start, s.end)) === prevKey);
  if (!prev) return `${target.trimEnd()} ${sentence}`;
  return `${target.slice(0, prev.end)} ${sentence}${target.slice(prev.end)}`;
}

/** A paragraph's section number: its own ("3.2"), else the nearest numbered paragraph before it. */
export function sectionOf(texts: readonly string[], i: number): string | null {
  for (let k = i; k >= 0 && k > i - 40; k--) {
    const m = /^\s*(?:(?:section|clause|article)\s+)?(\d{1,3}(?:\.\d{1,3}){0,4})[.):]?\s/i.exec(texts[k]);
    if (m) return m[1];
  }
  return null;
}

const SURVIVES = /\bsurviv\w*/i;
const LISTED = /\b(?:sections?|clauses?|articles?|paragraphs?)\s+(\d{1,3}(?:\.\d{1,3}){0,4}(?:\s*(?:,|and|or|&|to|through)\s*\d{1,3}(?:\.\d{1,3}){0,4})*)/gi;

/** The section numbers a version's survival clauses name; null when none names any. */
export function survivingSections(texts: readonly string[]): string[] | null {
  const out: string[] = [];
  for (const t of texts) {
    if (!SURVIVES.test(t)) continue;
    for (let m = LISTED.exec(t); m; m = LISTED.exec(t)) out.push(...(m[1].match(/\d{1,3}(?:\.\d{1,3}){0,4}/g) ?? []));
    LISTED.lastIndex = 0;
  }
  return out.length ? out : null;
}

export const survives = (section: string, listed: readonly string[]): boolean => listed.some((s) => section === s || section.startsWith(`${s}.`));

/** A sentence opening with an exception governs the clause it opens. */
const LEAD_IN = /^\W*(?:except|save|unless|subject to|notwithstanding|other than|apart from|excluding|without (?:the )?(?:\w+'s )?(?:prior )?(?:written )?consent)\b/i;
/** A sentence that speaks of the clause as a whole ("the restrictions in this clause do not apply to …"). */
const CLAUSE_WIDE = /\b(?:this|these|the foregoing|the above)\s+(?:clause|section|paragraph|restrictions?|obligations?|prohibitions?|provisions?)\b|\bthe (?:foregoing|above)\b|\bnothing in this\b/i;
const NOT_APPLY = /\b(?:do(?:es)?|shall|will) not apply\b|\bnothing in this\b[^.]*\b(?:prevents?|restricts?|limits?)\b/i;

/**
 * The exception (or consent qualifier) that governs the words at `span` of paragraph `i`, other
 * than their own: a sentence opening the paragraph with one ("Except as …, …"), a sentence that
 * qualifies the whole clause, or the lead-in of a list (the paragraph before, ending with ":").
 * A carve-out for what the law requires does not count. Null when none.
 */
export function governingException(texts: readonly string[], i: number, span: Span): string | null {
  const text = texts[i];
  const spans = sentenceSpans(text);
  for (const s of spans) {
    if (!(s.end <= span.start || s.start >= span.end)) continue;
    const t = text.slice(s.start, s.end);
    if (BENIGN.test(t)) continue;
    const qualifies = EXCEPTION.test(t) || CONSENT.test(t);
    if ((s === spans[0] && s.end <= span.start && LEAD_IN.test(t)) || (CLAUSE_WIDE.test(t) && (qualifies || NOT_APPLY.test(t)))) return t;
  }
  const lead = i > 0 ? texts[i - 1] : "";
  if (/:\s*$/.test(lead) && (EXCEPTION.test(lead) || CONSENT.test(lead)) && !BENIGN.test(lead)) return lead;
  return null;
}
