/**
 * One vocabulary: the plain-language names of the engine's codes, used by the task pane (list,
 * filters, score, checklist, memo), the score's explanations, the Markdown and text reports (CLI
 * and export) alike. US spelling throughout ("license", "anonymized"), "AI" in capitals.
 */
import type { Category, Position, ProtectionKind, Severity } from "../types";
import type { TheirChangeKind } from "../compare/types";

/** A party the contract names by a pronoun ("you", "we", "us", "I"): terms written in the first and second person. */
export const PRONOUN_PARTY = /^(?:you|your|we|us|our|I|me)$/i;

/** A party the document writes as a pronoun. */
export type Person = "we" | "I" | "you";

/** The pronoun party a name is ("we", "us", "our" → "we"; "I", "me" → "I"; "you", "your" → "you"), if any. */
export function personOf(name: string | undefined): Person | undefined {
  const w = name?.trim() ?? "";
  return /^(?:we|us|our)$/i.test(w) ? "we" : /^(?:I|me)$/i.test(w) ? "I" : /^(?:you|your)$/i.test(w) ? "you" : undefined;
}

/** A party's name as the roles line and question show it: pronouns quoted (You: "we" · Other side: "you"). */
export const shownParty = (name: string): string => (PRONOUN_PARTY.test(name) ? `"${name}"` : name);

export const SEVERITY_ORDER: readonly Severity[] = ["high", "medium", "low"];

export const SEVERITY_LABEL: Record<Severity, string> = {
  high: "High risk",
  medium: "Medium risk",
  low: "Low risk",
};

/** One word for the compact list. */
export const SEVERITY_SHORT: Record<Severity, string> = { high: "High", medium: "Medium", low: "Low" };

/** One name per category, everywhere (pane, score, reports, memo). */
export const CATEGORY_LABEL: Record<Category, string> = {
  "ai-training-grant": "AI training allowed",
  "broad-license": "Broad license",
  "ambiguous-purpose": "Vague purpose",
  "data-aggregation": "Data pooling",
  feedback: "Feedback rights",
  anonymization: "Anonymized-data loophole",
  sublicensing: "Passing your work on",
  ownership: "Ownership without AI limits",
};

export const PROTECTION_LABEL: Record<ProtectionKind, string> = {
  "no-ai-training": "AI training is prohibited",
  "ai-definition": "AI is defined",
  "derivative-data": "Derived data is covered",
  "data-deletion": "Your work is deleted at the end",
  "audit-rights": "You can audit their data use",
  "injunctive-relief": "You can get a court order fast",
  survival: "The protection survives the contract",
};

/** A protection inside a sentence: "Missing …", "Add …", "does not read as …". */
export const PROTECTION_NAME: Record<ProtectionKind, string> = {
  "no-ai-training": "an explicit prohibition on AI training",
  "ai-definition": "a definition of AI (LLMs, generative AI, neural networks, predictive algorithms)",
  "derivative-data": "a restriction on derivative data and metadata",
  "data-deletion": "a duty to delete the work from training sets and models on termination",
  "audit-rights": "a right to audit data use",
  "injunctive-relief": "a right to injunctive relief",
  survival: "survival of the AI restriction after the contract ends",
};

/** What each protection's one-click fix inserts, in one plain sentence. */
export const PROTECTION_FIX: Record<ProtectionKind, string> = {
  "no-ai-training": "Adds a section that forbids training, fine-tuning or testing AI on your work.",
  "ai-definition": "Adds a broad definition of AI so the prohibition cannot be read narrowly.",
  "derivative-data": "Adds a section covering embeddings, metadata and other data derived from your work.",
  "data-deletion": "Adds a duty to delete your work from training sets and certify it after the contract ends.",
  "audit-rights": "Adds your right to check how they use your work, with reasonable notice.",
  "injunctive-relief": "Adds your right to ask a court to stop AI training at once.",
  survival: "Makes the prohibition last after the contract ends.",
};

export const POSITION_LABEL: Record<Position, string> = {
  primary: "Prohibit it (recommended)",
  "opt-out": "Right to opt out",
  "project-scope": "Limit to this project",
};

export const POSITION_HINT: Record<Position, string> = {
  primary: "The strongest wording: no AI training at all.",
  "opt-out": "A fallback: you can say no to AI use at any time.",
  "project-scope": "A fallback: they may use the work only to deliver this project.",
};

/** A suggestion's position in the text and Markdown reports ("Fix: replace …"). */
export const POSITION_TAG: Record<Position, string> = {
  primary: "Fix",
  "opt-out": "Fallback (opt-out)",
  "project-scope": "Fallback (project scope)",
};

/** Why a position a finding does not offer is missing (src/engine/report/positionGaps.ts decides which). */
export type PositionGapReason = "has-opt-out" | "no-project" | "playbook" | "no-wording";

/** The reasons in plain words, the same in the pane's rows and the CLI's review summary. */
export const POSITION_GAP_REASON: Record<PositionGapReason, string> = {
  "has-opt-out": "the clause already lets you opt out, so offering it again adds nothing",
  "no-project": "the contract describes no project or statement of work to limit the use to",
  playbook: "your playbook does not offer it for this kind of clause",
  "no-wording": "TermScore has no wording for it that fits this clause",
};

/** One position missing, in one sentence: "Right to opt out does not apply here: …." */
export function positionGapText(position: Position, reason: PositionGapReason): string {
  return `${POSITION_LABEL[position]} does not apply here: ${POSITION_GAP_REASON[reason]}.`;
}

/** The other side's changes, by kind (round two). */
export const THEIR_CHANGE_LABEL: Record<TheirChangeKind, string> = {
  "protection-deleted": "Protection deleted",
  "protection-weakened": "Protection weakened",
  "addendum-section-removed": "Addendum section removed",
  "risky-grant-inserted": "Risky grant inserted",
  "suggestion-rejected": "Your suggestion rejected",
  "suggestion-altered": "Your suggestion altered",
  "protection-moved": "Protection moved",
};
