/**
 * The words TermScore writes into a clause, as data. Placeholders: {agency} {Agency} {contractor}
 * {Contractor} {work} {it} (them / it), {ai} (the verbs of AI training), {aiNoun} (its nouns),
 * {project}. Every restriction names the work and the AI use in full, so that it reads on its own
 * and a re-scan recognises it; nothing here limits any use other than AI training.
 */
import type { Category } from "../types";
import type { Conventions } from "./conventions";
import type { CommentMemory } from "./comments";
import type { Voice } from "./voice";

/** The words every protective edit uses for AI training. */
export const AI_VERBS = "train, fine-tune, test or improve any artificial intelligence or machine-learning model";
export const AI_NOUNS = "training, fine-tuning, testing or improving any artificial intelligence or machine-learning model";

export interface Names {
  /** "the Client" / "Client", as the document writes it mid-sentence. */
  agency: string;
  contractor: string;
  work: string;
  /** Whether {work} takes "them" (several things); read from the term itself when absent. */
  workPlural?: boolean;
  /** The document's spelling, quotes and project (fix/conventions.ts); defaults when absent. */
  conventions?: Conventions;
  /** "Section 3.2 (Licence)" for a paragraph, when the document numbers its sections. */
  section?: (paragraph: number) => string | null;
  /** What the comments of this document have said so far (fix/comments.ts), so none repeats. */
  memory?: CommentMemory;
  /**
   * The party the document writes as a pronoun ("we", "I", "you"): the words written into its
   * clauses speak of that party the same way ("provided that we shall not use your photos …").
   * Terms addressed to the maker as "you" speak of its work as "your photos" (`work`). Comments,
   * which the user writes to the other side, keep `agency`, `contractor` and `work`.
   */
  voice?: Voice;
}

/** The kind of restriction a clause gets, from the gravest risk in it. */
export type RestrictionKind = "ownership" | "sublicensing" | "anonymization" | "data-aggregation" | "feedback" | "general";

export function restrictionKind(categories: ReadonlySet<Category>): RestrictionKind {
  if (categories.has("ownership")) return "ownership";
  if (categories.has("sublicensing")) return "sublicensing";
  if (categories.has("anonymization")) return "anonymization";
  if (categories.has("data-aggregation")) return "data-aggregation";
  if (categories.has("feedback")) return "feedback";
  return "general";
}

/**
 * The restriction added at the end of a clause (before its final stop). It starts with its own
 * joining punctuation: ", provided that …" or "; however, …".
 */
export const RESTRICTION: Record<RestrictionKind, string> = {
  ownership:
    "; however, {agency} covenants, for itself and its successors, assignees and licensees, that none of them will use {work} or any data derived from {it} to {ai}, and {agency} shall make every transfer or licence of {work} subject to this covenant",
  sublicensing:
    ", provided that {agency} shall not use {work} or any data derived from {it} to {ai}, shall not allow anyone who receives {work} to do so, and shall bind each recipient to this restriction in writing",
  anonymization:
    ", provided that {agency} shall not use {work} or any data derived from {it}, in any form and whether or not anonymized or de-identified, to {ai}",
  "data-aggregation":
    ", provided that {agency} shall not use {work}, any data derived from {it} or any dataset that includes {it} to {ai}",
  feedback: ", provided that this right does not extend to {work}, and {agency} shall not use any feedback to {ai}",
  general: ", provided that {agency} shall not use {work} or any data derived from {it} to {ai}",
};

/** After "for any purpose" / "for any lawful purpose": the client keeps every other purpose. */
export const OTHER_THAN = " other than to {ai}";
/** After a permission whose only purpose was AI training: the permission stays, the AI use goes. */
export const BUT_NOT = ", but not to {ai}";
export const BUT_NOT_FOR = ", but not for {aiNoun}";
/** After "Nothing in this Agreement restricts … from using …": the carve-back becomes a prohibition. */
export const EXCEPT_THAT = ", except that {agency} shall not use {work} or any data derived from {it} to {ai}";
/** Turns "may" into a prohibition when the AI use is the permission's only verb. */
export const SHALL_NOT = "shall not";
/** After other rights of the same permission: " and use it to train" → " but may not use it to train". */
export const BUT_MAY_NOT = " but may not ";

/**
 * The opt-out position: AI use stays possible until the user says no. Each kind keeps what its
 * primary restriction protects whatever the position: an owner's covenant still binds its
 * successors, assignees and licensees and every onward transfer; a feedback right still leaves
 * the work itself out; recipients are still bound.
 */
