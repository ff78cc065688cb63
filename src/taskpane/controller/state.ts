/**
 * The review's state and the actions on it, as the pane sees them: what the controller holds
 * (`ReviewState`, replaced on every change), what components may call (`ReviewActions`), and the
 * engine it runs (`ReviewEngine`, in a Web Worker in the pane).
 */
import type { AddendumOptions, AddendumParagraph, AnalyzeOptions, Finding, Paragraph, Parties, Position, ProtectionKind, Report } from "../../engine/types";
import type { ApplyItemResult, HostCapabilities } from "../../host/types";
import type { MemoInput } from "../memoInput";
import type { CoverNoteRequest } from "../coverNoteInput";
import type { PlaybookCatalog, PlaybookCheck } from "../../engine/playbook/catalog";
import type { PendingEdit, PendingInsertion, ProtectionStatus, ReviewItem } from "../review/truth";

export interface ReviewEngine {
  /** May answer later (the pane runs it in a Web Worker); rejects with a CancelledError after cancel(). */
  analyze(paragraphs: Paragraph[], options?: AnalyzeOptions): Report | Promise<Report>;
  buildAddendum(options?: AddendumOptions): AddendumParagraph[];
  /** May answer later (the pane formats it in its Web Worker). */
  formatReportMarkdown(report: Report): string | Promise<string>;
  /** Stops a running analysis, when the engine can (a worker is stopped and started again). */
  cancel?(): void;
  /** Builds the review memo as .docx bytes, where the build has the .docx writer (in the worker). */
  memo?(input: MemoInput): Promise<Uint8Array>;
  /** Writes the cover note to the other side (Markdown), as `termscore review --note` does (in the worker). */
  coverNote?(request: CoverNoteRequest): string | Promise<string>;
  /** The Playbook tab's data: the default playbook, the rules with sample clauses (src/taskpane/playbook/). */
  playbookCatalog?(): Promise<PlaybookCatalog>;
  /** A playbook file's text, checked (every problem with its JSON path). */
  checkPlaybook?(text: string, bytes?: number): Promise<PlaybookCheck>;
}

export type PartyNames = Pick<Parties, "agency" | "contractor" | "work">;

export interface SummaryItem {
  id: string;
  /** What the finding was about, for the summary list. */
  title: string;
  status: ApplyItemResult["status"] | "skipped";
  message?: string;
  /** Skipped because a graver finding's change in the same clause already covers its words. */
  covered?: boolean;
  /** The clause ("§ 3.4"), for the one-line summary of those. */
  clause?: string;
}

export interface ApplySummary {
  action: "apply" | "comment" | "apply-all";
  items: SummaryItem[];
  /** Anything else the user must know, e.g. a chosen position that did not apply. */
  note?: string;
  /** Apply all was cancelled and nothing of it kept (`items` is then empty). */
  cancelled?: boolean;
}

export interface AddendumSettings {
  deletionDays: number;
  includeAudit: boolean;
  where: "end" | "cursor";
}

export type BusyKind = "scan" | "apply" | "apply-all" | "addendum" | "select" | "dismiss" | "review";

/**
 * A suggestion applied as a tracked change in this session, which the other side has not accepted
 * yet (the user may still accept or reject it where Word allows). Its words are taken back out of
 * the text before scoring "as the contract stands".
 */
export type AppliedChange = PendingEdit;

