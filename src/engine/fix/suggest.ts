/**
 * Builds the suggested redlines for a finding: minimal edits, as data, in the document's own names.
 *
 * One file per fix kind under ./kinds/, each with its wording as a table of templates: replace a
 * purpose phrase (replacePurpose), strike a list item (strike), add a proviso at the end of the
 * sentence (proviso), qualify the trigger in parentheses (qualify), and the fallback positions
 * (fallbacks). Every suggestion's `original` is exactly the text it replaces, and every primary
 * restricts only AI use: the client keeps every other right.
 */
import type { Suggestion } from "../types";
import { OWN_FALLBACK_WORDS } from "./wording";
import { fixContext, type SuggestInput } from "./kinds/context";
import { optOut, projectScope } from "./kinds/fallbacks";
import { PRIMARY_COMMENT, PRIMARY_LABEL } from "./kinds/primary";
import { afterVerbOrAdjective, proviso } from "./kinds/proviso";
import { qualify } from "./kinds/qualify";
import { replacePurpose } from "./kinds/replacePurpose";
import { strike } from "./kinds/strike";
import { absorb, endsInVerbOrAdjective, OPT_OUT_CLAUSE, optOutRange, OTHER_RISK_WORDS } from "./slots";

// what the analysis and the playbook take from here (their homes are ./wording, ./slots, ./kinds/context)
export type { Names } from "./wording";
export { provisoSlot } from "./slots";
export type { SuggestInput } from "./kinds/context";

/** Phrases that only TermScore's own fallback positions write; a sentence containing one was already fixed. */
export const OWN_FALLBACK = new RegExp(
  `${OWN_FALLBACK_WORDS.source}|(?:except that|provided that) [^.;]{1,80} (?:shall|may) not use [^.;]{1,120} to train, fine-tune, test or improve any artificial intelligence or machine-learning model`,
  "i"
);

export interface SuggestOutput {
  suggestions: Suggestion[];
  usedProviso: boolean;
}

/** The primary suggestion, by the rule's fix kind (and the trigger's grammar). */
function primary(c: ReturnType<typeof fixContext>): { suggestion: Suggestion; usedProviso: boolean } {
  const { rule } = c.input;
  const label = PRIMARY_LABEL[rule.category];
  const comment = c.note(PRIMARY_COMMENT[rule.category]);
  if (rule.fix === "replace-purpose") return replacePurpose(c, label, comment);
  if (rule.fix === "strike") {
    const s = strike(c, label, comment);
    if (s) return { suggestion: s, usedProviso: false };
  }
  if (rule.fix === "proviso" && c.input.provisoFree && c.slot) return { suggestion: proviso(c, label, comment), usedProviso: true };
  if (endsInVerbOrAdjective(c.trigger)) return afterVerbOrAdjective(c, label, comment);
  return { suggestion: qualify(c, label, comment), usedProviso: false };
}

export function buildSuggestions(input: SuggestInput): SuggestOutput {
  const c = fixContext(input);
  const { text } = input;
  const first = primary(c);
  const out: Suggestion[] = [first.suggestion];
  const hasOptOut = OPT_OUT_CLAUSE.test(text.slice(input.sentence.start, input.sentence.end));

  // An opt-out default ("…, unless the Contractor opts out in writing") would limit the protective
  // edit too: the primary fix of an AI grant removes it.
  if (input.rule.category === "ai-training-grant" && hasOptOut) {
    const r = optOutRange(text, input.sentence);
    // only across plain words: a wider edit would swallow (and hide) another finding in between
    const between = r ? text.slice(Math.min(r.end, out[0].end), Math.max(r.start, out[0].start)) : "";
    if (r && between.length <= 80 && !OTHER_RISK_WORDS.test(between)) {
      const merged = absorb(text, out[0], r, !/\S/.test(text.slice(input.sentence.start, r.start)));
      if (merged) out[0] = merged;
    }
  }

  for (const position of input.rule.fallbacks) {
    const s = position === "opt-out" ? optOut(c, hasOptOut) : position === "project-scope" ? projectScope(c) : null;
    if (s) out.push(s);
  }
  return { suggestions: out, usedProviso: first.usedProviso };
}
