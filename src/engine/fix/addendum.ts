/**
 * The "Prohibition on AI Training" addendum, as structured paragraphs in the contract's own names.
 * Each numbered section provides one protection the detector recognises on a re-scan.
 */
import type { AddendumOptions, AddendumParagraph, ProtectionKind } from "../types";
import { ADDENDUM_TITLE } from "../read/sections";
import { AGENCY_ROLES, CONTRACTOR_ROLES, DEFAULT_PARTIES } from "../read/parties";
import { capitalise } from "../text";
import { personOf, PRONOUN_PARTY } from "../report/labels";
import { objectOf } from "./voice";
import { conform } from "./conventions";
import { isPlural } from "./plural";

interface Names {
  agency: string;
  contractor: string;
  work: string;
  days: number;
  /** Days to give notice of a breach. */
  notice: number;
  /** "it" or "them", agreeing with the work term. */
  it: string;
  /** "has" or "have". */
  has: string;
  /** The contract, mid-sentence: "the MSA", "the Agreement"; "the agreement" when it names itself nothing. */
  agreement: string;
}

interface Section {
  protection?: ProtectionKind;
  heading: string;
  body: (n: Names) => string;
  /** The body when the sections it leans on (the definitions, the prohibition) are not in the addendum. */
  standalone?: (n: Names) => string;
  /** Sections without a protection of their own go with this one in a partial addendum. */
  goesWith?: ProtectionKind;
}

/** Used instead of the defined term when the addendum has no definition section. */
const AI_SYSTEM_INLINE = "any artificial intelligence or machine-learning system, model or algorithm (an \u201cAI System\u201d)";
/** Used instead of "Train" when the addendum has no definition section. */
const TRAIN_INLINE = "train, fine-tune, test, validate, benchmark or improve";

/**
 * The sections, in order. Each section's body is one paragraph (a re-scan reads the addendum as
 * heading + body pairs); cross-references are written "Section AI-2" and renumbered with the rest.
 */
