/**
 * Fix kind "proviso": a limit added at the end of the sentence. Also where a parenthesis after the
 * trigger would split a verb from its object ("may aggregate and compile the Deliverables"); when
 * the sentence's end is taken, a short limit after the noun or object instead.
 */
import type { Suggestion } from "../../types";
import { NOUN_AFTER } from "../slots";
import type { FixContext } from "./context";

export const messages = {
  ownership: ", but {agency} acquires no right to use {work} to {ai}",
  general: ", provided that {agency} may not use {work} to {ai}",
  /** After a verb or an adjective: the derived data is named too. */
  derived: ", provided that {agency} may not use {work} or data derived from {it} to {ai}",
  /** The sentence's end is taken: after the noun an adjective describes or the verb's object. */
  short: "{words} (other than for AI training)",
} as const;

/** The limit at the end of the sentence (the caller checks the slot is free). */
export function proviso(c: FixContext, label: string, comment: string): Suggestion {
  return c.atEnd("primary", label, c.say(c.input.rule.category === "ownership" ? messages.ownership : messages.general), comment);
}

/** After a verb or an adjective: at the end of the sentence when free, else a short limit after its noun or object. */
export function afterVerbOrAdjective(c: FixContext, label: string, comment: string): { suggestion: Suggestion; usedProviso: boolean } {
  const { input, text } = c;
  if (input.provisoFree && c.slot) return { suggestion: c.atEnd("primary", label, c.say(messages.derived), comment), usedProviso: true };
  const noun = NOUN_AFTER.exec(text.slice(input.end, input.sentence.end));
  const end = input.end + (noun ? noun[0].length : 0);
  return { suggestion: c.make("primary", label, input.start, end, c.say(messages.short, { words: text.slice(input.start, end) }), comment), usedProviso: false };
}
