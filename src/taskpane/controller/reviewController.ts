/**
 * The review, outside React: it wraps a DocumentHost and the clause engine and holds the review as
 * plain state plus actions; `useReview` only subscribes to it. Components never see the host; only
 * this controller calls it. Plain TypeScript, so it is tested without a DOM.
 *
 * Stale guard: every action that writes first re-reads the document and compares its
 * fingerprint with the last scan's; if the document changed it refuses and asks for a re-scan.
 * After every write the document is re-scanned, so findings always describe the current text.
 * Accepting or rejecting a change the pane made (WordApi 1.6) is the one write without that guard:
 * the host finds its own change by what it wrote, not by the scan's offsets, so edits elsewhere
 * do not make it unsafe.
 */
import type { AddendumOptions, AddendumParagraph, AnalyzeOptions, Finding, Paragraph, Parties, Position, ProtectionKind, Report } from "../../engine/types";
import type { ApplyItemResult, ApplyRequest, DocumentHost, HostCapabilities } from "../../host/types";
import { commentOnlyText as engineCommentOnlyText } from "../../engine/fix/commentOnly";
import { applyAllOrder } from "../../engine/fix/order";
import { readConventions, type Conventions } from "../../engine/fix/conventions";
import { CancelledError } from "../worker/client";
import type { MemoInput } from "../memoInput";
import type { PlaybookCatalog, PlaybookCheck } from "../../engine/playbook/catalog";
import { isBlank, protectionStatus, reviewItems, textAsItStands, type PendingEdit, type PendingInsertion, type ProtectionStatus, type ReviewItem } from "../review/truth";

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
  /** The Playbook tab's data: the default playbook, the rules with sample clauses (src/taskpane/playbook/). */
  playbookCatalog?(): Promise<PlaybookCatalog>;
  /** A playbook file's text, checked (every problem with its JSON path). */
  checkPlaybook?(text: string, bytes?: number): Promise<PlaybookCheck>;
}

export { CancelledError };

function isCancelled(e: unknown): boolean {
  return e instanceof CancelledError || (e instanceof Error && e.name === "CancelledError");
}

export type PartyNames = Pick<Parties, "agency" | "contractor" | "work">;

export interface SummaryItem {
  id: string;
  /** What the finding was about, for the summary list. */
  title: string;
  status: ApplyItemResult["status"] | "skipped";
  message?: string;
}

