/**
 * Clauses set out as lists: a lead-in ("5.2 The Agency may:", "The Agency may use the Deliverables
 * as follows:") and the item paragraphs after it ("(a) …;", "(b) …; and", "(c) …."). The document
 * model has one paragraph per item; the clause is the lead-in and its items together, so that what
 * TermScore writes into it is stated once for the clause, not once per paragraph.
 */
import type { Paragraph } from "../types";

export interface ListClause {
  /** The lead-in paragraph. */
  lead: number;
  /** The item paragraphs, in order (nested items included). */
  items: number[];
  /** The lead-in's section number ("5.2") when it opens a numbered section; null otherwise. */
  number: string | null;
}

/** An item label: "(a)", "(iv)", "(2)", "a)", "iv)", "a. ", a bullet or a dash. */
const ITEM = /^\s*(?:\((?:[a-zA-Z]{1,2}|[ivxlcIVXLC]{1,6}|\d{1,2})\)|(?:[a-z]{1,2}|[ivx]{1,6})\)|[a-z]\.\s|[\u2022\u25aa\u25cf\u2013\u2014*-]\s)/;
/** A section number Word writes itself (a paragraph's list label): "6.4", "6."; never an item's "(a)" or "iv)", or a bullet. */
export const WORD_NUMBER = /^\s*(\d{1,3}(?:\.\d{1,3}){0,4})\.?\s*$/;
/** A numbered section's opening: "5.2 ", "Section 5.2. ", "12. ". */
const NUMBERED = /^\s*(?:(?:section|clause|article)\s+)?(\d{1,3}(?:\.\d{1,3}){0,4})\.?\s/i;

/**
 * An item's label without its punctuation, for a reference to it: "(c) sublicense …" → "(c)",
 * "iv) …" → "(iv)"; null for a bullet or a dash, which has no label to cite.
 */
export function itemLabel(text: string): string | null {
  const m = /^\s*\(?([a-zA-Z]{1,2}|[ivxlcIVXLC]{1,6}|\d{1,2})[).]\s/.exec(text) ?? /^\s*\(?([a-zA-Z]{1,2}|[ivxlcIVXLC]{1,6}|\d{1,2})\)/.exec(text);
  return m && ITEM.test(text) ? `(${m[1]})` : null;
}

/**
 * The label of an item paragraph as a reader sees it: typed in its text ("(c) …"), or, when Word
 * numbers the paragraph itself, the label Word shows ("(c)", "3.", "iv)") when the host knows it;
 * null for a bullet or when the label cannot be known.
 */
export function labelOf(p: Paragraph): string | null {
  const typed = itemLabel(p.text);
  if (typed) return typed;
  if (p.listLevel === undefined || !p.listLabel) return null;
  const m = /^\s*\(?([a-zA-Z]{1,2}|[ivxlcIVXLC]{1,6}|\d{1,3})[).]?\s*$/.exec(p.listLabel);
  if (!m) return null;
  return /\.\s*$/.test(p.listLabel) && /^\d+$/.test(m[1]) ? `${m[1]}.` : `(${m[1]})`;
}

function inBody(p: Paragraph): boolean {
  return (!p.part || p.part === "body") && !p.inTable;
}

/**
 * A paragraph that is an item by its label. A list style alone does not make one: contracts that
 * let Word number every clause set them all in a list style, and the whole contract would then
 * read as one list.
 */
function isItem(p: Paragraph): boolean {
  return inBody(p) && ITEM.test(p.text);
}

/**
 * A paragraph Word numbers itself (no label in its text) that is an item of the lead-in `lead`:
 * one level below the lead-in where Word numbers the lead-in too ("5.2 The Agency may:" at level
 * 1, its items at level 2); under a lead-in Word does not number, a list paragraph that is one
 * phrase, not a clause of several sentences or a heading ("1. Services. The Contractor shall …"
 * after "The parties agree as follows:" is the contract's next clause, not an item), and not at a
 * shallower level than the list's first item (`first`).
 */
function isNumberedItem(p: Paragraph, lead: Paragraph, first: Paragraph | null): boolean {
  if (!inBody(p) || p.listLevel === undefined || p.headingLevel) return false;
  if (lead.listLevel !== undefined) return p.listLevel > lead.listLevel;
  // under a lead-in Word does not number, the first item's level is the list's: a paragraph Word
  // numbers at a shallower level ("2.4 The Client may:" after "(b) …") is the contract's next clause
  if (first?.listLevel !== undefined && p.listLevel < first.listLevel) return false;
  return !/[.!?]["'\u201d\u2019)]?\s+["'\u201c\u2018(]?[A-Z]/.test(p.text.trim());
}

/**
 * The list clauses of a document: each lead-in that ends with a colon or opens a numbered section,
 * with the item paragraphs that follow it (empty paragraphs between them skipped). Items are
 * labelled in their text ("(a) …") or numbered by Word itself (`listLevel`, see isNumberedItem).
 *
 * @example
 * listClauses([{ text: "5.2 The Agency may:" }, { text: "(a) publish the Deliverables;" }, { text: "(b) share them." }])
 * // [{ lead: 0, items: [1, 2], number: "5.2" }]
 */
export function listClauses(paragraphs: readonly Paragraph[]): ListClause[] {
  const out: ListClause[] = [];
  const blank = (i: number) => !/\S/.test(paragraphs[i].text);
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (!inBody(p) || blank(i) || isItem(p)) continue;
    // the section number typed in the lead-in, or the one Word gives it ("5.2" / "5.2.")
    const number = NUMBERED.exec(p.text)?.[1] ?? (p.listLevel !== undefined ? (WORD_NUMBER.exec(p.listLabel ?? "")?.[1] ?? null) : null);
    const colon = /:\s*$/.test(p.text);
    if (!number && !colon) continue;
    const items: number[] = [];
    let j = i + 1;
    // Word's own numbering makes items only under a lead-in that leaves its sentence open (a colon)
    const numbered = colon ? (q: Paragraph) => isNumberedItem(q, p, items.length ? paragraphs[items[0]] : null) : () => false;
    for (; j < paragraphs.length; j++) {
      if (blank(j)) continue;
      if (!isItem(paragraphs[j]) && !numbered(paragraphs[j])) break;
      items.push(j);
    }
    if (items.length) out.push({ lead: i, items, number });
    i = Math.max(i, j - 1);
  }
  return out;
}
