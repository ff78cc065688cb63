/**
 * Where a finding sits, in words a reader can find in the contract: the clause number or the
 * heading above it, and the sentence around the trigger words. Pure functions over paragraphs.
 */
import type { Paragraph } from "../../engine/types";

const NUMBERED = /^\s*(?:(?:section|clause|article|§)\s*)?(\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]?(?:\s+|$)/i;
const MAX_LOOK_BACK = 60;

/** "2.1" for "2.1 Licence. …", "Section 3" → "3"; null when the paragraph does not start with a number. */
export function clauseNumber(text: string): string | null {
  const m = NUMBERED.exec(text);
  if (!m) return null;
  // A lone letter or roman numeral only counts when followed by ")" or "." ("a)", "iv.").
  if (!/\d/.test(m[1]) && !/^\s*(?:section|clause|article|§)?\s*[a-z]+[.)]/i.test(text)) return null;
  return m[1];
}

function isHeading(p: Paragraph): boolean {
  return (p.headingLevel !== undefined && p.headingLevel > 0) || /^heading\s*\d/i.test(p.style ?? "") || p.style === "Title";
}

function shorten(text: string, max = 28): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : t.slice(0, max - 1).trimEnd() + "…";
}

/**
 * A short label for the clause a paragraph belongs to: "§ 2.1" when it (or the heading above it)
 * is numbered, else the heading's words, else "¶ 12" (1-based paragraph number).
 */
export function clauseLabel(paragraphs: readonly Paragraph[], index: number): string {
  const own = paragraphs[index];
  if (!own) return `¶ ${index + 1}`;
  const n = clauseNumber(own.text);
  if (n) return `§ ${n}`;
  for (let i = index - 1; i >= 0 && i >= index - MAX_LOOK_BACK; i--) {
    const p = paragraphs[i];
    const num = clauseNumber(p.text);
    if (isHeading(p)) return num ? `§ ${num}` : shorten(p.text);
    if (num && p.text.length < 400) return `§ ${num}`;
  }
  return `¶ ${index + 1}`;
}

/** The sentence (or a window of the paragraph) holding [start, end). */
export function sentenceAround(text: string, start: number, end: number, maxChars = 360): { start: number; end: number } {
  let s = start;
  while (s > 0 && !/[.;!?]\s/.test(text.slice(s - 2, s))) s--;
  let e = end;
  while (e < text.length && !/[.;!?]/.test(text[e - 1] ?? "")) e++;
  if (e - s > maxChars) {
    const pad = Math.max(40, Math.floor((maxChars - (end - start)) / 2));
    s = Math.max(s, start - pad);
    e = Math.min(e, end + pad);
  }
  return { start: s, end: e };
}
