/**
 * Builds the suggested redlines for a finding: minimal edits, as data, in the document's own names.
 *
 * Three edit kinds (see FixKind in rules.ts): replace a purpose phrase, qualify the trigger with a
 * limiting phrase in parentheses, or add a proviso at the end of the sentence. Every suggestion's
 * `original` is exactly the text it replaces.
 */
import type { RuleData } from "../rules";
import type { Category, Suggestion } from "../types";
import { capitalise } from "../text";
import { OWN_FALLBACK_WORDS } from "./wording";
import { isPlural } from "./plural";

/** The words every protective edit uses for AI training. */
export const AI_VERBS = "train, fine-tune, test or improve any artificial intelligence or machine-learning model";
export const AI_NOUNS = "training, fine-tuning, testing or improving any artificial intelligence or machine-learning model";

/** Phrases that only TermScore's own fallback positions write; a sentence containing one was already fixed. */
export const OWN_FALLBACK = new RegExp(
  `${OWN_FALLBACK_WORDS.source}|(?:except that|provided that) [^.;]{1,80} (?:shall|may) not use [^.;]{1,120} to train, fine-tune, test or improve any artificial intelligence or machine-learning model`,
  "i"
);

export { isPlural };

/**
 * A trigger that ends in a verb or an adjective ("aggregate", "process", "anonymized or
 * de-identified"): a parenthesis after it would split the verb from its object or the adjective
 * from its noun, so the limit goes at the end of the sentence instead.
 */
const VERB_OR_ADJECTIVE =
  /(?:^|\s)(?:aggregat(?:e|es|ed|ing)|compil(?:e|es|ed|ing)|combin(?:e|es|ed|ing)|ingest(?:s|ed|ing)?|extract(?:s|ed|ing)?|deriv(?:e|es|ed|ing)|mine|mines|mining|harvest(?:s|ed|ing)?|process(?:es|ed|ing)?|analy[sz](?:e|es|ed|ing)|sub-?licen[cs](?:e|es|ed|ing|able)|anonymi[sz]ed|anonymous|de-?identified|pseudonymi[sz]ed|depersonali[sz]ed|undifferentiated|disconnected|identif(?:y|ies|ied|iable))$/i;

export function endsInVerbOrAdjective(trigger: string): boolean {
  return VERB_OR_ADJECTIVE.test(trigger.trim());
}

/** An opt-out default in a sentence: ", unless the Contractor opts out in writing". */
const OPT_OUT_CLAUSE =
  /,?\s*\b(?:unless|except\s+(?:where|if|to\s+the\s+extent)|until|subject\s+to)\b[^.;]{0,80}?\bopt(?:s|ed)?[- ]?outs?\b[^.;,]{0,60}|,?\s*\b(?:you|the\s+\w+|\w+)\s+(?:may|can)\s+opt[- ]?out\b[^.;,]{0,60}/i;

export interface Names {
  /** "the Client" / "Client", as the document writes it mid-sentence. */
  agency: string;
  contractor: string;
  work: string;
  /** The document's spelling, quotes and project (fix/conventions.ts); defaults when absent. */
  conventions?: import("./conventions").Conventions;
  /** "Section 3.2 (Licence)" for a paragraph, when the document numbers its sections. */
  section?: (paragraph: number) => string | null;
  /** What the comments of this document have said so far (fix/comments.ts), so none repeats. */
  memory?: import("./comments").CommentMemory;
}

const filled = new Map<string, string>();

/** Fills {agency} {contractor} {work} {ai} {aiNoun} (memoised: the same few templates recur). */
export function fill(template: string, names: Names): string {
  const key = `${template}\u0000${names.agency}\u0000${names.contractor}\u0000${names.work}`;
  let out = filled.get(key);
  if (out === undefined) {
    if (filled.size > 2000) filled.clear();
    out = fillNow(template, names);
    filled.set(key, out);
  }
  return out;
}

function fillNow(template: string, names: Names): string {
  return template
    .replace(/\{agency\}/g, names.agency)
    .replace(/\{contractor\}/g, names.contractor)
    .replace(/\{work\}/g, names.work)
    .replace(/\{ai\}/g, AI_VERBS)
    .replace(/\{aiNoun\}/g, AI_NOUNS);
}

const PRIMARY_LABEL: Record<Category, string> = {
  "ai-training-grant": "Prohibit AI training",
  "broad-license": "Exclude AI training from the licence",
  "ambiguous-purpose": "Make clear the purpose excludes AI training",
  "data-aggregation": "Keep derived data out of AI training",
  feedback: "Limit feedback rights",
  anonymization: "Close the anonymization loophole",
  sublicensing: "Bind recipients not to train AI",
  ownership: "Add an AI carve-out to ownership",
};

