/**
 * The clause edit for an explicit AI-training permission: the AI purpose struck from a list,
 * taken off the use it follows ("but not to …"), turned into a prohibition ("shall not"), or, in
 * a waiver, stated as an exception. Null when the clause's shared restriction does it better.
 */
import { hasPermittingNegation } from "../detect/negation";
import { cutsAtom } from "../read/structure";
import type { Span } from "../text";
import type { Finding } from "../types";
import { fill } from "./fill";
import { HAS_OPT_OUT } from "./optOut";
import { INCLUDING_BEFORE, NOTHING_RESTRICTS, OTHER_VERBS_BETWEEN, findModal, strikeRange } from "./slots";
import { BUT_MAY_NOT, BUT_NOT, BUT_NOT_FOR, EXCEPT_THAT, OMITTED, OTHER_THAN, SHALL_NOT, type LABEL, type Names } from "./wording";

/** Text that may follow an AI purpose at the end of its clause. */
const CLAUSE_END_AFTER = /^\s*(?:[.;:!]|$)/;
/** A trigger that is a verb phrase of its own: "use it as training data", "include the Work in datasets". */
const USE_VERB = /^(?:use|using|include|including|upload|uploading|ingest|ingesting|input|feed|incorporate|incorporating|process|processing|exploit|apply|employ|train|training|copy|reproduce|analy[sz]e)\b/i;
/** An opt-out default right after an AI purpose. */
const OPT_OUT_TAIL = /^,?\s*(?:unless|until|except\s+(?:where|if))\b[^.;]{0,80}?\bopt(?:s|ed)?[- ]?outs?\b[^.;,]{0,60}/i;

/** One edit of a clause: where, what it writes, and which label it carries. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
  kind: keyof typeof LABEL;
}

/** The edit, unless it would cut inside a quoted term or a cross-reference. */
export function safe(atoms: readonly Span[], e: Edit | null): Edit | null {
  return e && !cutsAtom(atoms, e.start, e.end) ? e : null;
}

/**
 * The edit that removes or negates an explicit AI-training permission, or null when the clause's
 * restriction does it better. `states` tells whether the edit itself states the restriction.
 * `quiet` when another sentence of the clause gets the clause's restriction: an AI example after a
 * purpose ("for any lawful purpose, including to train models") is then deleted, not restated,
 * and the restriction is stated once, for the whole clause.
 */
export function aiEdit(f: Finding, sentence: Span, text: string, names: Names, atoms: readonly Span[], quiet = false): { edit: Edit; states: boolean } | null {
  const start = f.start;
  let end = f.end;
  const trigger = text.slice(start, end);
  const lead = (/^(to|for|in|into|as)\b/i.exec(trigger)?.[1] ?? "").toLowerCase();
  const sentenceText = text.slice(sentence.start, sentence.end);
  const w = (t: string) => fill(t, names);
  // one item of a list of purposes: delete it, the list still reads
  let strike = strikeRange(text, { sentence, start, end });
  // the next item must be one of the same list: "to train models and to improve its services", not
  // a condition (", unless …") or a second permission ("and may share them")
  if (strike && strike.end > end && strike.text === "") {
    const next = text.slice(strike.end, strike.end + 30);
    if (lead ? !new RegExp(`^${lead}\\b`, "i").test(next) : /^(?:may|shall|will|can|must|unless|until|except|provided|subject|if|where|when|which|but|so)\b/i.test(next)) strike = null;
  }
  const before = text.slice(sentence.start, start);
  const including = INCLUDING_BEFORE.exec(before);
  // a verb phrase ("and use it as training data") is a permission of its own, not a list item
  if (strike && !lead && USE_VERB.test(trigger)) strike = null;
  if (strike && !including) {
    const e = safe(atoms, { start: strike.start, end: strike.end, replacement: strike.text, kind: "strike" });
    if (e) return { edit: e, states: false };
  }
  // an opt-out default after the AI purpose ("…, unless the Contractor opts out") goes with it
  const optOutTail = OPT_OUT_TAIL.exec(text.slice(end, sentence.end));
  if (optOutTail) end += optOutTail[0].length;
  const atEnd = CLAUSE_END_AFTER.test(text.slice(end, sentence.end));
  // "for any lawful purpose, including to train models": the example goes, the purpose keeps everything else
  if (including && atEnd && (lead === "to" || lead === "for")) {
    const from = sentence.start + including.index;
    const purpose = /purposes?(?:\s+whatsoever)?\s*$/i.test(before.slice(0, including.index));
    if (quiet && purpose) {
      const gone = safe(atoms, { start: from, end, replacement: "", kind: "strike" });
      if (gone) return { edit: gone, states: false };
    }
    const e = safe(atoms, { start: from, end, replacement: w(purpose ? OTHER_THAN : BUT_NOT), kind: purpose ? "otherThan" : "butNot" });
    if (e) return { edit: e, states: true };
  }
  // a waiver ("Nothing … prevents", "shall not object to", "no consent is required") permits by a
  // negation: its verb is never flipped; its AI purpose becomes a prohibition of its own
  const waiver = NOTHING_RESTRICTS.test(sentenceText) || hasPermittingNegation(sentenceText);
  if (waiver) {
    if (!atEnd || !(lead === "to" || lead === "for")) return null;
    let from = start;
    while (from > sentence.start && /\s/.test(text[from - 1])) from--;
    if (text[from - 1] === ",") from--;
    const e = safe(atoms, { start: from, end, replacement: w(EXCEPT_THAT), kind: "exceptThat" });
    return e ? { edit: e, states: true } : null;
  }
  // the AI use is the permission's only verb: "may include the Deliverables in training datasets"
  // (not when an opt-out conditions it: "shall not … unless the Contractor opts out" would reverse it)
  const modal = HAS_OPT_OUT.test(sentenceText) ? null : findModal(text, Math.max(sentence.start, start - 120), start);
  // "may reproduce, distribute and display the Artwork and use it as training data": the other rights stay
  const coordinated = modal && USE_VERB.test(trigger) ? /(?:,\s*)?\s+and\s+$/.exec(text.slice(Math.max(modal.end, start - 12), start)) : null;
  if (modal && coordinated && OTHER_VERBS_BETWEEN.test(text.slice(modal.end, start - coordinated[0].length))) {
    const e = safe(atoms, { start: start - coordinated[0].length, end: start, replacement: BUT_MAY_NOT, kind: "shallNot" });
    if (e) return { edit: e, states: true };
  }
  if (modal && !OTHER_VERBS_BETWEEN.test(text.slice(modal.end, start)) && /^(?:may|can|could|might)$/i.test(text.slice(modal.start, modal.end)) && !/^\s+not\b/i.test(text.slice(modal.end))) {
    // "may also use" → "shall not use"
    const adverb = /^\s+(?:also|further|additionally)\b/i.exec(text.slice(modal.end, start));
    const e = safe(atoms, { start: modal.start, end: modal.end + (adverb ? adverb[0].length : 0), replacement: SHALL_NOT, kind: "shallNot" });
    if (e) return { edit: e, states: true };
  }
  // the clause ends with its AI purpose, the permission's only purpose: "may process the usage data
  // to develop its models". Taking the purpose off would leave a general "may process" the contract
  // never gave, so the permission becomes a prohibition of that use
  if (atEnd && (lead === "to" || lead === "for")) {
    const prohibited = safe(atoms, onlyPurposeProhibition(text, sentence, start, f.end, end));
    if (prohibited) return { edit: prohibited, states: true };
    // its verb cannot be negated (an opt-out before it): the AI use is taken off
    let from = start;
    while (from > sentence.start && /\s/.test(text[from - 1])) from--;
    if (text[from - 1] === ",") from--;
    // the item is nothing but its AI purpose ("(b) to train its models."): ", but not …" after a bare
    // label would read as nothing, so the item is omitted and its label kept (later items keep their letters)
    const label = ITEM_LABEL_ONLY.exec(text.slice(sentence.start, from));
    if (label) {
      const omitted = safe(atoms, { start, end, replacement: OMITTED[names.conventions?.spelling ?? "en-US"], kind: "omitItem" });
      if (omitted) return { edit: omitted, states: false };
    }
    const e = safe(atoms, { start: from, end, replacement: w(lead === "to" ? BUT_NOT : BUT_NOT_FOR), kind: "butNot" });
    if (e) return { edit: e, states: true };
  }
  return null;
}