export const OPT_OUT: Record<RestrictionKind, string> = {
  ownership:
    "; however, {agency} covenants, for itself and its successors, assignees and licensees, that none of them will use {work} or any data derived from {it} to {ai} once {contractor} has opted out of that use by written notice, which {contractor} may give at any time, and {agency} shall make every transfer or licence of {work} subject to this covenant",
  sublicensing:
    ", except that, once {contractor} has opted out of that use by written notice, which {contractor} may give at any time, {agency} shall not use {work} or any data derived from {it} to {ai}, shall not allow anyone who receives {work} to do so, and shall bind each recipient to this restriction in writing",
  anonymization:
    ", except that {agency} shall not use {work} or any data derived from {it}, in any form and whether or not anonymized or de-identified, to {ai} once {contractor} has opted out of that use by written notice, which {contractor} may give at any time",
  "data-aggregation":
    ", except that {agency} shall not use {work}, any data derived from {it} or any dataset that includes {it} to {ai} once {contractor} has opted out of that use by written notice, which {contractor} may give at any time",
  feedback:
    ", provided that this right does not extend to {work}, and {agency} shall not use any feedback to {ai} once {contractor} has opted out of that use by written notice, which {contractor} may give at any time",
  general:
    ", except that {agency} shall not use {work} or any data derived from {it} to {ai} once {contractor} has opted out of that use by written notice, which {contractor} may give at any time",
};
/** The project-scope position: AI use only for the project the contract describes; each kind keeps its primary's other protections. */
export const PROJECT_SCOPE: Record<RestrictionKind, string> = {
  ownership:
    "; however, {agency} covenants, for itself and its successors, assignees and licensees, that none of them will use {work} or any data derived from {it} to {ai} except for {project}, and that no model so trained or improved will be used for any other purpose, and {agency} shall make every transfer or licence of {work} subject to this covenant",
  sublicensing:
    ", provided that any use of {work} or data derived from {it} to {ai} is limited to {project}, and no model so trained or improved may be used for any other purpose; {agency} shall not allow anyone who receives {work} to use {it} otherwise, and shall bind each recipient to this restriction in writing",
  anonymization:
    ", provided that any use of {work} or data derived from {it}, in any form and whether or not anonymized or de-identified, to {ai} is limited to {project}, and no model so trained or improved may be used for any other purpose",
  "data-aggregation":
    ", provided that any use of {work}, data derived from {it} or a dataset that includes {it} to {ai} is limited to {project}, and no model so trained or improved may be used for any other purpose",
  feedback:
    ", provided that this right does not extend to {work}, any use of feedback to {ai} is limited to {project}, and no model so trained or improved may be used for any other purpose",
  general:
    ", provided that any use of {work} or data derived from {it} to {ai} is limited to {project}, and no model so trained or improved may be used for any other purpose",
};

/**
 * A clause of several sentences gets its one restriction at the end of the last sentence that
 * needs it, and says that it reaches back over the whole clause ({what}: restriction, covenant;
 * {scope}: "this clause", or, for a clause set out as a list, its section or the list).
 */
export const CLAUSE_WIDE = "; this {what} applies to every right granted in {scope}";
/** The scope of a clause's one restriction: the clause, a numbered section set out as a list ({number}), an unnumbered list. */
export const SCOPE = { clause: "this clause", section: "Section {number}", list: "this clause, including each of its items" } as const;
/**
 * The work of a list clause whose items name more than the work term ("(b) all contact sheets and
 * working files"): the restriction reaches every item. {where}: "in Section 4.1", "in this clause", "below".
 */
export const LISTED_WORK = { also: "{work} or anything else listed {where}", only: "anything listed {where}" } as const;
/** An earlier sentence of such a clause: a pointer to that restriction, not a second copy of it. */
export const POINTER = ", subject to the restriction on AI training below";
/** A pointer in an item after the one that states the clause's restriction. */
export const POINTER_ABOVE = ", subject to the restriction on AI training above";
/**
 * What a deleted list item reads in its place, so that its letter, and every reference to the
 * items after it, stays: US drafting says "Intentionally omitted", UK drafting "Not used".
 */
export const OMITTED = { "en-US": "[Intentionally omitted]", "en-GB": "[Not used]" } as const;
/** The same pointer inside a sentence that is left open for the items below it: after the words it is about. */
export const POINTER_INLINE = " (subject to the restriction on AI training below)";

