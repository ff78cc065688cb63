/**
 * Sentences that define a word, read by the paragraph scan: a definition of an AI word grants
 * nothing, a recipient described in a definition is given no right there, and a sentence that
 * defines or asks prohibits nothing.
 */
import { DEFINITION } from "../rules/vocab";
import { QUESTION } from "../rules/shared";

/**
 * A sentence that defines a word or asks a question prohibits nothing, even when it holds a
 * negated training phrase; any other negated training phrase is a prohibition, whoever it binds.
 */
export const NOT_A_PROHIBITION = new RegExp(`${DEFINITION}|${QUESTION}`, "i");

/**
 * A sentence that defines a word, up to just after the phrase: the phrase is the definition's body
 * ("\"Corpus\" means text used to train language models"). Only a definition of a use, purpose,
 * licence or right ("\"Permitted Purpose\" means … including training AI models") grants anything.
 */
const DEFINES_TERM = /"([^"]{1,60})"\s*(?:(?:,|or|and)\s*"[^"]{1,60}"\s*){0,3}(?:\([^)]{0,60}\)\s*)?(?:means|shall\s+mean|refers\s+to|is\s+defined\s+as|includes|shall\s+include|has\s+the\s+meaning)\b/i;
const AI_TERM = /\b(?:AI|A\.I\.|Artificial\s+Intelligence|Machine\s+Learning|ML|Training|Model|Models)\b/i;
const GRANTING_TERM = /\b(?:purposes?|uses?|licen[cs]es?|rights?|permi\w*|authori[sz]\w*|scope|grant\w*)\b/i;

/** A term that names a prohibition ("\"Prohibited AI Use\" means any use … to train"): its definition is read for the negation, and credited. */
const PROHIBITING_TERM = /\b(?:prohibited|forbidden|excluded|barred)\b/i;

export function definesNonGrant(region: string): boolean {
  const m = DEFINES_TERM.exec(region);
  return !!m && (!GRANTING_TERM.test(m[1]) || AI_TERM.test(m[1])) && !PROHIBITING_TERM.test(m[1]);
}

/**
 * A sentence that defines a word, quoted or not: `"End User" means any third party receiving …`,
 * `1.2 Subprocessor means any third party that processes …`. A recipient described in a definition
 * is given no right there: the sharing, if any, is in the clause that uses the word (rules that say
 * so: `notInDefinition`).
 */
export const DEFINES_A_WORD = /^\s*(?:[\w.()]{1,8}\s+)?(?:"[^"]{1,60}"|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s*(?:\([^)]{0,40}\)\s*)?(?:means|shall\s+mean|refers\s+to|is\s+defined\s+as)\b/;
