/**
 * Fix kind "replace-purpose": the trigger is a purpose phrase. Only the AI use goes: an open
 * purpose ("for any purpose") keeps everything but AI training, an AI purpose after a use ("may
 * process the data to train its models") is taken off that use, and a permission whose only verb
 * is the AI use becomes a prohibition; otherwise (a waiver) the restriction is stated at the end.
 * The same words as the clause edit (../wording.ts).
 */
import type { Suggestion } from "../../types";
import { onlyPurposeProhibition } from "../aiEdit";
import { findModal, INCLUDING_BEFORE, NOTHING_RESTRICTS, OTHER_VERBS_BETWEEN } from "../slots";
import { BUT_NOT, BUT_NOT_FOR, OTHER_THAN, SHALL_NOT } from "../wording";
import type { FixContext } from "./context";

export const messages = {
  /** An open purpose that is not itself AI: every other purpose stays. */
  otherThan: `{trigger}${OTHER_THAN}`,
  /** An AI purpose given as an example of an open purpose: the example goes. */
  exampleOtherThan: OTHER_THAN,
  butNotTo: BUT_NOT,
  butNotFor: BUT_NOT_FOR,
  butNotAs: ", but not as data to {ai}",
  shallNot: SHALL_NOT,
  /** After other rights joined by "and": they stay, the AI use becomes a prohibition. */
  coordinated: "{comma} but may not {trigger}",
  inNo: "{lead} no dataset, model or system used to {ai}",
  proviso: ", except that {agency} shall not use {work} to {ai}",
  parenthetical: "{trigger} (which {agency} shall not do with {work})",
} as const;

/** A modal that grants a permission ("may", "is entitled to"), not one that binds ("shall not object"). */
const PERMITS = /^(?:may|can|could|might)$|entitled|permitted|authori[sz]ed|free|allowed|right/i;

/**
 * The AI purpose and the space (or the ", including") before it, replaced by a "but not" or an
 * "other than"; only after a permission in the same clause (a waiver such as "Nothing … restricts
 * … from using" or "shall not object to" permits by a negation: "but not" would prohibit nothing).
 */
function offTheUse(c: FixContext, label: string, comment: string): Suggestion | null {
  const { input, text, lead } = c;
  const { sentence } = input;
  const before = text.slice(sentence.start, input.start);
  if (NOTHING_RESTRICTS.test(text.slice(sentence.start, sentence.end))) return null;
  const modal = findModal(text, Math.max(sentence.start, input.start - 120), input.start);
  if (!modal || !PERMITS.test(text.slice(modal.start, modal.end)) || /^\s+not\b/i.test(text.slice(modal.end))) return null;
  const including = INCLUDING_BEFORE.exec(before);
  if (including && /purposes?(?:\s+whatsoever)?\s*$/i.test(before.slice(0, including.index))) {
    return c.make("primary", label, sentence.start + including.index, input.end, c.say(messages.exampleOtherThan), comment);
  }
  if (including) return null;
  // the AI purpose is the permission's only purpose: "may process the Artwork to improve its
  // algorithms" → "shall not process …" (taking the purpose off would leave a general "may process")
  // (the clause edit's rule, ../aiEdit.ts)
  if (/^\s*[.;]?\s*$/.test(text.slice(input.end, sentence.end))) {
    const e = onlyPurposeProhibition(text, sentence, input.start, input.end, input.end);
    if (e) return c.make("primary", label, e.start, e.end, e.replacement, comment);
  }
  let from = input.start;
  while (from > sentence.start && /\s/.test(text[from - 1])) from--;
  if (text[from - 1] === ",") from--;
  const template = lead === "to" ? messages.butNotTo : lead === "for" ? messages.butNotFor : messages.butNotAs;
  return c.make("primary", label, from, input.end, c.say(template), comment);
}

export function replacePurpose(c: FixContext, label: string, comment: string): { suggestion: Suggestion; usedProviso: boolean } {
  const { input, text, lead } = c;
  const done = (suggestion: Suggestion, usedProviso = false) => ({ suggestion, usedProviso });
  if (input.rule.category !== "ai-training-grant") return done(c.make("primary", label, input.start, input.end, c.say(messages.otherThan), comment));
  const purpose = lead === "to" || lead === "for" || lead === "as";
  if (purpose) {
    const s = offTheUse(c, label, comment);
    if (s) return done(s);
  }
  const modal = findModal(text, Math.max(input.sentence.start, input.start - 120), input.start);
  const between = modal ? text.slice(modal.end, input.start) : "";
  const coordinated = modal ? /(?:,\s*)?\s+and\s+$/.exec(text.slice(Math.max(modal.end, input.start - 12), input.start)) : null;
  if (modal && !purpose && !OTHER_VERBS_BETWEEN.test(between)) {
    // the AI use is the modal's only verb: "may use them as training data" → "shall not use …"
    return done(c.make("primary", label, modal.start, modal.end, messages.shallNot, comment));
  }
  if (modal && !purpose && coordinated) {
    // "may reproduce, distribute and display … and use them as training data": keep the other rights
    const from = input.start - coordinated[0].length;
    return done(c.make("primary", label, from, input.end, c.say(messages.coordinated, { comma: /^,/.test(coordinated[0]) ? "," : "" }), comment));
  }
  if (lead === "in" || lead === "into") return done(c.make("primary", label, input.start, input.end, c.say(messages.inNo, { lead }), comment));
  if (c.slot && input.provisoFree) return done(c.atEnd("primary", label, c.say(messages.proviso), comment), true);
  return done(c.make("primary", label, input.start, input.end, c.say(messages.parenthetical), comment));
}
