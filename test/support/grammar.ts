/**
 * What a reader of an accepted redline notices at once: a doubled word, stray punctuation, a broken
 * modal, old dangling wording, a qualifier inside a phrase, unbalanced parentheses; and, across a
 * clause, a pointer to a restriction that is not there. Shared by the engine's Accept-All test
 * (test/engine/drafting.test.ts) and the LibreOffice one (test/docx/acceptAll.libreoffice.test.ts).
 */

/** The words every protective edit uses for AI training (src/engine/fix/wording.ts). */
export const AI_PHRASE = /artificial intelligence or machine-learning model/g;

/** Faults of one sentence. */
export function grammarFaults(sentence: string): string[] {
  const faults: string[] = [];
  const doubled = /\b(\w{3,})\s+\1\b/i.exec(sentence);
  if (doubled && !/^(?:that|had)$/i.test(doubled[1])) faults.push(`doubled word "${doubled[0]}"`);
  for (const [re, what] of [
    [/,\s*,|,\s*\.|\.\s*\.(?!\.)|;\s*[,.]|\(\s*\)|\s[,.;]/, "stray punctuation"],
    [/\bnot\s+not\b|\bshall\s+not\s+shall\b|\bmay\s+shall\b|\bshall\s+not\s+also\b/i, "broken modal"],
    [/\bsolely to perform this Agreement and never\b|\bincluding solely\b|\band never to\b/i, "old dangling wording"],
    [/\(\s*(?:which|but|other|each|limited)[^)]*\)\s+(?:means|of)\b/i, "qualifier inside a phrase"],
    [/(?:,\s*provided that|,\s*except that|\bother than|; however,?|\bsubject to)\s*[.;]?\s*$/i, "dangling qualifier"],
    [/^\s*\(?(?:[a-z]|[ivx]{1,5}|\d{1,3})[.)]\s*,/i, "an item label followed by a comma"],
    [/,\s*(?:provided\s+that|unless|except\s+that)\b[^;]*,\s*(?:provided\s+that|except\s+that)\b/i, "two conditions stacked on one permission"],
    [/\bother\s+(?:lawful\s+|legitimate\s+)?(?:purposes?|uses?)\s+(?:whatsoever\s+)?other\s+than\b/i, "two qualifiers on one purpose"],
    [/\b(?:we|you|they|I)\s+(?:covenants|acquires|has|is|does|agrees|keeps)\b|\b(?:we|you|I)'s\b|\bfor\s+(?:ourselves|yourself|myself)\s+and\s+its\b/, "a pronoun party with a verb or possessive of the third person"],
  ] as Array<[RegExp, string]>) {
    if (re.test(sentence)) faults.push(what);
  }
  const open = (sentence.match(/\(/g) ?? []).length;
  const close = (sentence.match(/\)/g) ?? []).length;
  if (open !== close) faults.push("unbalanced parentheses");
  return faults;
}

/** Faults of a clause: a doubled phrase of the restriction, a pointer with nothing below it. */
export function clauseFaults(clause: string, original: string): string[] {
  const faults: string[] = [];
  const had = (original.match(AI_PHRASE) ?? []).length;
  if ((clause.match(AI_PHRASE) ?? []).length > Math.max(1, had)) faults.push("the AI restriction stated more than once");
  const pointer = clause.search(/subject to the restriction on AI training below/);
  if (pointer >= 0 && !new RegExp(AI_PHRASE.source).test(clause.slice(pointer))) faults.push("a pointer to a restriction that is not below it");
  return faults;
}

/** A list item paragraph: "(a) …", "(iv) …", "(2) …". */
const LIST_ITEM = /^\s*\((?:[a-z]{1,2}|[ivx]{1,6}|\d{1,2})\)\s/i;
/** The label Word shows for an item it numbers itself: "(a)", "a)", "iv)", "(2)", a bullet; never a section number ("6.4", "6."). */
const WORD_ITEM = /^\s*(?:\(?(?:[a-z]{1,2}|[ivx]{1,6}|\d{1,2})\)|[\u2022\u25aa\u25cf\u2013\u2014*-])\s*$/i;

/** A paragraph as the Accept-All tests hold it: its text, and the list label Word shows when Word numbers it. */
export type ClauseParagraph = string | { text: string; listLabel?: string };

/** An item of a list: its label typed in the text, or shown by Word (automatic numbering). */
function isListItem(p: ClauseParagraph): boolean {
  if (typeof p === "string") return LIST_ITEM.test(p);
  return LIST_ITEM.test(p.text) || (p.listLabel !== undefined && WORD_ITEM.test(p.listLabel));
}

/**
 * The paragraphs [from, to) of the clause paragraph `i` belongs to: a list item (labelled in its
 * text, or by Word's own numbering) goes with the lead-in before it and the other items of its list
 * (one clause, one restriction); any other paragraph is a clause of its own, with its items when a
 * list follows it.
 */
export function clauseRange(paragraphs: readonly ClauseParagraph[], i: number): [number, number] {
  let from = i;
  while (from > 0 && isListItem(paragraphs[from])) from--;
  let to = i + 1;
  while (to < paragraphs.length && isListItem(paragraphs[to])) to++;
  return [from, to];
}