const SECTIONS: readonly Section[] = [
  {
    protection: "ai-definition",
    heading: "Definitions",
    body: (n) =>
      `For the purposes of this addendum, whatever meaning the terms have elsewhere in ${n.agreement}: \u201cAI System\u201d means any artificial intelligence or machine-learning system, model or algorithm, including large language models (LLMs), generative AI, neural networks and predictive algorithms, and any dataset, index or tool used to build or improve one; ordinary software that does not learn from the material it handles, such as a spell-checker, is not an AI System. \u201cTrain\u201d and \u201cTraining\u201d mean any use of the ${n.work} or of data derived from ${n.it} to build, train, fine-tune, validate, test, benchmark or improve an AI System, including distillation, creating embeddings or an index for retrieval by an AI System, prompting or conditioning an AI System with the ${n.work}, generating synthetic data from ${n.it}, and teaching an AI System to imitate the style of ${n.contractor}.`,
  },
  {
    protection: "no-ai-training",
    heading: "No AI Training",
    body: (n) =>
      `${capitalise(n.agency)} shall not use, ingest, upload, process or make available the ${n.work} to train, fine-tune, test, validate, benchmark or improve any AI System, whether its own or a third party's, and shall not otherwise Train any AI System on the ${n.work}. No licence or right granted under ${n.agreement} includes Training, and silence is not permission.`,
  },
  {
    protection: "derivative-data",
    heading: "Derivative Data and Metadata",
    body: (n) =>
      `The restriction in Section AI-2 extends to all data derived from the ${n.work}, including metadata, embeddings, vectors, features and retrieval indices, and it applies even after the ${n.work} or that data ${n.has} been aggregated, anonymized or de-identified.`,
    standalone: (n) =>
      `${capitalise(n.agency)} shall not use the ${n.work} or any data derived from ${n.it}, including metadata, embeddings, vectors, features and retrieval indices, to train, fine-tune, test, validate or improve any artificial intelligence or machine-learning system, model or algorithm, even after the ${n.work} or that data ${n.has} been aggregated, anonymized or de-identified.`,
  },
  {
    goesWith: "no-ai-training",
    heading: "Vendors, Subprocessors and Service Providers",
    body: (n) =>
      `${capitalise(n.agency)} shall not sublicense, disclose or transfer the ${n.work} to any third party, including an affiliate, an AI vendor, a subprocessor or a service provider, for a use that Section AI-2 prohibits; shall bind every permitted recipient in writing to terms at least as protective of ${n.contractor} as this addendum; and is responsible for every act and omission of a recipient as if it were its own.`,
  },
  {
    goesWith: "no-ai-training",
    heading: "Notice of Breach",
    body: (n) =>
      `${capitalise(n.agency)} shall notify ${n.contractor} in writing within ${n.notice} days after it becomes aware of any actual or suspected breach of this addendum, by it or by anyone who received the ${n.work} from it, and shall give ${n.contractor} the information it has about the breach and the steps taken to end it.`,
  },
  {
    protection: "data-deletion",
    heading: "Deletion from Datasets and Models",
    body: (n) =>
      `Within ${n.days} days after the termination or expiry of ${n.agreement}, or after ${n.contractor}'s written request following a breach of this addendum, ${n.agency} shall delete the ${n.work} and all data derived from ${n.it} from every training set, dataset, embedding store and retrieval index under its control, including backups; shall retrain without them, or destroy, every AI System Trained on them; and shall certify in writing to ${n.contractor}, signed by an authorized officer, that it has done so.`,
    standalone: (n) =>
      `Within ${n.days} days after the termination or expiry of ${n.agreement}, or after a written request by ${n.contractor} following any use of them for AI training, ${n.agency} shall delete the ${n.work} and all data derived from ${n.it} from every training set, dataset, embedding store and retrieval index under its control, including backups; shall retrain without them, or destroy, every model trained on them; and shall certify in writing to ${n.contractor}, signed by an authorized officer, that it has done so.`,
  },
  {
    protection: "audit-rights",
    heading: "Audit Rights",
    body: (n) =>
      `${capitalise(n.contractor)} may, on reasonable written notice, audit ${n.agency}'s use of the ${n.work} to verify compliance with this addendum, no more than once a year unless it has reason to believe there has been a breach, subject to reasonable confidentiality.`,
  },
  {
    protection: "injunctive-relief",
    heading: "Remedies",
    body: (n) =>
      `A breach of this addendum causes harm that money cannot undo, so damages alone would not be an adequate remedy. ${capitalise(n.contractor)} may seek an injunction, specific performance and other equitable relief without posting a bond, in addition to damages, an account of profits and any other remedy available under ${n.agreement} or at law.`,
  },
  {
    goesWith: "injunctive-relief",
    heading: "Liability",
    body: (n) =>
      `No limitation or exclusion of liability in ${n.agreement}, including any cap on damages or exclusion of indirect or consequential loss, applies to ${n.agency}'s liability for a breach of this addendum.`,
  },
  {
    protection: "survival",
    heading: "Survival and Successors",
    body: (n) =>
      `This addendum survives the termination or expiry of ${n.agreement} for as long as ${n.agency}, or anyone acting for it or deriving rights from it, holds the ${n.work} or any data derived from ${n.it}. It binds ${n.agency}'s successors, assignees and licensees and every later owner of the ${n.work}, and ${n.agency} shall make every assignment, transfer or licence of the ${n.work} subject to it.`,
  },
  {
    goesWith: "no-ai-training",
    heading: "Precedence and Other Rights",
    body: (n) =>
      `This addendum prevails over any conflicting or inconsistent term of ${n.agreement}, including any statement of work, order, policy or terms referred to in it. Apart from the limits this addendum sets on Training, nothing in it reduces any right ${n.agency} has under ${n.agreement}: ${n.agency} may use the ${n.work} for every purpose ${n.agreement} allows other than Training.`,
    standalone: (n) =>
      `This addendum prevails over any conflicting or inconsistent term of ${n.agreement}. Apart from the limits it sets on the use of the ${n.work} for artificial intelligence or machine learning, nothing in it reduces any right ${n.agency} has under ${n.agreement}.`,
  },
];

const ROLE_WORDS = new Set([...AGENCY_ROLES, ...CONTRACTOR_ROLES].map((r) => r.toLowerCase()));

