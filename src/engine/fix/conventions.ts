/**
 * The document's own conventions, read once, so that what TermScore writes looks like the rest of
 * the contract: US or UK spelling ("license" / "licence", "anonymized" / "anonymised"), curly or
 * straight quotes, and the project the contract points at (a Statement of Work, an Order Form, a
 * defined "Project"), for the project-scope position.
 */
import type { Paragraph } from "../types";
import { escapeRegExp } from "../text";
import { curlQuotes } from "../text/curlQuotes";

export type Spelling = "en-US" | "en-GB";

export interface Conventions {
  spelling: Spelling;
  /** True when the document writes its quotes curly (“ ”); straight (") otherwise. */
  curlyQuotes: boolean;
  /**
   * How the project-scope position names the project: "the project described in the applicable
   * Statement of Work", "the Project"; null when the contract describes no project (an MSA with no
   * SOW mechanism): the project-scope position then does not apply.
   */
  project: string | null;
  /**
   * The contract's own name for itself, as it defines it: "Agreement", "MSA", "Contract",
   * "Master Services Agreement"; null when it defines none (what TermScore writes then says
   * "the agreement").
   */
  agreement: string | null;
}

export const DEFAULT_CONVENTIONS: Conventions = { spelling: "en-US", curlyQuotes: true, project: null, agreement: null };

const NAME = "((?:[A-Z][\\w&'\u2019-]*\\s+){0,4}(?:Agreement|Contract)|[A-Z]{1,4}A)";
/** A bracketed label naming a contract: `(the "MSA")`, `(this "Agreement")`, `(hereinafter referred to as the "Contract")`. */
const LABELLED = new RegExp(`\\(\\s*(?:(?:hereinafter|herein)\\s+)?(?:(?:referred\\s+to\\s+|called\\s+)?as\\s+)?(?:(the|this)\\s+)?["\u201c]${NAME}["\u201d]`, "g");
/** A contract defined by what it is: `"Agreement" means this …`. */
const MEANS_THIS = new RegExp(`["\u201c]${NAME}["\u201d]\\s*(?:means|shall\\s+mean|refers\\s+to)\\s+(?:this|the\\s+present)\\b`, "g");
/** Other agreements a contract defines, never the contract itself. */
const NOT_THE_CONTRACT = /^(?:SLA|DPA|BAA|NDA)$/;

/**
 * The name the contract gives itself. A defined term that names an agreement ("Agreement", "MSA",
 * "Master Services Agreement") counts when it is defined as this document (`This MSA (the "MSA")`,
 * `(this "Agreement")`, `"Agreement" means this …`) or the contract refers to itself by it ("this
 * MSA"); another agreement it defines (a "Data Processing Agreement", an "SLA") is not the
 * contract. Without a definition, a capitalised self-reference the contract uses at least twice
 * ("this Agreement") is its name; otherwise null. One linear scan of `sample` (the text the
 * conventions are read from), without the full definitions reader, so the pane's page stays small.
 *
 * @example
 * agreementName('This Master Services Agreement (the "MSA") is made…\nUnder this MSA…') // "MSA"
 */
