/**
 * Builds the suggested redlines for a finding: minimal edits, as data, in the document's own names.
 *
 * Three edit kinds (see FixKind in rules.ts): replace a purpose phrase, qualify the trigger with a
 * limiting phrase in parentheses, or add a proviso at the end of the sentence. Every suggestion's
 * `original` is exactly the text it replaces.
 */
import type { RuleData } from "./rules";
import type { Category, Suggestion } from "./types";
import { capitalise } from "./text";

/** The words every protective edit uses for AI training. */
export const AI_VERBS = "train, fine-tune, test or improve any artificial intelligence or machine-learning model";
export const AI_NOUNS = "training, fine-tuning, testing or improving any artificial intelligence or machine-learning model";

/** Phrases that only TermScore's own fallback positions write; a sentence containing one was already fixed. */
export const OWN_FALLBACK =
  /right to opt out of that use at any time by written notice|(?:limited to|solely (?:to deliver|for)) the project described in this Agreement|except that [^.;]{1,80} shall not use [^.;]{1,80} to train, fine-tune, test or improve any artificial intelligence or machine-learning model/i;

export interface Names {
  /** "the Client" / "Client", as the document writes it mid-sentence. */
  agency: string;
  contractor: string;
  work: string;
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
    "{Contractor} is glad for {agency} to own {work}, but ownership should not bring a right to train AI on it. This edit adds that carve-out, which keeps everything else as agreed.",
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
function provisoSlot(text: string, sentence: { start: number; end: number }): { start: number; end: number; stop: string } | null {
  let e = sentence.end;
  while (e > sentence.start && /[\s"'\u201d\u2019)\]]/.test(text[e - 1])) e--;
  if (e <= sentence.start) return null;
  const c = text[e - 1];
  if (c === "." || c === ";" || c === ":" || c === "!") {
    // keep the word before the stop out of the edit; the stop itself is the original
    if (e - 1 > sentence.start && /[\w)]/.test(text[e - 2])) return { start: e - 1, end: e, stop: c };
    return null;
  }
  if (/[\w)]/.test(c)) {
    let s = e - 1;
    while (s > sentence.start && /[\w)]/.test(text[s - 1])) s--;
    return { start: s, end: e, stop: "" };
  }
  return null;
}

function findModal(text: string, from: number, to: number): { start: number; end: number } | null {
  const seg = text.slice(from, to);
  let best: { start: number; end: number } | null = null;
  MODAL.lastIndex = 0;
  for (let m = MODAL.exec(seg); m; m = MODAL.exec(seg)) best = { start: from + m.index, end: from + m.index + m[0].length };
  if (!best) return null;
  // same clause: no ";" between the modal and the trigger
  if (/[;:]/.test(text.slice(best.end, to))) return null;
  return best;
}

/** A list item with its separator: ", machine learning" or "machine learning and ". */
function strikeRange(text: string, input: SuggestInput): { start: number; end: number } | null {
  const before = text.slice(Math.max(input.sentence.start, input.start - 10), input.start);
  const mb = /(?:,\s*(?:and\s+|or\s+|and\/or\s+)?|\s+(?:and|or|and\/or)\s+)$/.exec(before);
  if (mb) return { start: input.start - mb[0].length, end: input.end };
  const ma = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and\/or)\s+)/.exec(text.slice(input.end, Math.min(input.sentence.end, input.end + 10)));
  if (ma) return { start: input.start, end: input.end + ma[0].length };
  return null;
}

