/**
 * The "Prohibition on AI Training" addendum, as structured paragraphs in the contract's own names.
 * Each numbered section provides one protection the detector recognises on a re-scan.
 */
import type { AddendumOptions, AddendumParagraph, ProtectionKind } from "../types";
import { ADDENDUM_TITLE } from "../read/sections";
import { AGENCY_ROLES, CONTRACTOR_ROLES, DEFAULT_PARTIES } from "../read/parties";
import { capitalise } from "../text";

interface Names {
  agency: string;
  contractor: string;
  work: string;
  days: number;
  /** "it" or "them", agreeing with the work term. */
  it: string;
}

interface Section {
  protection?: ProtectionKind;
  heading: string;
  body: (n: Names) => string;
  /** The body when the sections it leans on (the definition, the prohibition) are not in the addendum. */
  standalone?: (n: Names) => string;
}

/** Used instead of the defined term when the addendum has no definition section. */
const AI_SYSTEM_INLINE = "any artificial intelligence or machine-learning system, model or algorithm (an \u201cAI System\u201d)";

const SECTIONS: readonly Section[] = [
  {
    protection: "ai-definition",
    heading: "Definition of AI",
    body: () =>
      "\u201cAI System\u201d means any artificial intelligence or machine-learning system, model or algorithm, including large language models (LLMs), generative AI, neural networks and predictive algorithms, and any dataset, index or tool used to build or improve one. Ordinary software that does not learn from the material it handles, such as a spell-checker, is not an AI System.",
  },
  {
    protection: "no-ai-training",
    heading: "No AI Training",
    body: (n) =>
      `${capitalise(n.agency)} shall not use, ingest, upload, process or make available the ${n.work} to train, fine-tune, test, validate, benchmark or improve any AI System, whether its own or a third party's. No licence or right granted under the agreement includes any such use, and silence is not permission.`,
  },
  {
    protection: "derivative-data",
    heading: "Derivative Data and Metadata",
    body: (n) =>
      `The restriction in Section 2 extends to all data derived from the ${n.work}, including metadata, embeddings, vectors, features and retrieval indices, and it applies even after the ${n.work} or that data has been aggregated, anonymized or de-identified.`,
    standalone: (n) =>
      `${capitalise(n.agency)} shall not use the ${n.work} or any data derived from ${n.it}, including metadata, embeddings, vectors, features and retrieval indices, to train, fine-tune, test, validate or improve any artificial intelligence or machine-learning system, model or algorithm, even after the ${n.work} or that data has been aggregated, anonymized or de-identified.`,
  },
  {
    heading: "No Sub-licensing to AI Vendors",
    body: (n) =>
      `${capitalise(n.agency)} shall not sublicense, disclose or transfer the ${n.work} to any third party, including an affiliate, an AI vendor or a provider acting as a \u201cservice provider\u201d, for a use that Section 2 prohibits, and shall bind every permitted recipient in writing to this addendum.`,
  },
  {
    protection: "data-deletion",
    heading: "Deletion on Termination",
    body: (n) =>
      `Within ${n.days} days after the termination or expiry of the agreement, ${n.agency} shall delete the ${n.work} and all data derived from ${n.it} from every training set, dataset and model under its control, including backups, and shall certify the deletion to ${n.contractor} in writing.`,
  },
  {
    protection: "audit-rights",
    heading: "Audit Rights",
    body: (n) =>
      `${capitalise(n.contractor)} may, on reasonable written notice and no more than once a year, audit ${n.agency}'s use of the ${n.work} to verify compliance with this addendum, subject to reasonable confidentiality.`,
  },
  {
    protection: "injunctive-relief",
    heading: "Injunctive Relief",
    body: (n) =>
      `A breach of this addendum causes harm that cannot be reversed, so money damages would not be an adequate remedy. ${capitalise(n.contractor)} may seek immediate injunctive relief without posting a bond, in addition to any other remedy.`,
  },
  {
    protection: "survival",
    heading: "Survival",
    body: (n) =>
      `This addendum survives the termination or expiry of the agreement for as long as ${n.agency} or anyone acting for it holds the ${n.work} or any data derived from ${n.it}.`,
  },
];

