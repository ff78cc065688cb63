/**
 * Messages between the pane and its Web Worker. The worker runs the clause engine and, in browser
 * mode, reads and writes the .docx, so a long contract never blocks the page. Plain data only
 * (structured clone); bytes are transferred, not copied.
 */
import type { AddendumParagraph, AnalyzeOptions, Paragraph, Report } from "../../engine/types";
import type { ApplyRequest, ApplyResult, DocumentSnapshot, HostCapabilities, InsertAddendumResult } from "../../host/types";

export interface Calls {
  analyze: { args: { paragraphs: Paragraph[]; options?: AnalyzeOptions }; result: Report };
  open: { args: { data: Uint8Array; fileName: string; author?: string }; result: { fileName: string } };
  capabilities: { args: Record<string, never>; result: HostCapabilities };
  read: { args: Record<string, never>; result: DocumentSnapshot };
  apply: { args: { requests: ApplyRequest[]; commentOnly?: boolean }; result: ApplyResult };
  insertAddendum: { args: { paragraphs: AddendumParagraph[]; where: "end" | "cursor" }; result: InsertAddendumResult };
  save: { args: Record<string, never>; result: Uint8Array };
  memo: { args: { input: import("../memoInput").MemoInput }; result: Uint8Array };
}

export type Op = keyof Calls;

export interface Request<K extends Op = Op> {
  id: number;
  op: K;
  args: Calls[K]["args"];
}

export type Response =
  | { id: number; kind: "result"; result: unknown }
  | { id: number; kind: "error"; message: string; name?: string; code?: string }
  | { id: number; kind: "progress"; done: number; total: number; phase?: string };
