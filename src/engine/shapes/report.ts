/** The report analyze() returns, its score breakdown, and the options it takes. */
import type { DocumentRoles, Parties, ReviewCoverage } from "./document";
import type { Category, Finding } from "./finding";
import type { Protection, ProtectionKind } from "./protection";

/** What a playbook did to a review. */
export interface ReportPlaybook {
  name: string;
  /** Findings whose user wording leaves a risk open. */
  openRisks: Array<{ id: string; ruleId: string; message: string }>;
  /** The user's addendum: reworded sections that no longer give their protection, sections that had to go. */
  addendumWarnings: string[];
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
  playbook?: import("../playbook/types").Playbook;
  /**
   * Told how far the document pass has come: `done` of `total` paragraphs, every few hundred
   * paragraphs and once at the end (`total` of `total`). Never changes the report. Not plain data:
   * a worker's caller leaves it out of the message and passes its own.
   */
  onProgress?: (done: number, total: number) => void;
}
