/**
 * Deciding what to insert when the user asks for the addendum (or one section of it) and the
 * document may already hold a TermScore addendum: never a second title, never a section twice,
 * and the sections that are still missing appended with their numbering continued.
 */
import type { AddendumParagraph, Paragraph } from "../types";
import { ADDENDUM_HEADING, ADDENDUM_SECTION_HEADINGS, addendumNumber } from "./addendum";
import { findAddendumStart } from "./placement";

export type AddendumPlan =
  | { insert: AddendumParagraph[]; /** True when sections are added to an addendum already in the document. */ extendsExisting: boolean }
  | { insert: null; message: string };

export const ADDENDUM_ALREADY_COMPLETE = "An AI-training addendum with these sections is already in the document, so nothing was added.";


function sectionName(text: string): string | null {
  const m = ADDENDUM_HEADING.exec(text);
  if (!m) return null;
  const name = m[3].toLowerCase();
  return ADDENDUM_SECTION_HEADINGS.find((h) => h.toLowerCase() === name) ?? null;
}

/**
 * @example
 * planAddendumInsertion(documentParagraphs, buildAddendum({ only: ["audit-rights"] }))
 * // no addendum yet → the whole requested addendum; one already there → only its missing sections, renumbered
 */
export function planAddendumInsertion(current: readonly Paragraph[], incoming: readonly AddendumParagraph[]): AddendumPlan {
  const start = findAddendumStart(current);
  if (start < 0) return { insert: incoming.slice(), extendsExisting: false };

  const present = new Set<string>();
  let lastNumber = 0;
  /** An addendum of an older version numbered "1.", "2.": continue its numbering as it is. */
  let older = false;
  // from the start itself: without its title the addendum starts at its introduction or first section
  for (let i = start; i < current.length; i++) {
    const m = ADDENDUM_HEADING.exec(current[i].text);
    const name = sectionName(current[i].text);
    if (m && name) {
      present.add(name.toLowerCase());
      lastNumber = Math.max(lastNumber, Number(m[2]));
      if (!/^AI-/.test(m[1])) older = true;
    }
  }

  // Group the incoming paragraphs by section number; drop the title and the preamble.
  const renumber = new Map<string, string>();
  const keep: AddendumParagraph[] = [];
  let next = lastNumber;
  let keepingSection = false;
  for (const p of incoming) {
    if (p.kind === "title") continue;
    if (p.kind === "heading") {
      const name = sectionName(p.text);
      keepingSection = !!name && !present.has(name.toLowerCase());
      if (keepingSection && p.number) {
        next += 1;
        renumber.set(p.number, older ? String(next) : addendumNumber(next));
      }
    } else if (p.number === undefined) {
      continue; // preamble: the addendum in the document already has one
    }
    if (keepingSection) keep.push(p);
  }
  if (keep.length === 0) return { insert: null, message: ADDENDUM_ALREADY_COMPLETE };

  const fix = (text: string) => text.replace(/\bSection ((?:AI-)?\d{1,2})\b/g, (all, n: string) => (renumber.has(n) ? `Section ${renumber.get(n)}` : all));
  const insert = keep.map((p) => {
    const number = p.number !== undefined ? renumber.get(p.number) ?? p.number : undefined;
    const text = p.kind === "heading" && p.number !== undefined ? p.text.replace(ADDENDUM_HEADING, (_all, _n, _d, name: string) => `${number}. ${name}`) : fix(p.text);
    return { ...p, text, ...(number !== undefined ? { number } : {}) };
  });
  return { insert, extendsExisting: true };
}
