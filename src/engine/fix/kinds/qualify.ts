/**
 * Fix kind "qualify": the rule's limiting phrase in parentheses after the trigger, or after the
 * whole phrase it heads (a feedback list, a data noun with "derived from …").
 */
import type { Suggestion } from "../../types";
import { fill } from "../fill";
import { isPlural } from "../plural";
import { FEEDBACK_LIST_AFTER, POSTMODIFIER } from "../slots";
import type { FixContext } from "./context";

/** The licence the trigger's adjectives describe: "…, worldwide licence", " license". */
const LICENCE_AFTER = /^(?:\s*,?\s+(?:and\s+|or\s+)?[a-z][\w-]*){0,4}?\s+(?:sub-?)?licen[cs]es?\b/i;

export const messages = {
  qualified: "{words} ({qualifier})",
} as const;

/** The rule's qualifier in the document's names; "which do not include" agrees with a singular noun. */
function qualifierOf(c: FixContext): string {
  const q = fill(c.input.rule.qualifier, c.names);
  const head = /(\w+)\W*$/.exec(c.trigger)?.[1] ?? "";
  return /^which do not\b/.test(q) && !isPlural(head) ? q.replace(/^which do not\b/, "which does not") : q;
}

export function qualify(c: FixContext, label: string, comment: string): Suggestion {
  const { input, text } = c;
  const category = input.rule.category;
  const rest = text.slice(input.end, input.sentence.end);
  // qualify the whole list ("feedback, suggestions and ideas"), not only its first word; "anonymized
  // data derived from them": the qualifier follows the whole noun phrase; "a perpetual, irrevocable
  // licence": it follows the licence, never between the licence and the words that describe it
  const after =
    category === "feedback" ? FEEDBACK_LIST_AFTER.exec(rest)
    : category === "anonymization" || category === "data-aggregation" ? POSTMODIFIER.exec(rest)
    : category === "broad-license" ? LICENCE_AFTER.exec(rest)
    : null;
  const end = input.end + (after ? after[0].length : 0);
  return c.make("primary", label, input.start, end, c.say(messages.qualified, { words: text.slice(input.start, end), qualifier: qualifierOf(c) }), comment);
}
