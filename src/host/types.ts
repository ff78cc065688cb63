/**
 * The document-host interface the task pane talks to.
 *
 * `src/word/` implements it over Office.js; `src/docx/` implements it over a .docx
 * file held in the browser (browser mode); tests implement it with fakes.
 * The pane never touches Word itself: it only calls these methods.
 *
 * ## Contract (every host follows it)
 * - **Never throw, answer with a result**: `capabilities()`, `apply()`, `insertAddendum()`,
 *   `loadDismissed()` (an unreadable setting reads as none). Whatever goes wrong is in the result.
 *   One exception, asked for by the caller: `apply()` rejects with an Error named "CancelledError"
 *   when the caller's `ApplyOptions.signal` aborts it (and only then, with the document put back).
 * - **Throw a plain-language `Error`** (its message can be shown as is): `read()` when the
 *   document cannot be read, `select()` when the words cannot be shown, `decideChange()` when
 *   nothing was accepted or rejected, `saveDismissed()` when the ids were not stored.
 * - `ApplyResult.error` is set **only when nothing was written** and the batch as a whole was
 *   refused (no Word, a protected document, Word failing before the first edit): one message for
 *   the whole batch. Then every result is "failed" (or "stale").
 * - Anything written is reported per request in `results` (one per request, same order), even
 *   when something went wrong afterwards; what went wrong around it (e.g. the user's Track Changes
 *   mode could not be restored) is in `warnings`, never in `error`.
 * - `message`s are for people; code decides on `status` and `reason`, never on a message's text.
 */
import type { AddendumParagraph, AnalyzeOptions, Paragraph } from "../engine/types";
import type { EditRequestFields } from "../engine/edit/request";
import type { Decision } from "../engine/compare/decisionLog";
import type { RoundReport } from "../engine/compare/types";
import type { AddendumPlace } from "../engine/fix/placement";

export interface HostCapabilities {
  /** Which kind of host this is. */
  kind: "word" | "docx" | "none";
  /** Comments can be inserted (WordApi 1.4). */
  comments: boolean;
  /** Edits can be written as tracked changes (WordApi 1.4). */
  trackChanges: boolean;
  /** Tracked changes can be accepted / rejected from the pane (WordApi 1.6). */
  decideChanges: boolean;
  /** Insertion at the cursor is possible. */
  insertAtCursor: boolean;
  /** Plain-language explanation of anything missing, for a MessageBar. */
  message?: string;
  /** Browser mode: an addendum inserted here can be taken back out before download (`removeAddendum`). */
  undoAddendum?: boolean;
  /** Browser mode: a write can be stopped (`ApplyOptions.signal`) and undone to a `checkpoint()` (`rollback`). */
  cancelApply?: boolean;
}

export interface DocumentSnapshot {
  paragraphs: Paragraph[];
  /** Changes whenever the document's text changes; compare to detect stale scans. */
  fingerprint: string;
}

/**
 * One edit the pane asks the host to write (the engine's shape, `src/engine/edit/request.ts`):
 * `id` the finding's; `original` the text expected at [start, end) of `paragraph` (else the request
 * is stale); `paragraphText` the whole paragraph as scanned (if it differs now, stale).
 */
export type ApplyRequest = EditRequestFields;

/**
 * - applied: written (with its comment unless `message` says otherwise)
 * - stale: the paragraph changed since the scan; nothing written
 * - failed: not written (see `message`, and `reason`: e.g. "part-not-editable" for words in a
 *   footnote or header, which both hosts leave to the user)
 */
export type ApplyStatus = "applied" | "stale" | "failed";

/** Why a request ended as it did, for code (the message is for people). */
export type ApplyReason =
  | "stale"
  | "bad-request"
  | "overlap"
  | "not-found"
  /** Word stopped before this edit: not written. */
  | "not-written"
  /** Word stopped with an error and what the paragraph now says could not be confirmed. */
  | "unknown-state"
  /** Applied (or, comment only, not applied) without the comment. */
  | "comment-missing"
  /** In a footnote, endnote, header, footer or text box, where this host does not write. */
  | "part-not-editable";

export interface ApplyItemResult {
  id: string;
  status: ApplyStatus;
  /** Plain-language reason for "stale" / "failed", or a note on an "applied" one. */
  message?: string;
  reason?: ApplyReason;
}

export interface ApplyOptions {
  /** Leave the text alone and only anchor the comment on the risky words. */
  commentOnly?: boolean;
  /** Progress callback: done of total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Cancel, where the host can stop a write (`capabilities().cancelApply`): when it aborts, the host
   * stops writing, puts the document back as it was before this call and rejects with an Error named
   * "CancelledError". Hosts that cannot stop ignore it (Word writes a batch in two round trips).
   */
  signal?: AbortSignal;
}

export interface ApplyResult {
  results: ApplyItemResult[];
  /** Only when nothing was written and the batch as a whole was refused (see the contract above). */
  error?: string;
  /** Problems around what was written (e.g. Track Changes mode not restored); shown, not fatal. */
  warnings?: string[];
}

/** What decideChange() accepted or rejected. */
export interface DecideChangeResult {
  /** How many tracked changes (ours only) were accepted or rejected. */
  changes: number;
  /** E.g. our comment could not be removed, or only part of our change was still there. */
  warnings?: string[];
}

