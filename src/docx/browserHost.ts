/**
 * Browser mode: a .docx opened in the task pane outside Word, behind the same DocumentHost
 * interface as Word. Edits and the addendum accumulate in memory; `save()` returns new bytes.
 * Dismissed finding ids are kept in memory for the session (nothing is written into the file).
 *
 * Undo before download: every write is remembered, with the bytes the file was opened with. Undoing
 * one suggestion opens those bytes again and replays every other write in order (browserHostReplay.ts),
 * so the copy is exactly what it would be had that suggestion never been applied.
 */
import { planAddendumInsertion } from "../engine/fix/addendumPlan";
import type { AddendumParagraph, AnalyzeOptions } from "../engine/types";
import type { ApplyOptions, ApplyRequest, ApplyResult, CreateDocxHost, DocumentSnapshot, DocxDocumentHost, HostCapabilities, InsertAddendumOptions, InsertAddendumResult, DecideChangeResult } from "../host/types";
import { DocxWriter } from "./writer";
import type { Decision } from "../engine/compare/decisionLog";
import { appendDecisions } from "../engine/compare/decisionLog";
import type { RoundResult } from "../host/types";
import { readDecisionLog, writeDecisionLog } from "./decisionLog";
import { openDocx } from "./package";
import { compareDocx, theirChanges } from "./rounds";
import { documentFingerprint } from "../engine/edit/fingerprint";
import { errorMessage } from "../engine/common/errorMessage";
import { isCancelled } from "../engine/common/cancelled";
import { restoreInto, type RestoreTarget } from "./restore";
import { addendumCommentFor, replayWrites, type Write } from "./browserHostReplay";
import { ADDENDUM_PLACE_WORDS, type AddendumPlace } from "../engine/fix/placement";


class DocxHost implements DocxDocumentHost {
  private dismissed: string[] = [];
  private readonly writes: Write[] = [];

  constructor(
    readonly fileName: string,
    private review: DocxWriter,
    private readonly original: Uint8Array,
    private readonly author: string | undefined
  ) {}

  async capabilities(): Promise<HostCapabilities> {
    return {
      kind: "docx",
      comments: true,
      trackChanges: true,
      // only "reject" (undo) here: accepting is the other side's decision, in Word
      decideChanges: true,
      insertAtCursor: false,
      cancelApply: true,
      message: "Reviewing a .docx file in the browser: changes are written as tracked changes into a new copy you download. You can undo any of them before you download.",
    };
  }

  async read(): Promise<DocumentSnapshot> {
    const paragraphs = this.review.paragraphs();
    return { paragraphs, fingerprint: documentFingerprint(paragraphs) };
  }

  async select(): Promise<void> {
    // No document view in browser mode: the pane shows the words itself.
  }

  async apply(requests: ApplyRequest[], options: ApplyOptions = {}): Promise<ApplyResult> {
    const mark = this.writes.length;
    try {
      const results = await this.review.apply(requests, { commentOnly: options.commentOnly, onProgress: options.onProgress, signal: options.signal });
      const done = new Set(results.filter((r) => r.status === "applied").map((r) => r.id));
      const kept = requests.filter((r) => done.has(r.id));
      if (kept.length > 0) this.writes.push({ kind: "apply", requests: kept, commentOnly: options.commentOnly === true });
      return { results };
    } catch (e) {
      if (isCancelled(e)) {
        // stopped between two edits: the copy goes back to what it was before this call
        await this.rollback(mark);
        throw e;
      }
      // failed part way: the copy goes back too, so "nothing was changed" is true (the contract's `error`)
      const notBack = await this.putBack(mark);
      if (notBack) {
        const message = `The copy could not be put back after an error (${errorMessage(e)}): check this change in the downloaded copy.`;
        return { results: requests.map((r) => ({ id: r.id, status: "failed", message, reason: "unknown-state" })), warnings: [notBack] };
      }
      return { results: requests.map((r) => ({ id: r.id, status: "failed", message: "Nothing was changed.", reason: "not-written" })), error: errorMessage(e) };
    }
  }

  /** Never throws (the contract): an error part way leaves the copy as it was before the call. */
  async insertAddendum(paragraphs: AddendumParagraph[], where: "end" | "cursor", options: InsertAddendumOptions = {}): Promise<InsertAddendumResult> {
    if (!paragraphs.length) return { inserted: false, message: "There is nothing to insert." };
    const mark = this.writes.length;
    let placed: AddendumPlace | null;
    try {
      const plan = planAddendumInsertion(this.review.paragraphs(), paragraphs);
      if (plan.insert === null) return { inserted: false, message: plan.message };
      // the comment on its title, under the review's author as every comment of this copy (replayed with it)
      placed = await this.review.insertAddendum(plan.insert, addendumCommentFor(options.parties));
    } catch (e) {
      const notBack = await this.putBack(mark);
      return { inserted: false, messageIsSentence: true, message: `The addendum was not inserted: ${errorMessage(e, { inSentence: true })}. ${notBack ?? "The copy was left as it was."}` };
    }
    this.writes.push({ kind: "addendum", paragraphs, ...(options.parties ? { parties: { ...options.parties } } : {}) });
    // asked for the cursor: say where it went instead (the engine's place, as for "end")
    const place = placed?.reason ?? "end";
    return { inserted: true, place, message: where === "cursor" ? `Added ${ADDENDUM_PLACE_WORDS[place]} (a .docx file has no cursor).` : undefined };
  }

