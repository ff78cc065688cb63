/**
 * A small fake of the Word JavaScript object model, faithful to the documented behaviour the
 * Word layer depends on (office-addin-mock 4 cannot emulate collection loads, search(),
 * insertComment, Word.run or batches):
 *
 * - Every object is a proxy. Methods and property writes are queued; they run, in order, at
 *   `context.sync()`. Reading a property, `items` or a ClientResult's `value` before it was
 *   loaded and synced throws, as Office.js does.
 * - A failing operation makes `sync()` reject; the operations queued before it stay done, the
 *   ones after it are dropped (their proxies never resolve).
 * - Tracked changes: `Paragraph.text`, `Range.text` and `search()` include tracked-deleted
 *   text (as on Word on the web); `getReviewedText("Current" | "Original")` gives the text with
 *   the changes accepted / rejected. With `changeTrackingMode` "TrackAll" or "TrackMineOnly",
 *   `insertText(…, "Replace")` marks the old words deleted and inserts the new ones; deleting
 *   the current author's own insertion removes it outright.
 * - `search()` refuses strings over 255 characters (SearchStringInvalidOrTooLong), interprets
 *   `^` codes (^^ ^t ^s ^l ^- ^~; anything else is InvalidArgument), matches case-sensitively
 *   when asked, never crosses the paragraph, returns non-overlapping matches left to right,
 *   and — like Word — lets straight and curly quotes match each other.
 * - A new paragraph takes the style, the font (name, size, colour, bold, italic) and the list
 *   membership of the paragraph it was inserted after (or before), unless set; `detachFromList()`
 *   takes a paragraph out of its list.
 *
 * - Tracked changes carry their author; `getTrackedChanges()` on a range lists every change with
 *   a character in it (nested ones too: our deletion of their insertion is two changes), each
 *   with `author`, `type`, `text` and `getRange()`; `compareLocationWith` compares two ranges.
 * - `hideDeletions` models Word desktop in Simple Markup / No Markup: `Paragraph.text`,
 *   `Range.text` and `search()` leave out tracked-deleted text.
 * - Objects can be used in a later `Word.run(object, batch)` only if they were added to
 *   `context.trackedObjects` (otherwise InvalidObjectPath, as in Word).
 * - Footnotes and endnotes (WordApi 1.5, `body.footnotes` / `body.endnotes`) and the headers and
 *   footers of each section (`sections.getHeader/getFooter`) are separate stories.
 * - Paragraphs can be walked with `paragraphs.getFirst()` and `getNext()` without loading them.
 *
 * Failures are injected with `fake.failWhen` (per operation) or `fake.protectedDocument`.
 * `fake.syncs` counts round trips; `fake.ops` logs every executed operation.
 */

import type { WordGlobal } from "../../src/word";

export const AUTHOR = "You";
export const OTHER_AUTHOR = "Counterparty";

interface Char {
  ch: string;
  /** Tracked insertion: change id. */
  ins?: number;
  /** Tracked deletion: change id. */
  del?: number;
  /** Removed from the document (kept so that range boundaries stay valid). */
  gone?: boolean;
  /** Part of a field result that search() does not see (text and Paragraph.text do). */
  field?: boolean;
}

interface Change {
  id: number;
  type: "Added" | "Deleted";
  author: string;
}

/** A paragraph's font, as `Paragraph.font` gives it (uniform across the paragraph in the fake). */
export interface FontModel {
  name: string;
  size: number;
  color: string;
  bold: boolean;
  italic: boolean;
}

export const DEFAULT_FONT: FontModel = { name: "Calibri", size: 11, color: "#000000", bold: false, italic: false };

export interface ParaModel {
  chars: Char[];
  /** Absent: DEFAULT_FONT. */
  font?: FontModel;
  /** An item of a numbered or bulleted list (`isListItem`). */
  listItem?: boolean;
  /** Its list level (`listItemOrNullObject.level`, default 0) and the label Word shows (`listString`). */
  listLevel?: number;
  listString?: string;
  style: string;
  styleBuiltIn: string;
  outlineLevel: number;
  tableNestingLevel: number;
  /** The paragraph itself is a tracked insertion. */
  insMark?: number;
  gone?: boolean;
}

interface RangeModel {
  para: ParaModel;
  /** Boundaries: the char the range starts at / ends before; null = end of paragraph. */
  start: Char | null;
  end: Char | null;
}

interface CommentModel {
  content: string;
  range: RangeModel;
  author: string;
  resolved?: boolean;
}

/** The header and footer stories of one section, by type. */
export interface SectionModel {
  headers: Record<HeaderFooter, ParaModel[]>;
  footers: Record<HeaderFooter, ParaModel[]>;
}
type HeaderFooter = "Primary" | "FirstPage" | "EvenPages";

export interface FakeOp {
  name: string;
  /** Sequence number among all executed-or-attempted operations. */
  seq: number;
  args: unknown[];
}

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

const WRITE_OPS = new Set([
  "insertText",
  "insertComment",
  "delete comment",
  "set resolved",
  "insertParagraph",
  "set changeTrackingMode",
  "set styleBuiltIn",
  "set style",
  "delete",
  "accept",
  "reject",
  "set font.name",
  "set font.size",
  "set font.color",
  "set font.bold",
  "set font.italic",
  "detachFromList",
]);

/** A paragraph as a test writes it: plain text, or runs with tracked insertions / deletions by the other side. */
export type FakeParagraphSpec =
  | string
  | {
      text?: string;
      /**
       * Runs; `ins` / `del` are tracked changes by `author` (default the other side). `deletedBy`
       * on an insertion: another author's tracked deletion of it (a change nested in a change).
       */
      runs?: Array<{ text: string; ins?: boolean; del?: boolean; field?: boolean; author?: string; deletedBy?: string }>;
      styleBuiltIn?: string;
      style?: string;
      tableNestingLevel?: number;
      font?: Partial<FontModel>;
      listItem?: boolean;
      listLevel?: number;
      listString?: string;
    };

export interface FakeWordOptions {
  changeTrackingMode?: "Off" | "TrackAll" | "TrackMineOnly";
  /** Highest WordApi set reported ("1.1" … "1.9"), null for no Office.context.requirements. Default 1.6. */
  wordApi?: string | null;
  /** Word desktop in Simple Markup / No Markup: Paragraph.text and search() leave out tracked deletions. */
  hideDeletions?: boolean;
  /** Footnotes and endnotes, each a list of paragraphs. */
  footnotes?: FakeParagraphSpec[][];
  endnotes?: FakeParagraphSpec[][];
  /** Headers and footers per section (default: one section with empty ones). */
  sections?: Array<{ headers?: Partial<Record<HeaderFooter, FakeParagraphSpec[]>>; footers?: Partial<Record<HeaderFooter, FakeParagraphSpec[]>> }>;
  /** Shapes in the main body (WordApiDesktop 1.2): text boxes have paragraphs, pictures none. */
  shapes?: Array<{ type: "TextBox" | "Picture" | "GeometricShape"; paragraphs?: FakeParagraphSpec[] }>;
  /** Whether WordApiDesktop 1.2 (body.shapes) is reported. Default: false. */
  desktop12?: boolean;
}

