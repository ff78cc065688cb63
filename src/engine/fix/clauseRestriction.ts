/**
 * Where a clause's restriction goes and what it says, when the clause has no explicit AI permission
 * to negate: inside a defined purpose's body, after an open purpose ("for any purpose other than to
 * train …"), or at the end of the clause (its last sentence, reaching back over the earlier ones
 * when it must). Used by ./clause.ts, which decides which sentences of a clause get an edit.
 */
import type { Category, Position } from "../types";
import { capitalise, type Span } from "../text";
import { atomsOf, cutsAtom } from "../read/structure";
import { provisoSlot } from "./slots";
import { fill } from "./fill";
import { safe, type Edit } from "./aiEdit";
import { CLAUSE_WIDE, DEFINITION, SCOPE, OPT_OUT, OTHER_THAN, PROJECT_SCOPE, RESTRICTION, restrictionKind, type Names, type RestrictionKind } from "./wording";

/** "for any purpose", "for any lawful purpose whatsoever", "for any and all purposes". */
const ANY_PURPOSE = /\bfor\s+any\s+(?:and\s+all\s+)?(?:lawful\s+|legitimate\s+|other\s+)?purposes?(?:\s+whatsoever)?\b/gi;

/** A condition the clause already ends with: ", unless the Illustrator opts out", ", provided that it credits …". */
const ENDS_IN_CONDITION = /,\s*(?:provided\s+(?:that|always)|unless|subject\s+to|except\s+(?:that|where|if)|so\s+long\s+as|on\s+condition\s+that|if)\b[^;:]*$/i;
/** An addition that opens a condition of its own. */
const OPENS_CONDITION = /^,\s*(?:provided|except)\s+that,?\s*/i;

/**
 * An addition at the end of the clause: before its final stop, or after its last word. Where the
 * clause already ends in a condition, an addition that would open a second one (", provided that
 * …" after ", unless the Illustrator opts out") is joined as a clause of its own ("; however, …"),
 * or, after a proviso, as its further limb ("provided that it credits the Illustrator and that
 * …"): never two conditions stacked on one permission.
 */
export function atClauseEnd(text: string, sentence: Span, addition: string, kind: Edit["kind"]): Edit | null {
  const slot = provisoSlot(text, sentence);
  if (!slot) return null;
  const before = OPENS_CONDITION.test(addition) ? ENDS_IN_CONDITION.exec(text.slice(sentence.start, slot.start)) : null;
  // a proviso already there takes the new limb ("provided that it credits the Illustrator and that …"); any other condition, a clause of its own
  if (before) addition = addition.replace(OPENS_CONDITION, /^,\s*(?:provided|so\s+long\s+as|on\s+condition)/i.test(before[0]) ? " and that " : "; however, ");
  const original = text.slice(slot.start, slot.end);
  return { start: slot.start, end: slot.end, replacement: slot.stop ? `${addition}${slot.stop}` : `${original}${addition}`, kind };
}

/** A section's own number at the start of its paragraph ("4.1 ", "Section 4 ", "(b) "): a sentence put first goes after it. */
const LEADING_NUMBER = /^\s*(?:(?:section|article|clause)\s+)?(?:\d{1,3}(?:\.\d{1,3}){0,4}\.?|\([a-z0-9]{1,4}\)|[IVXLC]{1,6}\.)\s+/i;

/**
 * An owner's covenant where the transfer's sentence has no end to add it to (a lead-in left open
 * for items that are not read with it: "…all right, title and interest in:"): the covenant is an
 * undertaking of its own, so it goes first, as a sentence of its own, after the section's number
 * ("4.1 The Agency covenants … subject to this covenant. The Contractor assigns …"). `addition` is
 * the covenant as written at a clause's end ("; however, the Agency covenants …"). Null for any
 * other restriction, or where the sentence has an end (./clause.ts writes it there).
 */
export function covenantFirst(text: string, sentence: Span, addition: string, kind: Edit["kind"]): Edit | null {
  if (!/^;\s*however,\s+/i.test(addition) || provisoSlot(text, sentence)) return null;
  const lead = sentence.start === 0 ? (LEADING_NUMBER.exec(text)?.[0].length ?? 0) : 0;
  const at = sentence.start + lead;
  const word = /^[\w-]+/.exec(text.slice(at));
  if (!word) return null;
  const covenant = capitalise(addition.replace(/^;\s*however,\s+/i, ""));
  return { start: at, end: at + word[0].length, replacement: `${covenant}. ${word[0]}`, kind };
}

