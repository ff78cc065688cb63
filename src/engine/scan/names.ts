/**
 * Who is who, as the suggestions name them: the user's role override, the parties from the roles
 * read in the document, and the names, conventions and section labels every suggestion uses.
 */
import { newCommentMemory, sectionLabels } from "../fix/comments";
import { readConventions } from "../fix/conventions";
import type { Names } from "../fix/suggest";
import type { DocumentModel } from "../read";
import { withArticle } from "../read/parties";
import { DEFAULT_ROLES } from "../read/roles";
import type { SectionStart } from "../read/structure";
import type { AnalyzeOptions, Paragraph, Parties } from "../types";

/** A work term that carries its own determiner ("Your Submissions", "the Work") takes no "the". */
const DETERMINED = /^(?:the|a|an|your|our|its|their|his|her|my)\s/i;

/** The company a first-person label names: `Simmer & Salt Media Inc. ("we", "us")`. */
function firstPersonName(sample: string): string | null {
  const m = /([A-Z][\w&.,'\u2019-]*(?:\s+(?:&\s+)?[A-Z][\w&.,'\u2019-]*){0,5})\s*\(\s*(?:collectively\s*,?\s*)?["\u201c](?:we|us|our)["\u201d]/.exec(sample);
  return m ? m[1].replace(/[\s,]+$/, "") : null;
}

/**
 * Suggestions and comments speak of the parties in the third person ("Simmer & Salt Media Inc.
 * shall not use Your Submissions …"): terms written as "we" and "you" are drafted with the company's
 * name and the word the terms use for the one addressed ("the Member", "the User"), never "we keeps"
 * or "you's".
 */
function draftingName(name: string, sample: string, side: "user" | "other"): string {
  if (/^(?:we|us|our)$/i.test(name)) return firstPersonName(sample) ?? (side === "other" ? "the Company" : "the Contractor");
  if (/^(?:you|your)$/i.test(name)) {
    const word = /\b(?:User|Member|Customer|Contributor|Creator|Subscriber|Seller|Artist)\b/.exec(sample);
    return `the ${word ? word[0] : "User"}`;
  }
  return withArticle(sample, name);
}

export function docNames(paragraphs: readonly Paragraph[], parties: Parties, sections: readonly SectionStart[] = [], spelling?: "en-US" | "en-GB"): Names {
  let sample = "";
  for (const p of paragraphs) {
    if (sample.length > 100_000) break;
    sample += p.text + "\n";
  }
  return {
    agency: draftingName(parties.agency, sample, "other"),
    contractor: draftingName(parties.contractor, sample, "user"),
    work: DETERMINED.test(parties.work) ? parties.work : `the ${parties.work}`,
    conventions: { ...readConventions(paragraphs), ...(spelling ? { spelling } : {}) },
    section: sectionLabels(paragraphs, sections),
    memory: newCommentMemory(),
  };
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
