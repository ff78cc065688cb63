/**
 * The document's own conventions, read once, so that what TermScore writes looks like the rest of
 * the contract: US or UK spelling ("license" / "licence", "anonymized" / "anonymised"), curly or
 * straight quotes, and the project the contract points at (a Statement of Work, an Order Form, a
 * defined "Project"), for the project-scope position.
 */
import type { Paragraph } from "../types";

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
}

export const DEFAULT_CONVENTIONS: Conventions = { spelling: "en-US", curlyQuotes: true, project: null };

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
  [/\b(?:the|this)\s+project\b/i, () => "the project described in this Agreement"],
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
  for (const [re, name] of PROJECT_SOURCES) {
    const m = re.exec(sample);
    if (m) {
      project = name(m);
      break;
    }
  }
  return { spelling: uk > us ? "en-GB" : "en-US", curlyQuotes: curly > 0 ? curly >= straight : straight === 0, project };
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
  if (c.curlyQuotes) out = out.replace(/"([^"]*)"/g, "\u201c$1\u201d");
  else out = out.replace(/[\u201c\u201d]/g, '"');
  return out;
}
