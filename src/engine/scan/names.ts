/**
 * Who is who, as the suggestions name them: the user's role override, the parties from the roles
 * read in the document, and the names, conventions and section labels every suggestion uses.
 */
import { newCommentMemory, sectionLabels } from "../fix/comments";
import { readConventions } from "../fix/conventions";
import type { Names } from "../fix/suggest";
import { personOf } from "../report/labels";
import type { DocumentModel } from "../read";
import { DETERMINED, nameSample, partyNames } from "../read/parties";
import { DEFAULT_ROLES } from "../read/roles";
import type { SectionStart } from "../read/structure";
import type { AnalyzeOptions, Paragraph, Parties } from "../types";

export function docNames(paragraphs: readonly Paragraph[], parties: Parties, sections: readonly SectionStart[] = [], spelling?: "en-US" | "en-GB"): Names {
  const { agency, contractor } = partyNames(nameSample(paragraphs), parties);
  return {
    agency,
    contractor,
    work: DETERMINED.test(parties.work) ? parties.work : `the ${parties.work}`,
    conventions: { ...readConventions(paragraphs), ...(spelling ? { spelling } : {}) },
    section: sectionLabels(paragraphs, sections),
    memory: newCommentMemory(),
    ...voiceOf(parties),
  };
}

/** The parties the document writes as pronouns ("we", "I", "you"), for the words written into its clauses. */
function voiceOf(parties: Pick<Parties, "agency" | "contractor" | "work">): Pick<Names, "voice"> {
  const agency = personOf(parties.agency);
  const contractor = personOf(parties.contractor);
  // terms addressed to the maker speak of its work as "your photos", not as a defined term
  const work = contractor === "you" && /^[a-z]/.test(parties.work) && !DETERMINED.test(parties.work) ? { of: `the ${parties.work}`, as: `your ${parties.work}` } : undefined;
  return agency || contractor ? { voice: { ...(agency ? { agency } : {}), ...(contractor ? { contractor } : {}), ...(work ? { work } : {}) } } : {};
}

/** The user's confirmation of the roles, from `roles` or the older `parties` option. */
export function roleOverride(options: AnalyzeOptions | null): { user?: string; other?: string; work?: string } {
  const o: Record<string, unknown> = options?.roles && typeof options.roles === "object" ? options.roles : {};
  const p: Record<string, unknown> = options?.parties && typeof options.parties === "object" ? options.parties : {};
  // an override is used only when it is a usable name (a string of 1–60 characters)
  const name = (v: unknown): string | undefined => (typeof v === "string" && v.trim().length > 0 && v.trim().length <= 60 ? v.trim() : undefined);
  return { user: name(o.user) ?? name(p.contractor), other: name(o.other) ?? name(p.agency), work: name(o.work) ?? name(p.work) };
}

export function partiesOf(model: DocumentModel): Parties {
  const r = model.roles;
  const fromDoc = r.source !== "default";
  return {
    agency: r.other,
    contractor: r.user,
    work: r.work,
    detected: { agency: fromDoc && r.candidates.parties.includes(r.other), contractor: fromDoc && r.candidates.parties.includes(r.user), work: fromDoc && (r.candidates.works.includes(r.work) || r.evidence.work.length > 0 || r.work !== DEFAULT_ROLES.work) },
  };
}
