/**
 * The engine and the browser-mode document, running in the pane's Web Worker, behind the same
 * interfaces the pane uses everywhere (ReviewEngine, DocxDocumentHost).
 */
import type { AddendumOptions, AddendumParagraph, AnalyzeOptions, Paragraph, Report } from "../../engine/types";
import type { ApplyOptions, ApplyRequest, ApplyResult, DocumentSnapshot, DocxDocumentHost, HostCapabilities, InsertAddendumOptions, InsertAddendumResult, DecideChangeResult, RoundResult } from "../../host/types";
import type { Decision } from "../../engine/compare/decisionLog";
import type { ReviewEngine } from "../useReview";
import type { MemoInput } from "../memoInput";
import type { CoverNoteRequest } from "../coverNoteInput";
import type { WordHostOptions } from "../../word/context";
import { CancelledError, WorkerClient, type WorkerLike } from "./client";
import { packParagraphsInSlices, packedTransfer, unpackParagraphsInSlices } from "./protocol";

/** What the page builds itself (the addendum preview is needed at once, as the user types). */
export interface LocalEngineParts {
  buildAddendum(options?: AddendumOptions): AddendumParagraph[];
}

/** A ReviewEngine whose analysis runs in a worker; Cancel stops it at once. */
export function workerEngine(create: () => WorkerLike, local: LocalEngineParts): ReviewEngine & { memo(input: MemoInput): Promise<Uint8Array>; coverNote(request: CoverNoteRequest): Promise<string>; compareRound: NonNullable<WordHostOptions["compareRound"]> } {
  const client = new WorkerClient(create);
  // Cancel also covers an analysis still being packed on the page (not yet sent to the worker).
  let generation = 0;
  return {
    analyze: async (paragraphs: Paragraph[], options?: AnalyzeOptions) => {
      const started = generation;
      const packed = await packParagraphsInSlices(paragraphs);
      if (started !== generation) throw new CancelledError();
      // the callback stays on the page: the worker posts its progress (at most every 50 ms)
      const { onProgress, ...rest } = options ?? {};
      return client.call("analyze", { paragraphs: packed, options: rest }, { transfer: packedTransfer(packed), onProgress });
    },
    buildAddendum: local.buildAddendum,
    // the Markdown report is formatted in the worker: the page carries none of the report's text
    formatReportMarkdown: (report: Report) => client.call("formatMarkdown", { report }),
    cancel: () => {
      generation++;
      client.cancel();
    },
    memo: (input: MemoInput) => client.call("memo", { input }),
    coverNote: (request: CoverNoteRequest) => client.call("coverNote", request),
    playbookCatalog: () => client.call("playbookCatalog", {}),
    checkPlaybook: (text: string, bytes?: number) => client.call("playbookCheck", { text, bytes }),
    // round two in Word: the engine's judgement of their tracked changes, in the worker
    compareRound: (before, after, options) => client.call("compareRound", { before, after, ours: options.ours, comments: options.comments, ...(options.analyze ? { analyze: options.analyze } : {}) }),
  };
}

class RemoteDocxHost implements DocxDocumentHost {
  private dismissed: string[] = [];

  constructor(
    readonly fileName: string,
    private readonly client: WorkerClient
  ) {}

  capabilities(): Promise<HostCapabilities> {
    return this.client.call("capabilities", {});
  }

  async read(): Promise<DocumentSnapshot> {
    const snap = await this.client.call("read", {});
    return { paragraphs: await unpackParagraphsInSlices(snap.paragraphs), fingerprint: snap.fingerprint };
  }

  async select(): Promise<void> {
    // No document view in browser mode: the pane shows the clause itself.
  }

  apply(requests: ApplyRequest[], options: ApplyOptions = {}): Promise<ApplyResult> {
    return this.client.call("apply", { requests, commentOnly: options.commentOnly }, { onProgress: options.onProgress, signal: options.signal });
  }

  checkpoint(): Promise<number> {
    return this.client.call("checkpoint", {});
  }

  /** The copy put back as it was at `mark` (in the worker). */
  async rollback(mark: number): Promise<void> {
    await this.client.call("rollback", { mark });
  }

  insertAddendum(paragraphs: AddendumParagraph[], where: "end" | "cursor", options?: InsertAddendumOptions): Promise<InsertAddendumResult> {
    return this.client.call("insertAddendum", { paragraphs, where, ...(options ? { options } : {}) });
  }

  /** Undo (accept false) of one applied suggestion, done in the worker. */
  decideChange(id: string, accept: boolean): Promise<DecideChangeResult> {
    return this.client.call("decideChange", { id, accept });
  }

  /** Undo of an inserted addendum, done in the worker (capabilities().undoAddendum says whether it can). */
  removeAddendum(texts: string[]): Promise<DecideChangeResult> {
    return this.client.call("removeAddendum", { texts });
  }

  async loadDismissed(): Promise<string[]> {
    return this.dismissed.slice();
  }

  async saveDismissed(ids: string[]): Promise<void> {
    this.dismissed = ids.slice();
  }

  save(): Promise<Uint8Array> {
    return this.client.call("save", {});
  }

  theirChanges(options?: AnalyzeOptions): Promise<RoundResult> {
    return this.client.call("theirChanges", options ? { analyze: options } : {});
  }

  loadDecisions(): Promise<{ decisions: Decision[]; problem?: string }> {
    return this.client.call("loadDecisions", {});
  }

  recordDecisions(decisions: Decision[]): Promise<Decision[]> {
    return this.client.call("recordDecisions", { decisions });
  }

  compareWith(older: ArrayBuffer | Uint8Array, fileName: string, options?: AnalyzeOptions): Promise<RoundResult> {
    const copy = older instanceof Uint8Array ? older.slice() : new Uint8Array(older.slice(0));
    return this.client.call("compareWith", { data: copy, fileName, ...(options ? { analyze: options } : {}) }, { transfer: [copy.buffer] });
  }

  /** A paragraph they deleted, put back as our tracked insertion with a comment (in the worker). */
  async restoreParagraph(target: { after: number; afterText: string | null; text: string; comment: string }): Promise<void> {
    await this.client.call("restoreParagraph", { after: target.after, afterText: target.afterText, text: target.text, comment: target.comment });
  }

  dispose(): void {
    this.client.dispose();
  }
}

/**
 * Opens a .docx in a worker of its own (one per open document). `cancel()` stops the opening.
 * The bytes are copied before they are sent, so the caller's buffer stays as it was.
 */
export function docxOpener(create: () => WorkerLike) {
  let current: { client: WorkerClient; host: RemoteDocxHost | null } | null = null;
  return {
    async open(data: ArrayBuffer | Uint8Array, fileName: string, options: { author?: string; onProgress?: (phase: string, done: number, total: number) => void } = {}): Promise<DocxDocumentHost> {
      const client = new WorkerClient(create);
      const previous = current;
      current = { client, host: null };
      const copy = data instanceof Uint8Array ? data.slice() : new Uint8Array(data.slice(0));
      try {
        await client.call("open", { data: copy, fileName, author: options.author }, { transfer: [copy.buffer], onProgress: (d, t, phase) => phase && options.onProgress?.(phase, d, t) });
      } catch (e) {
        client.dispose();
        if (current?.client === client) current = previous;
        throw e;
      }
      previous?.host?.dispose();
      previous?.client.dispose();
      const host = new RemoteDocxHost(fileName, client);
      current = { client, host };
      return host;
    },
    /** Stops an opening in progress (the document open before stays open). */
    cancel(): void {
      if (current && !current.host) current.client.cancel();
    },
  };
}
