/**
 * The names a suggestion is written in and how its templates are filled: {agency} {contractor}
 * {work} as the document writes them, {ai} and {aiNoun} the words every protective edit uses for
 * AI training.
 */
import type { Conventions } from "./conventions";
import type { CommentMemory } from "./comments";

/** The words every protective edit uses for AI training. */
export const AI_VERBS = "train, fine-tune, test or improve any artificial intelligence or machine-learning model";
export const AI_NOUNS = "training, fine-tuning, testing or improving any artificial intelligence or machine-learning model";

export interface Names {
  /** "the Client" / "Client", as the document writes it mid-sentence. */
  agency: string;
  contractor: string;
  work: string;
  /** The document's spelling, quotes and project (fix/conventions.ts); defaults when absent. */
  conventions?: Conventions;
  /** "Section 3.2 (Licence)" for a paragraph, when the document numbers its sections. */
  section?: (paragraph: number) => string | null;
  /** What the comments of this document have said so far (fix/comments.ts), so none repeats. */
  memory?: CommentMemory;
}

const filled = new Map<string, string>();

/** Fills {agency} {contractor} {work} {ai} {aiNoun} (memoised: the same few templates recur). */
export function fill(template: string, names: Names): string {
  const key = `${template}\u0000${names.agency}\u0000${names.contractor}\u0000${names.work}`;
  let out = filled.get(key);
  if (out === undefined) {
    if (filled.size > 2000) filled.clear();
    out = fillNow(template, names);
    filled.set(key, out);
  }
  return out;
}

function fillNow(template: string, names: Names): string {
  return template
    .replace(/\{agency\}/g, names.agency)
    .replace(/\{contractor\}/g, names.contractor)
    .replace(/\{work\}/g, names.work)
    .replace(/\{ai\}/g, AI_VERBS)
    .replace(/\{aiNoun\}/g, AI_NOUNS);
}
