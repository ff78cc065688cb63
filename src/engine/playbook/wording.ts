/**
 * Playbook hook (a): the wording of a finding's suggestions. Given the rule and the suggestions the
 * engine built (fix/suggest.ts), the user's wording replaces the engine's where the playbook changed
 * it; it goes in the engine's own slot when it has the same placement, else where its placement says.
 * Unchanged wording stays the engine's, which adapts to the sentence's grammar.
 */
import { provisoSlot, type SuggestInput, type SuggestOutput } from "../fix/suggest";
import { capitalise } from "../text";
import type { Position, Suggestion } from "../types";
import type { ResolvedPlaybook } from "./resolve";
import { shapeOf } from "./shape";
import { fillWording, spell, spellAdded, type FillNames } from "./text";
import type { FallbackWording, Wording } from "./types";
import { POSITION_LABEL } from "../report/labels";

export interface WordingResult extends SuggestOutput {
  /** Positions written in the user's own words (re-checked after the scan). */
  userWording: Position[];
}

const STOP = /^[.;:!]$/;

/** The user's words, ready for their slot: no parentheses, leading comma or final stop of their own. */
function words(w: Wording, names: FillNames): string {
  let t = fillWording(w.text, names).trim();
  if (w.placement === "after-trigger") t = t.replace(/^\((.*)\)$/, "$1");
  if (w.placement === "end-of-sentence") t = t.replace(/^[,;]\s*/, "").replace(/[.;]$/, "");
  return t;
}

function place(input: SuggestInput, w: Wording, position: Position, label: string, comment: string, same: Suggestion | undefined, provisoFree: boolean): { s: Suggestion; atEnd: boolean } {
  const { text } = input;
  // the words go into the clause: in the document's voice where it writes its parties as "we" and "you"
  const names: FillNames = { party: input.names.contractor, other: input.names.agency, work: input.names.work, ...(input.names.voice ? { voice: input.names.voice } : {}) };
  const t = words(w, names);
  const trigger = { start: input.start, end: input.end };
  const make = (start: number, end: number, replacement: string): Suggestion => ({ position, label, paragraph: input.paragraph, start, end, original: text.slice(start, end), replacement, comment });
  const atSentenceStart = !/\S/.test(text.slice(input.sentence.start, input.start));
  const shape = same ? shapeOf(same, trigger) : null;
  if (same && shape && shape.placement === w.placement) {
    if (w.placement === "after-trigger") return { s: make(same.start, same.end, `${same.original} (${t})`), atEnd: false };
    if (w.placement === "end-of-sentence") return { s: make(same.start, same.end, STOP.test(same.original) ? `, ${t}${same.original}` : `${same.original}, ${t}`), atEnd: true };
    if (w.placement === "replace-trigger") return { s: make(same.start, same.end, atSentenceStart ? capitalise(t) : t), atEnd: false };
    return { s: { ...same, position, label, comment }, atEnd: false };
  }
  if (w.placement === "end-of-sentence") {
    const slot = provisoSlot(text, input.sentence);
    if (slot && (provisoFree || position !== "primary")) {
      return { s: make(slot.start, slot.end, slot.stop ? `, ${t}${slot.stop}` : `${text.slice(slot.start, slot.end)}, ${t}`), atEnd: position === "primary" };
    }
  }
  if (w.placement === "replace-trigger") return { s: make(trigger.start, trigger.end, atSentenceStart ? capitalise(t) : t), atEnd: false };
  if (w.placement === "delete-trigger") {
    const start = trigger.start > input.sentence.start && text[trigger.start - 1] === " " ? trigger.start - 1 : trigger.start;
    return { s: make(start, trigger.end, ""), atEnd: false };
  }
  // after-trigger, or an end-of-sentence wording whose slot another finding of the sentence holds
  return { s: make(trigger.start, trigger.end, `${text.slice(trigger.start, trigger.end)} (${t})`), atEnd: false };
}

const sameFallback = (a: FallbackWording, b: FallbackWording | undefined): boolean => !!b && a.text === b.text && a.placement === b.placement && (a.label ?? "") === (b.label ?? "");

/** The suggestions with the playbook's wording. */
export function withPlaybookWording(input: SuggestInput, built: SuggestOutput, playbook: ResolvedPlaybook | null): WordingResult {
  const eff = playbook?.rules.get(input.rule.id);
  if (!playbook || !eff || (!eff.changed.preferred && !eff.changed.fallbacks && !eff.changed.comment && !playbook.spelling)) return { ...built, userWording: [] };
  const names: FillNames = { party: input.names.contractor, other: input.names.agency, work: input.names.work };
  const trigger = input.text.slice(input.start, input.end);
  const primary = built.suggestions[0];
  const comment = eff.changed.comment ? fillWording(eff.comment, names, trigger) : primary.comment;
  const userWording: Position[] = [];
  let first: Suggestion = { ...primary, comment };
  let usedProviso = built.usedProviso;
  if (eff.changed.preferred) {
    const placed = place(input, eff.preferred, "primary", eff.preferred.label ?? primary.label, comment, primary, input.provisoFree);
    first = placed.s;
    usedProviso = placed.atEnd;
    userWording.push("primary");
  }
  let rest = built.suggestions.slice(1);
  if (eff.changed.fallbacks) {
    rest = [];
    for (const fb of eff.fallbacks) {
      const engine = built.suggestions.find((s) => s.position === fb.position);
      const d = eff.builtInFallbacks.find((x) => x.position === fb.position);
      const fbComment = fb.comment !== undefined && fb.comment !== d?.comment ? fillWording(fb.comment, names, trigger) : engine?.comment ?? (d?.comment ? fillWording(d.comment, names, trigger) : comment);
      if (engine && sameFallback(fb, d)) {
        rest.push({ ...engine, comment: fbComment });
        continue;
      }
      rest.push(place(input, fb, fb.position, fb.label ?? d?.label ?? POSITION_LABEL[fb.position], fbComment, engine, false).s);
      userWording.push(fb.position);
    }
  }
  const suggestions = [first, ...rest].map((s) => (playbook.spelling ? { ...s, replacement: spellAdded(s.original, s.replacement, playbook.spelling), comment: spell(s.comment, playbook.spelling) } : s));
  return { suggestions, usedProviso, userWording };
}
