/**
 * Detects the contract's own names for the two parties and for the work, so that every
 * suggestion and the addendum speak the document's language.
 *
 * Defined terms come first: `(the "Client")`, `("Consultant")`, `(hereinafter "Agency")`.
 * Failing that, the capitalised role word used most often wins. Failing that, generic defaults.
 */
import { wordsPattern } from "../text";
import { mostUsed } from "./roleWords";
import { personOf } from "../report/labels";
import type { Paragraph, Parties } from "../types";

export const AGENCY_ROLES = ["Agency", "Client", "Company", "Customer", "Studio", "Publisher", "Brand", "Buyer", "Purchaser", "Commissioner", "Licensee", "Employer"];
export const CONTRACTOR_ROLES = ["Contractor", "Consultant", "Freelancer", "Designer", "Developer", "Writer", "Artist", "Creator", "Photographer", "Illustrator", "Author", "Provider", "Service Provider", "Supplier", "Vendor", "Licensor", "Independent Contractor", "Translator", "Copywriter", "Animator", "Narrator", "Composer", "Videographer", "Contributor"];
const WORK_TERMS = ["Deliverables", "Work Product", "Work", "Works", "Materials", "Services", "Content", "Creative Work", "Work Made for Hire", "Assets", "Artwork", "Photographs", "Designs"];

export const DEFAULT_PARTIES = { agency: "Agency", contractor: "Contractor", work: "Work Product" } as const;

/** Every role word and work term, longest first so "Work Product" wins over "Work". */
const ROLE_WORD = new RegExp(
  `\\b(?:${[...new Set([...AGENCY_ROLES, ...CONTRACTOR_ROLES, ...WORK_TERMS])]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, "\\s+"))
    .join("|")})\\b`,
  "g",
);

/** Upper bound on scanned characters, to keep party detection cheap on huge documents. */
const SCAN_LIMIT = 200_000;

const DEFINED = /\(\s*(?:each\s+|collectively\s+|individually\s+)?(?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?|as\s+)?["\u201c\u201d'\u2018\u2019]([A-Z][A-Za-z]{1,20}(?:\s[A-Z][A-Za-z]{1,20}){0,2})["\u201c\u201d'\u2018\u2019]/g;
const QUOTED_TERM = /["\u201c]([A-Z][A-Za-z]{1,20}(?:\s[A-Z][A-Za-z]{1,20}){0,2})["\u201d]\s*(?:\)|means|shall\s+mean|refers|includes|has\s+the\s+meaning)/g;

/** Defined terms of a preamble that are not parties. */
const NOT_A_PARTY = new Set([
  "agreement", "effective date", "party", "parties", "project", "sow", "statement of work", "term", "territory", "fee", "fees",
  "schedule", "exhibit", "addendum", "order", "purchase order", "proposal", "brief", "confidential information", "ai system",
]);

/** Where the parties are named: the start of the document. */
const PREAMBLE = 3000;

const escapeRe = wordsPattern;

/**
 * How strongly the text casts `name` as the one doing the work (positive) or receiving it
 * (negative): "Jane shall deliver", "pay Jane", "Acme engages Jane" vs "Acme shall pay", "Acme engages".
 */
function providerScore(text: string, name: string): number {
  const n = escapeRe(name);
  const count = (re: RegExp): number => {
    let c = 0;
    for (let m = re.exec(text); m && c < 50; m = re.exec(text)) c++;
    return c;
  };
  const provides = count(
    new RegExp(`\\b${n}\\s+(?:shall|will|must|agrees\\s+to|undertakes\\s+to)\\s+(?:\\w+\\s+)?(?:provide|deliver|perform|create|design|develop|write|produce|render|prepare|photograph|illustrate|invoice)\\b|\\b(?:provided|performed|delivered|created|produced|prepared)\\s+by\\s+${n}\\b|\\b(?:pay|compensate|engages?|retains?|hires?|commissions?)\\s+${n}\\b`, "g"),
  );
  const receives = count(new RegExp(`\\b${n}\\s+(?:shall|will|must|agrees\\s+to)\\s+(?:\\w+\\s+)?pay\\b|\\b${n}\\s+(?:hereby\\s+)?(?:engages|retains|hires|commissions)\\b|\\b(?:to|for)\\s+${n}\\s+(?:under|pursuant)`, "g"));
  return provides - receives;
}

/** Defined names in the preamble that are neither role words nor work terms ("Acme", "Jane"), in order. */
function preambleNames(text: string): string[] {
  const head = text.slice(0, PREAMBLE);
  const out: string[] = [];
  DEFINED.lastIndex = 0;
  for (let m = DEFINED.exec(head); m; m = DEFINED.exec(head)) {
    const name = m[1];
    if (roleOf(name) || NOT_A_PARTY.has(name.toLowerCase()) || out.includes(name)) continue;
    out.push(name);
  }
  return out;
}

function roleOf(name: string): "agency" | "contractor" | "work" | null {
  const lower = name.toLowerCase();
  if (AGENCY_ROLES.some((r) => r.toLowerCase() === lower)) return "agency";
  if (CONTRACTOR_ROLES.some((r) => r.toLowerCase() === lower)) return "contractor";
  if (WORK_TERMS.some((r) => r.toLowerCase() === lower)) return "work";
  return null;
}

function countWord(text: string, word: string): number {
  const re = new RegExp(`\\b${word.replace(/ /g, "\\s+")}\\b`, "g");
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) n++;
  return n;
}

