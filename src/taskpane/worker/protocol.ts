/**
 * Messages between the pane and its Web Worker. The worker runs the clause engine and, in browser
 * mode, reads and writes the .docx, so a long contract never blocks the page. Plain data only
 * (structured clone); bytes are transferred, not copied.
 */
import type { AddendumParagraph, AnalyzeOptions, Paragraph, Report } from "../../engine/types";
import type { ApplyRequest, ApplyResult, HostCapabilities, InsertAddendumResult } from "../../host/types";

export interface Calls {
  analyze: { args: { paragraphs: PackedParagraphs; options?: AnalyzeOptions }; result: Report };
  open: { args: { data: Uint8Array; fileName: string; author?: string }; result: { fileName: string } };
  capabilities: { args: Record<string, never>; result: HostCapabilities };
  read: { args: Record<string, never>; result: { paragraphs: PackedParagraphs; fingerprint: string } };
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

/**
 * Paragraphs packed for the trip between threads: one string and a few typed arrays instead of
 * tens of thousands of small objects, so the page spends a few milliseconds, not a long task,
 * receiving a long contract.
 */
export interface PackedParagraphs {
  text: string;
  ends: Uint32Array;
  styles: string[];
  style: Uint16Array;
  heading: Uint8Array;
  table: Uint8Array;
  parts: string[];
  part: Uint8Array;
}

export function packParagraphs(paragraphs: readonly Paragraph[]): PackedParagraphs {
  const n = paragraphs.length;
  const ends = new Uint32Array(n);
  const style = new Uint16Array(n);
  const heading = new Uint8Array(n);
  const table = new Uint8Array(n);
  const part = new Uint8Array(n);
  const styles: string[] = [""];
  const parts: string[] = [""];
  const styleIndex = new Map<string, number>();
  const partIndex = new Map<string, number>();
  const texts: string[] = new Array(n);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i];
    texts[i] = p.text;
    at += p.text.length;
    ends[i] = at;
    if (p.style !== undefined) {
      let k = styleIndex.get(p.style);
      if (k === undefined) {
        k = styles.push(p.style) - 1;
        styleIndex.set(p.style, k);
      }
      style[i] = k;
    }
    heading[i] = p.headingLevel ?? 0;
    table[i] = p.inTable === undefined ? 0 : p.inTable ? 2 : 1;
    if (p.part !== undefined) {
      let k = partIndex.get(p.part);
      if (k === undefined) {
        k = parts.push(p.part) - 1;
        partIndex.set(p.part, k);
      }
      part[i] = k;
    }
  }
  return { text: texts.join(""), ends, styles, style, heading, table, parts, part };
}

export function unpackParagraphs(packed: PackedParagraphs): Paragraph[] {
  const out: Paragraph[] = new Array(packed.ends.length);
  let start = 0;
  for (let i = 0; i < packed.ends.length; i++) {
    const p: Paragraph = { text: packed.text.slice(start, packed.ends[i]) };
    start = packed.ends[i];
    if (packed.style[i] !== 0) p.style = packed.styles[packed.style[i]];
    if (packed.heading[i] !== 0) p.headingLevel = packed.heading[i];
    if (packed.table[i] !== 0) p.inTable = packed.table[i] === 2;
    if (packed.part[i] !== 0) p.part = packed.parts[packed.part[i]] as Paragraph["part"];
    out[i] = p;
  }
  return out;
}

export function packedTransfer(p: PackedParagraphs): Transferable[] {
  return [p.ends.buffer, p.style.buffer, p.heading.buffer, p.table.buffer, p.part.buffer];
}
