/**
 * One edit per clause. The findings of a sentence are fixed together: the restriction on AI
 * training is stated once, in the place that suits the clause, and every finding of the sentence
 * carries that same edit (the writers write an edit shared by several findings once). Only an
 * explicit AI-training permission gets an edit of its own, which removes or negates it.
 *
 * Where a restriction may go: after a purpose ("for any lawful purpose other than to train …"), in
 * place of an AI purpose, on the permission's verb ("may" → "shall not"), or at the end of the
 * clause; never inside a quoted defined term or a cross-reference ("Section 2.5 (Feedback and
 * Usage Data)"), whose words are the document's atoms.
 */
import type { Category, Finding, Position, Suggestion } from "../types";
import type { Span } from "../text";
import { atomsOf, cutsAtom } from "../read/structure";
import { hasPermittingNegation } from "../detect/negation";
import { severityRank } from "./order";
import type { Names } from "./fill";
import { INCLUDING_BEFORE, NOTHING_RESTRICTS, OTHER_VERBS_BETWEEN, findModal, provisoSlot, strikeRange } from "./slots";
import { clauseComment, fillWords } from "./comments";
import { HAS_OPT_OUT } from "./optOut";
import {
  BUT_NOT,
  BUT_NOT_FOR,
  EXCEPT_THAT,
  LABEL,
  OPT_OUT,
  OTHER_THAN,
  PROJECT_SCOPE,
  RESTRICTION,
  SHALL_NOT,
  restrictionKind,
  type RestrictionKind,
} from "./wording";

export interface ClauseItem {
  finding: Finding;
  sentence: Span;
}

/** "for any purpose", "for any lawful purpose whatsoever", "for any and all purposes". */
const ANY_PURPOSE = /\bfor\s+any\s+(?:and\s+all\s+)?(?:lawful\s+|legitimate\s+|other\s+)?purposes?(?:\s+whatsoever)?\b/gi;
/** Text that may follow an AI purpose at the end of its clause. */
const CLAUSE_END_AFTER = /^\s*(?:[.;:!]|$)/;
/** A trigger that is a verb phrase of its own: "use it as training data", "include the Work in datasets". */
const USE_VERB = /^(?:use|using|include|including|upload|uploading|ingest|ingesting|input|feed|incorporate|incorporating|process|processing|exploit|apply|employ|train|training|copy|reproduce|analy[sz]e)\b/i;
/** An opt-out default right after an AI purpose. */
const OPT_OUT_TAIL = /^,?\s*(?:unless|until|except\s+(?:where|if))\b[^.;]{0,80}?\bopt(?:s|ed)?[- ]?outs?\b[^.;,]{0,60}/i;
/** An opt-out the sentence already has (./optOut.ts; the pane uses the same test). */
export { HAS_OPT_OUT };

interface Edit {
  start: number;
  end: number;
  replacement: string;
  kind: keyof typeof LABEL;
}

function suggestion(paragraph: number, text: string, e: Edit, position: Position, comment: string): Suggestion {
  return { position, label: LABEL[e.kind], paragraph, start: e.start, end: e.end, original: text.slice(e.start, e.end), replacement: e.replacement, comment };
}

/** An addition at the end of the clause: before its final stop, or after its last word. */
function atClauseEnd(text: string, sentence: Span, addition: string, kind: Edit["kind"]): Edit | null {
  const slot = provisoSlot(text, sentence);
  if (!slot) return null;
  const original = text.slice(slot.start, slot.end);
  return { start: slot.start, end: slot.end, replacement: slot.stop ? `${addition}${slot.stop}` : `${original}${addition}`, kind };
}

function safe(atoms: readonly Span[], e: Edit | null): Edit | null {
  return e && !cutsAtom(atoms, e.start, e.end) ? e : null;
}

/**
 * The edit that removes or negates an explicit AI-training permission, or null when the clause's
 * restriction does it better. `states` tells whether the edit itself states the restriction.
 */