const EDIT_OF: Record<RestrictionKind, Edit["kind"]> = {
  ownership: "covenant",
  sublicensing: "bind",
  anonymization: "anonymousLimit",
  "data-aggregation": "datasetLimit",
  feedback: "feedbackLimit",
  general: "restriction",
};

/** A sentence that defines a term: '"Permitted Purpose" means …' (the term in group 1). */
const DEFINES = /^[^;]{0,40}?["\u201c]([^"\u201d]{1,80})["\u201d]\s+(?:means|shall\s+mean|refers\s+to)\s/i;
/** What a defined purpose or use may mean without limit: "any purpose whatsoever", "any and all uses". */
const ANY_PURPOSE_OR_USE = /\bany\s+(?:and\s+all\s+)?(?:lawful\s+|legitimate\s+|other\s+)?(purposes?|uses?)(?:\s+whatsoever)?\b/gi;
/**
 * Words after "for any purpose" that carry on the grant phrase ("… for any purpose and in any
 * media", "… for any purpose, reproduce it and distribute it"): a qualifier there would split the
 * phrase, so the restriction goes after the whole phrase, at the end of the clause. A new clause
 * ("and may share …"), a list of examples (", including …") or a condition is no continuation.
 */
const PHRASE_GOES_ON = /^(?:\s*,\s*(?!(?:including|such\s+as|provided|subject|unless|except|whether|if|so\s+long|on\s+condition|and\s+(?:shall|may|will|must|can)|or\s+(?:shall|may|will|must|can))\b)[a-z]|\s+(?:and|or)\s+(?!(?:shall|may|will|must|can|the|its|their)\b)[a-z]|\s+(?:in|on|by|throughout|through|via|worldwide|anywhere|at)\b)/i;
/** Words after a purpose that already limit it. */
const LIMITED_AFTER = /^\s*(?:other\s+than|except|related|connected|in\s+connection|under|of\s+this|in\s+accordance)/i;

/**
 * Where a definition of a purpose or use is qualified in its body: right after "any purpose
 * (whatsoever)", or, without one, at the end of what the term means ("…internal business
 * purposes, excluding training …"); never inside the quoted term and never as an operative
 * proviso. Null when the sentence defines no purpose or use.
 */
export function definitionSlot(text: string, sentence: Span, atoms: readonly Span[]): { at: number; from: number; noun: "purpose" | "use" | "end" } | null {
  const seg = text.slice(sentence.start, sentence.end);
  const d = DEFINES.exec(seg);
  if (!d) return null;
  ANY_PURPOSE_OR_USE.lastIndex = d[0].length;
  for (let m = ANY_PURPOSE_OR_USE.exec(seg); m; m = ANY_PURPOSE_OR_USE.exec(seg)) {
    const at = sentence.start + m.index + m[0].length;
    if (LIMITED_AFTER.test(text.slice(at, at + 30)) || cutsAtom(atoms, at, at)) continue;
    return { at, from: sentence.start + m.index, noun: /^use/i.test(m[1]) ? "use" : "purpose" };
  }
  if (!/\b(?:purposes?|uses?)\b/i.test(d[1])) return null;
  const slot = provisoSlot(text, sentence);
  return slot && slot.stop && !cutsAtom(atoms, slot.start, slot.start) ? { at: slot.start, from: slot.start, noun: "end" } : null;
}

/**
 * "for any other purpose" qualified: its "other" moves to the one qualifier ("for any purpose other
 * than to train …"), never "any other purpose other than …", two qualifiers on one purpose. The
 * edit runs from "other" to the purpose's end; null when the purpose has no "other".
 */
export function otherPurpose(text: string, from: number, at: number, words: string, kind: Edit["kind"] = "otherThan"): Edit | null {
  const other = /\bother\s+/i.exec(text.slice(from, at));
  if (!other) return null;
  const start = from + other.index;
  return { start, end: at, replacement: text.slice(start + other[0].length, at) + words, kind };
}

/** The purpose words a qualifier follows, at their end: "for any purpose", "any lawful use whatsoever". */
const PURPOSE_BEFORE = /\b(?:for\s+)?any\s+(?:and\s+all\s+)?(?:lawful\s+|legitimate\s+|other\s+)?(?:purposes?|uses?)(?:\s+whatsoever)?$/i;

/**
 * The document's words that an "other than" edit qualifies ("for any purpose"), so that its
 * comment can quote what the change touches when the finding's words are elsewhere in the clause
 * ("perpetual, irrevocable"); null for any other edit, or where the purpose has other words.
 */
export function purposeQualified(text: string, e: Edit): string | null {
  if (e.kind !== "otherThan") return null;
  return PURPOSE_BEFORE.exec(text.slice(Math.max(0, e.end - 80), e.end))?.[0] ?? null;
}

/** An insertion at `at`, written as a replacement of the word before it (writers need a range). */
export function insertAfterWord(text: string, from: number, at: number, words: string, kind: Edit["kind"]): Edit | null {
  const word = /[\w)]+$/.exec(text.slice(from, at));
  return word ? { start: at - word[0].length, end: at, replacement: text.slice(at - word[0].length, at) + words, kind } : null;
}

