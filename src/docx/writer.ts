/**
 * Writing the review into a .docx: each edit as a real tracked change (w:del / w:ins) that replaces
 * only the risky words, a comment anchored on it, and the addendum as a tracked insertion.
 *
 * The input bytes are never touched: the package is read into memory and `save()` builds new bytes.
 * This is the facade; the steps live in `write/`: parts and ids (`parts.ts`), the element builder
 * (`context.ts`), runs (`runs.ts`), one tracked edit (`trackedEdit.ts`), a batch (`edits.ts`),
 * comments (`comments.ts`), the addendum (`addendum.ts`) and how it looks (`addendumLook.ts`).
 */
import type { AddendumParagraph, Paragraph } from "../engine/types";
import type { AddendumPlace } from "../engine/fix/placement";
import type { ApplyItemResult } from "../host/types";
import { loadPart, openDocx, serializeXml } from "./package";
import type { DocxPackage, OpenLimits } from "./package";
import { buildModel, toEngineParagraphs } from "./model";
import { readStyles } from "./styles";
import type { ParagraphModel } from "./model";
import { IdCounter, XmlBuilder, isoDate, type WriteContext } from "./write/context";
import { readNumbering } from "./numbering";
import { REL_NUMBERING, REL_STYLES, firstFreeId, otherPartParagraphs, relatedPaths } from "./parts";
import { CommentsPart } from "./write/comments";
import { writeEdits, type EditRequest } from "./write/edits";
import { writeAddendum } from "./write/addendum";

export type { EditRequest };

export interface WriterOptions extends OpenLimits {
  /** Author of the tracked changes and comments. Default "TermScore". */
  author?: string;
  /** Date written on every change (injectable for deterministic output). Default: now. */
  date?: Date | string;
}

/** A .docx opened for review. */
export class DocxWriter {
  private constructor(
    private readonly ctx: WriteContext,
    private readonly comments: CommentsPart
  ) {}

  static async open(data: ArrayBuffer | Uint8Array, options: WriterOptions = {}): Promise<DocxWriter> {
    const pkg = await openDocx(data, options);
    const author = (options.author ?? "TermScore").trim() || "TermScore";
    const date = isoDate(options.date);
    const [stylesPath] = await relatedPaths(pkg, REL_STYLES);
    const styles = readStyles(stylesPath ? await loadPart(pkg, stylesPath) : undefined);
    const ids = new IdCounter(await firstFreeId(pkg));
    const x = new XmlBuilder(pkg.document.documentElement?.prefix || "w", author, date, ids);
    const [numberingPath] = await relatedPaths(pkg, REL_NUMBERING);
    const model = buildModel(pkg.document, styles, readNumbering(numberingPath ? await loadPart(pkg, numberingPath) : undefined));
    model.push(...(await otherPartParagraphs(pkg, styles)));
    const ctx: WriteContext = { pkg, model, styles, ids, x, dirty: new Set() };
    return new DocxWriter(ctx, await CommentsPart.open(ctx));
  }

  get author(): string {
    return this.ctx.x.author;
  }

  get date(): string {
    return this.ctx.x.date;
  }

  /** Paragraphs as the engine should read them (their tracked changes accepted). */
  paragraphs(): Paragraph[] {
    return toEngineParagraphs(this.ctx.model);
  }

  /** The opened package (the decision log is written into it before `save()`). */
  get package(): DocxPackage {
    return this.ctx.pkg;
  }

  /** The current text model (for tests and the browser host). */
  get paragraphModels(): readonly ParagraphModel[] {
    return this.ctx.model;
  }

  /**
   * Apply edits as tracked changes (or, with `commentOnly`, only anchor the comments).
   * Stale or conflicting requests are reported, never half-applied.
   */
  apply(requests: readonly EditRequest[], options: { commentOnly?: boolean; onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {}): Promise<ApplyItemResult[]> {
    return writeEdits(this.ctx, this.comments, requests, options);
  }

  /** Insert the addendum as tracked insertions where it is signed with the contract; returns where it went. */
  insertAddendum(paragraphs: readonly AddendumParagraph[], options: { comment?: (place: AddendumPlace["reason"]) => string } = {}): Promise<AddendumPlace | null> {
    return writeAddendum(this.ctx, this.comments, paragraphs, options.comment);
  }

  /** The reviewed document as new .docx bytes. */
  async save(): Promise<Uint8Array> {
    const { pkg, dirty } = this.ctx;
    dirty.add(pkg.documentPath);
    for (const path of dirty) {
      const doc = pkg.parts.get(path);
      if (doc) pkg.zip.set(path, serializeXml(doc));
    }
    return pkg.zip.toBytes();
  }

  /** The XML of a part as it is now (tests). */
  partXml(path?: string): string {
    const doc = this.ctx.pkg.parts.get(path ?? this.ctx.pkg.documentPath);
    return doc ? serializeXml(doc) : "";
  }
}
