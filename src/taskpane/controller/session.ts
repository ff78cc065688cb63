/**
 * The controller's core: the state and its subscribers, the one document host, one action at a
 * time, and the reads every write is framed by (the stale guard before, the re-scan after).
 * The actions themselves live in their own files and run on a session.
 *
 * Stale guard: every action that writes first re-reads the document and compares its
 * fingerprint with the last scan's; if the document changed it refuses and asks for a re-scan.
 * After every write the document is re-scanned, so findings always describe the current text.
 */
import type { DocumentHost } from "../../host/types";
import type { PendingInsertion } from "../review/truth";
import { countOf } from "../../engine/fix/plural";
import { analyzeBoth, type CheckProgress } from "./analysis";
import { errorMessage, isCancelled } from "./errors";
import { INITIAL_STATE, type AppliedChange, type BusyKind, type PartyNames, type ReviewEngine, type ReviewState } from "./state";
import type { Paragraph } from "../../engine/types";

export class ReviewSession {
  protected state: ReviewState = INITIAL_STATE;
  private readonly listeners = new Set<() => void>();
  /** The document under review (null: none). */
  host: DocumentHost | null = null;
  /** An action is running (a second one is ignored). */
  busy = false;
  /** Each analysis gets a number; a result that arrives after a newer one started is dropped. */
  analysis = 0;
  /** Numbers the writes of this session, so each can be undone or reviewed as one. */
  batch = 0;
  /** The running Apply all's Cancel, when the document can be put back. */
  applyAbort: AbortController | null = null;

  constructor(public engine: ReviewEngine) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ReviewState => this.state;

  /** Every change of state goes through here: a new state object, then every subscriber is told. */
  readonly patch = (p: Partial<ReviewState> | ((s: ReviewState) => Partial<ReviewState>)): void => {
    this.state = {
      ...this.state,
      ...(typeof p === "function" ? p(this.state) : p),
    };
    for (const l of [...this.listeners]) l();
  };

  /** Both analyses of this text with the review's dismissals, names and pending changes. */
  readonly analyze = (paragraphs: Paragraph[], dismissed: string[], overrides: Partial<PartyNames>, applied: readonly AppliedChange[], insertions: readonly PendingInsertion[], onProgress?: CheckProgress) =>
    analyzeBoth(this.engine, paragraphs, dismissed, overrides, applied, insertions, onProgress);

  /** Runs one host action at a time; errors end up in the MessageBar, never only in the console. */
  readonly run = async (kind: BusyKind, what: string, action: (h: DocumentHost) => Promise<void>) => {
    if (!this.host || this.busy) return;
    this.busy = true;
    this.patch({ busy: kind, error: null });
    try {
      await action(this.host);
    } catch (e) {
      if (isCancelled(e)) this.patch({ status: "Cancelled. Nothing was changed.", progress: null });
      else this.patch({ error: `${what}: ${errorMessage(e)}`, status: `${what}.`, progress: null });
    } finally {
      this.busy = false;
      this.patch({ busy: null, checking: null });
    }
  };

  /** Reads and analyses the document; used by scan and after every write. */
  readonly rescan = async (h: DocumentHost, status?: string) => {
    const snap = await h.read();
    const s = this.state;
    const generation = ++this.analysis;
    // a scan's bar shows how far the check has come (Apply all has a bar of its own; run() clears it)
    const onProgress: CheckProgress | undefined = s.busy === "scan" ? (done, total, standing) => generation === this.analysis && this.patch({ checking: { done, total, standing } }) : undefined;
    const result = await this.analyze(snap.paragraphs, s.dismissed, s.partyOverrides, s.applied, s.insertions, onProgress);
    if (generation !== this.analysis) return;
    const risky = result.items.length;
    const proposed = result.items.filter((i) => i.status !== "open").length;
    this.patch({
      paragraphs: snap.paragraphs,
      fingerprint: snap.fingerprint,
      ...result,
      stale: false,
      status: result.standing
        ? (status ??
          `Scan complete: score ${result.standing.score} of 100, ${countOf(risky, "risky clause", { none: "no risky clauses" })}${proposed > 0 ? ` (${proposed} with a change proposed)` : ""}, ${result.standing.missing.length} missing protections.`)
        : "This document has no text to check.",
    });
  };

  /** After a write: re-scan; if only the re-read fails, say the write happened and mark the findings stale. */
  readonly rescanAfterWrite = async (h: DocumentHost, status: string) => {
    try {
      await this.rescan(h, status);
    } catch (e) {
      this.patch({
        stale: true,
        error: `The change was made, but the document could not be read again (${errorMessage(e)}). Re-scan to update the findings`,
        status: `${status} Re-scan to update the findings.`,
      });
    }
  };

  /** True when the document is as last scanned; otherwise flags it stale and says so. */
  readonly ensureFresh = async (h: DocumentHost): Promise<boolean> => {
    const snap = await h.read();
    if (this.state.fingerprint !== null && snap.fingerprint === this.state.fingerprint) return true;
    this.patch({
      stale: true,
      status: "The document changed since the last scan. Re-scan before making changes.",
    });
    return false;
  };
}