export class FakeWord {
  paragraphs: ParaModel[] = [];
  comments: CommentModel[] = [];
  changes = new Map<number, Change>();
  changeTrackingMode: "Off" | "TrackAll" | "TrackMineOnly";
  selection: RangeModel | null = null;
  syncs = 0;
  ops: FakeOp[] = [];
  /** Return an error to make that operation fail. */
  failWhen: ((op: FakeOp) => FakeOfficeError | undefined) | null = null;
  /** Every write fails with AccessDenied, as in a protected or read-only document. */
  protectedDocument = false;
  /** Highest WordApi set supported, or null to make Office.context.requirements undefined. */
  wordApi: string | null;
  settings = new Map<string, unknown>();
  /** Custom XML parts (WordApi 1.4 `document.customXmlParts`): id, XML text, root namespace. */
  customXmlParts: Array<{ id: string; xml: string }> = [];
  /** Word on Mac: a tracked deletion's `text` reads "" (office-js issues 5178 / 5188). */
  deletedTextEmpty = false;
  /** Searches run (escaped strings), for assertions. */
  searches: string[] = [];
  /** `Comment.authorName` of new comments (Word may spell the user differently from tracked changes' author). */
  commentAuthor = AUTHOR;
  /** Simple Markup / No Markup on Word desktop: text and search leave out tracked deletions. */
  hideDeletions: boolean;
  footnotes: ParaModel[][];
  endnotes: ParaModel[][];
  sections: SectionModel[];
  shapes: Array<{ type: string; story: ParaModel[] }>;
  desktop12: boolean;
  private seq = 0;
  private nextChange = 1;

  constructor(paragraphs: FakeParagraphSpec[], options: FakeWordOptions = {}) {
    this.changeTrackingMode = options.changeTrackingMode ?? "Off";
    this.wordApi = options.wordApi === undefined ? "1.6" : options.wordApi;
    this.hideDeletions = Boolean(options.hideDeletions);
    for (const spec of paragraphs) this.paragraphs.push(this.makePara(spec));
    this.footnotes = (options.footnotes ?? []).map((note) => note.map((spec) => this.makePara(spec)));
    this.shapes = (options.shapes ?? []).map((sh) => ({ type: sh.type, story: (sh.paragraphs ?? []).map((spec) => this.makePara(spec)) }));
    this.desktop12 = Boolean(options.desktop12);
    this.endnotes = (options.endnotes ?? []).map((note) => note.map((spec) => this.makePara(spec)));
    const story = (specs?: FakeParagraphSpec[]) => (specs && specs.length ? specs : [""]).map((spec) => this.makePara(spec));
    this.sections = (options.sections ?? [{}]).map((sec) => ({
      headers: { Primary: story(sec.headers?.Primary), FirstPage: story(sec.headers?.FirstPage), EvenPages: story(sec.headers?.EvenPages) },
      footers: { Primary: story(sec.footers?.Primary), FirstPage: story(sec.footers?.FirstPage), EvenPages: story(sec.footers?.EvenPages) },
    }));
  }

  /** The story (list of paragraphs) a paragraph belongs to: the body, a note, a header or a footer. */
  storyOf(p: ParaModel): ParaModel[] {
    if (this.paragraphs.includes(p)) return this.paragraphs;
    const stories = [
      ...this.footnotes,
      ...this.endnotes,
      ...this.shapes.map((sh) => sh.story),
      ...this.sections.flatMap((s) => [...Object.values(s.headers), ...Object.values(s.footers)]),
    ];
    const found = stories.find((story) => story.includes(p));
    if (!found) throw new FakeOfficeError("ItemNotFound", "The paragraph is in no story.");
    return found;
  }

  private makePara(spec: FakeParagraphSpec): ParaModel {
    const s = typeof spec === "string" ? { text: spec } : spec;
    const chars: Char[] = [];
    const runs = s.runs ?? [{ text: s.text ?? "" }];
    for (const run of runs) {
      const change = run.ins || run.del ? this.newChange(run.ins ? "Added" : "Deleted", run.author ?? OTHER_AUTHOR) : undefined;
      const nested = run.ins && run.deletedBy !== undefined ? this.newChange("Deleted", run.deletedBy) : undefined;
      for (const ch of run.text) {
        for (const unit of ch.length === 2 ? [ch[0], ch[1]] : [ch]) chars.push({ ch: unit, ins: run.ins ? change : undefined, del: run.del ? change : nested, field: run.field || undefined });
      }
    }
    const builtIn = s.styleBuiltIn ?? "Normal";
    return {
      chars,
      style: s.style ?? styleName(builtIn),
      styleBuiltIn: builtIn,
      outlineLevel: /^Heading(\d)$/.test(builtIn) ? Number(builtIn.slice(7)) : 10,
      tableNestingLevel: s.tableNestingLevel ?? 0,
      ...(s.font ? { font: { ...DEFAULT_FONT, ...s.font } } : {}),
      ...(s.listItem ? { listItem: true, ...(s.listLevel !== undefined ? { listLevel: s.listLevel } : {}), ...(s.listString !== undefined ? { listString: s.listString } : {}) } : {}),
    };
  }

  newChange(type: "Added" | "Deleted", author = AUTHOR): number {
    const id = this.nextChange++;
    this.changes.set(id, { id, type, author });
    return id;
  }

  // ---- views used by the fake and by tests ----

  live(): ParaModel[] {
    return this.paragraphs.filter((p) => !p.gone);
  }
  rawText(p: ParaModel): string {
    return p.chars.filter((c) => !c.gone).map((c) => c.ch).join("");
  }
  /** What `Paragraph.text` / `Range.text` report: raw text, or without deletions when they are hidden. */
  shownText(chars: Char[]): string {
    return chars.filter((c) => !(this.hideDeletions && c.del)).map((c) => c.ch).join("");
  }
  currentText(p: ParaModel): string {
    return p.chars.filter((c) => !c.gone && !c.del).map((c) => c.ch).join("");
  }
  originalText(p: ParaModel): string {
    return p.chars.filter((c) => !c.gone && !c.ins).map((c) => c.ch).join("");
  }
  /** Document text as Word would show it with every tracked change rejected (paragraphs joined by \n). */
  textIfAllRejected(): string {
    return this.paragraphs.filter((p) => !p.gone && !p.insMark).map((p) => this.originalText(p)).join("\n");
  }
  textIfAllAccepted(): string {
    return this.live().map((p) => this.currentText(p)).join("\n");
  }
  /** Changes made by the add-in (author "You"). */
  ownChanges(): Change[] {
    return [...this.changes.values()].filter((c) => c.author === AUTHOR && this.changeInUse(c.id));
  }
  changeInUse(id: number): boolean {
    return this.paragraphs.some((p) => !p.gone && (p.insMark === id || p.chars.some((c) => !c.gone && (c.ins === id || c.del === id))));
  }