function aiEdit(f: Finding, sentence: Span, text: string, names: Names, atoms: readonly Span[]): { edit: Edit; states: boolean } | null {
  const start = f.start;
  let end = f.end;
  const trigger = text.slice(start, end);
  const lead = (/^(to|for|in|into|as)\b/i.exec(trigger)?.[1] ?? "").toLowerCase();
  const sentenceText = text.slice(sentence.start, sentence.end);
  const w = (t: string) => fillWords(t, names);
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
    const e = safe(atoms, { start: start - coordinated[0].length, end: start, replacement: " but may not ", kind: "shallNot" });
    if (e) return { edit: e, states: true };
  }
  if (modal && !OTHER_VERBS_BETWEEN.test(text.slice(modal.end, start)) && /^(?:may|can|could|might)$/i.test(text.slice(modal.start, modal.end)) && !/^\s+not\b/i.test(text.slice(modal.end))) {
    // "may also use" → "shall not use"
    const adverb = /^\s+(?:also|further|additionally)\b/i.exec(text.slice(modal.end, start));
    const e = safe(atoms, { start: modal.start, end: modal.end + (adverb ? adverb[0].length : 0), replacement: SHALL_NOT, kind: "shallNot" });
    if (e) return { edit: e, states: true };
  }
  // the clause ends with its AI purpose: "may process the usage data to develop its models"
  if (atEnd && (lead === "to" || lead === "for")) {
    let from = start;
    while (from > sentence.start && /\s/.test(text[from - 1])) from--;
    if (text[from - 1] === ",") from--;
    const e = safe(atoms, { start: from, end, replacement: w(lead === "to" ? BUT_NOT : BUT_NOT_FOR), kind: "butNot" });
    if (e) return { edit: e, states: true };
  }
  return null;
}

const EDIT_OF: Record<RestrictionKind, Edit["kind"]> = {
  ownership: "covenant",
  sublicensing: "bind",
  anonymization: "anonymousLimit",
  "data-aggregation": "datasetLimit",
  feedback: "feedbackLimit",
  general: "restriction",
};

/** The restriction of a clause that has no explicit AI permission to negate. */
function restriction(categories: ReadonlySet<Category>, sentence: Span, text: string, names: Names, atoms: readonly Span[]): Edit | null {
  const kind = restrictionKind(categories);
  const onlyPurpose = [...categories].every((c) => c === "broad-license" || c === "ambiguous-purpose");
  if (onlyPurpose) {
    ANY_PURPOSE.lastIndex = 0;
    const seg = text.slice(sentence.start, sentence.end);
    for (let m = ANY_PURPOSE.exec(seg); m; m = ANY_PURPOSE.exec(seg)) {
      const at = sentence.start + m.index + m[0].length;
      // already limited ("for any purpose other than …", "for any purpose related to …")
      if (/^\s*(?:other\s+than|except|related|connected|in\s+connection|under|of\s+this)/i.test(text.slice(at, at + 30))) continue;
      const e = safe(atoms, { start: at, end: at, replacement: fillWords(OTHER_THAN, names), kind: "otherThan" });
      if (e) {
        // a pure insertion is written as a replacement of the word before it (writers need a range)
        const word = /[\w)]+$/.exec(text.slice(sentence.start, at));
        if (word) return { start: at - word[0].length, end: at, replacement: text.slice(at - word[0].length, at) + e.replacement, kind: "otherThan" };
      }
    }
  }
  const label: Edit["kind"] = EDIT_OF[kind];
  return safe(atoms, atClauseEnd(text, sentence, fillWords(RESTRICTION[kind], names), label));
}

/**
 * Rewrites the suggestions of one paragraph's findings so that each sentence gets one restriction.
 * Findings whose suggestions are the user's own wording (a playbook) keep them.
 */