const COMMENT: Record<Category, string> = {
  "ai-training-grant":
    "{Contractor} cannot agree to {work} being used to train or improve AI models: once a model has learned from the work it cannot be removed. This edit keeps the use the project needs and rules out AI training.",
  "broad-license":
    "As written, this licence would let {agency} use {work} for AI training. {Contractor} is glad to grant the rights the project needs; this edit keeps them and excludes AI training.",
  "ambiguous-purpose":
    "\"{trigger}\" is open-ended and is now often read to include training AI models. This edit keeps the purpose and makes clear it does not include AI training.",
  "data-aggregation":
    "Data derived from {work} can be compiled into AI training sets. This edit keeps the right but excludes any use of that data for AI training.",
  feedback:
    "Feedback rights should cover comments about {agency}'s own services, not {work} itself, and should not allow AI training. This edit says so.",
  anonymization:
    "Anonymizing removes {contractor}'s name but not the work, which could still be used to train AI. This edit closes that gap.",
  sublicensing:
    "Anyone who receives {work} from {agency} should be bound by the same limit; AI vendors often act as \"service providers\" or \"partners\". This edit passes the restriction on.",
  ownership:
    "{Contractor} is glad for {agency} to own {work}, but ownership should not bring a right to train AI on {it}. This edit adds that carve-out, which keeps everything else as agreed.",
};

const OPT_OUT_COMMENT =
  "If a full exclusion is not acceptable, {contractor} asks at least for a right to opt out of AI use by written notice, effective immediately.";
const SCOPE_COMMENT = "As a fallback, this limits the use of {work} to the project described in this Agreement, which leaves no room for AI training.";

/** A modal verb that grants a permission, found before the trigger in the same clause. */
const MODAL = /\b(?:may|can|could|might|will|shall|(?:is|are|shall\s+be|will\s+be)\s+(?:entitled|permitted|authori[sz]ed|free|allowed)\s+to|(?:has|have|retains?|reserves?)\s+the\s+right\s+to)\b/gi;

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

export interface SuggestOutput {
  suggestions: Suggestion[];
  usedProviso: boolean;
}

function make(input: SuggestInput, position: Suggestion["position"], label: string, start: number, end: number, replacement: string, comment: string): Suggestion {
  return { position, label, paragraph: input.paragraph, start, end, original: input.text.slice(start, end), replacement, comment };
}

/** The end-of-sentence slot: the final stop (replaced by ", proviso.") or, without one, the last word. */
export function provisoSlot(text: string, sentence: { start: number; end: number }): { start: number; end: number; stop: string } | null {
  let e = sentence.end;
  while (e > sentence.start && /[\s"'\u201d\u2019)\]]/.test(text[e - 1])) e--;
  if (e <= sentence.start) return null;
  const c = text[e - 1];
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
export function strikeRange(text: string, input: Pick<SuggestInput, "sentence" | "start" | "end">): { start: number; end: number; text: string } | null {
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
const FEEDBACK_LIST_AFTER =
  /^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+)(?:(?:any|all|other|such)\s+)?(?:feedback|suggestions?|ideas|comments|recommendations|testimonials?|enhancement\s+requests|proposals|improvements)\b){1,6}/i;

/** The noun an adjective trigger describes ("anonymized Deliverables") or a verb's object ("sublicense them"). */
const NOUN_AFTER = /^\s+(?:(?:the|its|their|such|any|all|our|your)\s+)?(?:them\b|it\b|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|(?:data|information|content|form|materials?|works?|files|copies|versions?|deliverables|images|text|outputs?)\b)/;

/** A participle phrase after a data noun: "derived from the Deliverables", "generated by them". */
const POSTMODIFIER =
  /^(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:(?:usage|derived|aggregated?|statistical|diagnostic|performance)\s+)?(?:data|metadata|information|statistics|metrics|datasets?)\b){0,3}\s+(?:derived|generated|collected|obtained|created|produced|extracted)\s+(?:from|by|through|in\s+connection\s+with)\s+(?:(?:the|its|their|any|such)\s+)?(?:them\b|it\b|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}|(?:deliverables|work\s+product|content|materials|services)\b)/;

/** More than one verb between the modal and the AI use: "may reproduce, distribute and display … and use". */
export const OTHER_VERBS_BETWEEN = /,|\b(?:and|or|as\s+well\s+as)\b/i;

