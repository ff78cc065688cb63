/**
 * Where the addendum goes so that it is signed with the contract: before the signature block
 * ("IN WITNESS WHEREOF", "Signed by", "By: ____"), right after an addendum already in the
 * document when one is being extended, or, in a contract with no recognisable signature block, at
 * the end. Pure: works on the paragraphs as the engine reads them.
 */
import type { Paragraph } from "../types";
import { findAddendum } from "../read/sections";
import { ADDENDUM_HEADING, isAddendumSectionHeading } from "./addendum";

/** The addendum's introduction ("This addendum forms part of …"). */
const INTRODUCTION = /\bthis\s+addendum\b/i;

/** One of the addendum's own section headings ("AI-3. Derivative Data and Metadata"). */
function isOwnSectionHeading(text: string): boolean {
  return isAddendumSectionHeading(text) && /^AI-/i.test(ADDENDUM_HEADING.exec(text)?.[1] ?? "");
}

/**
 * Where the TermScore addendum starts: its title, or, when the title was deleted (the other side's
 * redline, a hand edit), its introduction or first section: two of its "AI-n." section headings
 * close together. A contract's own "2. Definitions" and "3. Remedies" do not count (no "AI-").
 */
export function findAddendumStart(paragraphs: readonly Paragraph[]): number {
  const titled = findAddendum(paragraphs as Paragraph[]);
  if (titled >= 0) return titled;
  for (let i = 0; i < paragraphs.length; i++) {
    if (!isOwnSectionHeading(paragraphs[i].text)) continue;
    let j = i + 1;
    while (j < paragraphs.length && j <= i + 4 && !isOwnSectionHeading(paragraphs[j].text)) j++;
    if (j >= paragraphs.length || j > i + 4) continue;
    return i > 0 && INTRODUCTION.test(paragraphs[i - 1].text) ? i - 1 : i;
  }
  return -1;
}

/** A paragraph that opens a signature block. */
const SIGNATURE_OPEN =
  /^\s*(?:IN\s+WITNESS\s+(?:WHEREOF|THEREOF)|WITNESS\s+WHEREOF|(?:AGREED\s+AND\s+)?ACCEPTED\s+AND\s+AGREED|AGREED\s+AND\s+ACCEPTED|EXECUTED\s+(?:as|by)\b|SIGNED\s+(?:by|for|on\s+behalf)\b|Signatures?\s*(?:page|block)?\s*:?\s*$|Signature\s*:|By\s*:|By\s*_{3,}|_{5,})/i;
/** Lines that belong to a signature block. */
const SIGNATURE_LINE = /^\s*(?:By|Name|Title|Date|Signature|Signed|Print(?:ed)?\s+Name|Its|For\s+and\s+on\s+behalf\s+of)\s*[:_]|_{5,}|^\s*$/i;

/**
 * Index of the paragraph that opens the signature block, or -1. Only the body counts, and only a
 * block after which nothing but signature lines, party names and short lines follows.
 */
export function signatureBlockStart(paragraphs: readonly Paragraph[]): number {
  const body: number[] = [];
  for (let i = 0; i < paragraphs.length; i++) if (!paragraphs[i].part || paragraphs[i].part === "body") body.push(i);
  if (body.length < 3) return -1;
  const from = Math.floor(body.length / 3);
  for (let k = from; k < body.length; k++) {
    const i = body[k];
    const text = paragraphs[i].text;
    if (!SIGNATURE_OPEN.test(text)) continue;
    // everything after it is short or a signature line: it is the end of the contract
    const rest = body.slice(k + 1).map((j) => paragraphs[j].text);
    const clauses = rest.filter((t) => t.length > 90 && !SIGNATURE_LINE.test(t));
    if (clauses.length === 0 || rest.length === 0) {
      // a run of signature lines right before the opener ("By: ____" under a party name) starts it
      let s = k;
      while (s > from && /^\s*(?:By|Name|Title|Date)\s*:/i.test(paragraphs[body[s - 1]].text)) s--;
      return body[s];
    }
  }
  return -1;
}

/** A section meant for terms the parties add: "Additional Terms", "Special Conditions", "Supplemental Terms". */
const ADDITIONAL = /^\s*(?:(?:section|article|clause)\s+)?(?:\d{1,3}(?:\.\d{1,3})*\.?\s+|[A-Z]\.\s+)?(?:additional|special|supplement(?:al|ary)|other|further)\s+(?:terms|conditions|provisions)(?:\s+and\s+conditions)?\s*[.:]?\s*$/i;

/**
 * Where an "Additional Terms" section ends (the paragraph before which the addendum goes: the next
 * heading, the signature block or the end of the body), or -1 when the contract has none.
 */
