/**
 * What every fix kind is given: the finding's words and sentence, the document's names, and how
 * to turn a message template into a suggestion. Each kind (one file each, beside this one) keeps
 * its wording as a table of templates, as ESLint rules keep `meta.messages`; `say` fills them.
 *
 * Placeholders: the document's names (../fill.ts), {trigger} (the finding's words), and any a
 * kind passes itself ({words}, {qualifier}, {lead}); these are the document's own words and go in
 * as they are.
 */
import type { RuleData } from "../../rules";
import type { Suggestion } from "../../types";
import { fill, thirdPerson } from "../fill";
import type { Names } from "../wording";
import { provisoSlot } from "../slots";

export interface SuggestInput {
  rule: RuleData;
  paragraph: number;
  text: string;
  sentence: { start: number; end: number };
  start: number;
  end: number;
  names: Names;
  /** The proviso slot of this sentence is still free. */
  provisoFree: boolean;
}

export interface FixContext {
  input: SuggestInput;
  text: string;
  names: Names;
  /** The finding's words. */
  trigger: string;
  /** The purpose phrase's first word ("to", "for", "in", "into", "as"), lower case; "" when none. */
  lead: string;
  /** The end-of-sentence slot (see slots.ts), null when the sentence has none. */
  slot: ReturnType<typeof provisoSlot>;
  /** The template filled with the document's names, the trigger and `extra`: words for the clause, in the document's voice. */
  say(template: string, extra?: Record<string, string>): string;
  /** The same for a comment, which names the parties in the third person whatever the document's voice. */
  note(template: string, extra?: Record<string, string>): string;
  /** A suggestion replacing [start, end) of the paragraph. */
  make(position: Suggestion["position"], label: string, start: number, end: number, replacement: string, comment: string): Suggestion;
  /** An addition at the end of the sentence, before its final stop (needs `slot`). */
  atEnd(position: Suggestion["position"], label: string, addition: string, comment: string): Suggestion;
}

export function fixContext(input: SuggestInput): FixContext {
  const { text, names } = input;
  const trigger = text.slice(input.start, input.end);
  const slot = provisoSlot(text, input.sentence);
  const make: FixContext["make"] = (position, label, start, end, replacement, comment) => ({ position, label, paragraph: input.paragraph, start, end, original: text.slice(start, end), replacement, comment });
  return {
    input,
    text,
    names,
    trigger,
    lead: (/^(to|for|in|into|as)\b/i.exec(trigger)?.[1] ?? "").toLowerCase(),
    slot,
    say: (template, extra = {}) => fill(template, names, { trigger, ...extra }),
    note: (template, extra = {}) => fill(template, thirdPerson(names), { trigger, ...extra }),
    make,
    atEnd: (position, label, addition, comment) => {
      const s = slot!;
      const orig = text.slice(s.start, s.end);
      return make(position, label, s.start, s.end, s.stop ? `${addition}${s.stop}` : `${orig}${addition}`, comment);
    },
  };
}