/** Detects the parties' defined names and the defined term for the work. */
export function detectParties(paragraphs: readonly Paragraph[]): Parties {
  let text = "";
  for (const p of paragraphs) {
    if (text.length >= SCAN_LIMIT) break;
    text += (typeof p?.text === "string" ? p.text : "") + "\n";
  }
  text = text.slice(0, SCAN_LIMIT);

  const found: { agency?: string; contractor?: string; work?: string } = {};
  for (const re of [DEFINED, QUOTED_TERM]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1];
      const role = roleOf(name);
      if (role && !found[role]) found[role] = name;
    }
  }
  // Defined names that are not role words ("Acme", "Jane"): the first two of the preamble, the one
  // the text casts as doing the work is the contractor; otherwise the first named is the agency.
  if (!found.agency || !found.contractor) {
    const names = preambleNames(text).filter((n) => n !== found.agency && n !== found.contractor);
    if (!found.agency && !found.contractor && names.length >= 2) {
      const [a, b] = names;
      const swap = providerScore(text, a) > providerScore(text, b);
      found.agency = swap ? b : a;
      found.contractor = swap ? a : b;
    } else if (names.length >= 1 && (!found.agency || !found.contractor) && (found.agency || found.contractor)) {
      if (!found.agency) found.agency = names[0];
      else found.contractor = names[0];
    }
  }
  // Fallback: the role word used most often (capitalised, as a defined term would be), counted in one pass.
  const counts = new Map<string, number>();
  ROLE_WORD.lastIndex = 0;
  for (let m = ROLE_WORD.exec(text); m; m = ROLE_WORD.exec(text)) {
    const w = m[0].replace(/\s+/g, " ");
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const best = (roles: readonly string[]): string | undefined => mostUsed(roles, counts).word;
  if (!found.agency) found.agency = best(AGENCY_ROLES.filter((r) => r !== found.contractor));
  if (!found.contractor) found.contractor = best(CONTRACTOR_ROLES.filter((r) => r !== found.agency));
  if (!found.work) found.work = best(WORK_TERMS.filter((w) => w !== "Services" && w !== "Work Made for Hire" && w !== "Work"));

  return {
    agency: found.agency ?? DEFAULT_PARTIES.agency,
    contractor: found.contractor ?? DEFAULT_PARTIES.contractor,
    work: found.work ?? DEFAULT_PARTIES.work,
    detected: { agency: !!found.agency, contractor: !!found.contractor, work: !!found.work },
  };
}

/** How the document refers to a name: "the Client" or bare "Client". */
function withArticle(text: string, name: string): string {
  if (/^(?:the|a|an)\s/i.test(name)) return name;
  const esc = wordsPattern(name);
  // ("The OpenGov Foundation" is another name, not "the OpenGov")
  const withThe = countWord(text, `[Tt]he\\s+["\u201c\u2018']?${esc}(?![ \\t]+[A-Z])`);
  const total = countWord(text, esc);
  if (total === 0) return `the ${name}`;
  return withThe * 2 >= total ? `the ${name}` : name;
}

/** A work term that carries its own determiner ("Your Submissions", "the Work") takes no "the". */
export const DETERMINED = /^(?:the|a|an|your|our|its|their|his|her|my)\s/i;