/**
 * A definition is qualified in its body, never given an operative proviso: the defined purpose
 * ('"Permitted Purpose" means any purpose whatsoever') leaves AI training out of what it means.
 * {ai} after a purpose, {aiNoun} after a use; a defined purpose or use with no "any purpose" to
 * qualify ('"Permitted Use" means internal business purposes') excludes AI training at its end.
 */
export const DEFINITION: Record<"primary" | "optOut" | "projectScope", { purpose: string; use: string; end: string }> = {
  primary: { purpose: " other than to {ai}", use: " other than {aiNoun}", end: ", excluding {aiNoun}" },
  optOut: {
    purpose: " other than, once {contractor} has opted out of that use by written notice (which {contractor} may give at any time), to {ai}",
    use: " other than, once {contractor} has opted out of that use by written notice (which {contractor} may give at any time), {aiNoun}",
    end: ", excluding, once {contractor} has opted out of that use by written notice (which {contractor} may give at any time), {aiNoun}",
  },
  projectScope: {
    purpose: " other than to {ai} for anything except {project} (and no model so trained or improved may be used for any other purpose)",
    use: " other than {aiNoun} for anything except {project} (and no model so trained or improved may be used for any other purpose)",
    end: ", excluding {aiNoun} for anything except {project} (and no model so trained or improved may be used for any other purpose)",
  },
};

/** Phrases only TermScore's own fallback positions write: a sentence holding one was already fixed. */
export const OWN_FALLBACK_WORDS =
  /subject to the restriction on AI training below|except for the (?:project|Project)\b[^.;]{0,80}, and that no model so trained or improved will be used for any other purpose|for anything except the (?:project|Project)\b[^.;]{0,80} \(and no model so trained or improved may be used for any other purpose\)|covenants?, for (?:itself|ourselves|myself|yourself) and (?:its|our|my|your) successors, assignees and licensees, that none of them will use|once [^.;]{1,60} ha(?:s|ve) opted out of that use by written notice|is limited to the (?:project|Project)\b[^.;]{0,80}, and no model so trained or improved may be used for any other purpose|right to opt out of that use at any time by written notice|(?:limited to|solely (?:to deliver|for)) the project described in this (?:agreement|[A-Z][\w&-]*(?: [A-Z][\w&-]*){0,3})/i;

/** Labels of the edits, as the pane and the report show them. */
export const LABEL = {
  restriction: "Add one AI-training limit",
  feedbackLimit: "Keep feedback rights, exclude the work and AI training",
  anonymousLimit: "Close the anonymization gap",
  datasetLimit: "Keep derived data out of AI training",
  covenant: "Add an AI covenant to ownership",
  bind: "Bind recipients not to train AI",
  otherThan: "Exclude AI training from the purpose",
  butNot: "Keep the use, exclude AI training",
  shallNot: "Turn the permission into a prohibition",
  exceptThat: "Turn the waiver's AI purpose into a prohibition",
  strike: "Delete the AI-training purpose",
  optOut: "Right to opt out",
  projectScope: "Limit AI use to the project",
  pointer: "Point to the clause's AI limit",
  omit: "Delete the AI-training item",
  omitItem: "Delete the AI-training item",
} as const;

/** What each edit does, for the comment ("This change …"). */
export const DOES: Record<keyof typeof LABEL, string> = {
  restriction: "adds one limit at the end of the clause: no use of {work}, or of data derived from {it}, to train or improve AI",
  feedbackLimit: "keeps the feedback right, takes {work} out of it and rules out AI training on any feedback",
  anonymousLimit: "adds one limit at the end of the clause: no AI training on {work} or on data derived from {it}, anonymized or not",
  datasetLimit: "adds one limit at the end of the clause: no AI training on {work}, on data derived from {it} or on datasets that include {it}",
  covenant:
    "adds a covenant by {agency}, binding its successors, assignees and licensees, not to use {work} for AI training, and makes any onward transfer or licence subject to it",
  bind: "binds everyone who receives {work} not to use {it} for AI training and makes {agency} answerable for binding them",
  otherThan: "keeps the purpose and carves AI training out of it",
  butNot: "keeps the permission and takes AI training out of it",
  shallNot: "turns the permission to use {work} for AI training into a prohibition",
  exceptThat: "keeps the waiver for every other use and adds an express prohibition of AI training on {work}",
  strike: "deletes AI training from the list of purposes",
  optOut: "lets {contractor} stop AI use of {work} at any time by written notice",
  projectScope: "confines any AI use of {work} to {project}, with no reuse of a model trained on {it}",
  pointer: "makes this sentence subject to the limit on AI training added later in this clause, so that the limit is stated once",
  omit: "deletes this item, whose only purpose was AI training, and keeps its letter so that references to the other items still hold; the restriction stated for the whole clause covers AI training",
  omitItem: "deletes this item, whose only purpose was AI training, and keeps its letter so that references to the other items still hold",
};