export interface ReviewState {
  busy: BusyKind | null;
  capabilities: HostCapabilities | null;
  /** The analysis of the current text, TermScore's pending changes included (as if accepted). */
  report: Report | null;
  /** The contract as it stands: the current text without TermScore's pending changes. Same object as `report` when none are pending. */
  standing: Report | null;
  /** The review list: findings as the contract stands, each open or with a change proposed. */
  items: ReviewItem[];
  /** Checklist state of each protection: agreed, proposed (only in our pending text) or missing. */
  protections: Record<ProtectionKind | "mentions-ai", ProtectionStatus> | null;
  /** The paragraphs of the contract as it stands (same array as `paragraphs` when nothing is pending). */
  standingParagraphs: Paragraph[];
  /** TermScore's pending changes (edits and inserted sections) the last analysis took out of the text. */
  pending: number;
  /** The document has no text to check (empty or unreadable as text): no score. */
  blank: boolean;
  /** Paragraphs TermScore inserted in this session (addendum, sections), still pending. */
  insertions: PendingInsertion[];
  /** The paragraphs of the last scan. */
  paragraphs: Paragraph[];
  fingerprint: string | null;
  /** The document changed since the last scan. */
  stale: boolean;
  error: string | null;
  /** Short sentence for the live region. */
  status: string;
  /** A long write under way: done of total, what it is doing now, and whether Cancel can stop it. */
  progress: { done: number; total: number; label?: string; cancellable?: boolean } | null;
  /** A scan's analysis under way: `done` of `total` paragraphs checked, of the text as it stands when `standing`. */
  checking?: { done: number; total: number; standing: boolean } | null;
  summary: ApplySummary | null;
  /** Ids of findings that got a comment only. */
  commented: string[];
  /** Suggestions applied in this session and not yet accepted or rejected from the pane, newest last. */
  applied: AppliedChange[];
  /** How many of them were accepted or rejected from the pane. */
  reviewed: number;
  /** Those changes can be accepted / rejected from the pane (WordApi 1.6 and a host that implements it). */
  canReview: boolean;
  dismissed: string[];
  positions: Record<string, Position>;
  /** User's edits to the detected names (empty string = use the detected one). */
  partyOverrides: Partial<PartyNames>;
  addendum: AddendumSettings;
  /** Result of the last addendum insertion, in words. */
  addendumMessage: { intent: "success" | "warning"; text: string } | null;
  /** How many writes (edits, comments, addendum) reached the document since it was opened. */
  writes: number;
}

export interface ReviewActions {
  scan(): Promise<void>;
  /** Re-reads the document and flags the findings stale if it changed; never writes. */
  checkStale(): Promise<void>;
  goTo(finding: Finding): Promise<void>;
  apply(finding: Finding): Promise<void>;
  commentOnly(finding: Finding): Promise<void>;
  dismiss(finding: Finding): Promise<void>;
  restoreDismissed(): Promise<void>;
  /** Applies every suggestion (high risk first) and, with `addendum`, inserts the missing addendum sections. */
  applyAll(options?: { addendum?: boolean }): Promise<void>;
  /** Stops the running scan (the analysis); the document is left as it was. */
  cancel(): void;
  /**
   * Stops a running Apply all where the document can be put back (`capabilities.cancelApply`):
   * the writing stops and the copy is left exactly as it was before Apply all.
   */
  cancelApplyAll(): void;
  /** Accepts (true) or rejects (false) the tracked change applied for this finding id, then re-scans. */
  decideChange(id: string, accept: boolean): Promise<void>;
  /** Browser mode: takes the addendum inserted in this batch back out of the copy, then re-scans. */
  undoInsertion(batch: number): Promise<void>;
  setPosition(findingId: string, position: Position): void;
  setPartyName(which: keyof PartyNames, value: string): void;
  setAddendum(settings: Partial<AddendumSettings>): void;
  /** The addendum as it would be inserted now. */
  addendumPreview(only?: readonly ProtectionKind[]): AddendumParagraph[];
  insertAddendum(only?: readonly ProtectionKind[]): Promise<void>;
  exportReport(format: "markdown" | "json"): string | null | Promise<string>;
  clearError(): void;
}

export const INITIAL_STATE: ReviewState = {
  busy: null,
  capabilities: null,
  report: null,
  standing: null,
  items: [],
  protections: null,
  standingParagraphs: [],
  pending: 0,
  blank: false,
  insertions: [],
  paragraphs: [],
  fingerprint: null,
  stale: false,
  error: null,
  status: "",
  progress: null,
  summary: null,
  commented: [],
  applied: [],
  reviewed: 0,
  canReview: false,
  dismissed: [],
  positions: {},
  partyOverrides: {},
  addendum: { deletionDays: 30, includeAudit: true, where: "end" },
  addendumMessage: null,
  writes: 0,
};
