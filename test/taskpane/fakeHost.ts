/**
 * An in-memory DocumentHost for the pane's tests: paragraphs in an array, edits applied to
 * them (as the text with tracked changes accepted would read), comments recorded, and switches
 * to simulate stale paragraphs, per-item failures, whole-operation errors and missing features.
 */
import type { AddendumParagraph, Paragraph } from "../../src/engine/types";
import type { ApplyItemResult, ApplyOptions, ApplyRequest, ApplyResult, DocumentHost, DocumentSnapshot, HostCapabilities, InsertAddendumResult } from "../../src/host/types";

export interface FakeComment {
  id: string;
  paragraph: number;
  anchor: string;
  text: string;
}

export interface FakeChange {
  id: string;
  paragraph: number;
  start: number;
  deleted: string;
  inserted: string;
}

function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}

export class FakeHost implements DocumentHost {
  paragraphs: Paragraph[];
  readonly original: Paragraph[];
  comments: FakeComment[] = [];
  changes: FakeChange[] = [];
  selections: Array<{ paragraph: number; start: number; end: number }> = [];
  dismissedStore: string[] = [];
  addendumWhere: Array<"end" | "cursor"> = [];
  caps: HostCapabilities = { kind: "word", comments: true, trackChanges: true, decideChanges: false, insertAtCursor: true };
  /** Paragraph index of the cursor. */
  cursor = 0;
  /** Finding ids whose apply fails. */
  failIds = new Set<string>();
  /** Next call of this method throws. */
  /** Where the host says the addendum went (a real host reads the document; unset: it says nothing). */
  addendumPlace?: InsertAddendumResult["place"];
  /** The host refuses every addendum with this (a bare reason, or its own sentence when marked so). */
  addendumRefusal?: Pick<InsertAddendumResult, "message" | "messageIsSentence">;
  throwNext: Partial<Record<"read" | "apply" | "select" | "insertAddendum" | "saveDismissed" | "capabilities" | "decideChange", string>> = {};
  /** Every decideChange call: [finding id, accept]. */
  reviewCalls: Array<[string, boolean]> = [];
  /** Every apply call, for checking what the pane asked for. */
  applyCalls: Array<{ requests: ApplyRequest[]; options?: ApplyOptions }> = [];
  calls = { read: 0, apply: 0, select: 0, insertAddendum: 0, loadDismissed: 0, saveDismissed: 0, capabilities: 0, decideChange: 0 };
  /** Resolves pending applies one step at a time when set (to watch progress). */
  gate: (() => Promise<void>) | null = null;

  constructor(texts: Array<string | Paragraph>) {
    this.paragraphs = texts.map((t) => (typeof t === "string" ? { text: t } : { ...t }));
    this.original = this.paragraphs.map((p) => ({ ...p }));
  }

  private maybeThrow(method: keyof FakeHost["throwNext"]): void {
    const message = this.throwNext[method];
    if (message !== undefined) {
      delete this.throwNext[method];
      throw new Error(message);
    }
  }

  get texts(): string[] {
    return this.paragraphs.map((p) => p.text);
  }

  /** Someone edits the document in Word between scan and apply. */
  editExternally(index: number, text: string): void {
    this.paragraphs[index] = { ...this.paragraphs[index], text };
  }

  async capabilities(): Promise<HostCapabilities> {
    this.calls.capabilities++;
    this.maybeThrow("capabilities");
    return { ...this.caps };
  }

  async read(): Promise<DocumentSnapshot> {
    this.calls.read++;
    this.maybeThrow("read");
    const paragraphs = this.paragraphs.map((p) => ({ ...p }));
    return { paragraphs, fingerprint: hash(paragraphs.map((p) => p.text).join("\u2029")) };
  }

  async select(target: { paragraph: number; start: number; end: number; paragraphText: string }): Promise<void> {
    this.calls.select++;
    this.maybeThrow("select");
    const p = this.paragraphs[target.paragraph];
    if (!p || p.text !== target.paragraphText) throw new Error("those words are no longer where they were; re-scan");
    this.selections.push({ paragraph: target.paragraph, start: target.start, end: target.end });
  }

