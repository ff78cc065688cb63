/**
 * The contract's structure: section numbers and headings (so that "Sections 3 and 4 survive" can be
 * followed to what those sections say), and the atoms no edit may split: quoted defined terms and
 * cross-references ("Section 2.5 (Feedback and Usage Data)").
 */
import type { Paragraph } from "../types";
import type { Span } from "../text";
import { WORD_NUMBER, listClauses } from "./lists";

export interface SectionStart {
  /** "3", "3.2", "12(a)", "IV", "A". */
  number: string;
  paragraph: number;
  heading?: string;
}

/** A paragraph that opens a numbered section: "3.", "3.2", "Section 4 –", "Article IV", "12(a)". */
const SECTION_OPEN = /^\s*(?:(?:section|article|clause|§)\s*)?((?:\d{1,3}(?:\.\d{1,3}){0,4})|[IVXLC]{1,6}(?=[.)\s])|[A-Z](?=[.)]\s))[.)]?(?:\s*\(([a-z0-9]{1,4})\))?\s+(?:([A-Z][^.:;\n]{1,80}?)[.:]\s)?/i;

/** A label Word writes with its word: "Section 6", "Article IV", "Clause 4.2." (never an item's "iv."). */
const WORD_SECTION = /^\s*(?:section|article|clause)\s+(?:\d{1,3}(?:\.\d{1,3}){0,4}|[IVXLC]{1,6})\.?\s*$/i;

/**
 * Numbered sections in document order (body paragraphs only). The number is typed in the text
 * ("6.4 The Agency may …"), or, when the text has none, the one Word shows for the paragraph
 * (`listLabel`), unless the paragraph is an item of a list clause ("1.", "2." under "The Agency
 * may:" number items, not sections).
 */
export function findSections(paragraphs: readonly Paragraph[]): SectionStart[] {
  const out: SectionStart[] = [];
  let items: Set<number> | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    // a table's row numbers ("1  Concepts and mood boards  20 March") open no section
    if ((p.part && p.part !== "body") || p.inTable) continue;
    let m = SECTION_OPEN.exec(p.text.slice(0, 200));
    if (!m && p.listLevel !== undefined && p.listLabel && (WORD_NUMBER.test(p.listLabel) || WORD_SECTION.test(p.listLabel))) {
      items ??= new Set(listClauses(paragraphs).flatMap((c) => c.items));
      // read as if typed: the label, then the text (its heading, "Licence. The Agency …", read the same way)
      if (!items.has(i)) m = SECTION_OPEN.exec(`${p.listLabel.trim()} ${p.text.slice(0, 200).trimStart()}`);
    }
    if (!m) continue;
    const number = m[2] ? `${m[1]}(${m[2]})` : m[1];
    out.push({ number: number.replace(/\.$/, ""), paragraph: i, ...(m[3] ? { heading: m[3].trim() } : {}) });
  }
  return out;
}

/** The paragraphs of section `number` (its own paragraph up to the next section that is not a subsection of it). */
export function paragraphsOfSection(sections: readonly SectionStart[], number: string, total: number): number[] {
  const want = number.replace(/\.$/, "").toLowerCase();
  const out: number[] = [];
  for (let k = 0; k < sections.length; k++) {
    const n = sections[k].number.toLowerCase();
    if (n !== want && !n.startsWith(`${want}.`) && !n.startsWith(`${want}(`)) continue;
    const end = k + 1 < sections.length ? sections[k + 1].paragraph : total;
    for (let i = sections[k].paragraph; i < end && out.length < 200; i++) out.push(i);
  }
  return out;
}

/** "Sections 3, 4.2 and 7(b)" → ["3", "4.2", "7(b)"]. */
export function sectionRefs(sentence: string): string[] {
  const out: string[] = [];
  const re = /\b(?:sections?|clauses?|articles?|paragraphs?|§§?)\s*((?:\d{1,3}(?:\.\d{1,3}){0,4}(?:\([a-z0-9]{1,4}\))*(?:\s*(?:,|and|or|through|to|-|\u2013)\s*)?)+)/gi;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    for (const n of m[1].split(/\s*(?:,|and|or|through|to|-|\u2013)\s*/)) if (/^\d/.test(n)) out.push(n.trim());
  }
  return out;
}

const QUOTED = /["\u201c][^"\u201c\u201d\n]{1,80}["\u201d]/g;
const CROSS_REF = /\b(?:sections?|clauses?|articles?|exhibits?|schedules?|appendi(?:x|ces)|annex(?:es)?|paragraphs?|§§?)\s*(?:\d{1,3}(?:\.\d{1,3}){0,4}|[A-Z]{1,3}\b|[IVXLC]{1,6}\b)(?:\([a-z0-9]{1,4}\))*(?:\s*(?:,|and|or|through|to)\s*\d{1,3}(?:\.\d{1,3}){0,4}(?:\([a-z0-9]{1,4}\))*)*(?:\s*\([^()]{1,80}\))?/gi;

/** Spans of a paragraph that an edit must never cut into: quoted terms and cross-references. */
export function atomsOf(text: string): Span[] {
  const out: Span[] = [];
  for (const re of [QUOTED, CROSS_REF]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The titles inside cross-references ("Section 5 (Use for Any Purpose)"): words that name a section
 * and grant nothing. A risky phrase found there is the heading's, not the sentence's.
 */
export function crossReferenceTitles(text: string): Span[] {
  const out: Span[] = [];
  CROSS_REF.lastIndex = 0;
  for (let m = CROSS_REF.exec(text); m; m = CROSS_REF.exec(text)) {
    const open = m[0].lastIndexOf("(");
    if (open > 0 && m[0].endsWith(")") && m[0].length - open > 6) out.push({ start: m.index + open, end: m.index + m[0].length });
  }
  return out;
}

/** True when an edit at [start, end) would cut into an atom (touching its edges is fine). */
export function cutsAtom(atoms: readonly Span[], start: number, end: number): boolean {
  return atoms.some((a) => (start > a.start && start < a.end) || (end > a.start && end < a.end));
}