function additionalTermsEnd(paragraphs: readonly Paragraph[], signature: number): number {
  const limit = signature >= 0 ? signature : paragraphs.length;
  for (let i = 0; i < limit; i++) {
    if (paragraphs[i].part && paragraphs[i].part !== "body") continue;
    if (!ADDITIONAL.test(paragraphs[i].text)) continue;
    for (let j = i + 1; j < limit; j++) {
      const t = paragraphs[j].text;
      if (paragraphs[j].headingLevel || (/^\s*(?:\d{1,3}\.|[A-Z]\.)\s+[A-Z][^.]{0,60}$/.test(t) && t.length < 70)) return j;
    }
    return limit < paragraphs.length ? limit : -1;
  }
  return -1;
}

const NUMBERED = /^\s*\d{1,3}[.)]\s+\S/;

/**
 * Index of the last paragraph of the addendum whose title is at `start`: its sections follow one
 * another, each with one or more body paragraphs, blank lines between them allowed; it ends before
 * the first blank line not followed by one of its sections, or before a heading, numbered paragraph
 * or table that is not one of its sections, and always before the signature block.
 */
export function addendumLastParagraph(paragraphs: readonly Paragraph[], start: number): number {
  let last = start;
  const sig = signatureBlockStart(paragraphs);
  const limit = sig > start ? sig : paragraphs.length;
  for (let i = start + 1; i < limit; i++) {
    const p = paragraphs[i];
    if (isAddendumSectionHeading(p.text)) {
      last = i;
      continue;
    }
    if (!p.text.trim()) {
      let next = i;
      while (next < limit && !paragraphs[next].text.trim()) next++;
      if (next < limit && isAddendumSectionHeading(paragraphs[next].text)) continue;
      break;
    }
    if (p.headingLevel || p.inTable || NUMBERED.test(p.text)) break;
    last = i;
  }
  return last;
}

export type AddendumPlace =
  /** Insert before this paragraph (the signature block). */
  | { before: number; reason: "signature-block" }
  /** Insert before this paragraph: the end of the contract's "Additional Terms" section. */
  | { before: number; reason: "additional-terms" }
  /** Insert after this paragraph (the end of an addendum being extended). */
  | { after: number; reason: "extends-addendum" }
  /** Append at the end of the body. */
  | { reason: "end" };

/** Where an addendum went, in words that follow "Inserted the addendum" or "Added" (pane and hosts say the same). */
export const ADDENDUM_PLACE_WORDS: Record<AddendumPlace["reason"] | "cursor", string> = {
  cursor: "at the cursor",
  "signature-block": "before the signature block",
  "additional-terms": "at the end of the contract's additional terms",
  "extends-addendum": "into the addendum already in the contract",
  end: "at the end of the document",
};

/**
 * @example
 * addendumPlace(paragraphs) // { before: 41, reason: "signature-block" }
 */
export function addendumPlace(paragraphs: readonly Paragraph[]): AddendumPlace {
  const existing = findAddendumStart(paragraphs);
  if (existing >= 0) return { after: addendumLastParagraph(paragraphs, existing), reason: "extends-addendum" };
  const sig = signatureBlockStart(paragraphs);
  const extra = additionalTermsEnd(paragraphs, sig);
  if (extra >= 0) return { before: extra, reason: "additional-terms" };
  if (sig >= 0) return { before: sig, reason: "signature-block" };
  return { reason: "end" };
}

/** The comment on the addendum's title: why it is there and what it leaves alone. */
export function addendumComment(agency: string, contractor: string, place: AddendumPlace["reason"]): string {
  const where =
    place === "signature-block"
      ? "It sits before the signature block, so it is signed with the contract, and its preamble incorporates it."
      : place === "additional-terms"
        ? "It sits in the contract's section for additional terms, before the signatures, and its preamble incorporates it."
      : place === "extends-addendum"
        ? "It completes the AI-training addendum already in the contract."
        : "Its preamble incorporates it into the contract; it should be signed with it.";
  return `${contractor.charAt(0).toUpperCase()}${contractor.slice(1)} asks to add this addendum so that the limit on AI training is complete in one place: what training means, who is bound, notice of a breach, deletion from datasets and models, remedies, and survival. ${where} Its sections are numbered AI-1, AI-2 and so on, apart from the contract's own. It limits only AI training: every other right ${agency} has under the contract is unchanged.`;
}

/**
 * A review in comments only leaves the text alone: the addendum is proposed in a comment, its
 * wording in full (one paragraph a line), for the other side to accept into the contract.
 */
export function addendumProposalComment(agency: string, contractor: string, texts: readonly string[]): string {
  const lines = texts.map((t) => t.trim()).filter(Boolean);
  return [
    `${contractor.charAt(0).toUpperCase()}${contractor.slice(1)} asks to add the following \u201cProhibition on AI Training\u201d addendum before the signature block, so that the limit on AI training is complete in one place: what training means, who is bound, notice of a breach, deletion from datasets and models, remedies, and survival. It is proposed here, not inserted: the text of the contract is unchanged. It limits only AI training: every other right ${agency} has under the contract is unchanged.`,
    ...lines,
  ].join("\n");
}