/** A list item's label and nothing else: "(b) ", "iii. ", "• ". */
const ITEM_LABEL_ONLY = /^\s*(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,3})[.)]|[\u2022\u2013*-])\s*$/i;

/** "and use it" / "and use the Content": a verb phrase of its own after other rights and their object. */
const AND_USE = /(,?\s+and\s+)((?:use|exploit|process|analy[sz]e|apply|employ|copy|reproduce)\s+(?:it|them|the\s+[^,;.]{1,40}?|such\s+[^,;.]{1,40}?))\s*$/i;
/** The words of an object before the "and": the other rights were given over something. */
const HAS_OBJECT = /\b(?:the|its|their|his|her|any|all|such|it|them|this|these)\b/i;

/**
 * The prohibition of an AI purpose that is its permission's only purpose, or null when its verb
 * cannot be negated: "may process the Deliverables … to train" → "shall not process …"; after
 * other rights ("may reproduce and display the Content and use it to train") only the AI use is
 * prohibited ("… but may not use it to train"). An opt-out tail (`end` past `triggerEnd`) goes
 * with it. A modal before an opt-out that stays ("Unless you opt out, we may …") is never negated.
 */
export function onlyPurposeProhibition(text: string, sentence: Span, start: number, triggerEnd: number, end: number): Edit | null {
  const rest = text.slice(sentence.start, sentence.end);
  const outside = rest.slice(0, start - sentence.start) + rest.slice(end - sentence.start);
  if (HAS_OPT_OUT.test(outside)) return null;
  const modal = findModal(text, Math.max(sentence.start, start - 160), start);
  if (!modal || !/^(?:may|can)$/i.test(text.slice(modal.start, modal.end)) || /^\s+not\b/i.test(text.slice(modal.end))) return null;
  const between = text.slice(modal.end, start);
  // the permission ends at the modal's clause: another modal or a clause break in between is another permission
  if (/[;:]|\b(?:may|shall|will|must|unless|if|where|provided)\b/i.test(between)) return null;
  const use = AND_USE.exec(between);
  if (use && HAS_OBJECT.test(between.slice(0, use.index))) {
    // the other rights stay: " and use it to train" → " but may not use it to train"
    const from = modal.end + use.index;
    const to = from + use[1].length;
    return withTail(text, from, to, BUT_MAY_NOT, triggerEnd, end);
  }
  const adverb = /^\s+(?:also|further|additionally)\b/i.exec(between);
  return withTail(text, modal.start, modal.end + (adverb ? adverb[0].length : 0), SHALL_NOT, triggerEnd, end);
}

/** Replace [from, to) with `words`; with an opt-out tail after the purpose, the edit runs to its end. */
function withTail(text: string, from: number, to: number, words: string, triggerEnd: number, end: number): Edit {
  if (end <= triggerEnd) return { start: from, end: to, replacement: words, kind: "shallNot" };
  return { start: from, end, replacement: words + text.slice(to, triggerEnd), kind: "shallNot" };
}