export interface InsertAddendumResult {
  inserted: boolean;
  /**
   * Why not, e.g. "An AI-training addendum is already in the document."; when inserted, a note the
   * pane says after it (e.g. the comment on its title was refused), or where it went instead of the cursor.
   */
  message?: string;
  /**
   * Not inserted, and `message` is the whole sentence the user reads ("The addendum was not
   * inserted: …"), shown as it is; otherwise `message` is a bare reason the pane leads in to.
   */
  messageIsSentence?: boolean;
  /** Where it went, when inserted: the pane says so instead of assuming the place asked for. */
  place?: AddendumPlace["reason"] | "cursor";
}

export interface InsertAddendumOptions {
  /**
   * The parties as the addendum names them mid-sentence ("the Client", "Sam Lee";
   * engine/fix/addendum.ts `addendumParties`). Given, the host comments on the addendum's title
   * why it is there, in `addendumComment(agency, contractor, place)`'s words (engine/fix/placement.ts)
   * for the place it chose, authored as its other comments; a host that cannot write comments
   * inserts the addendum without one (never refused for it). Only sections added to an addendum
   * already there have no title, so no comment. Plain data: it crosses to the worker.
   */
  parties?: { agency: string; contractor: string };
}

export interface DocumentHost {
  capabilities(): Promise<HostCapabilities>;
  /**
   * Read every body paragraph (tables included) as the engine should see it, then, where the host
   * can, the other parts (footnotes, endnotes, headers, footers) with `part` set.
   */
  read(): Promise<DocumentSnapshot>;
  /** Select the words of a finding so the document scrolls to them. */
  select(target: { paragraph: number; start: number; end: number; paragraphText: string }): Promise<void>;
  apply(requests: ApplyRequest[], options?: ApplyOptions): Promise<ApplyResult>;
  insertAddendum(paragraphs: AddendumParagraph[], where: "end" | "cursor", options?: InsertAddendumOptions): Promise<InsertAddendumResult>;
  /**
   * Accept (true) or reject (false) exactly the tracked changes this host made for a finding (not
   * another author's), where supported; throws a plain Error when it did nothing.
   */
  decideChange?(id: string, accept: boolean): Promise<DecideChangeResult | void>;
  /**
   * Browser mode, undo before download: takes an addendum inserted in this session (the one whose
   * paragraphs have these texts, in order) back out of the copy, its comment with it, every other
   * write kept as it was.
   * Throws a plain Error when that addendum is not in the copy. Hosts that can do it say so with
   * `capabilities().undoAddendum`.
   */
  removeAddendum?(texts: string[]): Promise<DecideChangeResult>;
  /** Dismissed finding ids, remembered with the document. */
  loadDismissed(): Promise<string[]>;
  saveDismissed(ids: string[]): Promise<void>;
  /**
   * A playbook stored with the document for a shared review (JSON text; null: none), where the host
   * can store settings. Loading never throws (unreadable reads as none); saving throws a plain Error.
   */
  loadPlaybook?(): Promise<string | null>;
  /** Stores the playbook's text with the document (null removes it). */
  savePlaybook?(text: string | null): Promise<void>;
  /**
   * Round two (where the host can read tracked changes by author): the other side's changes,
   * judged, and the fate of our suggestions. Throws a plain Error when it cannot. `options`: the
   * user's playbook and confirmed roles, so our suggestions in its wording (or a fallback's) are
   * known for ours and the changes are judged with the contract's names as the user confirmed them.
   */
  theirChanges?(options?: AnalyzeOptions): Promise<RoundResult>;
  /**
   * The decision log stored in the document (applied, accepted, rejected, dismissed, countered).
   * Loading never throws: a corrupt log is reported in `problem` (and rebuilt on the next record).
   */
  loadDecisions?(): Promise<{ decisions: Decision[]; problem?: string }>;
  /** Add decisions to the log in the document (never its visible text); throws a plain Error. */
  recordDecisions?(decisions: Decision[]): Promise<Decision[]>;
  /**
   * Put back a paragraph they deleted, as a tracked insertion with a comment, after body paragraph
   * `after` (-1: at the start), whose text must still be `afterText`. Throws a plain Error.
   */
  restoreParagraph?(target: { after: number; afterText: string | null; text: string; comment: string }): Promise<void>;
  /**
   * Browser mode: compare the open document (as they returned it) with the user's last reviewed
   * version of it (a .docx chosen by the user). Throws a plain Error for a file it cannot read.
   */
  compareWith?(older: ArrayBuffer | Uint8Array, fileName: string, options?: AnalyzeOptions): Promise<RoundResult>;
  /**
   * Browser mode, Cancel of a run of writes (Apply all): `checkpoint()` marks the copy as it is now;
   * `rollback(mark)` puts it back exactly as it was then (every later write taken out). Rollback
   * throws a plain Error when it could not.
   */
  checkpoint?(): Promise<number>;
  rollback?(mark: number): Promise<void>;
}

/** What `theirChanges()` found. */
export interface RoundResult {
  report: RoundReport;
  decisions: Decision[];
  /** The decision log was corrupt or edited by hand (it is rebuilt on the next record). */
  problem?: string;
  /** Who made their changes and comments. */
  theirAuthors: string[];
}

/**
 * Browser mode: a .docx file opened in the pane outside Word. Same interface, plus the
 * reviewed file to download. Implemented in `src/docx/` (no Node-only APIs).
 */
export interface DocxDocumentHost extends DocumentHost {
  readonly fileName: string;
  /** The reviewed document (tracked changes, comments, addendum) as .docx bytes; the input is never modified. */
  save(): Promise<Uint8Array>;
}

/** Factory signature implemented by `src/docx/browserHost.ts`. */
export type CreateDocxHost = (data: ArrayBuffer | Uint8Array, fileName: string, options?: { author?: string; onProgress?: (phase: string, done: number, total: number) => void }) => Promise<DocxDocumentHost>;