/**
 * How a party is named mid-sentence when there is no document to follow: a role word takes "the"
 * ("the Client"), a proper name never does ("Sam Lee", "Northwind Studio Inc."); a name that
 * already has an article is kept. With a document, every writer uses the names the suggestions use
 * (`AddendumOptions.names`, from scan/names.ts), which follow how the contract itself writes them.
 */
export function article(name: string): string {
  if (/^(?:the|a|an)\s/i.test(name)) return name;
  return ROLE_WORDS.has(name.toLowerCase().replace(/\s+/g, " ")) ? `the ${name}` : name;
}


/** How the addendum numbers its sections: "AI-1", "AI-2", … (never a number the host contract uses). */
export function addendumNumber(n: number): string {
  return `AI-${n}`;
}

/** A section heading of the addendum: "AI-3. Derivative Data and Metadata" (or an older "3. …"). */
export const ADDENDUM_HEADING = /^\s*((?:AI-)?(\d{1,2}))\.\s+(.+?)\s*$/;

/** The section headings of the addendum, as a re-scan recognises them (older names too). */
export const ADDENDUM_SECTION_HEADINGS: readonly string[] = [
  ...SECTIONS.map((s) => s.heading),
  "Definition of AI",
  "No Sub-licensing to AI Vendors",
  "Deletion on Termination",
  "Injunctive Relief",
  "Survival",
];

/** True when `text` is one of the addendum's numbered section headings. */
export function isAddendumSectionHeading(text: string): boolean {
  const m = ADDENDUM_HEADING.exec(text);
  return !!m && ADDENDUM_SECTION_HEADINGS.some((h) => h.toLowerCase() === m[3].toLowerCase());
}

/**
 * The sentences that make the addendum part of the contract (its preamble, before the signatures
 * with the rest of it). They name the addendum's numbering, so that the contract can refer to its
 * sections ("Section AI-2") without a clash with its own; open-ended ("from AI-1"), so that a
 * section added later is covered too. No edit in the contract's body cites a section of the
 * addendum: if the other side rejects the addendum, nothing is left pointing at it.
 */
/**
 * Terms written as "we" and "you" name their parties with pronouns; the addendum speaks of them in
 * the third person ("the Customer", "the Contractor"), so it says who those are: ' In this addendum,
 * “the Customer” means you and “the Contractor” means us.' Nothing when both sides have names.
 */
function pronounDefinitions(p: { agency?: string; contractor?: string }, names: { agency: string; contractor: string }): string {
  const object = (who: string | undefined): string | null => {
    const person = personOf(who);
    return person ? objectOf(person) : null;
  };
  const parts: string[] = [];
  const other = object(p.agency);
  const user = object(p.contractor);
  // the "Customer", not "the Customer", is the term defined
  const term = (name: string): string => name.replace(/^(the\s+)?(.*)$/i, (_, the: string | undefined, rest: string) => `${the ?? ""}\u201c${rest}\u201d`);
  if (other && !PRONOUN_PARTY.test(names.agency)) parts.push(`${term(names.agency)} means ${other}`);
  if (user && !PRONOUN_PARTY.test(names.contractor)) parts.push(`${term(names.contractor)} means ${user}`);
  return parts.length ? ` In this addendum, ${parts.join(" and ")}.` : "";
}

function incorporationSentence(agency: string, contractor: string, agreement = "the agreement"): string {
  return `This addendum forms part of ${agreement} between ${agency} and ${contractor}, is incorporated into it by reference and prevails over any conflicting term of it. Its sections are numbered from AI-1, apart from the sections of ${agreement}, and a reference in ${agreement} to a section so numbered is to that section of this addendum. Terms defined in ${agreement} have the same meaning here.`;
}

/**
 * The contract mid-sentence: "the MSA" for a contract that calls itself the "MSA"; "the agreement"
 * when it has no name of its own (a defined term is never written in lower case).
 */
export function agreementPhrase(name: string | null | undefined): string {
  const t = name?.trim().replace(/^(?:the|this)\s+/i, "");
  return t && /^[A-Z]/.test(t) ? `the ${t}` : "the agreement";
}

