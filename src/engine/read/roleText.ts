/**
 * The text roles are read in, and how evidence is gathered from it: the joined body, the opening
 * clause that names the parties, and `addEvidence`, which scores a candidate by each match of a
 * pattern and keeps where it was found.
 */
import type { Paragraph, RoleEvidence } from "../types";

/** Up to this many characters of the body are read for roles. */
export const READ_LIMIT = 60_000;
/** The opening of the contract, where the parties are named. */
export const OPENING = 8000;

/** The body text read for roles, with where each paragraph starts in it. */
export interface Doc {
  text: string;
  /** Start offset of each paragraph in `text` (body paragraphs only; -1 when not read). */
  starts: number[];
  paragraphs: readonly Paragraph[];
}

/** The body paragraphs joined (up to READ_LIMIT characters); notes, headers and footers left out. */
export function joinBody(paragraphs: readonly Paragraph[]): Doc {
  let text = "";
  const starts: number[] = new Array(paragraphs.length).fill(-1);
  for (let i = 0; i < paragraphs.length && text.length < READ_LIMIT; i++) {
    const p = paragraphs[i];
    if (p.part && p.part !== "body") continue;
    starts[i] = text.length;
    text += p.text + "\n";
  }
  return { text: text.length > READ_LIMIT ? text.slice(0, READ_LIMIT) : text, starts, paragraphs };
}

/** The paragraph holding offset `pos` of the joined text. */
export function paragraphAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.starts.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.starts[mid];
    if (s === -1) {
      // non-body paragraphs are never before a body paragraph's start in `text`; search linearly nearby
      hi = mid - 1;
      continue;
    }
    if (s <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The words around [start, end), for evidence. */
export function quote(doc: Doc, start: number, end: number): string {
  const a = Math.max(0, start - 40);
  const b = Math.min(doc.text.length, end + 40);
  return (a > 0 ? "…" : "") + doc.text.slice(a, b).replace(/\s+/g, " ").trim() + (b < doc.text.length ? "…" : "");
}

/** Scores `c` by `weight` for each match of `re` (at most `cap`), keeping where the first ones are. */
export function addEvidence(doc: Doc, c: { score: number; evidence: RoleEvidence[] }, re: RegExp, weight: number, reason: string, cap = 4): void {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(doc.text); m && n < cap; m = re.exec(doc.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    n++;
    c.score += weight;
    if (c.evidence.length < 6 && weight > 0) c.evidence.push({ paragraph: paragraphAt(doc, m.index), quote: quote(doc, m.index, m.index + m[0].length), reason });
  }
}

/** The opening clause that names the parties: from "between" to the recitals. */
export function openingClause(text: string): { start: number; end: number } | null {
  const head = text.slice(0, OPENING);
  const b = /\b(?:between|BETWEEN)\b/.exec(head);
  if (!b) return null;
  const rest = head.slice(b.index);
  const stop = /\b(?:WHEREAS|Whereas|WITNESSETH|Witnesseth|RECITALS|Recitals|BACKGROUND|NOW,?\s+THEREFORE|In\s+consideration|IN\s+CONSIDERATION|The\s+[Pp]arties\s+agree|Each\s+of\s+the\s+parties|The\s+foregoing\s+entities|and\s+describes)\b|\n\s*1\.\s/.exec(rest);
  return { start: b.index, end: b.index + Math.min(stop ? stop.index : 1500, 1500) };
}