/**
 * The same restriction reaching back over every sentence of the clause: "…; this restriction
 * applies to every right granted in this clause" (`scope`: "Section 5.2" for a section set out as a list).
 */
export function clauseWide(words: string, kind: RestrictionKind, scope: string = SCOPE.clause): string {
  return words + CLAUSE_WIDE.replace("{what}", kind === "ownership" ? "covenant" : "restriction").replace("{scope}", scope);
}

/**
 * The restriction of a clause that has no explicit AI permission to negate; `wide` when it must
 * reach back over earlier sentences (or paragraphs: `scope` names what it reaches).
 */
export function restriction(categories: ReadonlySet<Category>, sentence: Span, text: string, names: Names, atoms: readonly Span[], wide = false, scope: string = SCOPE.clause): Edit | null {
  const kind = restrictionKind(categories);
  const onlyPurpose = [...categories].every((c) => c === "broad-license" || c === "ambiguous-purpose");
  if (onlyPurpose && !wide) {
    const def = definitionSlot(text, sentence, atoms);
    const inBody = def && (otherPurpose(text, def.from, def.at, fill(DEFINITION.primary[def.noun], names)) ?? insertAfterWord(text, sentence.start, def.at, fill(DEFINITION.primary[def.noun], names), "otherThan"));
    if (inBody) return inBody;
    ANY_PURPOSE.lastIndex = 0;
    const seg = text.slice(sentence.start, sentence.end);
    for (let m = ANY_PURPOSE.exec(seg); m; m = ANY_PURPOSE.exec(seg)) {
      const at = sentence.start + m.index + m[0].length;
      // already limited ("for any purpose other than …", "for any purpose related to …")
      if (LIMITED_AFTER.test(text.slice(at, at + 30)) || cutsAtom(atoms, at, at)) continue;
      if (PHRASE_GOES_ON.test(text.slice(at, sentence.end))) break;
      const e = otherPurpose(text, sentence.start + m.index, at, fill(OTHER_THAN, names)) ?? insertAfterWord(text, sentence.start, at, fill(OTHER_THAN, names), "otherThan");
      if (e) return e;
    }
  }
  const words = fill(RESTRICTION[kind], names);
  const addition = wide ? clauseWide(words, kind, scope) : words;
  return safe(atoms, atClauseEnd(text, sentence, addition, EDIT_OF[kind]) ?? covenantFirst(text, sentence, addition, EDIT_OF[kind]));
}

/**
 * A clause's edits at the end of its last sentence, reaching back over `scope`: the restriction,
 * the opt-out (`optOut`: unless the clause has one) and the project scope (where the document
 * names a project); null where one cannot be written.
 */
export function clauseEdits(categories: ReadonlySet<Category>, sentence: Span, text: string, names: Names, scope: string, optOut: boolean): Array<[Edit | null, Position]> {
  const atoms = atomsOf(text);
  const kind = restrictionKind(categories);
  const at = (template: string, edit: "optOut" | "projectScope") => safe(atoms, atClauseEnd(text, sentence, clauseWide(fill(template, names), kind, scope), edit));
  return [
    [restriction(categories, sentence, text, names, atoms, true, scope), "primary"],
    [optOut ? at(OPT_OUT[kind], "optOut") : null, "opt-out"],
    [names.conventions?.project ? at(PROJECT_SCOPE[kind], "projectScope") : null, "project-scope"],
  ];
}
