/**
 * Writing the review into a .docx: each edit as a real tracked change (w:del / w:ins) that replaces
 * only the risky words, a comment anchored on it, and the addendum as a tracked insertion.
 *
 * The input bytes are never touched: the package is read into memory and `save()` builds new bytes.
 */
import type { Document, Element, Node } from "@xmldom/xmldom";
import type { AddendumParagraph, DocumentPart, Paragraph } from "../engine/types";
import type { ApplyItemResult, ApplyRequest } from "../host/types";
import { DocxError, loadPart, openDocx, parseXml, readText, relsPathOf, resolveTarget, serializeXml } from "./package";
import type { DocxPackage, OpenLimits } from "./package";
import { W, XML_NS, buildModel, buildParagraph, elementText, firstW, isW, paragraphStyle, partParagraphs, readStyles, textBoxParagraphs, toEngineParagraphs } from "./model";
import type { ParagraphModel, Styles } from "./model";
import { addendumPlace, type AddendumPlace } from "../engine/fix/placement";
import { minimalEdit } from "../engine/edit/minimalEdit";
import { planEdits, spanProblem } from "../engine/edit/plan";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
const REL_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
/** Parts read besides the body, in the order the engine lists them after the body. */
const OTHER_PARTS: Array<{ rel: string; part: DocumentPart }> = [
  { rel: `${REL_BASE}footnotes`, part: "footnote" },
  { rel: `${REL_BASE}endnotes`, part: "endnote" },
  { rel: `${REL_BASE}header`, part: "header" },
  { rel: `${REL_BASE}footer`, part: "footer" },
];
const CT_COMMENTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

export interface ReviewOptions extends OpenLimits {
  /** Author of the tracked changes and comments. Default "TermScore". */
  author?: string;
  /** Date written on every change (injectable for deterministic output). Default: now. */
  date?: Date | string;
}

/** One edit to write: the pane's ApplyRequest, where the id and the scanned paragraph text are optional. */
export type EditRequest = Omit<ApplyRequest, "id" | "paragraphText"> & Partial<Pick<ApplyRequest, "id" | "paragraphText">>;

function isoDate(d: Date | string | undefined): string {
  const date = d === undefined ? new Date() : typeof d === "string" ? new Date(d) : d;
  if (Number.isNaN(date.getTime())) throw new Error("invalid date for tracked changes");
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function initials(author: string): string {
  return (
    author
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w[0].toUpperCase())
      .join("")
      .slice(0, 9) || "TS"
  );
}

/** A .docx opened for review. */
const PART_NAME: Record<DocumentPart, string> = { body: "body paragraph", footnote: "footnote", endnote: "endnote", header: "header", footer: "footer", textbox: "text box" };

export class DocxReview {
  readonly author: string;
  readonly date: string;
  private model: ParagraphModel[] = [];
  private styles: Styles = { byId: new Map() };
  private nextId = 1;
  private prefix = "w";
  private comments: Document | undefined;
  private commentsPath = "";
  private dirty = new Set<string>();

  private constructor(
    private readonly pkg: DocxPackage,
    options: ReviewOptions
  ) {
    this.author = (options.author ?? "TermScore").trim() || "TermScore";
    this.date = isoDate(options.date);
  }

  static async open(data: ArrayBuffer | Uint8Array, options: ReviewOptions = {}): Promise<DocxReview> {
    const pkg = await openDocx(data, options);
    const review = new DocxReview(pkg, options);
    await review.init();
    return review;
  }

