/**
 * Who is who: the parties, which of them makes the work (the product's user) and which receives
 * it, and the defined term for the work.
 *
 * The reading follows what a contracts lawyer looks at:
 * 1. Parties are the labels given to the names in the opening "between … and …" clause (or, in a
 *    letter agreement or a cover page, the labelled names and key terms of the first page).
 * 2. The user is the party whose work flows to the other: it grants or assigns rights, delivers,
 *    designs, produces or performs, owns and warrants the work, is engaged and paid. The other side
 *    engages, pays, and "desires to obtain the right to use".
 * 3. The work is the defined term for what the user delivers or licenses (Deliverables, Work
 *    Product, Site, Program, Content, Titles…), found where the user's verbs of making and granting
 *    take it as their object. An activity ("Services") is the work only when nothing else is.
 * Each conclusion carries its evidence (paragraph and words) and whether it is sure; when the
 * evidence is thin the report says so and the pane and CLI ask the user.
 */
import type { DocumentRoles, Paragraph, RoleEvidence } from "../types";
import { findDefinitions, type DefinedTerm } from "./definitions";
import { detectParties } from "./parties";
import { partyCandidates, scoreParty, speaksAsMaker, type Candidate } from "./roleParties";
import { joinBody } from "./roleText";
import { activityWork, lowerCaseWork, workCandidates } from "./roleWork";
import { ACTIVITY, norm } from "./roleWords";
import { shownParty } from "../report/labels";

export type Evidence = RoleEvidence;
export type Roles = DocumentRoles;

export interface RoleOverride {
  /** The user's party name ("I am the Provider"). */
  user?: string;
  /** The other side. */
  other?: string;
  /** The work term. */
  work?: string;
}

/** The evidence a defined term for a thing made needs to be the work over an activity ranked above it. */
const MADE_OVER_ACTIVITY = 5;

/** Terms that name services performed, never a thing made. */
const SERVICES = /^(?:(?:the\s+)?(?:[\w-]+\s+)?services?|consulting|engagement)$/i;

/** The names used when the contract names nothing. */
export const DEFAULT_ROLES = { user: "Contractor", other: "Agency", work: "Work Product" } as const;
const DEFAULTS = DEFAULT_ROLES;

/** Reads the roles from the document; `override` (the user's confirmation) wins where given. */
export function readRoles(paragraphs: readonly Paragraph[], override: RoleOverride = {}, defs: readonly DefinedTerm[] = findDefinitions(paragraphs)): Roles {
  const doc = joinBody(paragraphs);
  const parties = partyCandidates(doc, defs);
  for (const p of parties) scoreParty(doc, p);
  const ranked = parties.slice().sort((a, b) => b.score - a.score || a.order - b.order);
  const clean = (v: unknown): string | undefined => (typeof v === "string" && v.trim() && v.trim().length <= 80 ? norm(v.trim()) : undefined);
  const oUser = clean(override.user);
  const oOther = clean(override.other);
  const oWork = clean(override.work);
  let user: Candidate | undefined = oUser ? parties.find((p) => p.name.toLowerCase() === oUser.toLowerCase()) ?? { name: oUser, score: 0, evidence: [], order: -1 } : ranked[0];
  let other: Candidate | undefined = oOther
    ? parties.find((p) => p.name.toLowerCase() === oOther.toLowerCase()) ?? { name: oOther, score: 0, evidence: [], order: -1 }
    : ranked.filter((p) => p !== user).sort((a, b) => a.score - b.score || a.order - b.order)[0];
  if (!oUser && oOther && user === other) user = ranked.find((p) => p !== other);
  // short texts and clauses without a preamble: the role words the text uses most
  let legacy: ReturnType<typeof detectParties> | null = null;
  const legacyOf = (): ReturnType<typeof detectParties> => (legacy ??= detectParties(paragraphs));
  if (!user && legacyOf().detected.contractor) user = { name: legacyOf().contractor, score: 0, evidence: [], order: -1 };
  if (!other && legacyOf().detected.agency && legacyOf().agency !== user?.name) other = { name: legacyOf().agency, score: 0, evidence: [], order: -1 };
  const margin = user && other ? user.score - other.score : 0;
  const works = workCandidates(doc, defs, parties, user, other);
  // an activity ("Services") ranked first yields to a defined term for a thing made that has real evidence ("Work Product")
  // ("the Work", defined as an essay, is no activity to yield)
  const made = works[0] && SERVICES.test(works[0].term) ? works.find((w) => !ACTIVITY.test(w.term) && w.score >= MADE_OVER_ACTIVITY) : undefined;
  // "Work" defined as what the user makes ("Work: each original article the Author delivers") is a thing made, not an activity
  const madeWork = (w: (typeof works)[number] | undefined): boolean => !!w && /^work$/i.test(norm(w.term)) && w.score >= 6 && w.evidence.some((e) => e.reason === "defined as what the user makes or supplies");
  let bestWork = works[0] && works[0].score >= 3 && (!ACTIVITY.test(works[0].term) || madeWork(works[0])) ? works[0] : (made ?? lowerCaseWork(doc) ?? works.find((w) => ACTIVITY.test(w.term)) ?? activityWork(doc) ?? (works[0] && works[0].score > 0 ? works[0] : undefined));
  if (!bestWork && legacyOf().detected.work) bestWork = { term: legacyOf().work, score: 1, evidence: [], count: 1 };
  const workTerm = oWork ?? bestWork?.term;
  // both sides supplying things (content one way, services the other) is a contract to confirm
  // (a maker speaking as "we" or "I" is sure only where it speaks as a maker: platforms also write as "we" to "you")
  const voiceOk = !user || !/^(?:we|I)$/.test(user.name) || speaksAsMaker(doc.text);
  const sureParties = !!user && !!other && (oUser !== undefined || (margin >= 4 && user.score >= 6 && other.score <= user.score / 2 && voiceOk));
  const sureWork = oWork !== undefined || (!!bestWork && bestWork.score >= 6 && !ACTIVITY.test(bestWork.term));
  const anyOverride = oUser !== undefined || oOther !== undefined || oWork !== undefined;
  const roles: Roles = {
    user: user?.name ?? DEFAULTS.user,
    other: other?.name ?? DEFAULTS.other,
    work: workTerm ?? DEFAULTS.work,
    sure: sureParties && sureWork,
    partiesSure: sureParties,
    source: anyOverride ? "user" : user || workTerm ? "document" : "default",
    evidence: { user: user?.evidence.slice(0, 4) ?? [], other: other?.evidence.filter(() => true).slice(0, 4) ?? [], work: bestWork && !oWork ? bestWork.evidence.slice(0, 4) : [] },
    candidates: { parties: parties.map((p) => p.name), works: works.slice(0, 8).map((w) => w.term) },
  };
  if (!roles.sure) {
    const parts: string[] = [];
    // terms written as "we" and "you" are quoted, so the question reads: you are "you", the other side is "we"
    const shown = shownParty;
    if (!sureParties) parts.push(user && other ? `which side you are (${shown(user.name)} or ${shown(other.name)})` : "who the parties are");
    if (!sureWork) parts.push(`what your work is called${works.length ? ` (${works.slice(0, 3).map((w) => w.term).join(", ")}?)` : ""}`);
    roles.question = `TermScore could not tell ${parts.join(" or ")}. Please confirm: you are ${shown(roles.user)}, the other side is ${shown(roles.other)}, your work is "${roles.work}".`;
  }
  return roles;
}