const ROLE_WORDS = new Set([...AGENCY_ROLES, ...CONTRACTOR_ROLES].map((r) => r.toLowerCase()));

/**
 * How a party is named mid-sentence: a role word takes "the" ("the Client"), a proper name never
 * does ("Sam Lee", "Northwind Studio Inc."); a name that already has an article is kept.
 */
export function article(name: string): string {
  if (/^(?:the|a|an)\s/i.test(name)) return name;
  return ROLE_WORDS.has(name.toLowerCase().replace(/\s+/g, " ")) ? `the ${name}` : name;
}

/** True when the work term names several things ("Deliverables", "Materials"), not "Work Product". */
function pluralWork(work: string): boolean {
  const last = work.trim().split(/\s+/).pop() ?? "";
  return /s$/i.test(last) && !/(?:ss|us|is|ics)$/i.test(last);
}

/** The section headings of the addendum, as a re-scan recognises them ("3. Derivative Data and Metadata"). */
export const ADDENDUM_SECTION_HEADINGS: readonly string[] = SECTIONS.map((s) => s.heading);

/** True when `text` is one of the addendum's numbered section headings. */
export function isAddendumSectionHeading(text: string): boolean {
  const m = /^\s*\d{1,2}\.\s+(.+?)\s*$/.exec(text);
  return !!m && ADDENDUM_SECTION_HEADINGS.some((h) => h.toLowerCase() === m[1].toLowerCase());
}

/** Builds the addendum: a title, then numbered sections (heading + body). */
export function buildAddendum(options: AddendumOptions = {}): AddendumParagraph[] {
  const p = options.parties ?? {};
  const agencyName = p.agency?.trim() || DEFAULT_PARTIES.agency;
  const contractorName = p.contractor?.trim() || DEFAULT_PARTIES.contractor;
  const work = (p.work?.trim() || DEFAULT_PARTIES.work).replace(/^the\s+/i, "");
  const daysIn = options.deletionDays ?? 30;
  const days = Number.isFinite(daysIn) && daysIn >= 1 ? Math.min(365, Math.round(daysIn)) : 30;
  const names: Names = { agency: article(agencyName), contractor: article(contractorName), work, days, it: pluralWork(work) ? "them" : "it" };
  const only = options.only ? new Set(options.only) : null;
  const out: AddendumParagraph[] = [{ kind: "title", text: ADDENDUM_TITLE, level: 1 }];
  out.push({
    kind: "body",
    text: `This addendum forms part of the agreement between ${names.agency} and ${names.contractor} and prevails over any conflicting term of it.`,
  });
  const chosen = SECTIONS.filter((s) => {
    if (s.protection === "audit-rights" && options.includeAudit === false) return false;
    if (!only) return true;
    // the sub-licensing section belongs with the prohibition it passes on
    return s.protection ? only.has(s.protection) : only.has("no-ai-training");
  });
  const prohibition = chosen.findIndex((s) => s.protection === "no-ai-training");
  const ref = `Section ${prohibition + 1}`;
  const defined = chosen.some((s) => s.protection === "ai-definition");
  chosen.forEach((s, i) => {
    const num = String(i + 1);
    // a partial addendum never leans on a section it leaves out: no "the restriction" without the
    // restriction, no "AI System" without its definition
    let body = prohibition < 0 && s.standalone ? s.standalone(names) : s.body(names).replace("Section 2", ref);
    if (!defined) body = body.replace(/\bany AI System\b/, AI_SYSTEM_INLINE);
    const protection = s.protection ? { protection: s.protection } : {};
    out.push({ kind: "heading", text: `${num}. ${s.heading}`, level: 2, number: num, ...protection });
    out.push({ kind: "body", text: body, number: num, ...protection });
  });
  return out;
}
