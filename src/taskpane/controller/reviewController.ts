/**
 * The review, outside React: it wraps a DocumentHost and the clause engine and holds the review as
 * plain state plus actions; `useReview` only subscribes to it. Components never see the host; only
 * this controller calls it. Plain TypeScript, so it is tested without a DOM.
 *
 * The core (state, one action at a time, the stale guard and the re-scan after every write) is
 * `ReviewSession`; the writes live beside it: `apply.ts` (one finding, Apply all), `addendum.ts`,
 * `changes.ts` (accept, reject, undo). This class assembles them as the pane's actions.
 */
import type { Finding, Position, ProtectionKind } from "../../engine/types";
import type { DocumentHost } from "../../host/types";
import { addendumPreview, insertAddendum } from "./addendum";
import { CANCELLING, applyAll, applyOne } from "./apply";
import { decideChange, undoInsertion } from "./changes";
import { errorMessage, isCancelled } from "./errors";
import { ReviewSession } from "./session";
import { INITIAL_STATE, type AddendumSettings, type PartyNames, type ReviewActions, type ReviewEngine } from "./state";

/**
 * One review at a time: `open(host)` starts over on a document (and scans it); every action is a
 * method (bound, so it can be passed around as is); `subscribe` / `getSnapshot` are what React's
 * useSyncExternalStore needs. The state object is replaced on every change, never mutated.
 */
export class ReviewController extends ReviewSession implements ReviewActions {
  private nameTimer: ReturnType<typeof setTimeout> | null = null;

  /** The engine for the next analyses (the review so far is kept). */
  setEngine(engine: ReviewEngine): void {
    this.engine = engine;
  }

  /** A document to review (null: none): everything known so far is dropped, then it is scanned. */
  open(host: DocumentHost | null): Promise<void> {
    this.host = host;
    this.busy = false;
    this.patch(INITIAL_STATE);
    return host ? this.scan() : Promise.resolve();
  }

  /** Stops the pending re-analysis after a name change. */
  dispose(): void {
    if (this.nameTimer) clearTimeout(this.nameTimer);
    this.nameTimer = null;
  }

  /** Quietly compares the document with the last scan (e.g. when the user comes back to the pane). */
  readonly checkStale = async () => {
    const s = this.state;
    if (!this.host || this.busy || s.fingerprint === null || s.stale) return;
    try {
      const snap = await this.host.read();
      if (!this.busy && this.state.fingerprint !== null && snap.fingerprint !== this.state.fingerprint) {
        this.patch({
          stale: true,
          status: "The document changed since the last scan. Re-scan to update the findings.",
        });
      }
    } catch {
      // A failed background check is not worth an error: the next action checks again and reports.
    }
  };

  readonly scan = () =>
    this.run("scan", "Could not read the document", async (h) => {
      this.patch({ status: "Scanning the document…", summary: null });
      const capabilities = this.state.capabilities ?? (await h.capabilities());
      const dismissed = await h.loadDismissed();
      this.patch({
        capabilities,
        canReview: capabilities.decideChanges === true && typeof h.decideChange === "function",
        dismissed: Array.isArray(dismissed) ? dismissed.filter((d) => typeof d === "string") : [],
      });
      await this.rescan(h);
    });

  readonly goTo = (f: Finding) =>
    this.run("select", "Could not select the words in the document", async (h) => {
      const paragraphText = this.state.paragraphs[f.paragraph]?.text ?? "";
      try {
        await h.select({ paragraph: f.paragraph, start: f.start, end: f.end, paragraphText });
      } catch (e) {
        // Usually the text moved since the scan: then say that (and offer a re-scan) instead.
        if (!(await this.ensureFresh(h))) return;
        throw e;
      }
      this.patch({ status: `Selected “${f.trigger}” in the document.` });
    });

  readonly apply = (f: Finding) => applyOne(this, f, false);

  readonly commentOnly = (f: Finding) => applyOne(this, f, true);

  readonly applyAll = (options: { addendum?: boolean } = {}) => applyAll(this, options);

  readonly decideChange = (id: string, accept: boolean) => decideChange(this, id, accept);

  readonly undoInsertion = (batch: number) => undoInsertion(this, batch);

  readonly addendumPreview = (only?: readonly ProtectionKind[]) => addendumPreview(this, only);

  readonly insertAddendum = (only?: readonly ProtectionKind[]) => insertAddendum(this, only);

  /** Remembers the dismissed findings with the document, then analyses again without them. */
  private readonly saveDismissed = (next: string[], status: string) =>
    this.run("dismiss", "Could not remember the dismissal", async (h) => {
      await h.saveDismissed(next);
      const s = this.state;
      const generation = ++this.analysis;
      const result = await this.analyze(s.paragraphs, next, s.partyOverrides, s.applied, s.insertions);
      if (generation === this.analysis) this.patch({ dismissed: next, ...result, status });
    });

  readonly dismiss = (f: Finding) => this.saveDismissed([...this.state.dismissed.filter((d) => d !== f.id), f.id], `Dismissed “${f.trigger}”. It stays hidden for this document.`);

  readonly restoreDismissed = () => this.saveDismissed([], "Dismissed findings are shown again.");

  readonly setPosition = (id: string, position: Position) => this.patch((s) => ({ positions: { ...s.positions, [id]: position } }));

  /** A name edited by the user: the review follows it a moment after the typing stops. */
  readonly setPartyName = (which: keyof PartyNames, value: string) => {
    this.patch((s) => ({ partyOverrides: { ...s.partyOverrides, [which]: value } }));
    if (this.nameTimer) clearTimeout(this.nameTimer);
    this.nameTimer = setTimeout(() => {
      this.nameTimer = null;
      const s = this.state;
      if (!s.report || this.busy) return;
      const generation = ++this.analysis;
      this.analyze(s.paragraphs, s.dismissed, s.partyOverrides, s.applied, s.insertions).then(
        (result) => {
          if (generation === this.analysis) this.patch(result);
        },
        (e) => {
          if (!isCancelled(e)) this.patch({ error: `Could not check the document again: ${errorMessage(e)}` });
        }
      );
    }, 250);
  };

  readonly setAddendum = (p: Partial<AddendumSettings>) => this.patch((s) => ({ addendum: { ...s.addendum, ...p } }));

  readonly exportReport = (format: "markdown" | "json") => {
    // The contract as it stands: TermScore's pending changes are proposals, not terms.
    const r = this.state.standing;
    if (!r) return null;
    return format === "json" ? JSON.stringify(r, null, 2) + "\n" : this.engine.formatReportMarkdown(r);
  };

  readonly clearError = () => this.patch({ error: null });

  readonly cancel = () => {
    this.analysis++;
    this.engine.cancel?.();
  };

  readonly cancelApplyAll = () => {
    const abort = this.applyAbort;
    if (!abort || abort.signal.aborted) return;
    abort.abort();
    // the re-scan after the writes, if that is where it is
    this.analysis++;
    this.engine.cancel?.();
    this.patch((s) => ({ progress: s.progress && { ...s.progress, label: CANCELLING, cancellable: false } }));
  };
}
