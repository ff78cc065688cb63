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
import { fill, thirdPerson } from "./fill";
import { AND_DROPS_OPT_OUT, COMMENT, DOES, DOES_DROPPING_OPT_OUT, DOES_QUALIFYING, KEEPS, WHY, WHY_AGAIN, WHY_OWN_WORD, type LABEL, type Names } from "./wording";

/** Per document: where each concern was first explained. */
export interface CommentMemory {
  /** Category → the clause that explained it first (its label and a key for the clause). */
  first: Map<Category, { where: string; key: string }>;
  /** What-stays sentences already said → the clause that said them: each is said once per document. */
  said?: Map<string, string>;
}

export function newCommentMemory(): CommentMemory {
  return { first: new Map(), said: new Map() };
}

/** The words quoted, without repeats, at most three. */
function quotable(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.trim()).filter(Boolean))].slice(0, 3);
}

/** “a”, “a” and “b”, “a”, “b” and “c”. */
function quoteList(words: readonly string[]): string {
  const q = quotable(words).map((w) => `\u201c${w.length > 70 ? `${w.slice(0, 67)}\u2026` : w}\u201d`);
  if (q.length <= 1) return q[0] ?? COMMENT.noWords;
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
  /** The change also deletes an opt-out condition of the clause. */
  dropsOptOut?: boolean;
  /** The document's words the change qualifies ("for any purpose"), quoted in what it does when the triggers are other words. */
  qualifies?: string | null;
  /**
   * A pointer in one paragraph of a list clause: what it makes subject to the restriction ("this
   * item") and where that restriction is ("at the end of item (c) of Section 6.4"). Its comment is
   * then short: why, and where the one restriction is; what stays is said by that restriction's comment.
   */
  pointsTo?: { what: string; where: string };
}

/** The verb after several quoted words agrees with them: "“a” and “b” let …", not "lets". */
const PLURAL_VERB: Array<[RegExp, string]> = [
  [/\{triggers\} is (another|a second)\b/, "{triggers} make this $1"],
  [/\{triggers\} is\b/, "{triggers} are"],
  [/\{triggers\} (again )?(let|make|raise|transfer)s\b/, "{triggers} $1$2"],
];

function agree(template: string, many: boolean): string {
  return many ? PLURAL_VERB.reduce((t, [re, to]) => t.replace(re, to), template) : template;
}

/** A trigger that is only the clause kind's own word ("feedback") says nothing when quoted. */
const OWN_WORD: Partial<Record<Category, RegExp>> = { feedback: /^(?:any\s+|all\s+)?feedback$/i };

/**
 * @example
 * clauseComment({ categories: ["broad-license"], triggers: ["for any purpose"], paragraph: 9, edit: "otherThan" }, names)
 * // "Section 3.2: As written, “for any purpose” makes the licence wide enough to cover AI training. This change keeps …"
 */
export function clauseComment(note: ClauseNote, voiced: Names): string {
  // a comment is the user's note to the other side: the parties in the third person
  const names = thirdPerson(voiced);
  const lead = note.categories[0];
  const where = names.section?.(note.paragraph) ?? null;
  const memory = names.memory;
  const key = `${note.paragraph}:${note.at}`;
  const seen = memory?.first.get(lead);
  const first = seen && seen.key !== key ? seen.where : null;
  const mine = note.triggers.filter((t) => t.category === lead).map((t) => t.words);
  const others = note.triggers.filter((t) => t.category !== lead).map((t) => t.words);
  const quoted = mine.length ? mine : others;
  const ownWord = !first && WHY_OWN_WORD[lead] && quoted.every((w) => OWN_WORD[lead]!.test(w.trim()));
  const template = ownWord ? WHY_OWN_WORD[lead]! : agree(first ? WHY_AGAIN[lead] : WHY[lead], quotable(quoted).length > 1);
  const why = capitalise(fill(template, names, { triggers: quoteList(quoted), first: first ?? "" }));
  if (note.pointsTo) {
    const short = `${where ? `${where}: ` : ""}${why} ${fill(COMMENT.pointer, names, { what: note.pointsTo.what, where: note.pointsTo.where })}`;
    return conform(short, { ...(names.conventions ?? DEFAULT_CONVENTIONS), curlyQuotes: names.conventions?.curlyQuotes ?? true });
  }
  // the change's own words quoted where the finding's words are elsewhere ("perpetual, irrevocable" found, "for any purpose" carved)
  const q = note.qualifies?.trim();
  const naming = q && DOES_QUALIFYING[note.edit] && !note.triggers.some((t) => t.words.trim().toLowerCase() === q.toLowerCase()) ? DOES_QUALIFYING[note.edit] : null;
  const doesText = note.dropsOptOut ? DOES_DROPPING_OPT_OUT[note.edit] ?? `${DOES[note.edit]}${AND_DROPS_OPT_OUT}` : naming ?? DOES[note.edit];
  const does = fill(COMMENT.does, names, { does: fill(doesText, names, naming ? { words: quoteList([q!]) } : undefined) });
  const also = mine.length && others.length ? ` ${fill(COMMENT.alsoSettles, names, { others: quoteList(others) })}` : "";
  // what stays is said once per document, by the first clause that says it
  const keepsText = fill(KEEPS[lead], names);
  const saidBy = memory?.said?.get(keepsText);
  const keeps = saidBy && saidBy !== key ? "" : ` ${keepsText}`;
  if (memory?.said && !saidBy) memory.said.set(keepsText, key);
  if (memory && !seen) memory.first.set(lead, { where: where ?? "the clause above", key });
  const text = `${where ? `${where}: ` : ""}${why} ${does}${also}${keeps}`;
  return conform(text, { ...(names.conventions ?? DEFAULT_CONVENTIONS), curlyQuotes: names.conventions?.curlyQuotes ?? true });
}