  /** The Office global to inject. */
  officeGlobal() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the Office object's methods close over the fake
    const fake = this;
    return {
      context: {
        requirements:
          this.wordApi === null
            ? undefined
            : {
                isSetSupported(name: string, version?: string): boolean {
                  if (name === "WordApiDesktop") return fake.desktop12 && compareVersions(version ?? "1.1", "1.2") <= 0;
                  if (name !== "WordApi" || fake.wordApi === null) return false;
                  return compareVersions(version ?? "1.1", fake.wordApi) <= 0;
                },
              },
        document: {
          settings: {
            get: (name: string) => (fake.settings.has(name) ? fake.settings.get(name) : null),
            set: (name: string, value: unknown) => void fake.settings.set(name, JSON.parse(JSON.stringify(value))),
            saveAsync: (cb?: (r: { status: string }) => void) => cb?.({ status: "succeeded" }),
          },
        },
      },
    };
  }

  /** The Word global to inject. */
  wordGlobal() {
    return {
      /** office.js defines the enums on the Word global; the host uses them instead of literals. */
      ChangeTrackingMode: CHANGE_TRACKING_MODE,
      run: (async <T>(first: unknown, second?: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
        let context: FakeContext;
        let batch: (context: Word.RequestContext) => Promise<T>;
        if (typeof first === "function") {
          context = new FakeContext(this);
          batch = first as (context: Word.RequestContext) => Promise<T>;
        } else {
          // Word.run(object, batch): the object's context, usable only if the object was tracked.
          const owner = (first as { ctx?: FakeContext }).ctx;
          if (!owner || !owner.tracked.has(first)) throw new FakeOfficeError("InvalidObjectPath", "The object was not tracked, so it cannot be used in another batch.");
          context = owner;
          batch = second!;
        }
        const result = await batch(context as unknown as Word.RequestContext);
        // Word.run syncs work still queued when the callback ends.
        if (context.queue.length) await context.sync();
        return result;
      }) as WordGlobal["run"],
    };
  }

  // ---- execution ----

  exec(name: string, args: unknown[], body: () => void): void {
    const op: FakeOp = { name, seq: this.seq++, args };
    this.ops.push(op);
    const injected = this.failWhen?.(op);
    if (injected) throw injected;
    if (this.protectedDocument && WRITE_OPS.has(name)) throw new FakeOfficeError("AccessDenied", "The document is read-only.");
    body();
  }

  tracking(): boolean {
    return this.changeTrackingMode !== "Off";
  }

  indexOf(r: RangeModel): [number, number] {
    const chars = r.para.chars;
    const s = r.start ? chars.indexOf(r.start) : chars.length;
    const e = r.end ? chars.indexOf(r.end) : chars.length;
    if (s < 0 || e < 0 || r.para.gone) throw new FakeOfficeError("ItemNotFound", "The range no longer exists.");
    return [s, Math.max(s, e)];
  }
  rangeChars(r: RangeModel): Char[] {
    const [s, e] = this.indexOf(r);
    return r.para.chars.slice(s, e).filter((c) => !c.gone);
  }
  /** Remove or mark deleted, following the tracking mode. */
  deleteChars(chars: Char[]): void {
    const change = this.tracking() ? this.newChange("Deleted") : 0;
    for (const c of chars) {
      if (c.gone || c.del) continue;
      const own = c.ins !== undefined && this.changes.get(c.ins)?.author === AUTHOR;
      if (!this.tracking() || own) c.gone = true;
      else c.del = change;
    }
  }
  /** Position among the characters still in the document (for adjacency). */
  livePos(p: ParaModel, index: number): number {
    let n = 0;
    for (let i = 0; i < index && i < p.chars.length; i++) if (!p.chars[i].gone) n++;
    return n;
  }
  /** Where range a sits relative to range b (Word.LocationRelation). */
  relation(a: RangeModel, b: RangeModel): string {
    if (a.para !== b.para) {
      const story = this.storyOf(a.para);
      if (story !== this.storyOf(b.para)) return "Unrelated";
      return story.indexOf(a.para) < story.indexOf(b.para) ? "Before" : "After";
    }
    const [a0, a1] = this.indexOf(a).map((i) => this.livePos(a.para, i));
    const [b0, b1] = this.indexOf(b).map((i) => this.livePos(b.para, i));
    if (a0 === b0 && a1 === b1) return "Equal";
    if (a0 >= b0 && a1 <= b1) return a0 === b0 ? "InsideStart" : a1 === b1 ? "InsideEnd" : "Inside";
    if (a0 <= b0 && a1 >= b1) return a0 === b0 ? "ContainsStart" : a1 === b1 ? "ContainsEnd" : "Contains";
    if (a1 <= b0) return a1 === b0 ? "AdjacentBefore" : "Before";
    if (a0 >= b1) return a0 === b1 ? "AdjacentAfter" : "After";
    return a0 < b0 ? "OverlapsBefore" : "OverlapsAfter";
  }
  /** The tracked changes with a character in the range, in order; nested changes are listed each. */
  changesIn(r: RangeModel): Array<{ id: number; type: string; author: string; text: string; range: RangeModel }> {
    const ids: number[] = [];
    for (const c of this.rangeChars(r)) for (const id of [c.ins, c.del]) if (id !== undefined && !ids.includes(id)) ids.push(id);
    return ids.map((id) => {
      const chars = r.para.chars.filter((c) => !c.gone && (c.ins === id || c.del === id));
      const last = r.para.chars.indexOf(chars[chars.length - 1]);
      const change = this.changes.get(id)!;
      return { id, type: change.type, author: change.author, text: chars.map((c) => c.ch).join(""), range: { para: r.para, start: chars[0], end: r.para.chars[last + 1] ?? null } };
    });
  }
  insertChars(r: RangeModel, at: number, text: string): RangeModel {
    const change = this.tracking() ? this.newChange("Added") : undefined;
    const fresh: Char[] = [...text].flatMap((ch) => (ch.length === 2 ? [ch[0], ch[1]] : [ch])).map((ch) => ({ ch, ins: change }));
    r.para.chars.splice(at, 0, ...fresh);
    const after = r.para.chars[at + fresh.length] ?? null;
    return { para: r.para, start: fresh[0] ?? after, end: after };
  }
}

/** Word.ChangeTrackingMode as office.js defines it at run time (a plain object of strings). */
const CHANGE_TRACKING_MODE = { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" } as unknown as typeof Word.ChangeTrackingMode;

function styleName(builtIn: string): string {
  const m = /^Heading(\d)$/.exec(builtIn);
  return m ? `Heading ${m[1]}` : builtIn === "ListParagraph" ? "List Paragraph" : builtIn;
}

function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || (a2 || 0) - (b2 || 0);
}