export function combineClauses(items: readonly ClauseItem[], text: string, names: Names): void {
  const groups = new Map<number, ClauseItem[]>();
  for (const it of items) {
    const g = groups.get(it.sentence.start) ?? [];
    g.push(it);
    groups.set(it.sentence.start, g);
  }
  if (groups.size === 0) return;
  const atoms = atomsOf(text);
  for (const group of groups.values()) {
    group.sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity) || a.finding.start - b.finding.start);
    const sentence = group[0].sentence;
    const paragraph = group[0].finding.paragraph;
    const categories = new Set(group.map((g) => g.finding.category));
    const ordered = leadFirst([...categories]);
    const triggers = group.map((g) => ({ category: g.finding.category, words: g.finding.trigger }));
    const comment = (edit: Edit["kind"], cats: Category[] = ordered, trig = triggers) => clauseComment({ categories: cats, triggers: trig, paragraph, at: sentence.start, edit }, names);

    // explicit AI permissions: each removed or negated where it stands
    const own = new Map<Finding, Edit>();
    let stated: Edit | null = null;
    const taken: Edit[] = [];
    for (const g of group) {
      if (g.finding.category !== "ai-training-grant") continue;
      const r = aiEdit(g.finding, sentence, text, names, atoms);
      if (!r || taken.some((t) => t.start < r.edit.end && r.edit.start < t.end)) continue;
      // the restriction is stated once per clause; a second permission's own verb may still be negated
      if (r.states && stated && r.edit.kind !== "shallNot") continue;
      own.set(g.finding, r.edit);
      taken.push(r.edit);
      if (r.states && !stated) stated = r.edit;
    }
    const rest = group.filter((g) => !own.has(g.finding));
    let shared: Edit | null = stated;
    if (rest.length && !shared) {
      const cats = new Set(rest.map((g) => g.finding.category));
      const r = restriction(cats.size ? cats : categories, sentence, text, names, atoms);
      if (r && !taken.some((t) => t.start < r.end && r.start < t.end)) shared = r;
    }

    // the fallback positions: one edit per clause each, where they apply
    const hasOptOut = HAS_OPT_OUT.test(text.slice(sentence.start, sentence.end));
    const optOut = hasOptOut ? null : safe(atoms, atClauseEnd(text, sentence, fillWords(OPT_OUT, names), "optOut"));
    const scope = names.conventions?.project ? safe(atoms, atClauseEnd(text, sentence, fillWords(PROJECT_SCOPE, names), "projectScope")) : null;
    const fallbacks: Suggestion[] = [];
    if (optOut) fallbacks.push(suggestion(paragraph, text, optOut, "opt-out", comment("optOut")));
    if (scope) fallbacks.push(suggestion(paragraph, text, scope, "project-scope", comment("projectScope")));

    const sharedSuggestion = shared ? suggestion(paragraph, text, shared, "primary", comment(shared.kind)) : null;
    for (const g of group) {
      const mine = own.get(g.finding);
      // the user's own wording (a playbook) stays for the positions it covers
      const user = new Set(g.finding.playbook?.userWording ?? []);
      if (user.size) {
        const kept = g.finding.suggestions.filter((s) => user.has(s.position));
        const primaryOwn = kept.find((s) => s.position === "primary") ?? (mine ? suggestion(paragraph, text, mine, "primary", comment(mine.kind)) : sharedSuggestion) ?? g.finding.suggestions[0];
        const rest = fallbacks.filter((f) => !user.has(f.position) && !(primaryOwn.start < f.end && f.start < primaryOwn.end && primaryOwn.replacement !== f.replacement && !(mine || sharedSuggestion)));
        g.finding.suggestions = [primaryOwn, ...kept.filter((s) => s.position !== "primary"), ...rest];
        continue;
      }
      let primary: Suggestion;
      if (mine) {
        const cats = mine === stated ? ordered : (["ai-training-grant"] as Category[]);
        primary = suggestion(paragraph, text, mine, "primary", comment(mine.kind, cats, mine === stated ? triggers : [{ category: g.finding.category, words: g.finding.trigger }]));
      } else if (sharedSuggestion) primary = sharedSuggestion;
      else {
        // nowhere safe to write a new edit: the finding keeps its own primary, with the clause's fallbacks
        g.finding.suggestions = [g.finding.suggestions[0], ...fallbacks];
        continue;
      }
      // a fallback that would collide with this finding's own edit is left out
      const keep = fallbacks.filter((s) => !(mine && mine.start < s.end && s.start < mine.end));
      g.finding.suggestions = [primary, ...keep];
    }
  }
}

/** The categories with the one whose restriction the clause gets first (it leads the comment). */
function leadFirst(categories: Category[]): Category[] {
  const kind = restrictionKind(new Set(categories));
  const lead = categories.includes("ai-training-grant") ? "ai-training-grant" : kind === "general" ? categories[0] : (kind as Category);
  return [lead, ...categories.filter((c) => c !== lead)];
}

/** True when two suggestions are the same edit (written once for every finding that shares it). */
export function sameEdit(a: Pick<Suggestion, "paragraph" | "start" | "end" | "replacement">, b: Pick<Suggestion, "paragraph" | "start" | "end" | "replacement">): boolean {
  return a.paragraph === b.paragraph && a.start === b.start && a.end === b.end && a.replacement === b.replacement;
}

