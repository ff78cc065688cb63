/** A finding: the rule's category and severity, the words that triggered it, the suggested redlines. */

export type Category =
  | "ai-training-grant"
  | "broad-license"
  | "ambiguous-purpose"
  | "data-aggregation"
  | "feedback"
  | "anonymization"
  | "sublicensing"
  | "ownership";

export const CATEGORIES: readonly Category[] = [
  "ai-training-grant",
  "broad-license",
  "ambiguous-purpose",
  "data-aggregation",
  "feedback",
  "anonymization",
  "sublicensing",
  "ownership",
];

export type Severity = "high" | "medium" | "low";

/** Negotiating positions a suggestion can take (the seed's primary fix and its fallbacks). */
export type Position = "primary" | "opt-out" | "project-scope";

/**
 * A suggested redline: replace `[start, end)` of paragraph `paragraph` with `replacement`.
 * It is a suggestion (ESLint's sense): it may change meaning, the user decides.
 */
export interface Suggestion {
  position: Position;
  /** Short human label, e.g. "Prohibit AI training". */
  label: string;
  paragraph: number;
  start: number;
  end: number;
  /** The exact text currently at [start, end) (for stale checks by the writers). */
  original: string;
  replacement: string;
  /** Comment to anchor on the change, addressed to the counterparty, plain language. */
  comment: string;
}

/** The section a finding sits in, when it is one the seed warns about. */
export interface FindingContext {
  kind: "representations-warranties" | "data-privacy";
  /** Heading text of the section. */
  heading: string;
  paragraph: number;
}

export interface Finding {
  /** Stable id for this finding in this document (rule + paragraph text + offset). */
  id: string;
  ruleId: string;
  category: Category;
  severity: Severity;
  paragraph: number;
  start: number;
  end: number;
  /** The exact words that triggered the rule: paragraph.text.slice(start, end). */
  trigger: string;
  /** One sentence: what is wrong. */
  message: string;
  /** Why it is risky, in plain language. */
  rationale: string;
  context?: FindingContext;
  /** suggestions[0] is the primary position; fallbacks follow. */
  suggestions: Suggestion[];
  /** What the user's playbook did to this finding (absent when it changed nothing). */
  playbook?: FindingPlaybookNote;
}

/** A finding as the user's playbook (src/engine/playbook/) left it. */
export interface FindingPlaybookNote {
  /** Positions written in the user's own wording. */
  userWording?: Position[];
  /** The user's walk-away note for this rule. */
  walkAway?: string;
  /** The engine's own severity, when the playbook changed it. */
  builtInSeverity?: Severity;
  /** Set when a re-scan of the sentence with the user's wording still finds a risk. */
  openRisk?: string;
}