export function buildSuggestions(input: SuggestInput): SuggestOutput {
  const { rule, text, names } = input;
  const category = rule.category;
  const trigger = text.slice(input.start, input.end);
  const fillC = (t: string): string =>
    fill(t, names)
      .replace(/\{Contractor\}/g, capitalise(names.contractor))
      .replace(/\{trigger\}/g, trigger);
  const comment = fillC(COMMENT[category]);
  const label = PRIMARY_LABEL[category];
  const out: Suggestion[] = [];
  let usedProviso = false;
  const lead = (/^(to|for|in|into|as)\b/i.exec(trigger)?.[1] ?? "").toLowerCase();
  const qualified = `${trigger} (${fill(rule.qualifier, names)})`;

  if (rule.fix === "replace-purpose") {
    if (lead === "to") {
      out.push(make(input, "primary", label, input.start, input.end, `solely to perform this Agreement and never to ${AI_VERBS}`, comment));
    } else if (lead === "for") {
      out.push(make(input, "primary", label, input.start, input.end, `solely for the purposes of this Agreement and never for ${AI_NOUNS}`, comment));
    } else {
      const modal = findModal(text, Math.max(input.sentence.start, input.start - 120), input.start);
      const slot = input.provisoFree ? provisoSlot(text, input.sentence) : null;
      if (modal) {
        out.push(make(input, "primary", label, modal.start, modal.end, "shall not", comment));
      } else if (lead === "in" || lead === "into") {
        out.push(make(input, "primary", label, input.start, input.end, `${lead} no dataset, model or system used to ${AI_VERBS}`, comment));
      } else if (lead === "as") {
        out.push(make(input, "primary", label, input.start, input.end, `solely for the purposes of this Agreement and never as data to ${AI_VERBS}`, comment));
      } else if (slot) {
        usedProviso = true;
        const orig = text.slice(slot.start, slot.end);
        const proviso = `, except that ${names.agency} shall not use ${names.work} to ${AI_VERBS}`;
        out.push(make(input, "primary", label, slot.start, slot.end, slot.stop ? `${proviso}${slot.stop}` : `${orig}${proviso}`, comment));
      } else {
        out.push(make(input, "primary", label, input.start, input.end, `${trigger} (which ${names.agency} shall not do with ${names.work})`, comment));
      }
    }
  } else if (rule.fix === "strike" && strikeRange(text, input)) {
    const r = strikeRange(text, input)!;
    out.push(make(input, "primary", label, r.start, r.end, "", comment));
  } else if (rule.fix === "proviso" && input.provisoFree && provisoSlot(text, input.sentence)) {
    const slot = provisoSlot(text, input.sentence)!;
    usedProviso = true;
    const orig = text.slice(slot.start, slot.end);
    const proviso =
      category === "ownership"
        ? `, but ${names.agency} acquires no right to use ${names.work} to ${AI_VERBS}`
        : `, provided that ${names.agency} may not use ${names.work} to ${AI_VERBS}`;
    out.push(make(input, "primary", label, slot.start, slot.end, slot.stop ? `${proviso}${slot.stop}` : `${orig}${proviso}`, comment));
  } else {
    out.push(make(input, "primary", label, input.start, input.end, qualified, comment));
  }

  for (const position of rule.fallbacks) {
    if (position === "opt-out") {
      // at the end of the sentence, where it reads well whatever the grant's grammar
      const slot = provisoSlot(text, input.sentence);
      const optOut = `, subject to ${names.contractor}'s right to opt out of that use at any time by written notice`;
      if (slot) {
        const orig = text.slice(slot.start, slot.end);
        out.push(make(input, "opt-out", "Right to opt out", slot.start, slot.end, slot.stop ? `${optOut}${slot.stop}` : `${orig}${optOut}`, fillC(OPT_OUT_COMMENT)));
      } else {
        out.push(make(input, "opt-out", "Right to opt out", input.start, input.end, `${trigger}${optOut}`, fillC(OPT_OUT_COMMENT)));
      }
    } else if (position === "project-scope") {
      let replacement: string;
      if (lead === "to") replacement = "solely to deliver the project described in this Agreement";
      else if (lead === "for") replacement = "solely for the project described in this Agreement";
      else if (rule.fix === "replace-purpose") continue;
      else replacement = `${trigger} (limited to the project described in this Agreement)`;
      out.push(make(input, "project-scope", "Limit to the project", input.start, input.end, replacement, fillC(SCOPE_COMMENT)));
    }
  }
  return { suggestions: out, usedProviso };
}