/**
 * The parties as the addendum built with `options` names them mid-sentence ("the Client",
 * "Sam Lee"): what a host's comment on its title says, so the comment and the addendum agree.
 */
export function addendumParties(options: AddendumOptions = {}): { agency: string; contractor: string } {
  const p = options.parties ?? {};
  return {
    agency: options.names?.agency ?? article(p.agency?.trim() || DEFAULT_PARTIES.agency),
    contractor: options.names?.contractor ?? article(p.contractor?.trim() || DEFAULT_PARTIES.contractor),
  };
}

/** Builds the addendum: a title, a preamble, then numbered sections (heading + body). */
export function buildAddendum(options: AddendumOptions = {}): AddendumParagraph[] {
  const p = options.parties ?? {};
  const work = (p.work?.trim() || DEFAULT_PARTIES.work).replace(/^the\s+/i, "");
  const daysIn = options.deletionDays ?? 30;
  const days = Number.isFinite(daysIn) && daysIn >= 1 ? Math.min(365, Math.round(daysIn)) : 30;
  const plural = isPlural(work);
  const { agency, contractor } = addendumParties(options);
  const names: Names = { agency, contractor, work, days, notice: 5, it: plural ? "them" : "it", has: "has", agreement: agreementPhrase(options.agreement) };
  const only = options.only ? new Set(options.only) : null;
  const out: AddendumParagraph[] = [{ kind: "title", text: ADDENDUM_TITLE, level: 1 }];
  out.push({ kind: "body", text: incorporationSentence(names.agency, names.contractor, names.agreement) + pronounDefinitions(p, names) });
  const chosen = SECTIONS.filter((s) => {
    if (s.protection === "audit-rights" && options.includeAudit === false) return false;
    if (!only) return true;
    const kind = s.protection ?? s.goesWith;
    return !!kind && only.has(kind);
  });
  const defined = chosen.some((s) => s.protection === "ai-definition");
  const prohibition = chosen.findIndex((s) => s.protection === "no-ai-training");
  chosen.forEach((s, i) => {
    const num = addendumNumber(i + 1);
    // a partial addendum never leans on a section it leaves out: no "the restriction" without the
    // restriction, no "AI System" or "Train" without their definitions
    const full = s.body(names);
    const leansOnDefinitions = /\bAI System\b|\bTrain(?:ed|ing)?\b/.test(full);
    let body = (prohibition < 0 || (!defined && leansOnDefinitions)) && s.standalone ? s.standalone(names) : full;
    body = body.replace(/\bSection AI-2\b/g, `Section ${addendumNumber(prohibition + 1)}`);
    if (!defined) {
      body = body.replace(/\bany AI System\b/, AI_SYSTEM_INLINE).replace(/\b(?:an|every|any) AI System\b/g, "an AI System");
      body = body.replace(/, and shall not otherwise Train any AI System on the [^.]+\./, ".").replace(/\bincludes Training\b/, `includes any such use`).replace(/\bTrained on them\b/g, "trained on them");
      if (!/\u201cAI System\u201d/.test(body)) body = body.replace(/\ban AI System\b/g, "an artificial intelligence or machine-learning model");
      body = body.replace(/\bthe limits this addendum sets on Training\b/, "the limits this addendum sets on AI training").replace(/\bother than Training\b/, `other than to ${TRAIN_INLINE} an artificial intelligence or machine-learning model`);
    }
    const protection = s.protection ? { protection: s.protection } : {};
    out.push({ kind: "heading", text: `${num}. ${s.heading}`, level: 2, number: num, ...protection });
    out.push({ kind: "body", text: body, number: num, ...protection });
  });
  // in the contract's spelling and quote style, as the clause edits are
  const style = { spelling: options.spelling ?? "en-US", curlyQuotes: options.curlyQuotes ?? true };
  // the contract's own name is never respelled ("the Software Licence Agreement" stays as defined)
  const respelled = conform(names.agreement, style);
  return out.map((p) => {
    const text = conform(p.text, style);
    return { ...p, text: respelled === names.agreement ? text : text.split(respelled).join(names.agreement) };
  });
}