  /** rollback(mark) for an error path: null when the copy is back as it was, else why not (never throws). */
  private async putBack(mark: number): Promise<string | null> {
    try {
      await this.rollback(mark);
      return null;
    } catch (e) {
      return `The copy may hold part of it: ${errorMessage(e)}. Open the file again to start from the original.`;
    }
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

  async theirChanges(options?: AnalyzeOptions): Promise<RoundResult> {
    // the name the user reviews under: its suggestions are known even when the log was stripped
    // (and, with the user's playbook and roles, in the playbook's wording too)
    const r = await theirChanges(this.review.package, { ...(this.author ? { ours: [this.author] } : {}), ...(options ? { analyze: options } : {}) });
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

  /**
   * Put back a paragraph they deleted, where it stood, as our tracked insertion with a comment
   * (undone with the rest before download: it is replayed like every other write).
   */
  async restoreParagraph(target: RestoreTarget): Promise<void> {
    try {
      this.review = await restoreInto(this.review, target);
    } catch (e) {
      throw e instanceof Error ? e : new Error(errorMessage(e));
    }
    this.writes.push({ kind: "restore", target: { ...target } });
  }

  async compareWith(older: ArrayBuffer | Uint8Array, fileName: string, options?: AnalyzeOptions): Promise<RoundResult> {
    let pkg;
    try {
      pkg = await openDocx(older instanceof Uint8Array ? older.slice() : new Uint8Array(older.slice(0)));
    } catch (e) {
      throw new Error(`${fileName}: ${errorMessage(e)}`);
    }
    const r = await compareDocx(pkg, this.review.package, options ? { analyze: options } : {});
    return { report: r.report, decisions: r.log.decisions, theirAuthors: r.theirAuthors, ...(r.log.problem ? { problem: r.log.problem } : {}) };
  }

  /**
   * Undo (accept false) takes the suggestion applied for finding `id` back out of the copy: the
   * file as opened, with every other write replayed. Accepting is not done here: the change stays
   * tracked for the other side to accept in Word.
   */
  async decideChange(id: string, accept: boolean): Promise<DecideChangeResult> {
    if (accept) throw new Error("a change in a file opened here stays a tracked change for the other side to accept in Word; download the copy to keep it");
    const owner = this.writes.find((w) => w.kind === "apply" && !w.commentOnly && w.requests.some((r) => r.id === id));
    if (!owner) throw new Error("that change is not in this copy (it was undone already, or made before the file was opened)");
    return this.replayWithout(owner, id);
  }

  /**
   * Takes an inserted addendum (found by its paragraphs' texts) back out of the copy: the file as
   * opened, with every other write replayed.
   */
  async removeAddendum(texts: string[]): Promise<DecideChangeResult> {
    const owner = this.writes.find((w) => w.kind === "addendum" && w.paragraphs.length === texts.length && w.paragraphs.every((p, i) => p.text === texts[i]));
    if (!owner) throw new Error("that addendum is not in this copy (it was undone already)");
    return this.replayWithout(owner);
  }

  /** The copy rebuilt from the file as opened with every write but `skip` (or, for an apply, its request `id`). */
  private async replayWithout(skip: Write, id?: string): Promise<DecideChangeResult> {
    const { review, kept, lost } = await replayWrites(this.original, this.author, this.writes, skip, id);
    this.review = review;
    this.writes.splice(0, this.writes.length, ...kept);
    return { changes: 1, warnings: lost.length > 0 ? [`These other changes could not be made again and are no longer in the copy: ${lost.join(", ")}.`] : undefined };
  }

  /** Marks the copy as it is now (Cancel of Apply all puts it back here). */
  async checkpoint(): Promise<number> {
    return this.writes.length;
  }

  /**
   * The copy exactly as it was at `mark`: the file as opened with the writes made before it
   * replayed; every later write (and anything half written by a cancelled apply) is gone.
   */
  async rollback(mark: number): Promise<void> {
    if (!Number.isInteger(mark) || mark < 0 || mark > this.writes.length) throw new Error("that point of the review is not known to this copy");
    const { review, kept, lost } = await replayWrites(this.original, this.author, this.writes.slice(0, mark));
    this.review = review;
    this.writes.splice(0, this.writes.length, ...kept);
    if (lost.length > 0) throw new Error(`the copy was put back, but these earlier changes could not be made again and are no longer in it: ${lost.join(", ")}`);
  }
}

/** Open a .docx held in memory (ArrayBuffer from a file input) for review in the pane. */
export const createDocxHost: CreateDocxHost = async (data, fileName, options) => {
  // Work on a copy: the caller's buffer is never modified.
  const copy = data instanceof Uint8Array ? data.slice() : new Uint8Array(data.slice(0));
  const review = await DocxWriter.open(copy.slice(), { author: options?.author });
  return new DocxHost(fileName, review, copy, options?.author);
};