export function agreementName(sample: string): string | null {
  const candidates = new Map<string, boolean>();
  LABELLED.lastIndex = 0;
  for (let m = LABELLED.exec(sample); m; m = LABELLED.exec(sample)) {
    const before = sample.slice(Math.max(0, m.index - 120), m.index);
    const self = m[1]?.toLowerCase() === "this" || /\bthis\s+(?:[\w&'\u2019-]+\s+){0,5}$/i.test(before);
    candidates.set(m[2], (candidates.get(m[2]) ?? false) || self);
  }
  MEANS_THIS.lastIndex = 0;
  for (let m = MEANS_THIS.exec(sample); m; m = MEANS_THIS.exec(sample)) candidates.set(m[1], true);
  let best: { term: string; uses: number } | null = null;
  for (const [term, selfDefined] of candidates) {
    if (NOT_THE_CONTRACT.test(term)) continue;
    const uses = (sample.match(new RegExp(`\\b[Tt]h(?:is|e)\\s+${escapeRegExp(term)}\\b`, "g")) ?? []).length;
    if (!selfDefined && !new RegExp(`\\b[Tt]his\\s+${escapeRegExp(term)}\\b`).test(sample)) continue;
    if (!best || uses > best.uses) best = { term, uses };
  }
  if (best) return best.term;
  // no definition: how the contract refers to itself, capitalised, more than once
  const counts = new Map<string, number>();
  const SELF = /\b[Tt]his\s+((?:[A-Z][a-z]+\s+){0,3}(?:Agreement|Contract))\b/g;
  for (let m = SELF.exec(sample); m; m = SELF.exec(sample)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  let name: string | null = null;
  let most = 1;
  for (const [k, v] of counts) if (v > most) [name, most] = [k, v];
  return name;
}


const UK_WORDS = /\b(?:licence|licences|licenced|anonymis\w*|organis\w*|authoris\w*|recognis\w*|utilis\w*|behaviour\w*|favour\w*|colour\w*|centre|programme)\b/gi;
const US_WORDS = /\b(?:license|licenses|licensed|anonymiz\w*|organiz\w*|authoriz\w*|recogniz\w*|utiliz\w*|behavior\w*|favor\w*|color\w*|center|program)\b/gi;
/** "license" is also the UK verb: count it as US only as a noun ("a license", "the license", "license to"). */
const UK_VERB_LICENSE = /\b(?:to|shall|will|may|hereby)\s+licen[cs]e\b|\blicensed\b|\blicensee\b|\blicensor\b|\bsub-?licens\w*/gi;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Projects a contract can point at, most specific first. */
const PROJECT_SOURCES: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/["\u201c](Project)["\u201d]/, () => "the Project"],
  [/\b(Statements? of Work)\b/i, () => "the project described in the applicable Statement of Work"],
  [/\(\s*(?:each,?\s+)?(?:an?\s+|the\s+)?["\u201c](SOW)["\u201d]\s*\)|\bSOWs?\b/, () => "the project described in the applicable SOW"],
  [/\b(Work Orders?)\b/i, () => "the project described in the applicable Work Order"],
  [/\b(Order Forms?)\b/i, () => "the project described in the applicable Order Form"],
  [/\b(?:the|this)\s+project\b/i, () => "the project described in this Agreement"],  // "this Agreement" becomes the contract's own name below
];

/**
 * @example
 * readConventions([{ text: "… a perpetual licence to use the Deliverables …" }]).spelling // "en-GB"
 */
export function readConventions(paragraphs: readonly Paragraph[]): Conventions {
  let sample = "";
  for (const p of paragraphs) {
    if (sample.length > 200_000) break;
    sample += `${p.text}\n`;
  }
  const uk = count(UK_WORDS, sample);
  const us = Math.max(0, count(US_WORDS, sample) - count(UK_VERB_LICENSE, sample));
  const curly = count(/[\u201c\u201d]/g, sample);
  const straight = count(/"/g, sample);
  let project: string | null = null;
  // the document is itself a statement of work ("STATEMENT OF WORK No. 4"): it describes the project
  const first = paragraphs.find((p) => p.text.trim() !== "" && (!p.part || p.part === "body"));
  if (first && /^\s*(?:statement\s+of\s+work|sow)\b/i.test(first.text)) project = "the project described in this Statement of Work";
  if (!project) for (const [re, name] of PROJECT_SOURCES) {
    const m = re.exec(sample);
    if (m) {
      project = name(m);
      break;
    }
  }
  const agreement = agreementName(sample);
  if (project) project = project.replace(/\bthis Agreement$/, `this ${agreement ?? "agreement"}`);
  return { spelling: uk > us ? "en-GB" : "en-US", curlyQuotes: curly > 0 ? curly >= straight : straight === 0, project, agreement };
}

const TO_GB: Array<[RegExp, string]> = [
  [/\b(anonymi|authori|organi|recogni|utili|minimi|categori)z(e|es|ed|ing|ation|ations)\b/gi, "$1s$2"],
  [/\b(analy)z(e|es|ed|ing)\b/gi, "$1s$2"],
  [/\blicense(s?)\b/g, "licence$1"],
  [/\bLicense(s?)\b/g, "Licence$1"],
];
const TO_US: Array<[RegExp, string]> = [
  [/\b(anonymi|authori|organi|recogni|utili|minimi|categori)s(e|es|ed|ing|ation|ations)\b/gi, "$1z$2"],
  [/\b(analy)s(e|es|ed|ing)\b/gi, "$1z$2"],
  [/\blicence(s?)\b/g, "license$1"],
  [/\bLicence(s?)\b/g, "License$1"],
];

/**
 * Text TermScore writes, in the document's spelling and quote style. Only nouns change ("licence"),
 * never the verb forms the two spellings share ("licensed", "sublicense").
 */
export function conform(text: string, c: Pick<Conventions, "spelling" | "curlyQuotes">): string {
  let out = text;
  for (const [re, to] of c.spelling === "en-GB" ? TO_GB : TO_US) out = out.replace(re, to);
  if (c.curlyQuotes) out = curlQuotes(out);
  else out = out.replace(/[\u201c\u201d]/g, '"');
  return out;
}
