/**
 * Messages between the pane and its Web Worker. The worker runs the clause engine and, in browser
 * mode, reads and writes the .docx, so a long contract never blocks the page. Plain data only
 * (structured clone); bytes are transferred, not copied.
 */
import type { AddendumParagraph, AnalyzeOptions, Paragraph, Report } from "../../engine/types";
import type { ApplyRequest, ApplyResult, HostCapabilities, InsertAddendumOptions, InsertAddendumResult, DecideChangeResult } from "../../host/types";

export interface Calls {
  analyze: { args: { paragraphs: PackedParagraphs; options?: AnalyzeOptions }; result: Report };
  open: { args: { data: Uint8Array; fileName: string; author?: string }; result: { fileName: string } };
  capabilities: { args: Record<string, never>; result: HostCapabilities };
  read: { args: Record<string, never>; result: { paragraphs: PackedParagraphs; fingerprint: string } };
  apply: { args: { requests: ApplyRequest[]; commentOnly?: boolean }; result: ApplyResult };
  insertAddendum: { args: { paragraphs: AddendumParagraph[]; where: "end" | "cursor"; options?: InsertAddendumOptions }; result: InsertAddendumResult };
  decideChange: { args: { id: string; accept: boolean }; result: DecideChangeResult };
  removeAddendum: { args: { texts: string[] }; result: DecideChangeResult };
  save: { args: Record<string, never>; result: Uint8Array };
  formatMarkdown: { args: { report: Report }; result: string };
  memo: { args: { input: import("../memoInput").MemoInput }; result: Uint8Array };
  coverNote: { args: import("../coverNoteInput").CoverNoteRequest; result: string };
  playbookCatalog: { args: Record<string, never>; result: import("../../engine/playbook/catalog").PlaybookCatalog };
  playbookCheck: { args: { text: string; bytes?: number }; result: import("../../engine/playbook/catalog").PlaybookCheck };
  theirChanges: { args: { analyze?: AnalyzeOptions }; result: import("../../host/types").RoundResult };
  compareRound: {
    args: { before: Paragraph[]; after: Paragraph[]; ours: import("../../engine/compare/types").OurChange[]; comments: import("../../engine/compare/types").TheirComment[]; analyze?: AnalyzeOptions };
    result: import("../../engine/compare/types").RoundReport;
  };
  loadDecisions: { args: Record<string, never>; result: { decisions: import("../../engine/compare/decisionLog").Decision[]; problem?: string } };
  recordDecisions: { args: { decisions: import("../../engine/compare/decisionLog").Decision[] }; result: import("../../engine/compare/decisionLog").Decision[] };
  compareWith: { args: { data: Uint8Array; fileName: string; analyze?: AnalyzeOptions }; result: import("../../host/types").RoundResult };
  restoreParagraph: { args: { after: number; afterText: string | null; text: string; comment: string }; result: null };
  /** Cancel of request `id` (an apply): the worker stops it between two edits and puts the copy back. */
  abort: { args: { id: number }; result: null };
  checkpoint: { args: Record<string, never>; result: number };
  rollback: { args: { mark: number }; result: null };
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
 * Paragraphs packed for the trip between threads: the text as UTF-8 bytes in one transferable
 * buffer (moved, not copied) and a few typed arrays, instead of tens of thousands of small objects
 * or one huge string to clone. Packing and unpacking on the page go in slices with a pause between
 * them, so a long contract never blocks the page for long.
 */
export interface PackedParagraphs {
  /** UTF-8 text of every paragraph, back to back (the buffer may be longer than used). */
  bytes: Uint8Array;
  /** Byte offset where each paragraph's text ends. */
  ends: Uint32Array;
  styles: string[];
  style: Uint16Array;
  heading: Uint8Array;
  table: Uint8Array;
  /** Word's own list level + 1 (0: not a list paragraph). */
  list: Uint8Array;
  /** The labels Word shows for list paragraphs, and each paragraph's number in them (0: none). */
  labels: string[];
  label: Uint16Array;
  parts: string[];
  part: Uint8Array;
}

/** A string's number in a table of distinct strings, added at the end the first time it is seen. */
function intern(table: string[], index: Map<string, number>, value: string): number {
  let k = index.get(value);
  if (k === undefined) {
    k = table.push(value) - 1;
    index.set(value, k);
  }
  return k;
}

/** Paragraphs handled per slice of the page's time. */
const SLICE = 500;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface Packer {
  packed: PackedParagraphs;
  range(from: number, to: number): void;
}

function packer(paragraphs: readonly Paragraph[]): Packer {
  const n = paragraphs.length;
  let chars = 0;
  for (let i = 0; i < n; i++) chars += paragraphs[i].text.length;
  // UTF-8 takes at most 3 bytes per UTF-16 code unit.
  const bytes = new Uint8Array(Math.max(1, chars * 3));
  const packed: PackedParagraphs = {
    bytes,
    ends: new Uint32Array(n),
    styles: [""],
    style: new Uint16Array(n),
    heading: new Uint8Array(n),
    table: new Uint8Array(n),
    list: new Uint8Array(n),
    labels: [""],
    label: new Uint16Array(n),
    parts: [""],
    part: new Uint8Array(n),
  };
  const encoder = new TextEncoder();
  const styleIndex = new Map<string, number>();
  const partIndex = new Map<string, number>();
  const labelIndex = new Map<string, number>();
  let at = 0;
  return {
    packed,
    range(from, to) {
      for (let i = from; i < to; i++) {
        const p = paragraphs[i];
        at += encoder.encodeInto(p.text, bytes.subarray(at)).written ?? 0;
        packed.ends[i] = at;
        if (p.style !== undefined) packed.style[i] = intern(packed.styles, styleIndex, p.style);
        packed.heading[i] = p.headingLevel ?? 0;
        packed.table[i] = p.inTable === undefined ? 0 : p.inTable ? 2 : 1;
        if (p.part !== undefined) packed.part[i] = intern(packed.parts, partIndex, p.part);
        if (p.listLevel !== undefined) packed.list[i] = Math.min(255, p.listLevel + 1);
        if (p.listLabel !== undefined) packed.label[i] = intern(packed.labels, labelIndex, p.listLabel);
      }
    },
  };
}

export function packParagraphs(paragraphs: readonly Paragraph[]): PackedParagraphs {
  const p = packer(paragraphs);
  p.range(0, paragraphs.length);
  return p.packed;
}

/** packParagraphs in slices, with a pause between them (for the page). */
export async function packParagraphsInSlices(paragraphs: readonly Paragraph[]): Promise<PackedParagraphs> {
  const p = packer(paragraphs);
  for (let from = 0; from < paragraphs.length; from += SLICE) {
    if (from > 0) await nextTask();
    p.range(from, Math.min(paragraphs.length, from + SLICE));
  }
  return p.packed;
}

function unpackRange(packed: PackedParagraphs, out: Paragraph[], decoder: TextDecoder, from: number, to: number): void {
  let start = from === 0 ? 0 : packed.ends[from - 1];
  for (let i = from; i < to; i++) {
    const p: Paragraph = { text: decoder.decode(packed.bytes.subarray(start, packed.ends[i])) };
    start = packed.ends[i];
    if (packed.style[i] !== 0) p.style = packed.styles[packed.style[i]];
    if (packed.heading[i] !== 0) p.headingLevel = packed.heading[i];
    if (packed.table[i] !== 0) p.inTable = packed.table[i] === 2;
    if (packed.part[i] !== 0) p.part = packed.parts[packed.part[i]] as Paragraph["part"];
    if (packed.list[i] !== 0) p.listLevel = packed.list[i] - 1;
    if (packed.label[i] !== 0) p.listLabel = packed.labels[packed.label[i]];
    out[i] = p;
  }
}

export function unpackParagraphs(packed: PackedParagraphs): Paragraph[] {
  const out: Paragraph[] = new Array(packed.ends.length);
  unpackRange(packed, out, new TextDecoder(), 0, packed.ends.length);
  return out;
}

/** unpackParagraphs in slices, with a pause between them (for the page). */
export async function unpackParagraphsInSlices(packed: PackedParagraphs): Promise<Paragraph[]> {
  const out: Paragraph[] = new Array(packed.ends.length);
  const decoder = new TextDecoder();
  for (let from = 0; from < packed.ends.length; from += SLICE) {
    if (from > 0) await nextTask();
    unpackRange(packed, out, decoder, from, Math.min(packed.ends.length, from + SLICE));
  }
  return out;
}

export function packedTransfer(p: PackedParagraphs): Transferable[] {
  return [p.bytes.buffer, p.ends.buffer, p.style.buffer, p.heading.buffer, p.table.buffer, p.list.buffer, p.label.buffer, p.part.buffer];
}
