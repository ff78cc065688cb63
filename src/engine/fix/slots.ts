/**
 * Where in a sentence an edit goes, and what grammar it must respect: the end-of-sentence slot,
 * the permitting modal before a trigger, a list item with its separator, the noun phrase after a
 * trigger, an opt-out default. Positions only; the words written are in ./kinds/.
 */
import { capitalise } from "../text";
import type { Suggestion } from "../types";

/**
 * A trigger that ends in a verb or an adjective ("aggregate", "process", "anonymized or
 * de-identified"): a parenthesis after it would split the verb from its object or the adjective
 * from its noun, so the limit goes at the end of the sentence instead.
 */
const VERB_OR_ADJECTIVE =
  /(?:^|\s)(?:aggregat(?:e|es|ed|ing)|compil(?:e|es|ed|ing)|combin(?:e|es|ed|ing)|ingest(?:s|ed|ing)?|extract(?:s|ed|ing)?|deriv(?:e|es|ed|ing)|mine|mines|mining|harvest(?:s|ed|ing)?|process(?:es|ed|ing)?|analy[sz](?:e|es|ed|ing)|sub-?licen[cs](?:e|es|ed|ing|able)|anonymi[sz]ed|anonymous|de-?identified|pseudonymi[sz]ed|depersonali[sz]ed|undifferentiated|disconnected|identif(?:y|ies|ied|iable))$/i;

/** True when a parenthesis after the trigger would split a verb from its object or an adjective from its noun. */
export function endsInVerbOrAdjective(trigger: string): boolean {
  return VERB_OR_ADJECTIVE.test(trigger.trim());
}

/** An opt-out default in a sentence: ", unless the Contractor opts out in writing". */
export const OPT_OUT_CLAUSE =
  /,?\s*\b(?:unless|except\s+(?:where|if|to\s+the\s+extent)|until|subject\s+to)\b[^.;]{0,80}?\bopt(?:s|ed)?[- ]?outs?\b[^.;,]{0,60}|,?\s*\b(?:you|the\s+\w+|\w+)\s+(?:may|can)\s+opt[- ]?out\b[^.;,]{0,60}/i;

/** A modal verb that grants a permission, found before the trigger in the same clause. */
const MODAL = /\b(?:may|can|could|might|will|shall|(?:is|are|shall\s+be|will\s+be)\s+(?:entitled|permitted|authori[sz]ed|free|allowed)\s+to|(?:has|have|retains?|reserves?)\s+the\s+right\s+to)\b/gi;

/** The end of a list item: its separator and the word that joins it to the next item ("; and", ", or"). */
const LIST_JOIN = /[;,](?=\s*(?:and|or|and\/or)$)/;

/** A sentence that stops on a word that needs more after it: a preposition, an article, a modal, "including". */
const OPEN_END = /\b(?:to|of|for|by|with|from|in|into|on|at|as|than|the|a|an|its|their|his|her|and|or|nor|that|which|who|including|namely|may|can|shall|will|must|might|should|would|is|are|be|been|was|were)\s*$/i;

/** The end-of-sentence slot: the final stop (replaced by ", proviso.") or, without one, the last word. */
export function provisoSlot(text: string, sentence: { start: number; end: number }): { start: number; end: number; stop: string } | null {
  let e = sentence.end;
  while (e > sentence.start && /[\s"'\u201d\u2019)\]]/.test(text[e - 1])) e--;
  if (e <= sentence.start) return null;
  // a list item that ends with its joining word ("…service providers; and"): the slot is the
  // separator before it, so the addition stays inside the item and the list still joins
  const joined = LIST_JOIN.exec(text.slice(sentence.start, e));
  if (joined) {
    const at = sentence.start + joined.index;
    if (at > sentence.start && /[\w)\]"'\u201d\u2019]/.test(text[at - 1])) return { start: at, end: at + 1, stop: text[at] };
  }
  const c = text[e - 1];
  // a lead-in that leaves its sentence open for the items below it ("grants a licence to:", "The
  // Agency may") has no end to add to: "to, provided that …:" would cut the sentence in two
  if ((c === ":" || /[\w]/.test(c)) && OPEN_END.test(text.slice(sentence.start, c === ":" ? e - 1 : e))) return null;
  if (c === "." || c === ";" || c === ":" || c === "!") {
    // keep the word before the stop out of the edit; the stop itself is the original
    if (e - 1 > sentence.start && /[\w)\]"'\u201d\u2019]/.test(text[e - 2])) return { start: e - 1, end: e, stop: c };
    return null;
  }
  if (/[\w)]/.test(c)) {
    let s = e - 1;
    while (s > sentence.start && /[\w)]/.test(text[s - 1])) s--;
    return { start: s, end: e, stop: "" };
  }
  return null;
}

/** The last permitting modal in [from, to), when it governs the same clause as the trigger. */
export function findModal(text: string, from: number, to: number): { start: number; end: number } | null {
  const seg = text.slice(from, to);
  let best: { start: number; end: number } | null = null;
  MODAL.lastIndex = 0;
  for (let m = MODAL.exec(seg); m; m = MODAL.exec(seg)) best = { start: from + m.index, end: from + m.index + m[0].length };
  if (!best) return null;
  // same clause: no ";" between the modal and the trigger
  if (/[;:]/.test(text.slice(best.end, to))) return null;
  return best;
}

/**
 * A list item with its separator: ", machine learning" or "machine learning and ". When the item is
 * the last one ("marketing, advertising and machine learning"), the conjunction moves to the item
 * before it, so the list still reads "marketing and advertising".
 */