/** The company a first-person label names: `Simmer & Salt Media Inc. ("we", "us")`. */
function firstPersonName(sample: string): string | null {
  const m = /([A-Z][\w&.,'\u2019-]*(?:\s+(?:&\s+)?[A-Z][\w&.,'\u2019-]*){0,5})\s*\(\s*(?:collectively\s*,?\s*)?["\u201c](?:[Ww]e|[Uu]s|[Oo]ur)(?:\s+or\s+[Uu]s)?["\u201d]/.exec(sample);
  if (m) return m[1].replace(/[\s,]+$/, "");
  // '"we", "us" and "our" mean Pixelry Ltd', '"We" refers to Harbor Studio LLC'
  const means = /["\u201c](?:[Ww]e|[Uu]s|[Oo]ur|I|[Mm]e|[Mm]y)["\u201d](?:\s*,\s*["\u201c](?:[Uu]s|[Oo]ur|[Ww]e|[Mm]e|[Mm]y)["\u201d])*(?:\s*,?\s*(?:and|or)\s+["\u201c](?:[Uu]s|[Oo]ur|[Ww]e|[Mm]e|[Mm]y)["\u201d])?\s+(?:means?|refers?\s+to|is|are)\s+([A-Z][\w&.'\u2019-]*(?:\s+(?:&\s+)?[A-Z][\w&.'\u2019-]*){0,5})/.exec(sample);
  // (the name ends with its sentence: "mean Lumen Pictures Ltd. You are …" names "Lumen Pictures Ltd")
  if (means) return means[1].split(/(?<=\b(?:Ltd|Inc|LLC|Co|Corp|Limited|GmbH|plc|LLP))\.\s|\.\s+(?=(?:You|We|I|In|The|These|This|Our|Your|If|By|When|Any|All|Each)\b)/)[0].replace(/[\s,.]+$/, "");
  // a maker writing in its own voice names itself once: "you are hiring us (Techie Support, LLC)" (not "contact us (Support)")
  const own = /\b(?:hir\w*|engag\w*|commission\w*|retain\w*|between)\s+(?:us|me)\s*,?\s*\(\s*([A-Z][\w&.'\u2019-]*(?:,?\s+(?:&\s+)?[A-Z][\w&.'\u2019-]*){0,5})\s*\)/.exec(sample);
  return own ? own[1].replace(/[\s,]+$/, "") : null;
}

/** The words the terms define "you" as: '"you" means the freelancer who accepts the brief' → "the freelancer". */
function definedYou(sample: string): string | null {
  const m = /["\u201c][Yy]ou["\u201d](?:\s*(?:,|and|or)\s*["\u201c][Yy]our["\u201d])*\s+(?:means?|refers?\s+to)\s+(?:the|a|an|any)\s+((?:[a-z]+\s+)?[a-z]+?)(?=\s+(?:who|that|which|using|accepting|named|identified|listed|or|and)\b|\s*[,.;(])/.exec(sample);
  // (not a vague or double definition: "the person or entity", "the company or individual that …", "the user")
  if (!m || /\b(?:person|individual|entity|party|user)s?\b/.test(m[1]) || /^\s+(?:or|and)\b/.test(sample.slice(m.index + m[0].length))) return null;
  return `the ${m[1]}`;
}

/** The word for the one addressed as "you" when it is the other side (a client the maker writes to): "the Customer", "the Client". */
function addressedClient(sample: string): string {
  // the blank that follows "you" ("You ([customer name])", "you [CLIENT COMPANY]"), else the receiver's role word the terms use
  const word = /\byou\s*\(?\s*[[{<]\s*(client|customer)\b/i.exec(sample) ?? /\b(Client|Customer|Commissioner|Buyer|Licensee)\b/.exec(sample);
  return `the ${word ? word[1][0].toUpperCase() + word[1].slice(1).toLowerCase() : "Client"}`;
}

/**
 * Suggestions and comments speak of the parties in the third person ("Simmer & Salt Media Inc.
 * shall not use Your Submissions …"): terms written as "we" and "you" are drafted with the company's
 * name and the word the terms use for the one addressed ("the Member", "the User"), never "we keeps"
 * or "you's".
 */
function draftingName(name: string, sample: string, side: "user" | "other"): string {
  const person = personOf(name);
  if (person === "we" || person === "I") return firstPersonName(sample) ?? (side === "other" ? "the Company" : "the Contractor");
  if (person === "you") {
    const defined = definedYou(sample);
    if (defined) return defined;
    if (side === "other") return addressedClient(sample);
    const word = /\b(?:User|Member|Customer|Contributor|Creator|Subscriber|Seller|Artist)\b/.exec(sample);
    return `the ${word ? word[0] : "User"}`;
  }
  return withArticle(sample, name);
}

/**
 * The parties as suggestions, comments, the addendum and the cover note name them mid-sentence:
 * "the Client" or bare "Client" as the document writes it; "we" and "you" in the third person.
 * `sample` is the document's text (its first 100,000 characters are enough).
 */
export function partyNames(sample: string, parties: Pick<Parties, "agency" | "contractor">): { agency: string; contractor: string } {
  return { agency: draftingName(parties.agency, sample, "other"), contractor: draftingName(parties.contractor, sample, "user") };
}

/** The text `partyNames` reads: the paragraphs joined, up to about 100,000 characters. */
export function nameSample(paragraphs: readonly Paragraph[]): string {
  let sample = "";
  for (const p of paragraphs) {
    if (sample.length > 100_000) break;
    sample += p.text + "\n";
  }
  return sample;
}