export interface ApplySummary {
  action: "apply" | "comment" | "apply-all";
  items: SummaryItem[];
  /** Anything else the user must know, e.g. a chosen position that did not apply. */
  note?: string;
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
  progress: { done: number; total: number } | null;
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
  /** Accepts (true) or rejects (false) the tracked change applied for this finding id, then re-scans. */
  reviewChange(id: string, accept: boolean): Promise<void>;
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

function reason(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "unknown error";
}

/** Effective party names: detected ones, overridden by the user's non-empty edits. */
export function effectiveParties(report: Report | null, overrides: Partial<PartyNames>): Partial<PartyNames> {
  const out: Partial<PartyNames> = {};
  for (const key of ["agency", "contractor", "work"] as const) {
    const v = overrides[key]?.trim();
    if (v) out[key] = v;
    else if (report) out[key] = report.parties[key];
  }
  return out;
}

function overridesOnly(overrides: Partial<PartyNames>): Partial<PartyNames> {
  const out: Partial<PartyNames> = {};
  for (const key of ["agency", "contractor", "work"] as const) {
    const v = overrides[key]?.trim();
    if (v) out[key] = v;
  }
  return out;
}

/** The suggestion the user picked for a finding (primary when none, or when the pick is unavailable). */
const conventionsRead = new WeakMap<readonly Paragraph[], Conventions>();
/** The document's conventions (spelling, quotes, its project), read once per text. */
export function documentConventions(paragraphs: readonly Paragraph[]): Conventions {
  let c = conventionsRead.get(paragraphs);
  if (!c) {
    c = readConventions(paragraphs);
    conventionsRead.set(paragraphs, c);
  }
  return c;
}

export function chosenSuggestion(finding: Finding, positions: Record<string, Position>) {
  const wanted = positions[finding.id];
  return finding.suggestions.find((s) => s.position === wanted) ?? finding.suggestions[0];
}

/**
 * The comment for "Comment only": nothing is edited, so it explains the risk to the other side and
 * proposes the chosen wording instead of describing an edit (the engine's `commentOnlyText`).
 */
export function commentOnlyText(f: Finding, suggestion: Finding["suggestions"][number] | undefined): string {
  return engineCommentOnlyText(f, suggestion);
}

function titleOf(f: Finding): string {
  return `${f.message} (“${f.trigger}”)`;
}

/** The session's applied changes with these added (a finding applied again replaces its older entry). */
function withApplied(list: readonly AppliedChange[], added: readonly AppliedChange[]): AppliedChange[] {
  const ids = new Set(added.map((a) => a.id));
  return [...list.filter((a) => !ids.has(a.id)), ...added];
}

/** Findings in apply-all order: high severity first, then document order (the engine's). */
export { applyAllOrder };

/**
 * One review at a time: `open(host)` starts over on a document (and scans it); every action is a
 * method (bound, so it can be passed around as is); `subscribe` / `getSnapshot` are what React's
 * useSyncExternalStore needs. The state object is replaced on every change, never mutated.
 */
export class ReviewController implements ReviewActions {
  private state: ReviewState = INITIAL_STATE;
  private readonly listeners = new Set<() => void>();
  private host: DocumentHost | null = null;
  private busy = false;
  /** Each analysis gets a number; a result that arrives after a newer one started is dropped. */
  private analysis = 0;
  private batch = 0;
  private nameTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private engine: ReviewEngine) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): ReviewState => this.state;

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

  /** Every change of state goes through here: a new state object, then every subscriber is told. */
  readonly patch = (p: Partial<ReviewState> | ((s: ReviewState) => Partial<ReviewState>)): void => {
    this.state = {
      ...this.state,
      ...(typeof p === "function" ? p(this.state) : p),
    };
    for (const l of [...this.listeners]) l();
  };

  readonly analyzeOne = async (paragraphs: Paragraph[], dismissed: string[], overrides: Partial<PartyNames>): Promise<Report> =>
    this.engine.analyze(paragraphs, {
      dismissed,
      parties: overridesOnly(overrides),
    });

  /**
   * Both analyses: the current text (our pending changes as if accepted) and the contract as it
   * stands (without them), and the review list and checklist built from the two.
   */
  readonly analyze = async (
    paragraphs: Paragraph[],
    dismissed: string[],
    overrides: Partial<PartyNames>,
    applied: readonly AppliedChange[],
    insertions: readonly PendingInsertion[]
  ) => {
    const pending = applied.length + insertions.length;
    if (isBlank(paragraphs))
      return {
        report: null,
        standing: null,
        items: [],
        protections: null,
        standingParagraphs: [],
        blank: true,
        pending,
      };
    const report = await this.analyzeOne(paragraphs, dismissed, overrides);
    let standing = report;
    let standingParagraphs = paragraphs;
    let items: ReviewItem[];
    if (applied.length + insertions.length > 0) {
      const asIs = textAsItStands(paragraphs, applied, insertions);
      standing = await this.analyzeOne(asIs.paragraphs, dismissed, overrides);
      standingParagraphs = asIs.paragraphs;
      items = reviewItems(standing, report, asIs, applied);
    } else {
      items = reviewItems(report, report, { paragraphs, indexMap: [], unmatched: 0 }, []);
    }
    return {
      report,
      standing,
      items,
      protections: protectionStatus(standing, report),
      standingParagraphs,
      blank: false,
      pending,
    };
  };

  /** Runs one this.host action at a time; errors end up in the MessageBar, never only in the console. */
  readonly run = async (kind: BusyKind, what: string, action: (h: DocumentHost) => Promise<void>) => {
    if (!this.host || this.busy) return;
    this.busy = true;
    this.patch({ busy: kind, error: null });
    try {
      await action(this.host);
    } catch (e) {
      if (isCancelled(e))
        this.patch({
          status: "Cancelled. Nothing was changed.",
          progress: null,
        });
      else
        this.patch({
          error: `${what}: ${reason(e)}`,
          status: `${what}.`,
          progress: null,
        });
    } finally {
      this.busy = false;
      this.patch({ busy: null });
    }
  };

  /** Reads and analyses the document; used by scan and after every write. */
  readonly rescan = async (h: DocumentHost, status?: string) => {
    const snap = await h.read();
    const s = this.state;
    const generation = ++this.analysis;
    const result = await this.analyze(snap.paragraphs, s.dismissed, s.partyOverrides, s.applied, s.insertions);
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
          `Scan complete: score ${result.standing.score} of 100, ${risky === 0 ? "no risky clauses" : risky === 1 ? "1 risky clause" : `${risky} risky clauses`}${proposed > 0 ? ` (${proposed} with a change proposed)` : ""}, ${result.standing.missing.length} missing protections.`)
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
        error: `The change was made, but the document could not be read again (${reason(e)}). Re-scan to update the findings`,
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
        canReview: capabilities.reviewChanges === true && typeof h.reviewChange === "function",
        dismissed: Array.isArray(dismissed) ? dismissed.filter((d) => typeof d === "string") : [],
      });
      await this.rescan(h);
    });

  readonly goTo = (f: Finding) =>
    this.run("select", "Could not select the words in the document", async (h) => {
      const paragraphText = this.state.paragraphs[f.paragraph]?.text ?? "";
      try {
        await h.select({
          paragraph: f.paragraph,
          start: f.start,
          end: f.end,
          paragraphText,
        });
      } catch (e) {
        // Usually the text moved since the scan: then say that (and offer a re-scan) instead.
        if (!(await this.ensureFresh(h))) return;
        throw e;
      }
      this.patch({ status: `Selected “${f.trigger}” in the document.` });
    });

  readonly summarise = (action: ApplySummary["action"], results: ApplyItemResult[], byId: Map<string, Finding>, skipped: SummaryItem[] = []): ApplySummary => ({
    action,
    items: [
      ...results.map((r) => ({
        id: r.id,
        title: byId.has(r.id) ? titleOf(byId.get(r.id) as Finding) : r.id,
        status: r.status,
        message: r.message,
      })),
      ...skipped,
    ],
  });

  readonly applyOne = (f: Finding, commentOnly: boolean) =>
    this.run("apply", commentOnly ? "Could not add the comment" : "Could not apply the suggestion", async (h) => {
      if (!(await this.ensureFresh(h))) return;
      const s = this.state;
      const suggestion = chosenSuggestion(f, s.positions);
      const paragraphText = s.paragraphs[f.paragraph]?.text ?? "";
      let request: ApplyRequest;
      if (commentOnly) {
        request = {
          id: f.id,
          paragraph: f.paragraph,
          start: f.start,
          end: f.end,
          original: f.trigger,
          replacement: f.trigger,
          comment: commentOnlyText(f, suggestion),
          paragraphText,
        };
      } else {
        if (!suggestion) throw new Error("this finding has no suggested wording; add a comment instead");
        request = {
          id: f.id,
          paragraph: suggestion.paragraph,
          start: suggestion.start,
          end: suggestion.end,
          original: suggestion.original,
          replacement: suggestion.replacement,
          comment: suggestion.comment,
          paragraphText: s.paragraphs[suggestion.paragraph]?.text ?? "",
        };
      }
      const result = await h.apply([request], { commentOnly });
      if (result.error) throw new Error(result.error);
      const summary = this.summarise(commentOnly ? "comment" : "apply", result.results, new Map([[f.id, f]]));
      const ok = result.results.some((r) => r.id === f.id && r.status === "applied");
      const change: AppliedChange = {
        id: f.id,
        title: f.message,
        paragraph: request.paragraph,
        start: request.start,
        original: request.original,
        replacement: request.replacement,
        batch: ++this.batch,
      };
      this.patch((st) => ({
        summary,
        commented: commentOnly && ok ? [...st.commented, f.id] : st.commented,
        applied: !commentOnly && ok ? withApplied(st.applied, [change]) : st.applied,
        writes: st.writes + (ok ? 1 : 0),
      }));
      await this.rescanAfterWrite(
        h,
        ok
          ? commentOnly
            ? `Comment added to “${f.trigger}”.`
            : `Applied as a tracked change with a comment: “${f.trigger}”.`
          : `Not applied: ${result.results[0]?.message ?? "the document did not accept the change"}.`
      );
    });

  readonly apply = (f: Finding) => this.applyOne(f, false);

  readonly commentOnly = (f: Finding) => this.applyOne(f, true);

  readonly addendumPreview = (only?: readonly ProtectionKind[]) => {
    const s = this.state;
    const days = Number.isFinite(s.addendum.deletionDays) && s.addendum.deletionDays >= 1 ? Math.round(s.addendum.deletionDays) : 30;
    // in the contract's own spelling ("licence" in a UK contract), as the CLI writes it
    const text = s.standingParagraphs.length ? s.standingParagraphs : s.paragraphs;
    const { spelling, agreement } = documentConventions(text);
    return this.engine.buildAddendum({
      agreement,
      parties: effectiveParties(s.report, s.partyOverrides),
      deletionDays: days,
      includeAudit: s.addendum.includeAudit,
      only,
      spelling,
    });
  };

  readonly applyAll = (options: { addendum?: boolean } = {}) =>
    this.run("apply-all", "Could not apply the suggestions", async (h) => {
      if (!(await this.ensureFresh(h))) return;
      const s = this.state;
      if (!s.report) return;
      const byId = new Map(s.report.findings.map((f) => [f.id, f]));
      const taken = new Map<number, Array<[number, number]>>();
      const requests: ApplyRequest[] = [];
      const skipped: SummaryItem[] = [];
      // a position chosen for a finding that no longer offers it: the primary wording goes in, and the user is told
      let notApplicable = 0;
      for (const f of applyAllOrder(s.report.findings)) {
        const wanted = s.positions[f.id];
        if (wanted && f.suggestions.length && !f.suggestions.some((x) => x.position === wanted)) notApplicable++;
        const sg = chosenSuggestion(f, s.positions);
        if (!sg) {
          skipped.push({
            id: f.id,
            title: titleOf(f),
            status: "skipped",
            message: "no suggested wording for this one",
          });
          continue;
        }
        const ranges = taken.get(sg.paragraph) ?? [];
        if (ranges.some(([a, b]) => sg.start < b && a < sg.end)) {
          skipped.push({
            id: f.id,
            title: titleOf(f),
            status: "skipped",
            message: "it overlaps a change made for a more serious finding; re-scan to see if it is still needed",
          });
          continue;
        }
        ranges.push([sg.start, sg.end]);
        taken.set(sg.paragraph, ranges);
        requests.push({
          id: f.id,
          paragraph: sg.paragraph,
          start: sg.start,
          end: sg.end,
          original: sg.original,
          replacement: sg.replacement,
          comment: sg.comment,
          paragraphText: s.paragraphs[sg.paragraph]?.text ?? "",
        });
      }
      const withAddendum = options.addendum === true && s.report.missing.length > 0;
      if (requests.length === 0 && !withAddendum) {
        this.patch({
          summary: this.summarise("apply-all", [], byId, skipped),
          status: "Nothing to apply.",
        });
        return;
      }
      let summary = this.summarise("apply-all", [], byId, skipped);
      if (requests.length > 0) {
        this.patch({
          progress: { done: 0, total: requests.length },
          status: `Applying ${requests.length} suggestions…`,
        });
        const result = await h.apply(requests, {
          onProgress: (done, total) =>
            this.patch({
              progress: { done, total },
              status: `Applied ${done} of ${total}…`,
            }),
        });
        if (result.error) throw new Error(result.error);
        summary = this.summarise("apply-all", result.results, byId, skipped);
        const done = new Set(result.results.filter((r) => r.status === "applied").map((r) => r.id));
        const b = ++this.batch;
        const changes: AppliedChange[] = requests
          .filter((r) => done.has(r.id))
          .map((r) => ({
            id: r.id,
            title: byId.get(r.id)?.message ?? r.id,
            paragraph: r.paragraph,
            start: r.start,
            original: r.original,
            replacement: r.replacement,
            batch: b,
          }));
        this.patch((st) => ({
          summary,
          progress: null,
          applied: withApplied(st.applied, changes),
          writes: st.writes + (changes.length > 0 ? 1 : 0),
        }));
      }
      const count = (st: SummaryItem["status"]) => summary.items.filter((i) => i.status === st).length;
      let addendumNote = "";
      if (withAddendum) {
        // The same sections the Addendum tab would insert, at the end of the document.
        const paragraphs = this.addendumPreview(this.state.report?.addendumPresent ? s.report.missing : undefined);
        const inserted = await h.insertAddendum(paragraphs, "end");
        addendumNote = inserted.inserted ? " The addendum was added at the end." : ` The addendum was not added: ${inserted.message ?? "the document did not accept it"}.`;
        this.patch((st) => ({
          summary,
          addendumMessage: {
            intent: inserted.inserted ? "success" : "warning",
            text: addendumNote.trim(),
          },
          insertions: inserted.inserted ? [...st.insertions, { texts: paragraphs.map((p) => p.text), batch: ++this.batch }] : st.insertions,
          writes: st.writes + (inserted.inserted ? 1 : 0),
        }));
      }
      const positionNote = notApplicable
        ? ` The position you chose does not apply to ${notApplicable === 1 ? "1 finding" : `${notApplicable} findings`}, so the recommended wording was written for ${notApplicable === 1 ? "it" : "them"}.`
        : "";
      if (positionNote) this.patch((st) => ({ summary: st.summary ? { ...st.summary, note: positionNote.trim() } : st.summary }));
      await this.rescanAfterWrite(h, `Done: ${count("applied")} applied, ${count("stale") + count("skipped")} skipped, ${count("failed")} failed.${addendumNote}${positionNote}`);
    });

  readonly reviewChange = (id: string, accept: boolean) =>
    this.run("review", accept ? "Could not accept the change" : "Could not reject the change", async (h) => {
      const change = this.state.applied.find((a) => a.id === id);
      if (!change) return;
      if (!this.state.canReview || !h.reviewChange) throw new Error("this version of Word cannot do it from the add-in; use Word's Review tab (Accept / Reject)");
      const undo = this.state.capabilities?.kind === "docx";
      this.patch({
        status: `${accept ? "Accepting" : undo ? "Undoing" : "Rejecting"} the change “${change.replacement}”…`,
      });
      const result = await h.reviewChange(id, accept);
      const warnings = result?.warnings?.length ? ` ${result.warnings.join(" ")}` : "";
      this.patch((st) => ({
        applied: st.applied.filter((a) => a.id !== id),
        reviewed: st.reviewed + 1,
        writes: st.writes + 1,
        error: warnings ? warnings.trim().replace(/\.$/, "") : st.error,
      }));
      await this.rescanAfterWrite(
        h,
        (accept ? `Accepted the change: the contract now reads “${change.replacement}”.` : `${undo ? "Undone" : "Rejected the change"}: “${change.original}” is back.`) + warnings
      );
    });

  /**
   * Browser mode, undo before download: an addendum inserted in this session goes back out of the
   * copy (every other change stays), like Undo on a suggestion.
   */
  readonly undoInsertion = (batch: number) =>
    this.run("review", "Could not undo the addendum", async (h) => {
      const insertion = this.state.insertions.find((i) => i.batch === batch);
      if (!insertion) return;
      if (!this.state.capabilities?.undoAddendum || !h.removeAddendum) throw new Error("this document cannot take the addendum back out; reject it in Word's Review tab");
      this.patch({ status: "Taking the addendum back out of the copy…" });
      const result = await h.removeAddendum(insertion.texts);
      const warnings = result?.warnings?.length ? ` ${result.warnings.join(" ")}` : "";
      this.patch((st) => ({
        insertions: st.insertions.filter((i) => i.batch !== batch),
        reviewed: st.reviewed + 1,
        writes: st.writes + 1,
        addendumMessage: null,
        error: warnings ? warnings.trim().replace(/\.$/, "") : st.error,
      }));
      await this.rescanAfterWrite(h, `Undone: the addendum is no longer in the copy.${warnings}`);
    });

  readonly saveDismissed = (next: string[], status: string) =>
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

  readonly setPartyName = (which: keyof PartyNames, value: string) => {
    this.patch((s) => ({
      partyOverrides: { ...s.partyOverrides, [which]: value },
    }));
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
          if (!isCancelled(e))
            this.patch({
              error: `Could not check the document again: ${reason(e)}`,
            });
        }
      );
    }, 250);
  };

  readonly setAddendum = (p: Partial<AddendumSettings>) => this.patch((s) => ({ addendum: { ...s.addendum, ...p } }));

  readonly insertAddendum = (only?: readonly ProtectionKind[]) =>
    this.run("addendum", "Could not insert the addendum", async (h) => {
      if (!(await this.ensureFresh(h))) return;
      const paragraphs = this.addendumPreview(only);
      const caps = this.state.capabilities;
      const where = only || !caps?.insertAtCursor ? "end" : this.state.addendum.where;
      const result = await h.insertAddendum(paragraphs, where);
      const text = result.inserted
        ? `Inserted ${only ? "the section" : "the addendum"} at ${where === "end" ? "the end of the document" : "the cursor"} as a tracked change.`
        : `Not inserted: ${result.message ?? "the document did not accept it"}`;
      this.patch((st) => ({
        addendumMessage: {
          intent: result.inserted ? "success" : "warning",
          text,
        },
        writes: st.writes + (result.inserted ? 1 : 0),
        insertions: result.inserted ? [...st.insertions, { texts: paragraphs.map((p) => p.text), batch: ++this.batch }] : st.insertions,
      }));
      await this.rescanAfterWrite(h, text);
    });

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
}