  private async init(): Promise<void> {
    const doc = this.pkg.document;
    this.prefix = doc.documentElement?.prefix || "w";
    const stylesPath = await this.relatedPath(REL_STYLES);
    const styles = stylesPath ? await loadPart(this.pkg, stylesPath) : undefined;
    this.styles = readStyles(styles);
    const commentsPath = await this.relatedPath(REL_COMMENTS);
    if (commentsPath) {
      this.commentsPath = commentsPath;
      this.comments = await loadPart(this.pkg, commentsPath);
    }
    // New ids must never collide with any id already used in the document's parts (body,
    // comments, notes, headers: revision, comment and bookmark ids share one counter here).
    const dir = this.pkg.documentPath.slice(0, this.pkg.documentPath.lastIndexOf("/") + 1);
    let max = 0;
    for (const name of this.pkg.zip.names()) {
      if (!name.startsWith(dir) || !name.endsWith(".xml") || this.pkg.zip.isFolder(name)) continue;
      const text = await readText(this.pkg, name);
      if (text === undefined) continue;
      const re = /:id="(\d{1,10})"/g;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const n = Number(m[1]);
        if (n < 2 ** 31 - 1) max = Math.max(max, n);
      }
    }
    if (max > 2 ** 31 - 100000) throw new DocxError("the document uses revision ids too large to add more", "corrupt");
    this.nextId = max + 1;
    this.model = buildModel(doc, this.styles);
    await this.readOtherParts();
  }

  /**
   * Footnotes, endnotes, headers, footers and text boxes, after the body (so body indexes do not
   * depend on them). Identical headers or footers (the same text in several sections) are read once.
   */
  private async readOtherParts(): Promise<void> {
    const seen = new Set<string>();
    const add = (p: Element, part: DocumentPart): void => {
      const built = buildParagraph(p, "accept", []);
      if (!/\S/.test(built.text)) return;
      const key = `${part}\u0000${built.text}`;
      if ((part === "header" || part === "footer") && seen.has(key)) return;
      seen.add(key);
      this.model.push({ p, text: built.text, segments: built.segments, inTable: false, fieldIn: [], part, ...paragraphStyle(p, this.styles) });
    };
    for (const p of textBoxParagraphs(this.pkg.document)) add(p, "textbox");
    for (const { rel, part } of OTHER_PARTS) {
      for (const path of await this.relatedPaths(rel)) {
        const partDoc = await loadPart(this.pkg, path);
        if (!partDoc) continue;
        for (const p of partParagraphs(partDoc)) add(p, part);
      }
    }
  }

  /** Adds a paragraph at the end of the body, before the footnotes, headers and other parts. */
  private pushBody(m: ParagraphModel): void {
    const at = this.model.findIndex((x) => x.part !== undefined);
    if (at < 0) this.model.push(m);
    else this.model.splice(at, 0, m);
  }

  /** Every internal target of a relationship type, in the order the relationships list them. */
  private async relatedPaths(type: string): Promise<string[]> {
    const { doc } = await this.relsDoc();
    const list = doc.getElementsByTagName("Relationship");
    const out: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (r.getAttribute("Type") === type && r.getAttribute("TargetMode") !== "External") {
        const path = resolveTarget(this.pkg.documentPath, r.getAttribute("Target") ?? "");
        if (!out.includes(path)) out.push(path);
      }
    }
    return out;
  }

  /** Paragraphs as the engine should read them (their tracked changes accepted). */
  paragraphs(): Paragraph[] {
    return toEngineParagraphs(this.model);
  }

  /** The opened package (the decision log is written into it before `save()`). */
  get package(): DocxPackage {
    return this.pkg;
  }

  /** The current text model (for tests and the browser host). */
  get paragraphModels(): readonly ParagraphModel[] {
    return this.model;
  }

  private async relsDoc(): Promise<{ path: string; doc: Document }> {
    const path = relsPathOf(this.pkg.documentPath);
    let doc = await loadPart(this.pkg, path);
    if (!doc) {
      doc = parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${REL_NS}"/>`, path);
      this.pkg.parts.set(path, doc);
    }
    return { path, doc };
  }

  private async relatedPath(type: string): Promise<string | undefined> {
    const { doc } = await this.relsDoc();
    const list = doc.getElementsByTagName("Relationship");
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (r.getAttribute("Type") === type && r.getAttribute("TargetMode") !== "External") {
        return resolveTarget(this.pkg.documentPath, r.getAttribute("Target") ?? "");
      }
    }
    return undefined;
  }

  private async addPart(type: string, contentType: string, fileName: string, xml: string): Promise<{ path: string; doc: Document }> {
    const { path: relsPath, doc: rels } = await this.relsDoc();
    const list = rels.getElementsByTagName("Relationship");
    const ids = new Set<string>();
    for (let i = 0; i < list.length; i++) ids.add(list[i].getAttribute("Id") ?? "");
    let n = 1;
    while (ids.has(`rIdTs${n}`)) n++;
    const dir = this.pkg.documentPath.slice(0, this.pkg.documentPath.lastIndexOf("/") + 1);
    let path = dir + fileName;
    for (let k = 2; this.pkg.zip.has(path); k++) path = `${dir}${fileName.replace(/\.xml$/, "")}${k}.xml`;
    const rel = rels.createElementNS(REL_NS, "Relationship");
    rel.setAttribute("Id", `rIdTs${n}`);
    rel.setAttribute("Type", type);
    rel.setAttribute("Target", path.slice(dir.length));
    rels.documentElement!.appendChild(rel);
    this.dirty.add(relsPath);
    const ct = await loadPart(this.pkg, "[Content_Types].xml");
    if (!ct || !ct.documentElement) throw new DocxError("the package has no [Content_Types].xml", "corrupt");
    const override = ct.createElementNS(CT_NS, "Override");
    override.setAttribute("PartName", `/${path}`);
    override.setAttribute("ContentType", contentType);
    ct.documentElement.appendChild(override);
    this.dirty.add("[Content_Types].xml");
    const doc = parseXml(xml, path);
    this.pkg.parts.set(path, doc);
    this.dirty.add(path);
    return { path, doc };
  }

  // ---- element helpers -------------------------------------------------------------------

  private el(doc: Document, name: string, attrs: Record<string, string> = {}): Element {
    const e = doc.createElementNS(W, `${this.prefix}:${name}`);
    for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(W, `${this.prefix}:${k}`, v);
    return e;
  }

  private change(doc: Document, kind: "ins" | "del"): Element {
    return this.el(doc, kind, { id: String(this.nextId++), author: this.author, date: this.date });
  }

  private textEl(doc: Document, name: "t" | "delText", text: string): Element {
    const t = this.el(doc, name);
    t.setAttributeNS(XML_NS, "xml:space", "preserve");
    t.appendChild(doc.createTextNode(text));
    return t;
  }

  /** A run with the given formatting holding `text` (tabs and line breaks as Word elements). */
  private makeRun(doc: Document, rPr: Element | null, text: string): Element {
    const r = this.el(doc, "r");
    if (rPr) r.appendChild(this.cleanRPr(rPr));
    const parts = text.split(/([\t\n])/);
    for (const part of parts) {
      if (part === "\t") r.appendChild(this.el(doc, "tab"));
      else if (part === "\n") r.appendChild(this.el(doc, "br"));
      else if (part) r.appendChild(this.textEl(doc, "t", part));
    }
    return r;
  }

  /** A copy of run properties without revision marks (a formatting change belongs to its own run). */
  private cleanRPr(rPr: Element): Element {
    const copy = rPr.cloneNode(true) as Element;
    for (let c = copy.firstChild; c; ) {
      const next = c.nextSibling;
      if (isW(c, "rPrChange") || isW(c, "ins") || isW(c, "del") || isW(c, "moveFrom") || isW(c, "moveTo")) copy.removeChild(c);
      c = next;
    }
    return copy;
  }

  /** Make sure a run boundary falls at `offset` of the paragraph. */
  private splitAt(m: ParagraphModel, offset: number): void {
    const seg = m.segments.find((s) => s.start < offset && offset < s.end);
    if (!seg) return;
    const doc = m.p.ownerDocument!;
    const k = offset - seg.start;
    const child = seg.child;
    const text = elementText(child);
    const right = child.cloneNode(false) as Element;
    right.appendChild(doc.createTextNode(text.slice(k)));
    while (child.firstChild) child.removeChild(child.firstChild);
    child.appendChild(doc.createTextNode(text.slice(0, k)));
    child.setAttributeNS(XML_NS, "xml:space", "preserve");
    right.setAttributeNS(XML_NS, "xml:space", "preserve");
    seg.run.insertBefore(right, child.nextSibling);
    this.splitRunBefore(seg.run, right);
  }

  /** Move `from` and everything after it in `run` into a new run with the same properties. */
  private splitRunBefore(run: Element, from: Node): Element {
    const twin = run.cloneNode(false) as Element;
    const rPr = firstW(run, "rPr");
    if (rPr) {
      const copy = rPr.cloneNode(true) as Element;
      // A formatting revision copied into both halves needs its own id in the second one.
      for (let c = copy.firstChild; c; c = c.nextSibling) if (isW(c, "rPrChange")) (c as Element).setAttributeNS(W, `${this.prefix}:id`, String(this.nextId++));
      twin.appendChild(copy);
    }
    let n: Node | null = from;
    while (n) {
      const next: Node | null = n.nextSibling;
      twin.appendChild(n);
      n = next;
    }
    run.parentNode!.insertBefore(twin, run.nextSibling);
    return twin;
  }

  /**
   * Climb out of tracked-insertion containers (the other side's w:ins / w:moveTo), splitting them,
   * so new content can go right after `node` without nesting one insertion in another.
   */
  private climbOutOfInsertions(node: Element): Element {
    let anchor = node;
    while (isW(anchor.parentNode, "ins") || isW(anchor.parentNode, "moveTo")) {
      const container = anchor.parentNode as Element;
      if (anchor.nextSibling) {
        const twin = container.cloneNode(false) as Element;
        twin.setAttributeNS(W, `${this.prefix}:id`, String(this.nextId++));
        let n: Node | null = anchor.nextSibling;
        while (n) {
          const next: Node | null = n.nextSibling;
          twin.appendChild(n);
          n = next;
        }
        container.parentNode!.insertBefore(twin, container.nextSibling);
      }
      anchor = container;
    }
    return anchor;
  }

  private rebuild(index: number): void {
    const m = this.model[index];
    const built = buildParagraph(m.p, "accept", m.fieldIn);
    m.text = built.text;
    m.segments = built.segments;
  }

  private async addComment(text: string): Promise<number> {
    if (!this.comments) {
      const root = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}"/>`;
      const { path, doc } = await this.addPart(REL_COMMENTS, CT_COMMENTS, "comments.xml", root);
      this.comments = doc;
      this.commentsPath = path;
    }
    const doc = this.comments;
    const id = this.nextId++;
    const prefix = doc.documentElement!.lookupPrefix(W) || "w";
    const mk = (name: string, attrs: Record<string, string> = {}): Element => {
      const e = doc.createElementNS(W, `${prefix}:${name}`);
      for (const [k, v] of Object.entries(attrs)) e.setAttributeNS(W, `${prefix}:${k}`, v);
      return e;
    };
    const comment = mk("comment", { id: String(id), author: this.author, date: this.date, initials: initials(this.author) });
    text.split("\n").forEach((line, i) => {
      const p = mk("p");
      if (i === 0) {
        const refRun = mk("r");
        refRun.appendChild(mk("annotationRef"));
        p.appendChild(refRun);
      }
      const r = mk("r");
      const t = mk("t");
      t.setAttributeNS(XML_NS, "xml:space", "preserve");
      t.appendChild(doc.createTextNode(line));
      r.appendChild(t);
      p.appendChild(r);
      comment.appendChild(p);
    });
    doc.documentElement!.appendChild(comment);
    this.dirty.add(this.commentsPath);
    return id;
  }

  /**
   * Apply edits as tracked changes (or, with `commentOnly`, only anchor the comments).
   * Stale or conflicting requests are reported, never half-applied.
   */
  async apply(requests: readonly EditRequest[], options: { commentOnly?: boolean; onProgress?: (done: number, total: number) => void } = {}): Promise<ApplyItemResult[]> {
    const results: ApplyItemResult[] = new Array(requests.length);
    // Validate everything first against the text as it is now.
    const spans = requests.map((r, i): EditRequest | null => {
      const id = r.id ?? String(i);
      const m = this.model[r.paragraph];
      const problem = m ? spanProblem(r, m.text) : "range";
      if (problem === "range" && m && Number.isInteger(r.start) && Number.isInteger(r.end) && r.start === r.end) {
        results[i] = { id, status: "failed", message: "The request names no words to change.", reason: "bad-request" };
      } else if (problem === "range") {
        results[i] = { id, status: "stale", message: "The paragraph is no longer where the scan found it.", reason: "stale" };
      } else if ((r.paragraphText !== undefined && r.paragraphText !== m.text) || problem === "original") {
        results[i] = { id, status: "stale", message: "The words changed since the scan; scan again.", reason: "stale" };
      } else if (m.part) {
        results[i] = { id, status: "failed", message: `The words are in a ${PART_NAME[m.part]}; TermScore writes tracked changes in the body text only, so edit them there by hand.`, reason: "part-not-editable" };
      } else if (m.segments.some((s) => s.inField && s.end > r.start && s.start < r.end)) {
        results[i] = { id, status: "failed", message: "The words are inside a field; edit them in Word." };
      } else return r;
      return null;
    });
    // Overlapping requests: the earlier one in the list wins (the caller's priority, graver risk
    // first). One edit shared by several findings of a clause (the engine states a restriction once
    // per clause) is written once, with one comment; every finding that shares it is applied.
    const plan = planEdits(spans);
    plan.verdicts.forEach((v, i) => {
      const id = requests[i].id ?? String(i);
      if (v?.kind === "same") results[i] = { id, status: "applied" };
      else if (v?.kind === "overlap") results[i] = { id, status: "failed", message: "It overlaps another change in the same words.", reason: "overlap" };
    });
    // Last edit first in each paragraph, so earlier offsets stay valid.
    const accepted = plan.order;
    let done = 0;
    for (const i of accepted) {
      const r = requests[i];
      await this.applyOne(r, !!options.commentOnly);
      results[i] = { id: r.id ?? String(i), status: "applied" };
      options.onProgress?.(++done, accepted.length);
    }
    return results;
  }

  /** Where new inline content goes at a text position: after `before`, or before `after`, outside any insertion. */
  private insertionPoint(m: ParagraphModel, before?: Element, after?: Element): { parent: Node; next: Node | null } {
    if (before) {
      const a = this.climbOutOfInsertions(before);
      return { parent: a.parentNode!, next: a.nextSibling };
    }
    if (after) {
      let a: Element = after;
      while (isW(a.parentNode, "ins") || isW(a.parentNode, "moveTo")) a = a.parentNode as Element;
      return { parent: a.parentNode!, next: a };
    }
    return { parent: m.p, next: null };
  }

  private async applyOne(r: EditRequest, commentOnly: boolean): Promise<void> {
    const m = this.model[r.paragraph];
    const doc = m.p.ownerDocument!;
    const change = !commentOnly && r.replacement !== r.original;
    // Only the words that differ are deleted and inserted; shared leading / trailing words stay.
    const { keepStart: prefix, keepEnd: suffix } = change ? minimalEdit(r.original, r.replacement) : { keepStart: 0, keepEnd: 0 };
    const ds = r.start + prefix;
    const de = r.end - suffix;
    const insText = r.replacement.slice(prefix, r.replacement.length - suffix);
    for (const at of new Set([r.start, ds, de, r.end])) {
      this.splitAt(m, at);
      this.rebuild(r.paragraph);
    }
    const runsIn = (a: number, b: number): Element[] => {
      const out: Element[] = [];
      for (const s of m.segments) if (s.start >= a && s.end <= b && s.end > s.start && out[out.length - 1] !== s.run) out.push(s.run);
      return out;
    };
    const runs = runsIn(r.start, r.end);
    const delRuns = change ? runsIn(ds, de) : [];
    const before = m.segments.filter((s) => s.end <= ds).pop()?.run;
    const after = m.segments.find((s) => s.start >= de)?.run;
    const source = delRuns[0] ?? runs[0] ?? before ?? after;
    const rPr = source ? firstW(source, "rPr") : null;
    const cid = r.comment ? await this.addComment(r.comment) : -1;

    const dels: Element[] = [];
    let ins: Element | undefined;
    if (change) {
      for (const run of delRuns) {
        for (let c = run.firstChild; c; c = c.nextSibling) {
          if (isW(c, "t")) {
            const dt = this.textEl(doc, "delText", elementText(c));
            run.replaceChild(dt, c);
            c = dt;
          }
        }
        const prev = dels[dels.length - 1];
        if (prev && prev.nextSibling === run) prev.appendChild(run);
        else {
          const del = this.change(doc, "del");
          run.parentNode!.insertBefore(del, run);
          del.appendChild(run);
          dels.push(del);
        }
      }
      if (insText) {
        ins = this.change(doc, "ins");
        ins.appendChild(this.makeRun(doc, rPr, insText));
        const at = this.insertionPoint(m, dels[dels.length - 1] ?? before, dels.length ? undefined : after);
        at.parent.insertBefore(ins, at.next);
      }
    }
    if (cid < 0) return this.rebuild(r.paragraph);
    // The comment spans the whole risky words and the insertion.
    const top = (run: Element): Element => (dels.includes(run.parentNode as Element) ? (run.parentNode as Element) : run);
    const first: Element | undefined = ins && !dels.length && ds === r.start ? ins : runs.length ? top(runs[0]) : ins;
    const last: Element | undefined = suffix > 0 || !change ? (runs.length ? top(runs[runs.length - 1]) : ins) : (ins ?? (dels.length ? dels[dels.length - 1] : undefined));
    const rangeStart = this.el(doc, "commentRangeStart", { id: String(cid) });
    const rangeEnd = this.el(doc, "commentRangeEnd", { id: String(cid) });
    let at: { parent: Node; next: Node | null };
    if (first && last) {
      first.parentNode!.insertBefore(rangeStart, first);
      at = this.insertionPoint(m, last);
    } else {
      at = this.insertionPoint(m, before, after);
      at.parent.insertBefore(rangeStart, at.next);
    }
    at.parent.insertBefore(rangeEnd, at.next);
    at.parent.insertBefore(this.referenceRun(doc, String(cid)), at.next);
    this.rebuild(r.paragraph);
  }

  private referenceRun(doc: Document, id: string): Element {
    const r = this.el(doc, "r");
    r.appendChild(this.el(doc, "commentReference", { id }));
    return r;
  }

  /**
   * Insert the addendum, every paragraph a tracked insertion, where it is signed with the contract:
   * before the signature block, right after an addendum being extended, or else at the end of the
   * body. Its paragraphs take the body text's own style, font and size (headings in bold, never the
   * document's heading styles, whose list numbering would prefix "14.1" to "AI-1"). With `comment`,
   * a comment on the title says why it is there. Returns where it went.
   */
  async insertAddendum(paragraphs: readonly AddendumParagraph[], options: { comment?: (place: AddendumPlace["reason"]) => string } = {}): Promise<AddendumPlace | null> {
    if (!paragraphs.length) return null;
    const doc = this.pkg.document;
    const body = firstW(doc.documentElement!, "body");
    if (!body) throw new DocxError("the document has no body", "not-word");
    const bodyModel = this.model.filter((m) => !m.part);
    const place = addendumPlace(bodyModel.map((m) => ({ text: m.text, ...(m.inTable ? { inTable: true } : {}) })));
    /** The child of the body that holds a paragraph (the paragraph itself, or its table). */
    const topLevel = (el: Element): Element => {
      let e: Element = el;
      while (e.parentNode && e.parentNode !== body) e = e.parentNode as Element;
      return e;
    };
    let sectPr: Node | null = null;
    for (let c = body.lastChild; c; c = c.previousSibling) {
      if (isW(c, "sectPr")) {
        sectPr = c;
        break;
      }
      if (c.nodeType === 1) break;
    }
    let before: Node | null = sectPr;
    let modelAt = bodyModel.length;
    let tail: Element | null = null;
    if (place.reason === "signature-block" || place.reason === "additional-terms") {
      before = topLevel(bodyModel[place.before].p);
      modelAt = place.before;
    } else if (place.reason === "extends-addendum") {
      const after = topLevel(bodyModel[place.after].p);
      before = after.nextSibling;
      modelAt = place.after + 1;
    }
    if (before === sectPr) tail = this.markLastParagraphInserted(doc, body, sectPr);
    const look = this.bodyLook(bodyModel, "before" in place ? place.before : bodyModel.length);
    const inserted: ParagraphModel[] = [];
    let titleIns: Element | null = null;
    for (const a of paragraphs) {
      const p = this.el(doc, "p");
      p.appendChild(this.addendumPPr(doc, look, a.kind));
      if (a.text) {
        const ins = this.change(doc, "ins");
        ins.appendChild(this.makeRun(doc, this.addendumRPr(doc, look.rPr, a.kind !== "body"), a.text));
        p.appendChild(ins);
        if (a.kind === "title" && !titleIns) titleIns = ins;
      }
      body.insertBefore(p, before);
      const built = buildParagraph(p, "accept", []);
      inserted.push({ p, text: built.text, segments: built.segments, inTable: false, fieldIn: [], ...paragraphStyle(p, this.styles) });
    }
    if (titleIns && options.comment) {
      const cid = await this.addComment(options.comment(place.reason));
      titleIns.parentNode!.insertBefore(this.el(doc, "commentRangeStart", { id: String(cid) }), titleIns);
      const end = this.el(doc, "commentRangeEnd", { id: String(cid) });
      titleIns.parentNode!.insertBefore(end, titleIns.nextSibling);
      titleIns.parentNode!.insertBefore(this.referenceRun(doc, String(cid)), end.nextSibling);
      const first = inserted.find((m) => m.p === titleIns!.parentNode);
      if (first) {
        const built = buildParagraph(first.p, "accept", []);
        first.text = built.text;
        first.segments = built.segments;
      }
    }
    if (tail) {
      body.insertBefore(tail, sectPr);
      const built = buildParagraph(tail, "accept", []);
      inserted.push({ p: tail, text: built.text, segments: built.segments, inTable: false, fieldIn: [], ...paragraphStyle(tail, this.styles) });
    }
    // the model lists body paragraphs in document order, then the other parts
    const at = this.model.indexOf(bodyModel[modelAt] ?? this.model.find((m) => m.part) ?? (undefined as unknown as ParagraphModel));
    if (at < 0) for (const m of inserted) this.pushBody(m);
    else this.model.splice(at, 0, ...inserted);
    this.dirty.add(this.pkg.documentPath);
    return place;
  }

  /**
   * Appending after the last paragraph: its mark becomes part of the insertion and an empty
   * paragraph with the same properties takes over as the final mark, so that rejecting all gives
   * back the original exactly. Returns that new final paragraph (to add after the addendum).
   */
  private markLastParagraphInserted(doc: Document, body: Element, sectPr: Node | null): Element | null {
    let last: Element | null = null;
    for (let c = sectPr ? sectPr.previousSibling : body.lastChild; c; c = c.previousSibling) {
      if (c.nodeType !== 1) continue;
      if (isW(c, "p")) last = c;
      break;
    }
    const lastPPr = last && firstW(last, "pPr");
    const lastMark = lastPPr && firstW(lastPPr, "rPr");
    if (!last || (lastPPr && firstW(lastPPr, "sectPr")) || (lastMark && (firstW(lastMark, "ins") || firstW(lastMark, "del")))) return null;
    const tail = this.el(doc, "p");
    if (lastPPr) {
      const copy = lastPPr.cloneNode(true) as Element;
      // A revision copied along (pPrChange, rPrChange) needs an id of its own.
      const withId = copy.getElementsByTagNameNS(W, "*");
      for (let i = 0; i < withId.length; i++) if (withId[i].hasAttributeNS(W, "id")) withId[i].setAttributeNS(W, `${this.prefix}:id`, String(this.nextId++));
      tail.appendChild(copy);
    }
    let pPr = lastPPr;
    if (!pPr) {
      pPr = this.el(doc, "pPr");
      last.insertBefore(pPr, last.firstChild);
    }
    let rPr = firstW(pPr, "rPr");
    if (!rPr) {
      rPr = this.el(doc, "rPr");
      // Schema order: the mark's rPr comes before sectPr and pPrChange.
      pPr.insertBefore(rPr, firstW(pPr, "sectPr") ?? firstW(pPr, "pPrChange"));
    }
    rPr.insertBefore(this.change(doc, "ins"), rPr.firstChild);
    return tail;
  }

  /**
   * How the contract's body text looks: the paragraph style, spacing and alignment of an ordinary
   * clause near `near` (no heading, no list, some length), and the run properties of its text.
   */
  private bodyLook(body: readonly ParagraphModel[], near: number): { pStyle: string | null; spacing: Element | null; jc: string | null; rPr: Element | null } {
    const ok = (m: ParagraphModel): boolean => !m.inTable && !m.headingLevel && m.text.length >= 60 && !/^list|heading|title/i.test(m.style ?? "");
    let pick: ParagraphModel | undefined;
    for (let i = Math.min(near, body.length) - 1; i >= 0 && !pick; i--) if (ok(body[i])) pick = body[i];
    for (let i = near; i < body.length && !pick; i++) if (ok(body[i])) pick = body[i];
    if (!pick) return { pStyle: null, spacing: null, jc: null, rPr: null };
    const pPr = firstW(pick.p, "pPr");
    const styleEl = pPr ? firstW(pPr, "pStyle") : null;
    const pStyle = styleEl ? styleEl.getAttributeNS(W, "val") || styleEl.getAttribute(`${this.prefix}:val`) : null;
    const spacing = pPr ? firstW(pPr, "spacing") : null;
    const jcEl = pPr ? firstW(pPr, "jc") : null;
    const jc = jcEl ? jcEl.getAttributeNS(W, "val") || jcEl.getAttribute(`${this.prefix}:val`) : null;
    // the run properties of its longest run of text
    let rPr: Element | null = null;
    let longest = -1;
    for (const s of pick.segments) {
      const len = s.end - s.start;
      if (len > longest) {
        longest = len;
        rPr = firstW(s.run, "rPr");
      }
    }
    return { pStyle, spacing, jc: jc === "both" || jc === "left" || jc === "start" || jc === "justify" ? jc : null, rPr };
  }

  /** Paragraph properties of an addendum paragraph, in schema order; no list numbering. */
  private addendumPPr(doc: Document, look: { pStyle: string | null; spacing: Element | null; jc: string | null; rPr: Element | null }, kind: AddendumParagraph["kind"]): Element {
    const pPr = this.el(doc, "pPr");
    if (look.pStyle) pPr.appendChild(this.el(doc, "pStyle", { val: look.pStyle }));
    if (kind !== "body") pPr.appendChild(this.el(doc, "keepNext"));
    // a body style that numbers its paragraphs would number the addendum too: numbering off
    if (look.pStyle && look.pStyle !== this.styles.defaultParagraph) {
      const numPr = this.el(doc, "numPr");
      numPr.appendChild(this.el(doc, "ilvl", { val: "0" }));
      numPr.appendChild(this.el(doc, "numId", { val: "0" }));
      pPr.appendChild(numPr);
    }
    if (kind === "title") pPr.appendChild(this.el(doc, "spacing", { before: "240", after: "120" }));
    else if (look.spacing) pPr.appendChild(look.spacing.cloneNode(true) as Element);
    pPr.appendChild(this.el(doc, "ind", { left: "0", firstLine: "0" }));
    if (kind === "title") pPr.appendChild(this.el(doc, "jc", { val: "center" }));
    else if (look.jc && kind === "body") pPr.appendChild(this.el(doc, "jc", { val: look.jc }));
    // the paragraph mark looks like the text too (its font and size), and is a tracked insertion
    const mark = this.addendumRPr(doc, look.rPr, kind !== "body") ?? this.el(doc, "rPr");
    mark.insertBefore(this.change(doc, "ins"), mark.firstChild);
    pPr.appendChild(mark);
    return pPr;
  }

  /** The body text's run properties, bold for the title and headings. */
  private addendumRPr(doc: Document, base: Element | null, bold: boolean): Element | null {
    const rPr = base ? this.cleanRPr(base) : this.el(doc, "rPr");
    for (let c = rPr.firstChild; c; ) {
      const next = c.nextSibling;
      // the clause's emphasis is not the addendum's: no bold, italic, underline, highlight or colour of its own
      if (isW(c, "b") || isW(c, "bCs") || isW(c, "i") || isW(c, "iCs") || isW(c, "u") || isW(c, "highlight") || isW(c, "color") || isW(c, "caps") || isW(c, "vanish")) rPr.removeChild(c);
      c = next;
    }
    if (bold) {
      // schema order: rStyle, rFonts come before b
      let at: Node | null = rPr.firstChild;
      while (at && (isW(at, "rStyle") || isW(at, "rFonts"))) at = at.nextSibling;
      rPr.insertBefore(this.el(doc, "bCs"), at);
      rPr.insertBefore(this.el(doc, "b"), rPr.getElementsByTagNameNS(W, "bCs")[0]);
    }
    return rPr.firstChild ? rPr : null;
  }

  /** The reviewed document as new .docx bytes. */
  async save(): Promise<Uint8Array> {
    this.dirty.add(this.pkg.documentPath);
    for (const path of this.dirty) {
      const doc = this.pkg.parts.get(path);
      if (doc) this.pkg.zip.set(path, serializeXml(doc));
    }
    return this.pkg.zip.toBytes();
  }

  /** The XML of a part as it is now (tests). */
  partXml(path?: string): string {
    const doc = this.pkg.parts.get(path ?? this.pkg.documentPath);
    return doc ? serializeXml(doc) : "";
  }
}
