/** A protection the contract holds (or only partly holds): the kinds the review looks for. */

export type ProtectionKind =
  | "no-ai-training"
  | "ai-definition"
  | "derivative-data"
  | "data-deletion"
  | "audit-rights"
  | "injunctive-relief"
  | "survival";

export const PROTECTION_KINDS: readonly ProtectionKind[] = [
  "no-ai-training",
  "ai-definition",
  "derivative-data",
  "data-deletion",
  "audit-rights",
  "injunctive-relief",
  "survival",
];

export interface Protection {
  kind: ProtectionKind;
  paragraph: number;
  start: number;
  end: number;
  trigger: string;
  /** True when the protection is part of a TermScore addendum already in the document. */
  fromAddendum?: boolean;
  /**
   * Set when the clause exists but does not cover what the protection needs, in plain words:
   * "a general return-or-destroy duty: it does not reach training sets and models",
   * "the prohibition yields to consent", "survival of Sections 3 and 4, which hold no AI restriction".
   * A partial protection is not counted as present.
   */
  partial?: string;
}
