/**
 * Browser mode: a .docx opened in the task pane outside Word, behind the same DocumentHost
 * interface as Word. Edits and the addendum accumulate in memory; `save()` returns new bytes.
 * Dismissed finding ids are kept in memory for the session (nothing is written into the file).
 */
import { planAddendumInsertion } from "../engine/fix/addendumPlan";
import type { AddendumParagraph } from "../engine/types";
import type { ApplyOptions, ApplyRequest, ApplyResult, CreateDocxHost, DocumentSnapshot, DocxDocumentHost, HostCapabilities, InsertAddendumResult } from "../host/types";
import { DocxReview } from "./writer";
import type { Decision } from "../engine/compare/decisionLog";
import { appendDecisions } from "../engine/compare/decisionLog";
import type { RoundResult } from "../host/types";
import { readDecisionLog, writeDecisionLog } from "./decisionLog";
import { openDocx } from "./package";
import { compareDocx, theirChanges } from "./rounds";
import { fingerprint } from "../engine/text";

class DocxHost implements DocxDocumentHost {
  private dismissed: string[] = [];

  constructor(
    readonly fileName: string,
    private readonly review: DocxReview
  ) {}

  async capabilities(): Promise<HostCapabilities> {
    return {
      kind: "docx",
      comments: true,
      trackChanges: true,
      reviewChanges: false,
      insertAtCursor: false,
      message: "Reviewing a .docx file in the browser: changes are written as tracked changes into a new copy you download. Accept or reject them in Word or LibreOffice.",
    };
  }

  async read(): Promise<DocumentSnapshot> {
    const paragraphs = this.review.paragraphs();
    return { paragraphs, fingerprint: fingerprint(paragraphs.map((p) => p.text)) };
  }

  async select(): Promise<void> {
    // No document view in browser mode: the pane shows the words itself.
  }

  async apply(requests: ApplyRequest[], options: ApplyOptions = {}): Promise<ApplyResult> {
    try {
      const results = await this.review.apply(requests, { commentOnly: options.commentOnly, onProgress: options.onProgress });
      return { results };
    } catch (e) {
      return { results: requests.map((r) => ({ id: r.id, status: "failed", message: "Nothing was changed." })), error: e instanceof Error ? e.message : String(e) };
    }
  }

  async insertAddendum(paragraphs: AddendumParagraph[], _where: "end" | "cursor"): Promise<InsertAddendumResult> {
    if (!paragraphs.length) return { inserted: false, message: "There is nothing to insert." };
    const plan = planAddendumInsertion(this.review.paragraphs(), paragraphs);
    if (plan.insert === null) return { inserted: false, message: plan.message };
    await this.review.insertAddendum(plan.insert);
    return { inserted: true, message: _where === "cursor" ? "Added at the end of the document (a .docx file has no cursor)." : undefined };
  }

  async loadDismissed(): Promise<string[]> {
    return this.dismissed.slice();
  }

  async saveDismissed(ids: string[]): Promise<void> {
    this.dismissed = ids.slice();
  }

  async save(): Promise<Uint8Array> {
    return this.review.save();
  }

  async theirChanges(): Promise<RoundResult> {
    const r = await theirChanges(this.review.package);
    return { report: r.report, decisions: r.read.log.decisions, theirAuthors: r.read.theirAuthors, ...(r.read.log.problem ? { problem: r.read.log.problem } : {}) };
  }

  async loadDecisions(): Promise<{ decisions: Decision[]; problem?: string }> {
    const log = await readDecisionLog(this.review.package);
    return { decisions: log.decisions, ...(log.problem ? { problem: log.problem } : {}) };
  }

  /** Decisions go into the log part of the copy you download (the text is not touched). */
  async recordDecisions(decisions: Decision[]): Promise<Decision[]> {
    const stored = await readDecisionLog(this.review.package);
    const all = appendDecisions(stored.decisions, decisions.map((d) => (d.by ? d : { ...d, by: this.review.author })));
    await writeDecisionLog(this.review.package, all);
    return all;
  }

  async compareWith(older: ArrayBuffer | Uint8Array, fileName: string): Promise<RoundResult> {
    let pkg;
    try {
      pkg = await openDocx(older instanceof Uint8Array ? older.slice() : new Uint8Array(older.slice(0)));
    } catch (e) {
      throw new Error(`${fileName}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const r = await compareDocx(pkg, this.review.package);
    return { report: r.report, decisions: r.log.decisions, theirAuthors: r.theirAuthors, ...(r.log.problem ? { problem: r.log.problem } : {}) };
  }
}

/** Open a .docx held in memory (ArrayBuffer from a file input) for review in the pane. */
export const createDocxHost: CreateDocxHost = async (data, fileName, options) => {
  // Work on a copy: the caller's buffer is never modified.
  const copy = data instanceof Uint8Array ? data.slice() : new Uint8Array(data.slice(0));
  const review = await DocxReview.open(copy, { author: options?.author });
  return new DocxHost(fileName, review);
};