/** What an edit does, naming the document's words it qualifies ({words}, quoted) when the finding quoted other words. */
export const DOES_QUALIFYING: Partial<Record<keyof typeof LABEL, string>> = {
  otherThan: "keeps {words} and carves AI training out of it",
};

/** What an edit does when it also deletes the clause's opt-out condition (it keeps no permission then). */
export const DOES_DROPPING_OPT_OUT: Partial<Record<keyof typeof LABEL, string>> = {
  butNot: "takes AI training out of the permission and deletes the opt-out condition, so the limit no longer depends on {contractor} opting out",
  shallNot: "turns the permission to use {work} for AI training into a prohibition and deletes the opt-out condition, so the prohibition no longer depends on {contractor} opting out",
};
export const AND_DROPS_OPT_OUT = ", and deletes the opt-out condition, so the limit no longer depends on {contractor} opting out";

/** Why the clause is a risk, in the words of the clause kind; {triggers} are the quoted words. */
export const WHY: Record<Category, string> = {
  "ai-training-grant": "{triggers} would let {agency} use {work} to train AI models, and a model cannot unlearn what it was trained on.",
  "broad-license": "As written, {triggers} makes the licence wide enough to cover AI training.",
  "ambiguous-purpose": "{triggers} is open-ended and is now often read to include training AI models.",
  "data-aggregation": "{triggers} would let data and datasets built from {work} end up in AI training sets.",
  feedback: "A feedback right worded like {triggers} can be read to reach {work} {itself} and to allow AI training on what {contractor} sends.",
  anonymization: "Anonymizing removes {contractor}'s name, not the work: {triggers} would still let {work} teach an AI model.",
  sublicensing: "{triggers} lets {work} pass to others, including AI vendors acting as service providers, without binding them.",
  ownership: "{Agency} will own {work}, and an owner needs no permission to train AI on what it owns.",
};

/** The same concern met again later in the document: short, pointing back. */
export const WHY_AGAIN: Record<Category, string> = {
  "ai-training-grant": "{triggers} is another permission to use {work} for AI training.",
  "broad-license": "{triggers} is another licence wide enough to cover AI training (see {first}).",
  "ambiguous-purpose": "{triggers} is open-ended in the same way as the purpose in {first}.",
  "data-aggregation": "{triggers} again lets data built from {work} reach AI training sets (see {first}).",
  feedback: "{triggers} is a second feedback right of the kind in {first}.",
  anonymization: "{triggers} raises the same anonymization gap as {first}.",
  sublicensing: "{triggers} is another onward transfer without an AI limit (see {first}).",
  ownership: "{triggers} transfers rights in {work} again, with the same gap as {first}.",
};

/** What stays as agreed, by the gravest risk of the clause. */
export const KEEPS: Record<Category, string> = {
  "ai-training-grant": "Every other use {agency} may make of {work} stays as agreed.",
  "broad-license": "{Agency} keeps the licence's scope, term, territory and media as agreed.",
  "ambiguous-purpose": "{Agency} keeps the purpose as written for everything else.",
  "data-aggregation": "{Agency} can still aggregate, compile and analyse the data for everything else.",
  feedback: "{Agency} keeps its right to use feedback for everything else.",
  anonymization: "{Agency} can still use anonymized data for everything else.",
  sublicensing: "{Agency} can still share {work} with the people this clause names.",
  ownership: "{Agency}'s ownership of {work} stays exactly as agreed.",
};

/**
 * The sentences of a clause's comment around its why (fix/comments.ts). {does}: DOES (or
 * DOES_DROPPING_OPT_OUT) filled in; {others}: other quoted words the change settles; {what} and
 * {where}: a list item's pointer ("this item", "at the end of item (c) of Section 6.4").
 */
export const COMMENT = {
  does: "This change {does}.",
  alsoSettles: "The same change settles {others}.",
  pointer: "This change makes {what} subject to the restriction on AI training {where}, so that the restriction is stated once.",
  /** The quoted words when there are none. */
  noWords: "This clause",
} as const;

/** The why of a clause whose only trigger is the kind's own word ("feedback"): quoting it says nothing. */
export const WHY_OWN_WORD: Partial<Record<Category, string>> = {
  feedback: "This feedback right can be read to reach {work} {itself} and to allow AI training on what {contractor} sends.",
};