/** The word a section's number is written with, where it is not "Section": "Article IV", "CLAUSE 4.2". */
const SECTION_WORD = /^\s*(article|clause)\s+(?:\d|[IVXLC]{1,6}\b)/i;

/** A heading's own number ("2.", "Section 4", "A.", "IV)"), never its first word: "Use of the Deliverables" keeps "Use". */
const SECTION_NUMBER = /^\s*(?:(?:[Ss]ection|[Aa]rticle|[Cc]lause|SECTION|ARTICLE|CLAUSE)\s+)?(?:\d{1,3}(?:\.\d{1,3})*[.)]?|(?:[A-Z]|[IVXLC]{1,6})[.)])\s+/;

/**
 * "Section 3.2 (Ownership)" for a paragraph: the numbered section it sits in, with the heading of
 * that section or of the section it belongs to; under an unnumbered heading (a Word heading style)
 * that comes after that section, the heading, with the document title above it when there is one
 * ('Statement of Work No. 1, "Usage"'); null before any of these.
 */
export function sectionLabels(paragraphs: readonly Paragraph[], sections: readonly SectionStart[]): (paragraph: number) => string | null {
  const cache = new Map<number, string | null>();
  const numbered = new Set(sections.map((s) => s.paragraph));
  // unnumbered headings set in a heading or title style, in document order
  const styled: Array<{ paragraph: number; title: string; isTitle: boolean }> = [];
  paragraphs.forEach((p, i) => {
    if ((p.part && p.part !== "body") || p.inTable || numbered.has(i) || !(p.headingLevel || (p.style && /^(?:heading\s*\d|title)$/i.test(p.style)))) return;
    const h = headingOf(p);
    if (h && h.title.length <= 80) styled.push({ paragraph: i, title: h.title, isTitle: !!p.style && /^title$/i.test(p.style) });
  });
  const titleOf = (s: SectionStart): string | undefined => {
    if (s.heading) return s.heading;
    const h = headingOf(paragraphs[s.paragraph] ?? { text: "" });
    return h ? h.title.replace(SECTION_NUMBER, "").trim() || undefined : undefined;
  };
  // the contract's own word for its sections: "Article IV", "Clause 4.2" where it writes them so (typed, or in Word's label)
  const wordOf = (s: SectionStart): string => {
    const p = paragraphs[s.paragraph];
    const w = SECTION_WORD.exec(p?.text ?? "") ?? SECTION_WORD.exec(`${p?.listLabel ?? ""} `);
    return w ? capitalise(w[1].toLowerCase()) : "Section";
  };
  return (paragraph) => {
    if (cache.has(paragraph)) return cache.get(paragraph)!;
    let k = -1;
    for (let i = 0; i < sections.length && sections[i].paragraph <= paragraph; i++) k = i;
    let label: string | null = null;
    const after = k >= 0 ? sections[k].paragraph : -1;
    let h = -1;
    for (let i = 0; i < styled.length && styled[i].paragraph <= paragraph; i++) if (styled[i].paragraph > after) h = i;
    if (h >= 0) {
      const head = styled[h];
      let docTitle: string | undefined;
      for (let i = h - 1; i >= 0 && styled[i].paragraph > after && !docTitle; i--) if (styled[i].isTitle) docTitle = styled[i].title;
      label = head.isTitle ? head.title : docTitle ? `${docTitle}, "${head.title}"` : `"${head.title}"`;
    } else if (k >= 0) {
      const s = sections[k];
      let title: string | undefined;
      for (let j = k; j >= 0 && !title; j--) {
        const n = sections[j].number;
        if (n === s.number || s.number.startsWith(`${n}.`) || s.number.startsWith(`${n}(`)) title = titleOf(sections[j]);
      }
      label = `${wordOf(s)} ${s.number}${title && title.length <= 60 ? ` (${title})` : ""}`;
    }
    cache.set(paragraph, label);
    return label;
  };
}
