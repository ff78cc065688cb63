/**
 * Public data shapes of the TermScore clause detector.
 *
 * Everything here is plain JSON: a Report can be serialised, stored, diffed and
 * sent between the engine, the task pane, the CLI and the tests unchanged.
 * All offsets are UTF-16 code units into `Paragraph.text`, end exclusive.
 */

/** One paragraph of the document, in reading order. */
export interface Paragraph {
  /** The text as the engine should read it (tracked insertions in, tracked deletions out). */
  text: string;
  /** Word style name when known, e.g. "Heading 2", "Normal", "List Paragraph". */
  style?: string;
  /** Outline / heading level 1..9 when the paragraph is a heading. */
  headingLevel?: number;
  /** True when the paragraph sits inside a table cell. */
  inTable?: boolean;
  /**
   * Where the paragraph sits; absent means the main body. Hosts list every body paragraph
   * first, in reading order, then the other parts (footnotes, endnotes, headers, footers,
   * text boxes), so body paragraph indexes do not depend on them. Hosts write edits only
   * where they can track them; a finding in another part is reported and commented on or
   * explained, never silently dropped.
   */
  part?: DocumentPart;
}

export type DocumentPart = "body" | "footnote" | "endnote" | "header" | "footer" | "textbox";

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

/** What a playbook did to a review. */
export interface ReportPlaybook {
  name: string;
  /** Findings whose user wording leaves a risk open. */
  openRisks: Array<{ id: string; ruleId: string; message: string }>;
  /** The user's addendum: reworded sections that no longer give their protection, sections that had to go. */
  addendumWarnings: string[];
}

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

/** Where the evidence for a role is. */
export interface RoleEvidence {
  paragraph: number;
  /** The words that show it (about 160 characters at most). */
  quote: string;
  reason: string;
}

/**
 * Who is who in the contract: the party that makes the work (the product's user), the party that
 * receives it, and the defined term for the work. Read from the document; the user confirms or
 * corrects it ("which side am I"), and everything downstream follows the confirmed roles.
 */
export interface DocumentRoles {
  /** The party that makes the work: the user ("Contractor", "Provider", "Jane Doe"). */
  user: string;
  /** The party that receives the work ("Client", "Agency", "Customer"). */
  other: string;
  /** The defined term for the work ("Deliverables", "Work Product", "Site"). */
  work: string;
  /** Enough evidence for all three; when false, `question` says what to confirm. */
  sure: boolean;
  /** "document": read from the text; "user": confirmed or given by the user; "default": nothing found. */
  source: "document" | "user" | "default";
  evidence: { user: RoleEvidence[]; other: RoleEvidence[]; work: RoleEvidence[] };
  /** Names the user can pick from when correcting. */
  candidates: { parties: string[]; works: string[] };
  question?: string;
}

/** Outside terms the contract incorporates ("the Standard Terms at https://…"): not reviewed. */
export interface IncorporatedReference {
  paragraph: number;
  text: string;
  url?: string;
}

/** What the review read, and what it could not. */
export interface ReviewCoverage {
  /** Paragraphs read per part of the document (body, footnotes, headers, …). */
  parts: Partial<Record<DocumentPart, number>>;
  /** Terms incorporated by reference, which the review could not read. */
  incorporated: IncorporatedReference[];
  /** False when something that binds the parties was not reviewed. */
  complete: boolean;
}

/** Names detected in the document, used in every suggestion. */
export interface Parties {
  /** The party receiving the work: "Agency", "Client", "Company", … */
  agency: string;
  /** The party doing the work: "Contractor", "Consultant", "Freelancer", … */
  contractor: string;
  /** The defined term for the work: "Deliverables", "Work Product", … */
  work: string;
  /** True for each name that was found in the document rather than defaulted. */
  detected: { agency: boolean; contractor: boolean; work: boolean };
}

export interface CategoryScore {
  category: Category;
  /** Points deducted by findings in this category (positive number). */
  deducted: number;
  /** Points that would be deducted if every suggestion were accepted. */
  deductedIfAccepted: number;
  findings: number;
  explanation: string;
}

export interface ProtectionScore {
  kind: ProtectionKind;
  present: boolean;
  /** Points deducted because it is missing (0 when present). */
  deducted: number;
  explanation: string;
}

export interface ScoreBreakdown {
  base: number;
  categories: CategoryScore[];
  protections: ProtectionScore[];
  /** Plain sentences: what lowered the score. */
  lowered: string[];
  /** Plain sentences: what would raise it. */
  wouldRaise: string[];
}

export interface Report {
  /** Report format version. */
  version: 1;
  /** 0–100, higher is safer. */
  score: number;
  /** Score if every primary suggestion were accepted and the addendum inserted. */
  scoreIfAccepted: number;
  breakdown: ScoreBreakdown;
  findings: Finding[];
  protections: Protection[];
  missing: ProtectionKind[];
  /** The document mentions AI, machine learning or data ingestion somewhere. */
  mentionsAi: boolean;
  /** A TermScore "Prohibition on AI Training" addendum is already in the document. */
  addendumPresent: boolean;
  parties: Parties;
  /** Who makes the work, who receives it, what it is called, with the evidence. */
  roles: DocumentRoles;
  /** Protections that exist but do not cover enough (see Protection.partial); not in `missing`. */
  partial: ProtectionKind[];
  coverage: ReviewCoverage;
  stats: { paragraphs: number; characters: number };
  /** With a playbook: findings of rules it switched off (detected and listed, not scored, not fixed). */
  switchedOff?: Finding[];
  /** With a playbook: what it did. */
  playbook?: ReportPlaybook;
}

export interface AnalyzeOptions {
  /** Override detected names (older form of `roles`: agency = other, contractor = user). */
  parties?: Partial<Pick<Parties, "agency" | "contractor" | "work">>;
  /** The user's confirmation of the roles: their own party, the other side, the work term. */
  roles?: { user?: string; other?: string; work?: string };
  /** Finding ids to leave out of the report (dismissed by the user). */
  dismissed?: readonly string[];
  /** The user's playbook (src/engine/playbook/); checked, and merged with the default playbook. */
  playbook?: import("./playbook/types").Playbook;
}

/** One paragraph of the generated addendum. */
export interface AddendumParagraph {
  kind: "title" | "heading" | "body";
  text: string;
  /** Heading level for kind "heading" (title is level 1). */
  level?: number;
  /** The protection this paragraph provides, when it provides one. */
  protection?: ProtectionKind;
  /** Section number ("1", "2", …) for numbered sections. */
  number?: string;
}

export interface AddendumOptions {
  parties?: Partial<Pick<Parties, "agency" | "contractor" | "work">>;
  /** Days to delete and certify after termination. Default 30. */
  deletionDays?: number;
  /** Include the audit-rights section. Default true. */
  includeAudit?: boolean;
  /** Only these protections (one-click fix for one missing item). Default: all. */
  only?: readonly ProtectionKind[];
  /** The contract's spelling ("license" / "licence", "anonymized" / "anonymised"). Default: en-US. */
  spelling?: "en-US" | "en-GB";
  /**
   * The contract's own name for itself ("Agreement", "MSA", "Master Services Agreement"; see
   * fix/conventions.ts `agreementName`). The addendum then says "the MSA"; without it, "the agreement".
   */
  agreement?: string | null;
}