/** The opt-out default of the sentence, as an absolute range; null when none. */
function optOutRange(text: string, sentence: { start: number; end: number }): { start: number; end: number } | null {
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
const OTHER_RISK_WORDS =
  /\b(?:shar\w*|disclos\w*|licen[cs]\w*|sub-?licen\w*|affiliat\w*|partners?|providers?|third|vendors?|aggregat\w*|compil\w*|process\w*|deriv\w*|anonymi\w*|feedback|suggestions?|ideas|purposes?|research|analytic\w*|perpetu\w*|irrevocabl\w*|royalty|worldwide|media|train\w*|improv\w*|develop\w*|machine|AI|models?)\b/i;

/** Extends `edit` so that it also removes [r.start, r.end) (text in between is kept); null when they overlap. */
function absorb(text: string, edit: Suggestion, r: { start: number; end: number }, atSentenceStart: boolean): Suggestion | null {
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

export function buildSuggestions(input: SuggestInput): SuggestOutput {
  const { rule, text, names } = input;
  const category = rule.category;
  const trigger = text.slice(input.start, input.end);
  const plural = isPlural(names.work);
  const fillC = (t: string): string =>
    fill(t, names)
      .replace(/\{Contractor\}/g, capitalise(names.contractor))
      .replace(/\{trigger\}/g, trigger)
      .replace(/\{it\}/g, plural ? "them" : "it");
  const comment = fillC(COMMENT[category]);
  const label = PRIMARY_LABEL[category];
  const out: Suggestion[] = [];
  let usedProviso = false;
  const lead = (/^(to|for|in|into|as)\b/i.exec(trigger)?.[1] ?? "").toLowerCase();
  const slot = provisoSlot(text, input.sentence);
  const sentenceText = text.slice(input.sentence.start, input.sentence.end);
  const hasOptOut = OPT_OUT_CLAUSE.test(sentenceText);
  /** An addition at the end of the sentence, before its final stop. */
  const atEnd = (position: Suggestion["position"], lbl: string, addition: string, cmt: string): Suggestion => {
    const s = slot!;
    const orig = text.slice(s.start, s.end);
    return make(input, position, lbl, s.start, s.end, s.stop ? `${addition}${s.stop}` : `${orig}${addition}`, cmt);
  };
  const generalProviso = `, provided that ${names.agency} may not use ${names.work} or data derived from ${plural ? "them" : "it"} to ${AI_VERBS}`;
  // "which do not include" after a singular noun ("for research") reads "which does not include"
  let qualifier = fill(rule.qualifier, names);
  const head = /(\w+)\W*$/.exec(trigger)?.[1] ?? "";
  if (/^which do not\b/.test(qualifier) && !isPlural(head)) qualifier = qualifier.replace(/^which do not\b/, "which does not");
  const qualified = `${trigger} (${qualifier})`;

  if (rule.fix === "replace-purpose") {
    if (lead === "to") {
      out.push(make(input, "primary", label, input.start, input.end, `solely to perform this Agreement and never to ${AI_VERBS}`, comment));
    } else if (lead === "for") {
      out.push(make(input, "primary", label, input.start, input.end, `solely for the purposes of this Agreement and never for ${AI_NOUNS}`, comment));
    } else {
      const modal = findModal(text, Math.max(input.sentence.start, input.start - 120), input.start);
      const between = modal ? text.slice(modal.end, input.start) : "";
      const coordinated = modal ? /(?:,\s*)?\s+and\s+$/.exec(text.slice(Math.max(modal.end, input.start - 12), input.start)) : null;
      if (modal && !OTHER_VERBS_BETWEEN.test(between)) {
        // the AI use is the modal's only verb: "may use them as training data" → "shall not use …"
        out.push(make(input, "primary", label, modal.start, modal.end, "shall not", comment));
      } else if (modal && coordinated) {
        // "may reproduce, distribute and display … and use them as training data": keep the other rights
        const from = input.start - coordinated[0].length;
        out.push(make(input, "primary", label, from, input.end, `${/^,/.test(coordinated[0]) ? "," : ""} but may not ${trigger}`, comment));
      } else if (lead === "in" || lead === "into") {
        out.push(make(input, "primary", label, input.start, input.end, `${lead} no dataset, model or system used to ${AI_VERBS}`, comment));
      } else if (lead === "as") {
        out.push(make(input, "primary", label, input.start, input.end, `solely for the purposes of this Agreement and never as data to ${AI_VERBS}`, comment));
      } else if (slot && input.provisoFree) {
        usedProviso = true;
        out.push(atEnd("primary", label, `, except that ${names.agency} shall not use ${names.work} to ${AI_VERBS}`, comment));
      } else {
        out.push(make(input, "primary", label, input.start, input.end, `${trigger} (which ${names.agency} shall not do with ${names.work})`, comment));
      }
    }
  } else if (rule.fix === "strike" && strikeRange(text, input)) {
    const r = strikeRange(text, input)!;
    out.push(make(input, "primary", label, r.start, r.end, r.text, comment));
  } else if (rule.fix === "proviso" && input.provisoFree && slot) {
    usedProviso = true;
    const proviso =
      category === "ownership"
        ? `, but ${names.agency} acquires no right to use ${names.work} to ${AI_VERBS}`
        : `, provided that ${names.agency} may not use ${names.work} to ${AI_VERBS}`;
    out.push(atEnd("primary", label, proviso, comment));
  } else if (endsInVerbOrAdjective(trigger) && input.provisoFree && slot) {
    // "may aggregate and compile the Deliverables": the limit goes at the end, not after the verb
    usedProviso = true;
    out.push(atEnd("primary", label, generalProviso, comment));
  } else if (endsInVerbOrAdjective(trigger)) {
    // the sentence's proviso is taken: a short limit, after the noun an adjective describes or the verb's object
    const noun = NOUN_AFTER.exec(text.slice(input.end, input.sentence.end));
    const end = input.end + (noun ? noun[0].length : 0);
    out.push(make(input, "primary", label, input.start, end, `${text.slice(input.start, end)} (other than for AI training)`, comment));
  } else if (category === "feedback") {
    // qualify the whole list ("feedback, suggestions and ideas"), not only its first word
    const list = FEEDBACK_LIST_AFTER.exec(text.slice(input.end, input.sentence.end));
    const end = input.end + (list ? list[0].length : 0);
    out.push(make(input, "primary", label, input.start, end, `${text.slice(input.start, end)} (${qualifier})`, comment));
  } else {
    // "anonymized data derived from them": the qualifier follows the whole noun phrase
    const post = category === "anonymization" || category === "data-aggregation" ? POSTMODIFIER.exec(text.slice(input.end, input.sentence.end)) : null;
    const end = input.end + (post ? post[0].length : 0);
    out.push(make(input, "primary", label, input.start, end, post ? `${text.slice(input.start, end)} (${qualifier})` : qualified, comment));
  }

  // An opt-out default ("…, unless the Contractor opts out in writing") would limit the protective
  // edit too: the primary fix of an AI grant removes it.
  if (category === "ai-training-grant" && hasOptOut) {
    const r = optOutRange(text, input.sentence);
    // only across plain words: a wider edit would swallow (and hide) another finding in between
    const between = r ? text.slice(Math.min(r.end, out[0].end), Math.max(r.start, out[0].start)) : "";
    if (r && between.length <= 80 && !OTHER_RISK_WORDS.test(between)) {
      const merged = absorb(text, out[0], r, !/\S/.test(text.slice(input.sentence.start, r.start)));
      if (merged) out[0] = merged;
    }
  }

  const listAfter = /^\s*(?:,|\b(?:and|or|and\/or)\b)/i.test(text.slice(input.end, input.sentence.end));
  for (const position of rule.fallbacks) {
    if (position === "opt-out") {
      // the sentence already offers an opt-out: offering one again adds nothing
      if (hasOptOut) continue;
      // at the end of the sentence, where it reads well whatever the grant's grammar
      const optOut = `, subject to ${names.contractor}'s right to opt out of that use at any time by written notice`;
      if (slot) out.push(atEnd("opt-out", "Right to opt out", optOut, fillC(OPT_OUT_COMMENT)));
      else out.push(make(input, "opt-out", "Right to opt out", input.start, input.end, `${trigger}${optOut}`, fillC(OPT_OUT_COMMENT)));
    } else if (position === "project-scope") {
      if (lead === "to" && !listAfter) {
        out.push(make(input, "project-scope", "Limit to the project", input.start, input.end, "solely to deliver the project described in this Agreement", fillC(SCOPE_COMMENT)));
      } else if (lead === "for" && !listAfter) {
        out.push(make(input, "project-scope", "Limit to the project", input.start, input.end, "solely for the project described in this Agreement", fillC(SCOPE_COMMENT)));
      } else if (category !== "ai-training-grant" && slot) {
        // one form at the end of the sentence, whatever word the trigger ends with
        out.push(atEnd("project-scope", "Limit to the project", ", in each case solely for the project described in this Agreement", fillC(SCOPE_COMMENT)));
      }
    }
  }
  return { suggestions: out, usedProviso };
}
