/**
 * The options every writer builds a contract's addendum with (the analysis, the .docx review, the
 * pane): the parties named as the suggestions name them, in the contract's own spelling, quotes
 * and name for itself. One builder, so that the hosts cannot name a party differently.
 */
import type { AddendumOptions, Paragraph, Parties } from "../types";
import { nameSample, partyNames } from "../read/parties";
import { readConventions, type Conventions } from "./conventions";

/** What a caller may already have read from the document (read again when left out). */
export interface AddendumFacts {
  names?: { agency: string; contractor: string };
  conventions?: Pick<Conventions, "spelling" | "agreement" | "curlyQuotes">;
}

/**
 * @example
 * buildAddendum({ ...addendumOptionsFor(paragraphs, report.parties), deletionDays: 30 })
 */
export function addendumOptionsFor(paragraphs: readonly Paragraph[], parties: Partial<Pick<Parties, "agency" | "contractor" | "work">>, known: AddendumFacts = {}): AddendumOptions {
  const { spelling, agreement, curlyQuotes } = known.conventions ?? readConventions(paragraphs);
  const names = known.names ?? (parties.agency && parties.contractor ? partyNames(nameSample(paragraphs), { agency: parties.agency, contractor: parties.contractor }) : undefined);
  return { parties, ...(names ? { names: { agency: names.agency, contractor: names.contractor } } : {}), spelling, agreement, curlyQuotes };
}
