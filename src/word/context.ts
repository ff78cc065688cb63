/**
 * Context and capabilities: the Word and Office globals, which requirement sets this Word has,
 * and the shared state of one host (what apply() wrote, so decideChange() can find it again).
 */
import type { DocumentPart, Paragraph } from "../engine/types";
import type { HostCapabilities } from "../host/types";
import { messages } from "./messages";

/** The part of the `Word` global this host uses. */
export interface WordGlobal {
  /**
   * `Word.run(batch)`, or `Word.run(object, batch)`: a new batch in the context of an object an
   * earlier batch tracked (`context.trackedObjects`). One signature, so that wrappers written for
   * the one-argument form still type-check.
   */
  run<T>(first: ((context: Word.RequestContext) => Promise<T>) | OfficeExtension.ClientObject, batch?: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** Word.ChangeTrackingMode as office.js defines it (WordApi 1.4). */
  ChangeTrackingMode?: typeof Word.ChangeTrackingMode;
}

/** The part of the `Office` global this host uses. */
export interface OfficeGlobal {
  context?: {
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    document?: {
      settings?: {
        get(name: string): unknown;
        set(name: string, value: unknown): void;
        remove?(name: string): void;
        saveAsync(callback?: (result: { status: unknown; error?: { message?: string } }) => void): void;
      };
    };
  };
}

export interface WordHostOptions {
  /** Defaults to the global `Word`. */
  Word?: WordGlobal;
  /** Defaults to the global `Office`. */
  Office?: OfficeGlobal;
  /** Give up on `getTrackedChanges` after this long (it has hung Word on Mac). Default 15 s. */
  reviewTimeoutMs?: number;
  /**
   * The engine's round-two judgement (`compareVersions`), run where the engine runs (the pane's
   * worker): before and after their changes in, the judged list out. Without it, their changes
   * cannot be listed in Word (the decision log still works).
   */
  compareRound?: (before: Paragraph[], after: Paragraph[], options: { ours: import("../engine/compare/types").OurChange[]; comments: import("../engine/compare/types").TheirComment[]; analyze?: import("../engine/types").AnalyzeOptions }) => Promise<import("../engine/compare/types").RoundReport>;
}

/**
 * What apply() wrote for a finding, so decideChange() can find exactly that change again: the
 * ranges Word returned, kept in `context.trackedObjects` so that they follow later edits.
 */
export interface Written {
  /** The whole changed span (the risky words with our deletion and insertion); the comment's anchor. */
  span: Word.Range;
  /** The words we inserted, as Word returned them; null for a pure deletion. */
  inserted: Word.Range | null;
  /** Our comment, if Word added it. */
  comment: Word.Comment | null;
  /** The comment's author: the signed-in user, who is also the author of our tracked changes. */
  author: string | null;
  /** Whether the change deleted words (a pure insertion did not). */
  deleted: boolean;
}

/** What the last read() saw, so apply() can plan its searches without reading the document first. */
export interface ScanMemory {
  /** Body paragraphs come first; indexes from here on are footnotes, headers and so on. */
  bodyCount: number;
  /** `Paragraph.text` of each body paragraph (what search() sees). */
  raw: string[];
  /** The reviewed text of each body paragraph (what the engine saw). */
  reviewed: string[];
  /** The part of each paragraph at index ≥ bodyCount. */
  parts: DocumentPart[];
}

/** One host's view of Word: globals, requirement sets, and what it wrote. */
export interface WordSession {
  readonly options: WordHostOptions;
  readonly word: WordGlobal | undefined;
  readonly office: OfficeGlobal | undefined;
  /** What apply() wrote, by finding id. */
  readonly written: Map<string, Written>;
  /** The last read(), or null before the first one. */
  scan: ScanMemory | null;
  /** True when Office reports `WordApi` at this version or later. */
  supports(version: string): boolean;
  /** Whether a WordApiDesktop set is supported (shapes and text boxes need 1.2). */
  supportsDesktop(version: string): boolean;
  /** Why nothing can be written here (no Word, or no comments / change tracking), or null. */
  cannotWrite(): string | null;
  /** `Word.run`, or a plain rejection when there is no Word. */
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** `Word.run(object, batch)`: continue with an object an earlier batch tracked. */
  runWith<T>(object: OfficeExtension.ClientObject, batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
}

export function createSession(options: WordHostOptions): WordSession {
  const g = globalThis as { Word?: WordGlobal; Office?: OfficeGlobal };
  const word = options.Word ?? g.Word;
  const office = options.Office ?? g.Office;
  const hasRun = () => Boolean(word && typeof word.run === "function");
  function supports(version: string): boolean {
    try {
      return Boolean(office?.context?.requirements?.isSetSupported("WordApi", version));
    } catch {
      return false;
    }
  }
  function supportsDesktop(version: string): boolean {
    try {
      return Boolean(office?.context?.requirements?.isSetSupported("WordApiDesktop", version));
    } catch {
      return false;
    }
  }
  return {
    options,
    word,
    office,
    written: new Map(),
    scan: null,
    supports,
    supportsDesktop,
    // office.js defines Word.ChangeTrackingMode wherever tracked changes can be written.
    cannotWrite: () => (!hasRun() ? messages.noWord : supports("1.4") && word!.ChangeTrackingMode ? null : messages.needs14),
    run: (batch) => (hasRun() ? word!.run(batch) : Promise.reject(new Error(messages.noWord))),
    runWith: (object, batch) => (hasRun() ? word!.run(object, batch) : Promise.reject(new Error(messages.noWord))),
  };
}

export async function capabilities(session: WordSession): Promise<HostCapabilities> {
  if (!session.word || !session.office?.context?.requirements) {
    return { kind: "word", comments: false, trackChanges: false, decideChanges: false, insertAtCursor: false, message: messages.noRequirements };
  }
  const v14 = session.supports("1.4");
  const v16 = v14 && session.supports("1.6");
  return {
    kind: "word",
    comments: v14,
    trackChanges: v14,
    decideChanges: v16,
    insertAtCursor: v14,
    message: !v14 ? messages.needs14 : !v16 ? messages.needs16 : undefined,
  };
}
