/**
 * The sentences a paragraph is scanned in: sentence spans (long ones cut into windows), finding
 * the sentence that holds an offset, run-in headings, and a paragraph view that splits on first use.
 */
import { splitSentences, type Span } from "../text";

/** Sentences longer than this are scanned in windows of this size (bounds pathological input). */
const MAX_SENTENCE = 4000;

export function sentenceWindows(text: string): Span[] {
  const out: Span[] = [];
  for (const s of splitSentences(text)) {
    if (s.end - s.start <= MAX_SENTENCE) out.push(s);
    else for (let i = s.start; i < s.end; i += MAX_SENTENCE) out.push({ start: i, end: Math.min(s.end, i + MAX_SENTENCE) });
  }
  return out;
}

/** A run-in heading sentence ("3. Model Training.") names a topic; it grants nothing. */
function isHeadingSentence(sentence: string): boolean {
  const t = sentence.replace(/^\s*(?:(?:section|article|clause)\s+)?(?:\d{1,3}(?:\.\d{1,3}){0,4}\.?|\(?[a-z]\)|[ivx]{1,5}\.)\s*/i, "").replace(/[.:]\s*$/, "");
  if (!t || t.length > 60) return false;
  const words = t.split(/\s+/);
  return words.length <= 6 && words.every((w) => /^(?:[A-Z0-9(&"\u201c'-]|and$|or$|of$|the$|for$|to$|in$|on$|a$)/.test(w));
}

/** Index of the span containing `pos`, or -1. Spans are sorted and disjoint. */
export function spanIndex(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pos < spans[mid].start) hi = mid - 1;
    else if (pos >= spans[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A paragraph with its sentences split on first use. */
export class ParagraphView {
  private spans: Span[] | null = null;
  private readonly texts: Array<string | undefined> = [];
  private readonly headings: Array<boolean | undefined> = [];
  constructor(private readonly text: string) {}
  sentences(): Span[] {
    return (this.spans ??= sentenceWindows(this.text));
  }
  sentence(i: number): string {
    const s = this.sentences()[i];
    return (this.texts[i] ??= this.text.slice(s.start, s.end));
  }
  isHeading(i: number): boolean {
    return (this.headings[i] ??= isHeadingSentence(this.sentence(i)));
  }
}
