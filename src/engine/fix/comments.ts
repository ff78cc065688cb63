/**
 * One comment per changed clause, written for the other side: where the clause is (its section
 * number), the words that raise the concern, what the change does and what it keeps. Singular and
 * plural work terms agree ("the Work Product itself", "the Deliverables themselves"). A concern met
 * again later in the document points back to the first clause instead of repeating the explanation.
 */
import type { Category, Paragraph } from "../types";
import type { SectionStart } from "../read/structure";
import { headingOf } from "../read/sections";
import { capitalise } from "../text";
import { conform, DEFAULT_CONVENTIONS } from "./conventions";
import { isPlural } from "./plural";
import { AI_NOUNS, AI_VERBS, DOES, KEEPS, WHY, WHY_AGAIN, type LABEL, type Names } from "./wording";

/** Per document: where each concern was first explained. */
export interface CommentMemory {
  /** Category → the clause that explained it first (its label and a key for the clause). */
  first: Map<Category, { where: string; key: string }>;
}

export function newCommentMemory(): CommentMemory {
  return { first: new Map() };
}

/** Fills the placeholders of the wording data in the document's names and spelling. */
export function fillWords(template: string, names: Names, extra: Record<string, string> = {}): string {
  const plural = isPlural(names.work);
  const values: Record<string, string> = {
    agency: names.agency,
    Agency: capitalise(names.agency),
    contractor: names.contractor,
    Contractor: capitalise(names.contractor),
    work: names.work,
    Work: capitalise(names.work),
    it: plural ? "them" : "it",
    itself: plural ? "themselves" : "itself",
    ai: AI_VERBS,
    aiNoun: AI_NOUNS,
    project: names.conventions?.project ?? "the project",
    ...extra,
  };
  const out = template.replace(/\{([A-Za-z]+)\}/g, (all, k: string) => values[k] ?? all);
  return conform(out, { ...(names.conventions ?? DEFAULT_CONVENTIONS), curlyQuotes: names.conventions?.curlyQuotes ?? true });
}

/** “a”, “a” and “b”, “a”, “b” and “c”. */
function quoteList(words: readonly string[]): string {
  const q = [...new Set(words.map((w) => w.trim()).filter(Boolean))].slice(0, 3).map((w) => `\u201c${w.length > 70 ? `${w.slice(0, 67)}\u2026` : w}\u201d`);
  if (q.length <= 1) return q[0] ?? "This clause";
  return `${q.slice(0, -1).join(", ")} and ${q[q.length - 1]}`;
}

export interface ClauseNote {
  /** Categories of the clause's findings, gravest first. */
  categories: Category[];
  /** The words of each finding, in the order of `categories` where they match. */
  triggers: Array<{ category: Category; words: string }>;
  paragraph: number;
  /** Where the clause starts in its paragraph (with the paragraph, the clause's identity). */
  at: number;
  /** What the change does. */
  edit: keyof typeof LABEL;
}

/**
 * @example
 * clauseComment({ categories: ["broad-license"], triggers: ["for any purpose"], paragraph: 9, edit: "otherThan" }, names)
 * // "Section 3.2: As written, “for any purpose” makes the licence wide enough to cover AI training. This change keeps …"
 */
export function clauseComment(note: ClauseNote, names: Names): string {
  const lead = note.categories[0];
  const where = names.section?.(note.paragraph) ?? null;
  const memory = names.memory;
  const key = `${note.paragraph}:${note.at}`;
  const seen = memory?.first.get(lead);
  const first = seen && seen.key !== key ? seen.where : null;
  const mine = note.triggers.filter((t) => t.category === lead).map((t) => t.words);
  const others = note.triggers.filter((t) => t.category !== lead).map((t) => t.words);
  const why = capitalise(fillWords(first ? WHY_AGAIN[lead] : WHY[lead], names, { triggers: quoteList(mine.length ? mine : others), first: first ?? "" }));
  const does = `This change ${fillWords(DOES[note.edit], names)}.`;
  const also = mine.length && others.length ? ` The same change settles ${quoteList(others)}.` : "";
  const keeps = fillWords(KEEPS[lead], names);
  if (memory && !seen) memory.first.set(lead, { where: where ?? "the clause above", key });
  const text = `${where ? `${where}: ` : ""}${why} ${does}${also} ${keeps}`;
  return conform(text, { ...(names.conventions ?? DEFAULT_CONVENTIONS), curlyQuotes: names.conventions?.curlyQuotes ?? true });
}

/**
 * "Section 3.2 (Ownership)" for a paragraph: the numbered section it sits in, with the heading of
 * that section or of the section it belongs to; null before the first numbered section.
 */
export function sectionLabels(paragraphs: readonly Paragraph[], sections: readonly SectionStart[]): (paragraph: number) => string | null {
  const cache = new Map<number, string | null>();
  const titleOf = (s: SectionStart): string | undefined => {
    if (s.heading) return s.heading;
    const h = headingOf(paragraphs[s.paragraph] ?? { text: "" });
    return h ? h.title.replace(/^\s*(?:(?:section|article|clause)\s+)?[\dA-Z]{1,3}(?:\.\d{1,3})*[.)]?\s+/i, "").trim() || undefined : undefined;
  };
  return (paragraph) => {
    if (cache.has(paragraph)) return cache.get(paragraph)!;
    let k = -1;
    for (let i = 0; i < sections.length && sections[i].paragraph <= paragraph; i++) k = i;
    let label: string | null = null;
    if (k >= 0) {
      const s = sections[k];
      let title: string | undefined;
      for (let j = k; j >= 0 && !title; j--) {
        const n = sections[j].number;
        if (n === s.number || s.number.startsWith(`${n}.`) || s.number.startsWith(`${n}(`)) title = titleOf(sections[j]);
      }
      label = `Section ${s.number}${title && title.length <= 60 ? ` (${title})` : ""}`;
    }
    cache.set(paragraph, label);
    return label;
  };
}
