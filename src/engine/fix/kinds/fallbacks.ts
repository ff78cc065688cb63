/**
 * The fallback positions a rule offers after its primary: a right to opt out of AI use, and use
 * limited to the project. Each keeps its label, comment and wording here.
 */
import type { Suggestion } from "../../types";
import { LABEL } from "../wording";
import type { FixContext } from "./context";

export const messages = {
  optOutLabel: LABEL.optOut,
  optOutComment: "If a full exclusion is not acceptable, {contractor} asks at least for a right to opt out of AI use by written notice, effective immediately.",
  optOut: ", subject to {contractor}'s right to opt out of that use at any time by written notice",
  scopeLabel: "Limit to the project",
  scopeComment: "As a fallback, this limits the use of {work} to the project described in this Agreement, which leaves no room for AI training.",
  scopeTo: "solely to deliver the project described in this Agreement",
  scopeFor: "solely for the project described in this Agreement",
  scopeAtEnd: ", in each case solely for the project described in this Agreement",
} as const;

/** The opt-out position (none when the sentence already offers one). */
export function optOut(c: FixContext, hasOptOut: boolean): Suggestion | null {
  if (hasOptOut) return null;
  const comment = c.note(messages.optOutComment);
  // at the end of the sentence, where it reads well whatever the grant's grammar
  if (c.slot) return c.atEnd("opt-out", messages.optOutLabel, c.say(messages.optOut), comment);
  return c.make("opt-out", messages.optOutLabel, c.input.start, c.input.end, `${c.trigger}${c.say(messages.optOut)}`, comment);
}

/** The project-scope position, where its wording fits the sentence. */
export function projectScope(c: FixContext): Suggestion | null {
  const { input, text, lead } = c;
  const comment = c.note(messages.scopeComment);
  const listAfter = /^\s*(?:,|\b(?:and|or|and\/or)\b)/i.test(text.slice(input.end, input.sentence.end));
  if (lead === "to" && !listAfter) return c.make("project-scope", messages.scopeLabel, input.start, input.end, messages.scopeTo, comment);
  if (lead === "for" && !listAfter) return c.make("project-scope", messages.scopeLabel, input.start, input.end, messages.scopeFor, comment);
  // one form at the end of the sentence, whatever word the trigger ends with
  if (input.rule.category !== "ai-training-grant" && c.slot) return c.atEnd("project-scope", messages.scopeLabel, messages.scopeAtEnd, comment);
  return null;
}