export function strikeRange(text: string, input: { sentence: { start: number; end: number }; start: number; end: number }): { start: number; end: number; text: string } | null {
  const before = text.slice(Math.max(input.sentence.start, input.start - 10), input.start);
  const mb = /(?:,\s*(?:and\s+|or\s+|and\/or\s+)?|\s+(?:and|or|and\/or)\s+)$/.exec(before);
  if (mb) {
    const itemStart = input.start - mb[0].length;
    const conj = /\b(and\/or|and|or)\s+$/.exec(mb[0]);
    if (conj) {
      const head = text.slice(Math.max(input.sentence.start, itemStart - 60), itemStart);
      const prev = /,\s*([^,;:()]{1,50})$/.exec(head);
      if (prev && !/\b(?:and|or)\b/.test(prev[1])) {
        return { start: itemStart - prev[0].length, end: input.end, text: ` ${conj[1]} ${prev[1]}` };
      }
    }
    return { start: itemStart, end: input.end, text: "" };
  }
  const ma = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+)/.exec(text.slice(input.end, Math.min(input.sentence.end, input.end + 10)));
  if (ma) return { start: input.start, end: input.end + ma[0].length, text: "" };
  return null;
}

/** The list a feedback trigger heads: ", suggestions and ideas". */
export const FEEDBACK_LIST_AFTER =
  /^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+)(?:(?:any|all|other|such)\s+)?(?:feedback|suggestions?|ideas|comments|recommendations|testimonials?|enhancement\s+requests|proposals|improvements)\b){1,6}/i;

/** The noun an adjective trigger describes ("anonymized Deliverables") or a verb's object ("sublicense them"). */
export const NOUN_AFTER = /^\s+(?:(?:the|its|their|such|any|all|our|your)\s+)?(?:them\b|it\b|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|(?:data|information|content|form|materials?|works?|files|copies|versions?|deliverables|images|text|outputs?)\b)/;

/** A participle phrase after a data noun: "derived from the Deliverables", "generated by them". */
export const POSTMODIFIER =
  /^(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:usage|derived|aggregated?|statistical|diagnostic|performance)\s+)?(?:data|metadata|information|statistics|metrics|datasets?)\b){0,3}\s+(?:derived|generated|collected|obtained|created|produced|extracted)\s+(?:from|by|through|in\s+connection\s+with)\s+(?:(?:the|its|their|any|such)\s+)?(?:them\b|it\b|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|(?:deliverables|work\s+product|content|materials|services)\b)/;

/** More than one verb between the modal and the AI use: "may reproduce, distribute and display … and use". */
export const OTHER_VERBS_BETWEEN = /,|\b(?:and|or|as\s+well\s+as)\b/i;

/** The opt-out default of the sentence, as an absolute range; null when none. */
export function optOutRange(text: string, sentence: { start: number; end: number }): { start: number; end: number } | null {
  const s = text.slice(sentence.start, sentence.end);
  const m = OPT_OUT_CLAUSE.exec(s);
  if (!m) return null;
  let start = sentence.start + m.index;
  let end = start + m[0].length;
  // a leading "Unless you opt out, …": take the comma after it too
  if (!/\S/.test(text.slice(sentence.start, start))) {
    start = sentence.start;
    const comma = /^\s*,\s*/.exec(text.slice(end, sentence.end));
    if (comma) end += comma[0].length;
  }
  return { start, end };
}

/** Words of other rules: text holding them is not folded into an opt-out edit. */
export const OTHER_RISK_WORDS =
  /\b(?:shar\w*|disclos\w*|licen[cs]\w*|sub-?licen\w*|affiliat\w*|partners?|providers?|third|vendors?|aggregat\w*|compil\w*|process\w*|deriv\w*|anonymi\w*|feedback|suggestions?|ideas|purposes?|research|analytic\w*|perpetu\w*|irrevocabl\w*|royalty|worldwide|media|train\w*|improv\w*|develop\w*|machine|AI|models?)\b/i;

/** Extends `edit` so that it also removes [r.start, r.end) (text in between is kept); null when they overlap. */
export function absorb(text: string, edit: Suggestion, r: { start: number; end: number }, atSentenceStart: boolean): Suggestion | null {
  if (r.start >= edit.end) {
    const between = text.slice(edit.end, r.start);
    return { ...edit, end: r.end, original: text.slice(edit.start, r.end), replacement: edit.replacement + between };
  }
  if (r.end <= edit.start) {
    let between = text.slice(r.end, edit.start);
    if (atSentenceStart) between = capitalise(between);
    return { ...edit, start: r.start, original: text.slice(r.start, edit.end), replacement: (between === "" && atSentenceStart ? capitalise(edit.replacement) : between + edit.replacement) };
  }
  return null;
}

/** A lead-in that introduces examples of a purpose: ", including", "such as", "including without limitation". */
export const INCLUDING_BEFORE = /,?\s*\b(?:including|such\s+as|for\s+example|e\.g\.,?)(?:\s+(?:but\s+not\s+limited\s+to|without\s+limitation))?\s*$/i;
/** "Nothing in this Agreement restricts / limits / prevents …": a carve-back, not a permission. */
export const NOTHING_RESTRICTS = /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s+)?(?:\d+(?:\.\d+)*\.?\s+)?nothing\s+(?:in|contained\s+in|under)\b[^.;]{0,80}\b(?:restrict|limit|prevent|prohibit|preclude)s?\b/i;
