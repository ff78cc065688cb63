/**
 * The document-host interface the task pane talks to.
 *
 * `src/word/` implements it over Office.js; `src/docx/` implements it over a .docx
 * file held in the browser (browser mode); tests implement it with fakes.
 * The pane never touches Word itself: it only calls these methods.
 */
import type { AddendumParagraph, Paragraph } from "../engine/types";

export interface HostCapabilities {
  /** Which kind of host this is. */
  kind: "word" | "docx" | "none";
  /** Comments can be inserted (WordApi 1.4). */
  comments: boolean;
  /** Edits can be written as tracked changes (WordApi 1.4). */
  trackChanges: boolean;
  /** Tracked changes can be accepted / rejected from the pane (WordApi 1.6). */
  reviewChanges: boolean;
  /** Insertion at the cursor is possible. */
  insertAtCursor: boolean;
  /** Plain-language explanation of anything missing, for a MessageBar. */
  message?: string;
}

export interface DocumentSnapshot {
  paragraphs: Paragraph[];
  /** Changes whenever the document's text changes; compare to detect stale scans. */
  fingerprint: string;
}

/** One edit the pane asks the host to write. */
export interface ApplyRequest {
  /** Finding id (used to report results and to review the change later). */
  id: string;
  paragraph: number;
  start: number;
  end: number;
  /** Text expected at [start, end) — must match or the request is stale. */
  original: string;
  replacement: string;
  comment: string;
  /** The whole paragraph text as scanned; if the paragraph differs now, the request is stale. */
  paragraphText: string;
}

export type ApplyStatus = "applied" | "stale" | "failed";

export interface ApplyItemResult {
  id: string;
  status: ApplyStatus;
  /** Plain-language reason for "stale" / "failed". */
  message?: string;
}

export interface ApplyOptions {
  /** Leave the text alone and only anchor the comment on the risky words. */
  commentOnly?: boolean;
  /** Progress callback: done of total. */
  onProgress?: (done: number, total: number) => void;
}

export interface ApplyResult {
  results: ApplyItemResult[];
  /** Set when the whole operation failed before anything was written. */
  error?: string;
}

export interface InsertAddendumResult {
  inserted: boolean;
  /** Why not, e.g. "An AI-training addendum is already in the document." */
  message?: string;
}

export interface DocumentHost {
  capabilities(): Promise<HostCapabilities>;
  /** Read every body paragraph (tables included) as the engine should see it. */
  read(): Promise<DocumentSnapshot>;
  /** Select the words of a finding so the document scrolls to them. */
  select(target: { paragraph: number; start: number; end: number; paragraphText: string }): Promise<void>;
  apply(requests: ApplyRequest[], options?: ApplyOptions): Promise<ApplyResult>;
  insertAddendum(paragraphs: AddendumParagraph[], where: "end" | "cursor"): Promise<InsertAddendumResult>;
  /** Accept (true) or reject (false) the tracked changes made for a finding, where supported. */
  reviewChange?(id: string, accept: boolean): Promise<void>;
  /** Dismissed finding ids, remembered with the document. */
  loadDismissed(): Promise<string[]>;
  saveDismissed(ids: string[]): Promise<void>;
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
export type CreateDocxHost = (data: ArrayBuffer | Uint8Array, fileName: string, options?: { author?: string }) => Promise<DocxDocumentHost>;
