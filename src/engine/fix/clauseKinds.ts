/**
 * What a clause's findings are, for its one edit: the category a finding is treated as, the
 * category that leads the clause's comment, and the clause's own object when it never names the
 * document's work term.
 */
import type { Category, Finding } from "../types";
import { escapeRegExp, type Span } from "../text";
import { restrictionKind, type Names } from "./wording";

/** A finding of a clause, with the sentence it sits in. */
export interface ClauseItem {
  finding: Finding;
  sentence: Span;
}

/** The findings of one sentence of a clause. */
export interface SentenceGroup {
  sentence: Span;
  items: ClauseItem[];
}

/** A purpose of building models of a person's style or voice: "to build models of the Author's writing style". */
const AI_PURPOSE = /^[^.;]{0,40}\bmodels?\b[^.;]{0,40}\b(?:style|voice|likeness|manner)\b/i;
/**
 * The category a clause edit treats a finding as: an open purpose that names building models of
 * the maker's style is an AI permission, taken out like one, never left standing under a proviso
 * that contradicts it.
 */
export function clauseCategory(f: Finding, text: string, sentence: Span): Category {
  return f.category === "ambiguous-purpose" && AI_PURPOSE.test(text.slice(f.start, sentence.end)) ? "ai-training-grant" : f.category;
}

/** What a clause grants rights over, right after its verb: "use the campaign materials", "share the Launch Assets". */
const OBJECT = /\b(?:use|uses|using|share|reproduce|exploit|distribute|modify|adapt|publish|display|sublicen[cs]e|licen[cs]e|copy|aggregate|analy[sz]e|process)\s+(?:and\s+\w+\s+)?(the\s+(?:[A-Za-z][\w-]*\s+){0,2}(?:materials|content|assets|designs|files|copy|artwork|images|photographs|photos|videos|recordings|works?|outputs?|creatives|drafts|illustrations|footage))\b/i;

/**
 * The document's names with the clause's own object as the work, when the clause never names the
 * document's work term but speaks of its own ("The Agency may use the campaign materials …" in a
 * SOW whose work term is "Deliverables"): its restriction then limits what the clause grants,
 * in the clause's words, not a term the clause does not use.
 */
export function ownObject(text: string, names: Names): Names {
  if (namesWork(text, names.work)) return names;
  const m = OBJECT.exec(text);
  return m ? { ...names, work: m[1] } : names;
}

/** True when the text names the work term ("Deliverables" for "the Deliverables"), as a whole word. */
export function namesWork(text: string, work: string): boolean {
  return new RegExp(`\\b${escapeRegExp(work.replace(/^the\s+/i, ""))}\\b`, "i").test(text);
}

/** The categories with the one whose restriction the clause gets first (it leads the comment). */
export function leadFirst(categories: Category[]): Category[] {
  const kind = restrictionKind(new Set(categories));
  const lead = categories.includes("ai-training-grant") ? "ai-training-grant" : kind === "general" ? categories[0] : (kind as Category);
  return [lead, ...categories.filter((c) => c !== lead)];
}