// ---- proxies ----

type Resolver<T> = () => T;

class FakeContext {
  queue: Array<() => void> = [];
  readonly document: DocumentProxy;
  /** Objects added to `trackedObjects` (usable in a later Word.run(object, …)). */
  readonly tracked = new Set<unknown>();
  readonly trackedObjects = {
    add: (objects: unknown) => {
      const list = Array.isArray(objects) ? objects : [objects];
      this.enqueue("trackedObjects.add", [list.length], () => list.forEach((o) => this.tracked.add(o)));
    },
    remove: (objects: unknown) => {
      const list = Array.isArray(objects) ? objects : [objects];
      this.enqueue("trackedObjects.remove", [list.length], () => list.forEach((o) => this.tracked.delete(o)));
    },
  };
  constructor(readonly fake: FakeWord) {
    this.document = new DocumentProxy(this);
  }
  enqueue(name: string, args: unknown[], body: () => void): void {
    this.queue.push(() => this.fake.exec(name, args, body));
  }
  async sync(): Promise<void> {
    this.fake.syncs++;
    const work = this.queue;
    this.queue = [];
    await Promise.resolve();
    for (const step of work) step(); // throws at the first failing op: the rest is dropped
  }
}

class Proxy<T> {
  private loaded = new Map<string, unknown>();
  private resolvedModel: T | undefined;
  constructor(
    protected ctx: FakeContext,
    private resolver: Resolver<T>,
  ) {}
  /** The model behind the proxy; only valid while an operation runs. */
  model(): T {
    if (this.resolvedModel === undefined) this.resolvedModel = this.resolver();
    return this.resolvedModel;
  }
  protected bind(value: T): void {
    this.resolvedModel = value;
  }
  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) {
      throw new FakeOfficeError("PropertyNotLoaded", `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(prop) as V;
  }
  protected setLoaded(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }
  protected queueSet(prop: string, value: unknown, apply: (m: T) => void): void {
    this.ctx.enqueue(`set ${prop}`, [value], () => apply(this.model()));
  }
  load(spec: string): this {
    const props = spec.split(",").map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue("load", [spec], () => {
      const m = this.model();
      for (const p of props) this.setLoaded(p, this.read(m, p));
    });
    return this;
  }
  protected read(_m: T, prop: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `The fake cannot load '${prop}'.`);
  }
}

class ClientResult<V> {
  private has = false;
  private v: V | undefined;
  set(v: V): void {
    this.has = true;
    this.v = v;
  }
  get value(): V {
    if (!this.has) throw new FakeOfficeError("PropertyNotLoaded", "The value of the result object has not been loaded yet. Before reading the value property, call \"context.sync()\" on the associated request context.");
    return this.v as V;
  }
}

class DocumentProxy extends Proxy<FakeWord> {
  readonly body: BodyProxy;
  constructor(ctx: FakeContext) {
    super(ctx, () => ctx.fake);
    this.body = new BodyProxy(ctx, () => ctx.fake.paragraphs, true);
  }
  get sections(): SectionCollectionProxy {
    return new SectionCollectionProxy(this.ctx, () => this.ctx.fake.sections);
  }
  get changeTrackingMode(): string {
    return this.get("changeTrackingMode");
  }
  set changeTrackingMode(mode: string) {
    this.queueSet("changeTrackingMode", mode, (f) => {
      if (!["Off", "TrackAll", "TrackMineOnly"].includes(mode)) throw new FakeOfficeError("InvalidArgument", "Bad mode.");
      f.changeTrackingMode = mode as FakeWord["changeTrackingMode"];
    });
  }
  protected read(f: FakeWord, prop: string): unknown {
    if (prop === "changeTrackingMode") return f.changeTrackingMode;
    return super.read(f, prop);
  }
  /** WordApi 1.4: the document's custom XML parts. */
  get customXmlParts(): CustomXmlPartCollectionProxy {
    return new CustomXmlPartCollectionProxy(this.ctx, () => {
      const f = this.ctx.fake;
      if (f.wordApi === null || compareVersions("1.4", f.wordApi) > 0) throw new FakeOfficeError("ApiNotFound", "Custom XML parts need WordApi 1.4.");
      return f.customXmlParts;
    });
  }
  getSelection(): RangeProxy {
    const r = new RangeProxy(this.ctx, () => {
      const f = this.ctx.fake;
      const last = f.live()[f.live().length - 1];
      return f.selection ?? { para: last, start: null, end: null };
    });
    this.ctx.enqueue("getSelection", [], () => void r.model());
    return r;
  }
}

class BodyProxy {
  /** @param story the paragraphs of this body: the document's, a note's, a header's or a footer's */
  constructor(
    private ctx: FakeContext,
    private story: () => ParaModel[],
    private main = false,
  ) {}
  get paragraphs(): ParagraphCollectionProxy {
    return new ParagraphCollectionProxy(this.ctx, () => this.story().filter((p) => !p.gone));
  }
  get footnotes(): NoteCollectionProxy {
    return this.notes("footnotes");
  }
  get endnotes(): NoteCollectionProxy {
    return this.notes("endnotes");
  }
  /** WordApiDesktop 1.2: the shapes anchored in the main body, each with its type and a body. */
  get shapes(): ShapeCollectionProxy {
    return new ShapeCollectionProxy(this.ctx, () => {
      const f = this.ctx.fake;
      if (!this.main) throw new FakeOfficeError("InvalidArgument", "The fake has shapes only in the main body.");
      if (!f.desktop12) throw new FakeOfficeError("ApiNotFound", "Shapes need WordApiDesktop 1.2.");
      return f.shapes;
    });
  }
  private notes(kind: "footnotes" | "endnotes"): NoteCollectionProxy {
    return new NoteCollectionProxy(this.ctx, () => {
      const f = this.ctx.fake;
      if (!this.main) throw new FakeOfficeError("InvalidArgument", "The fake has notes only in the main body.");
      if (f.wordApi === null || compareVersions(f.wordApi, "1.5") < 0) throw new FakeOfficeError("ApiNotFound", "Footnotes and endnotes need WordApi 1.5.");
      return f[kind];
    });
  }
  /** Only getReviewedText is modelled on a whole story: its paragraphs joined by "\r". */
  getRange(_where: "Whole" = "Whole"): { getReviewedText(version?: "Current" | "Original"): ClientResult<string> } {
    return {
      getReviewedText: (version: "Current" | "Original" = "Current") => {
        const result = new ClientResult<string>();
        this.ctx.enqueue("getReviewedText", [version], () => {
          const f = this.ctx.fake;
          const texts = this.story().filter((p) => !p.gone).map((p) => (version === "Current" ? f.currentText(p) : f.originalText(p)));
          result.set(texts.join("\r"));
        });
        return result;
      },
    };
  }
  insertParagraph(text: string, where: "Start" | "End"): ParagraphProxy {
    const p = new ParagraphProxy(this.ctx, null);
    this.ctx.enqueue("insertParagraph", [text, where], () => {
      const f = this.ctx.fake;
      const story = this.story();
      const live = story.filter((q) => !q.gone);
      const neighbour = where === "End" ? live[live.length - 1] : live[0];
      const para = newParagraph(f, text, neighbour);
      const at = where === "End" ? story.length : story.indexOf(live[0]);
      story.splice(at, 0, para);
      p.attach(para);
    });
    return p;
  }
}

/** Footnotes or endnotes (WordApi 1.5): items with a `body`. */
class NoteCollectionProxy extends Proxy<ParaModel[][]> {
  private itemList: Array<{ body: BodyProxy }> | null = null;
  get items(): Array<{ body: BodyProxy }> {
    if (!this.itemList) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.itemList;
  }
  load(_spec?: string): this {
    this.ctx.enqueue("load", [_spec], () => {
      this.itemList = this.model().map((story) => ({ body: new BodyProxy(this.ctx, () => story) }));
    });
    return this;
  }
}

/** Shapes (WordApiDesktop 1.2): items with `type` and `body`. */
class ShapeCollectionProxy extends Proxy<Array<{ type: string; story: ParaModel[] }>> {
  private itemList: Array<{ type: string; body: BodyProxy }> | null = null;
  get items(): Array<{ type: string; body: BodyProxy }> {
    if (!this.itemList) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.itemList;
  }
  load(_spec?: string): this {
    this.ctx.enqueue("load", [_spec], () => {
      this.itemList = this.model().map((sh) => ({ type: sh.type, body: new BodyProxy(this.ctx, () => sh.story) }));
    });
    return this;
  }
}

class SectionCollectionProxy extends Proxy<SectionModel[]> {
  private itemList: Array<{ getHeader(type: HeaderFooter): BodyProxy; getFooter(type: HeaderFooter): BodyProxy }> | null = null;
  get items() {
    if (!this.itemList) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.itemList;
  }
  load(_spec?: string): this {
    this.ctx.enqueue("load", [_spec], () => {
      this.itemList = this.model().map((section) => ({
        getHeader: (type: HeaderFooter) => new BodyProxy(this.ctx, () => section.headers[type]),
        getFooter: (type: HeaderFooter) => new BodyProxy(this.ctx, () => section.footers[type]),
      }));
    });
    return this;
  }
}

function newParagraph(f: FakeWord, text: string, styleFrom: ParaModel | undefined): ParaModel {
  const change = f.tracking() ? f.newChange("Added") : undefined;
  return {
    chars: [...text].flatMap((ch) => (ch.length === 2 ? [ch[0], ch[1]] : [ch])).map((ch) => ({ ch, ins: change })),
    style: styleFrom?.style ?? "Normal",
    styleBuiltIn: styleFrom?.styleBuiltIn ?? "Normal",
    outlineLevel: styleFrom?.outlineLevel ?? 10,
    tableNestingLevel: 0,
    insMark: change,
    ...(styleFrom?.font ? { font: { ...styleFrom.font } } : {}),
    ...(styleFrom?.listItem ? { listItem: true } : {}),
  };
}

class ParagraphCollectionProxy extends Proxy<ParaModel[]> {
  private itemList: ParagraphProxy[] | null = null;
  /** The first paragraph, without loading the collection (ItemNotFound when there is none). */
  getFirst(): ParagraphProxy {
    const first = new ParagraphProxy(this.ctx, null);
    this.ctx.enqueue("getFirst", [], () => {
      const p = this.model()[0];
      if (!p) throw new FakeOfficeError("ItemNotFound", "There is no paragraph.");
      first.attach(p);
    });
    return first;
  }
  get items(): ParagraphProxy[] {
    if (!this.itemList) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available. Load the collection and sync first.");
    return this.itemList;
  }
  load(spec: string): this {
    const props = spec.split(",").map((p) => p.trim().replace(/^items\//, "")).filter(Boolean);
    this.ctx.enqueue("load", [spec], () => {
      this.itemList = this.model().map((m) => {
        const p = new ParagraphProxy(this.ctx, m);
        p.fill(props);
        return p;
      });
    });
    return this;
  }
}

class ParagraphProxy extends Proxy<ParaModel> {
  private para: ParaModel | null;
  constructor(ctx: FakeContext, para: ParaModel | null) {
    super(ctx, () => {
      if (!this.para) throw new FakeOfficeError("ItemNotFound", "The paragraph was never created.");
      return this.para;
    });
    this.para = para;
  }
  attach(para: ParaModel): void {
    this.para = para;
  }
  protected read(m: ParaModel, prop: string): unknown {
    const f = this.ctx.fake;
    switch (prop) {
      case "text":
        return f.shownText(m.chars.filter((c) => !c.gone));
      case "style":
        return m.style;
      case "styleBuiltIn":
        return m.styleBuiltIn;
      case "outlineLevel":
        return m.outlineLevel;
      case "tableNestingLevel":
        return m.tableNestingLevel;
      case "isListItem":
        return Boolean(m.listItem);
      default:
        if (/^font\/(name|size|color|bold|italic)$/.test(prop)) return (m.font ?? DEFAULT_FONT)[prop.slice(5) as keyof FontModel];
        return super.read(m, prop);
    }
  }
  fill(props: string[]): void {
    for (const p of props) {
      if (p.startsWith("font/")) this.font.loadedFrom(p.slice(5), this.read(this.model(), p));
      else if (p.startsWith("listItemOrNullObject/")) this.listItemOrNullObject.loadedFrom(p.slice(21), this.model());
      else this.setLoaded(p, this.read(this.model(), p));
    }
  }
  private listProxy: ListItemProxy | null = null;
  /** The paragraph's list item, or a null object (WordApi 1.3); loaded through `items/listItemOrNullObject/…`. */
  get listItemOrNullObject(): ListItemProxy {
    if (!this.listProxy) this.listProxy = new ListItemProxy(this.ctx, () => this.model());
    return this.listProxy;
  }
  private fontProxy: FontProxy | null = null;
  get font(): FontProxy {
    if (!this.fontProxy) this.fontProxy = new FontProxy(this.ctx, () => this.model());
    return this.fontProxy;
  }
  get isListItem(): boolean {
    return this.get("isListItem");
  }
  /** Out of its list, if it is in one (WordApi 1.3). */
  detachFromList(): void {
    this.ctx.enqueue("detachFromList", [], () => {
      delete this.model().listItem;
    });
  }
  get text(): string {
    return this.get("text");
  }
  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.queueSet("style", value, (m) => {
      m.style = value;
      const heading = /^heading (\d)$/i.exec(value);
      m.styleBuiltIn = heading ? `Heading${heading[1]}` : value === "Normal" ? "Normal" : m.styleBuiltIn;
      m.outlineLevel = heading ? Number(heading[1]) : 10;
    });
  }
  get styleBuiltIn(): string {
    return this.get("styleBuiltIn");
  }
  set styleBuiltIn(value: string) {
    this.queueSet("styleBuiltIn", value, (m) => {
      m.styleBuiltIn = value;
      m.style = styleName(value);
      m.outlineLevel = /^Heading(\d)$/.test(value) ? Number(value.slice(7)) : 10;
    });
  }
  get outlineLevel(): number {
    return this.get("outlineLevel");
  }
  get tableNestingLevel(): number {
    return this.get("tableNestingLevel");
  }
  getRange(_where?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ para: this.model(), start: firstChar(this.model()), end: null }));
  }
  getReviewedText(version: "Current" | "Original" = "Current"): ClientResult<string> {
    return this.getRange().getReviewedText(version);
  }
  search(text: string, options: Record<string, unknown> = {}): RangeCollectionProxy {
    return this.getRange().search(text, options);
  }
  getTrackedChanges(): TrackedChangeCollectionProxy {
    return this.getRange().getTrackedChanges();
  }
  /**
   * WordApi 1.3: the table that holds the paragraph (ItemNotFound outside one). The fake's table is
   * the run of consecutive paragraphs of the story that are in a table (tableNestingLevel > 0).
   */
  get parentTable(): TableProxy {
    return new TableProxy(this.ctx, () => {
      const me = this.model();
      if (!(me.tableNestingLevel > 0)) throw new FakeOfficeError("ItemNotFound", "The paragraph is not in a table.");
      const story = this.ctx.fake.storyOf(me);
      let first = story.indexOf(me);
      let last = first;
      while (first > 0 && story[first - 1].tableNestingLevel > 0) first--;
      while (last + 1 < story.length && story[last + 1].tableNestingLevel > 0) last++;
      return { story, first, last };
    });
  }
  /** The next paragraph of the same story (ItemNotFound after the last one). */
  getNext(): ParagraphProxy {
    const next = new ParagraphProxy(this.ctx, null);
    this.ctx.enqueue("getNext", [], () => {
      const me = this.model();
      const live = this.ctx.fake.storyOf(me).filter((p) => !p.gone);
      const after = live[live.indexOf(me) + 1];
      if (!after) throw new FakeOfficeError("ItemNotFound", "There is no next paragraph.");
      next.attach(after);
    });
    return next;
  }
  insertParagraph(text: string, where: "After" | "Before"): ParagraphProxy {
    const p = new ParagraphProxy(this.ctx, null);
    this.ctx.enqueue("insertParagraph", [text, where], () => {
      const f = this.ctx.fake;
      const me = this.model();
      const para = newParagraph(f, text, me);
      para.tableNestingLevel = me.tableNestingLevel;
      const story = f.storyOf(me);
      const at = story.indexOf(me) + (where === "After" ? 1 : 0);
      story.splice(at, 0, para);
      p.attach(para);
    });
    return p;
  }
  delete(): void {
    this.ctx.enqueue("delete", [], () => {
      const f = this.ctx.fake;
      const m = this.model();
      if (m.gone) throw new FakeOfficeError("ItemNotFound", "The paragraph no longer exists.");
      f.deleteChars(m.chars);
      const ownInsert = m.insMark !== undefined && f.changes.get(m.insMark)?.author === AUTHOR;
      if (!f.tracking() || ownInsert) m.gone = true;
    });
  }
}

/** A table (WordApi 1.3): only `insertParagraph` before or after it, outside the table. */
class TableProxy extends Proxy<{ story: ParaModel[]; first: number; last: number }> {
  insertParagraph(text: string, where: "Before" | "After"): ParagraphProxy {
    const p = new ParagraphProxy(this.ctx, null);
    this.ctx.enqueue("insertParagraph", [text, `${where} table`], () => {
      const { story, first, last } = this.model();
      const para = newParagraph(this.ctx.fake, text, undefined);
      story.splice(where === "Before" ? first : last + 1, 0, para);
      p.attach(para);
    });
    return p;
  }
}

/** `Paragraph.font`: name, size, color, bold, italic; loaded with the paragraph ("items/font/name"), set per paragraph. */
class ListItemProxy extends Proxy<ParaModel> {
  loadedFrom(prop: string, m: ParaModel): void {
    this.setLoaded("isNullObject", !m.listItem);
    // a null object's properties load as their defaults, as Office.js gives them
    if (prop === "level") this.setLoaded(prop, m.listItem ? (m.listLevel ?? 0) : 0);
    else if (prop === "listString") this.setLoaded(prop, m.listItem ? (m.listString ?? "") : "");
    else throw new FakeOfficeError("InvalidArgument", `The fake cannot load 'listItemOrNullObject/${prop}'.`);
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get level(): number {
    return this.get("level");
  }
  get listString(): string {
    return this.get("listString");
  }
}

class FontProxy extends Proxy<ParaModel> {
  loadedFrom(prop: string, value: unknown): void {
    this.setLoaded(prop, value);
  }
  protected read(m: ParaModel, prop: string): unknown {
    if (/^(name|size|color|bold|italic)$/.test(prop)) return (m.font ?? DEFAULT_FONT)[prop as keyof FontModel];
    return super.read(m, prop);
  }
  private set<K extends keyof FontModel>(prop: K, value: FontModel[K]): void {
    this.queueSet(`font.${prop}`, value, (m) => {
      m.font = { ...(m.font ?? DEFAULT_FONT), [prop]: value };
    });
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.set("name", v);
  }
  get size(): number {
    return this.get("size");
  }
  set size(v: number) {
    this.set("size", v);
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.set("color", v);
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(v: boolean) {
    this.set("bold", v);
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(v: boolean) {
    this.set("italic", v);
  }
}

function firstChar(p: ParaModel): Char | null {
  return p.chars.find((c) => !c.gone) ?? null;
}

class RangeProxy extends Proxy<RangeModel> {
  protected read(m: RangeModel, prop: string): unknown {
    if (prop === "text") return this.ctx.fake.shownText(this.ctx.fake.rangeChars(m));
    return super.read(m, prop);
  }
  compareLocationWith(other: RangeProxy): ClientResult<string> {
    const result = new ClientResult<string>();
    this.ctx.enqueue("compareLocationWith", [], () => result.set(this.ctx.fake.relation(this.model(), other.model())));
    return result;
  }
  get text(): string {
    return this.get("text");
  }
  setModel(m: RangeModel): void {
    this.bind(m);
  }
  get paragraphs(): ParagraphCollectionProxy {
    return new ParagraphCollectionProxy(this.ctx, () => [this.model().para]);
  }
  getReviewedText(version: "Current" | "Original" = "Current"): ClientResult<string> {
    const result = new ClientResult<string>();
    this.ctx.enqueue("getReviewedText", [version], () => {
      const chars = this.ctx.fake.rangeChars(this.model());
      result.set(chars.filter((c) => (version === "Current" ? !c.del : !c.ins)).map((c) => c.ch).join(""));
    });
    return result;
  }
  search(text: string, options: Record<string, unknown> = {}): RangeCollectionProxy {
    const rc = new RangeCollectionProxy(this.ctx, () => {
      throw new FakeOfficeError("ItemNotFound", "The search did not run.");
    });
    this.ctx.enqueue("search", [text, options], () => {
      const f = this.ctx.fake;
      f.searches.push(text);
      rc.setMatches(runSearch(f, this.model(), text, options));
    });
    return rc;
  }
  expandTo(other: RangeProxy): RangeProxy {
    const r = new RangeProxy(this.ctx, () => {
      const a = this.model();
      const b = other.model();
      if (a.para !== b.para) throw new FakeOfficeError("InvalidArgument", "The fake only expands within a paragraph.");
      // The union of both ranges.
      const f = this.ctx.fake;
      const [as, ae] = f.indexOf(a);
      const [bs, be] = f.indexOf(b);
      return { para: a.para, start: as <= bs ? a.start : b.start, end: ae >= be ? a.end : b.end };
    });
    this.ctx.enqueue("expandTo", [], () => void r.model());
    return r;
  }
  insertText(text: string, where: "Replace" | "Start" | "End"): RangeProxy {
    const r = new RangeProxy(this.ctx, () => {
      throw new FakeOfficeError("ItemNotFound", "The insertion never happened.");
    });
    this.ctx.enqueue("insertText", [text, where], () => {
      const f = this.ctx.fake;
      const m = this.model();
      const [s, e] = f.indexOf(m);
      if (where === "Replace") {
        f.deleteChars(m.para.chars.slice(s, e));
        r.setModel(f.insertChars(m, e, text));
      } else r.setModel(f.insertChars(m, where === "Start" ? s : e, text));
    });
    return r;
  }
  delete(): void {
    this.ctx.enqueue("delete", [], () => {
      const f = this.ctx.fake;
      f.deleteChars(f.rangeChars(this.model()));
    });
  }
  insertComment(text: string): CommentProxy {
    const comment = new CommentProxy(this.ctx, () => {
      throw new FakeOfficeError("ItemNotFound", "The comment was never inserted.");
    });
    this.ctx.enqueue("insertComment", [text], () => {
      const f = this.ctx.fake;
      const m = this.model();
      f.indexOf(m);
      const model: CommentModel = { content: text, range: { ...m }, author: f.commentAuthor };
      f.comments.push(model);
      comment.setModel(model);
    });
    return comment;
  }
  getComments(): CommentCollectionProxy {
    return new CommentCollectionProxy(this.ctx, () => {
      const f = this.ctx.fake;
      const [s, e] = f.indexOf(this.model());
      return f.comments.filter((c) => {
        if (c.range.para !== this.model().para) return false;
        const [cs, ce] = f.indexOf(c.range);
        return cs < e && s < ce;
      });
    });
  }
  getTrackedChanges(): TrackedChangeCollectionProxy {
    return new TrackedChangeCollectionProxy(this.ctx, () => this.ctx.fake.changesIn(this.model()));
  }
  select(): void {
    this.ctx.enqueue("select", [], () => {
      this.ctx.fake.selection = { ...this.model() };
    });
  }
}

function runSearch(f: FakeWord, r: RangeModel, text: string, options: Record<string, unknown>): RangeModel[] {
  if (options.matchWildcards) throw new FakeOfficeError("InvalidArgument", "The fake does not implement wildcard search.");
  if (text.length === 0 || text.length > 255) throw new FakeOfficeError("SearchStringInvalidOrTooLong", "The search string is invalid or too long.");
  const pattern = unescapeSearch(text);
  const chars = f.rangeChars(r).filter((c) => !(f.hideDeletions && c.del));
  const hay = chars.map((c) => c.ch);
  const out: RangeModel[] = [];
  const same = (a: string, b: string): boolean => {
    if (!options.matchCase && a.toLowerCase() === b.toLowerCase()) return true;
    return a === b || (QUOTES[a] !== undefined && QUOTES[a] === QUOTES[b]);
  };
  let i = 0;
  while (i + pattern.length <= hay.length) {
    let ok = true;
    for (let k = 0; k < pattern.length && ok; k++) ok = !chars[i + k].field && pattern[k].some((p) => same(p, hay[i + k]));
    if (ok) {
      const last = r.para.chars.indexOf(chars[i + pattern.length - 1]);
      out.push({ para: r.para, start: chars[i], end: r.para.chars.slice(last + 1).find((c) => !c.gone) ?? r.end });
      i += pattern.length;
    } else i++;
  }
  return out;
}

const QUOTES: Record<string, string> = { '"': "d", "\u201c": "d", "\u201d": "d", "'": "s", "\u2018": "s", "\u2019": "s" };

/** Word's ^ codes; each position lists the characters it may match. */
function unescapeSearch(text: string): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== "^") {
      out.push([ch]);
      continue;
    }
    const code = text[++i];
    const map: Record<string, string[]> = { "^": ["^"], t: ["\t"], s: ["\u00a0"], l: ["\u000b"], "-": ["\u00ad", "\u001f"], "~": ["\u001e", "\u2011"] };
    if (code === undefined || !map[code]) throw new FakeOfficeError("InvalidArgument", `Unknown search code ^${code ?? ""}.`);
    out.push(map[code]);
  }
  return out;
}

class RangeCollectionProxy extends Proxy<RangeModel[]> {
  private matches: RangeModel[] | null = null;
  private itemList: RangeProxy[] | null = null;
  setMatches(m: RangeModel[]): void {
    this.matches = m;
  }
  model(): RangeModel[] {
    if (!this.matches) throw new FakeOfficeError("ItemNotFound", "The search did not run.");
    return this.matches;
  }
  get items(): RangeProxy[] {
    if (!this.itemList) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available. Load the collection and sync first.");
    return this.itemList;
  }
  load(spec: string): this {
    const props = spec.split(",").map((p) => p.trim().replace(/^items\//, "")).filter(Boolean);
    this.ctx.enqueue("load", [spec], () => {
      this.itemList = this.model().map((m) => {
        const r = new RangeProxy(this.ctx, () => m);
        for (const p of props) (r as unknown as { setLoaded(p: string, v: unknown): void }).setLoaded(p, this.ctx.fake.shownText(this.ctx.fake.rangeChars(m)));
        return r;
      });
    });
    return this;
  }
}

class CommentProxy extends Proxy<CommentModel> {
  setModel(m: CommentModel): void {
    this.bind(m);
  }
  protected read(m: CommentModel, prop: string): unknown {
    if (prop === "authorName") return m.author;
    if (prop === "content") return m.content;
    if (prop === "resolved") return Boolean(m.resolved);
    return super.read(m, prop);
  }
  get authorName(): string {
    return this.get("authorName");
  }
  get content(): string {
    return this.get("content");
  }
  set resolved(value: boolean) {
    this.queueSet("resolved", value, (m) => {
      if (!this.ctx.fake.comments.includes(m)) throw new FakeOfficeError("ItemNotFound", "The comment was deleted.");
      m.resolved = value;
    });
  }
  delete(): void {
    this.ctx.enqueue("delete comment", [], () => {
      const f = this.ctx.fake;
      const at = f.comments.indexOf(this.model());
      if (at < 0) throw new FakeOfficeError("ItemNotFound", "The comment was deleted.");
      f.comments.splice(at, 1);
    });
  }
}

class CommentCollectionProxy extends Proxy<CommentModel[]> {
  private itemList: Array<{ content: string; authorName: string }> | null = null;
  get items(): Array<{ content: string; authorName: string }> {
    if (!this.itemList) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.itemList;
  }
  load(spec: string): this {
    this.ctx.enqueue("load", [spec], () => {
      this.itemList = this.model().map((c) => ({ content: c.content, authorName: c.author }));
    });
    return this;
  }
}

class TrackedChangeCollectionProxy extends Proxy<Array<{ id: number; type: string; author: string; text: string; range: RangeModel }>> {
  private itemList: Array<{ type: string; author: string; text: string; getRange(): RangeProxy; accept(): void; reject(): void }> | null = null;
  get items() {
    if (!this.itemList) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.itemList;
  }
  load(spec: string): this {
    this.ctx.enqueue("load", [spec], () => {
      this.itemList = this.model().map((c) => ({
        type: c.type,
        author: c.author,
        text: c.type === "Deleted" && this.ctx.fake.deletedTextEmpty ? "" : c.text,
        getRange: () => new RangeProxy(this.ctx, () => c.range),
        accept: () => this.ctx.enqueue("accept", [c.id], () => review(this.ctx.fake, c.id, true)),
        reject: () => this.ctx.enqueue("reject", [c.id], () => review(this.ctx.fake, c.id, false)),
      }));
    });
    return this;
  }
}

/** Accept or reject one tracked change (what Word's Review tab does). */
export function review(f: FakeWord, id: number, accept: boolean): void {
  for (const p of f.paragraphs) {
    for (const c of p.chars) {
      if (c.ins === id) {
        if (accept) c.ins = undefined;
        else c.gone = true;
      }
      if (c.del === id) {
        if (accept) c.gone = true;
        else c.del = undefined;
      }
    }
    if (p.insMark === id) {
      if (accept) p.insMark = undefined;
      else p.gone = true;
    }
  }
}

/** Accept or reject every tracked change, as the Review tab's "Accept All" / "Reject All". */
export function reviewAll(f: FakeWord, accept: boolean): void {
  for (const id of [...f.changes.keys()]) review(f, id, accept);
}

/** The namespace of an XML text's root element (what Word files a custom XML part under), or "" when it is not XML. */
export function rootNamespace(xml: string): string | null {
  const body = xml.replace(/^\s*<\?xml[^>]*\?>\s*/, "").replace(/^(\s*<!--[\s\S]*?-->)*\s*/, "");
  const m = /^<(?:([A-Za-z_][\w.-]*):)?[A-Za-z_][\w.-]*((?:\s+[^\s=>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/.exec(body);
  if (!m) return null;
  const attr = new RegExp(`xmlns${m[1] ? `:${m[1]}` : ""}\\s*=\\s*["']([^"']*)["']`).exec(m[2] ?? "");
  return attr ? attr[1] : "";
}

class CustomXmlPartProxy extends Proxy<{ id: string; xml: string } | null> {
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get id(): string {
    return this.get("id");
  }
  get namespaceUri(): string {
    return this.get("namespaceUri");
  }
  protected read(m: { id: string; xml: string } | null, prop: string): unknown {
    if (prop === "isNullObject") return m === null;
    if (m === null) throw new FakeOfficeError("ItemNotFound", "The custom XML part does not exist.");
    if (prop === "id") return m.id;
    if (prop === "namespaceUri") return rootNamespace(m.xml);
    return super.read(m, prop);
  }
  getXml(): ClientResult<string> {
    const r = new ClientResult<string>();
    this.ctx.enqueue("CustomXmlPart.getXml", [], () => {
      const m = this.model();
      if (!m) throw new FakeOfficeError("ItemNotFound", "The custom XML part does not exist.");
      r.set(m.xml);
    });
    return r;
  }
  setXml(xml: string): void {
    this.ctx.enqueue("CustomXmlPart.setXml", [xml], () => {
      const m = this.model();
      if (!m) throw new FakeOfficeError("ItemNotFound", "The custom XML part does not exist.");
      if (this.ctx.fake.protectedDocument) throw new FakeOfficeError("AccessDenied", "The document is protected.");
      if (rootNamespace(xml) === null) throw new FakeOfficeError("InvalidArgument", "The XML is not valid.");
      m.xml = xml;
    });
  }
  delete(): void {
    this.ctx.enqueue("CustomXmlPart.delete", [], () => {
      const m = this.model();
      if (!m) throw new FakeOfficeError("ItemNotFound", "The custom XML part does not exist.");
      const list = this.ctx.fake.customXmlParts;
      list.splice(list.indexOf(m), 1);
    });
  }
}

class CustomXmlPartCollectionProxy extends Proxy<Array<{ id: string; xml: string }>> {
  private itemList: CustomXmlPartProxy[] | null = null;
  get items(): CustomXmlPartProxy[] {
    if (!this.itemList) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available.");
    return this.itemList;
  }
  load(_spec?: string): this {
    this.ctx.enqueue("load", [_spec ?? ""], () => {
      this.itemList = this.model().map((m) => {
        const part = new CustomXmlPartProxy(this.ctx, () => m);
        part.load("id,namespaceUri,isNullObject");
        return part;
      });
    });
    return this;
  }
  add(xml: string): CustomXmlPartProxy {
    let made: { id: string; xml: string } | null = null;
    const part = new CustomXmlPartProxy(this.ctx, () => made);
    this.ctx.enqueue("CustomXmlPartCollection.add", [xml], () => {
      const list = this.model();
      if (this.ctx.fake.protectedDocument) throw new FakeOfficeError("AccessDenied", "The document is protected.");
      if (rootNamespace(xml) === null) throw new FakeOfficeError("InvalidArgument", "The XML is not valid.");
      made = { id: `{${String(list.length + 1).padStart(8, "0")}-0000-4000-8000-000000000000}`, xml };
      list.push(made);
    });
    return part;
  }
  getByNamespace(ns: string): CustomXmlPartCollectionProxy {
    return new CustomXmlPartCollectionProxy(this.ctx, () => this.model().filter((m) => rootNamespace(m.xml) === ns));
  }
  getFirstOrNullObject(): CustomXmlPartProxy {
    return new CustomXmlPartProxy(this.ctx, () => this.model()[0] ?? null);
  }
}