  async apply(requests: ApplyRequest[], options: ApplyOptions = {}): Promise<ApplyResult> {
    this.calls.apply++;
    this.applyCalls.push({ requests: requests.map((r) => ({ ...r })), options });
    this.maybeThrow("apply");
    const snapshot = this.paragraphs.map((p) => p.text);
    const results: ApplyItemResult[] = [];
    const accepted: ApplyRequest[] = [];
    for (const r of requests) {
      const text = snapshot[r.paragraph];
      if (text === undefined || text !== r.paragraphText || text.slice(r.start, r.end) !== r.original) {
        results.push({ id: r.id, status: "stale", message: "the paragraph changed since the scan" });
      } else if (this.failIds.has(r.id)) {
        results.push({ id: r.id, status: "failed", message: "the document refused the change" });
      } else if (accepted.some((a) => a.paragraph === r.paragraph && r.start < a.end && a.start < r.end)) {
        results.push({ id: r.id, status: "stale", message: "overlaps another change" });
      } else {
        accepted.push(r);
        results.push({ id: r.id, status: "applied" });
      }
    }
    // Apply right to left within each paragraph so earlier offsets stay valid.
    const ordered = [...accepted].sort((a, b) => a.paragraph - b.paragraph || b.start - a.start);
    let done = 0;
    for (const r of ordered) {
      if (this.gate) await this.gate();
      const p = this.paragraphs[r.paragraph];
      if (!options.commentOnly) {
        this.paragraphs[r.paragraph] = { ...p, text: p.text.slice(0, r.start) + r.replacement + p.text.slice(r.end) };
        this.changes.push({ id: r.id, paragraph: r.paragraph, start: r.start, deleted: r.original, inserted: r.replacement });
      }
      this.comments.push({ id: r.id, paragraph: r.paragraph, anchor: options.commentOnly ? r.original : r.replacement, text: r.comment });
      done++;
      options.onProgress?.(done, ordered.length);
    }
    return { results };
  }

  async insertAddendum(paragraphs: AddendumParagraph[], where: "end" | "cursor"): Promise<InsertAddendumResult> {
    this.calls.insertAddendum++;
    this.maybeThrow("insertAddendum");
    if (this.addendumRefusal) return { inserted: false, ...this.addendumRefusal };
    const title = paragraphs.find((p) => p.kind === "title")?.text;
    if (title && this.paragraphs.some((p) => p.text === title)) return { inserted: false, message: "An AI-training addendum is already in the document." };
    const added = paragraphs.map((p) => ({ text: p.text, style: p.kind === "body" ? "Normal" : `Heading ${p.level ?? 1}` }));
    const at = where === "end" ? this.paragraphs.length : Math.min(this.cursor + 1, this.paragraphs.length);
    this.paragraphs.splice(at, 0, ...added);
    this.addendumWhere.push(where);
    return { inserted: true, ...(this.addendumPlace ? { place: this.addendumPlace } : {}) };
  }

  /** Accepting keeps the text and forgets the change; rejecting puts the deleted words back. */
  async decideChange(id: string, accept: boolean): Promise<void> {
    this.calls.decideChange++;
    this.reviewCalls.push([id, accept]);
    this.maybeThrow("decideChange");
    const at = this.changes.findIndex((c) => c.id === id);
    if (at < 0) throw new Error("no tracked change for this finding");
    const c = this.changes[at];
    const p = this.paragraphs[c.paragraph];
    if (!accept) {
      const start = p.text.slice(c.start, c.start + c.inserted.length) === c.inserted ? c.start : p.text.indexOf(c.inserted);
      if (start < 0) throw new Error("the change was edited since");
      this.paragraphs[c.paragraph] = { ...p, text: p.text.slice(0, start) + c.deleted + p.text.slice(start + c.inserted.length) };
    }
    this.changes.splice(at, 1);
  }

  async loadDismissed(): Promise<string[]> {
    this.calls.loadDismissed++;
    return [...this.dismissedStore];
  }

  async saveDismissed(ids: string[]): Promise<void> {
    this.calls.saveDismissed++;
    this.maybeThrow("saveDismissed");
    this.dismissedStore = [...ids];
  }
}
