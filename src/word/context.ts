/**
 * Context and capabilities: the Word and Office globals, which requirement sets this Word has,
 * and the shared state of one host (what apply() wrote, so reviewChange() can find it again).
 */
import type { AddendumParagraph, Paragraph } from "../engine/types";
import type { HostCapabilities } from "../host/types";
import { messages } from "./messages";

/** The part of the `Word` global this host uses. */
export interface WordGlobal {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
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
  /** Index of the TermScore addendum in the paragraphs, -1 if none (the engine's `findAddendum`). */
  findAddendum: (paragraphs: Paragraph[]) => number;
  /**
   * What to insert given the document's paragraphs (the engine's `planAddendumInsertion`): when an
   * addendum is already there, only its missing sections, renumbered; null with a message when
   * nothing is missing. Without it, any existing addendum refuses the insertion.
   */
  planAddendum?: (paragraphs: Paragraph[], incoming: AddendumParagraph[]) => { insert: AddendumParagraph[] } | { insert: null; message: string };
  /** Give up on `getTrackedChanges` after this long (it has hung Word on Mac). Default 15 s. */
  reviewTimeoutMs?: number;
}

/** What apply() wrote for a finding, so reviewChange() can find it again. */
export interface Written {
  paragraph: number;
  /** The tracked deletion and insertion it made ("" when there is none). */
  deleted: string;
  inserted: string;
}

/** One host's view of Word: globals, requirement sets, and what it wrote. */
export interface WordSession {
  readonly options: WordHostOptions;
  readonly word: WordGlobal | undefined;
  readonly office: OfficeGlobal | undefined;
  /** What apply() wrote, by finding id. */
  readonly written: Map<string, Written>;
  /** True when Office reports `WordApi` at this version or later. */
  supports(version: string): boolean;
  /** Why nothing can be written here (no Word, or no comments / change tracking), or null. */
  cannotWrite(): string | null;
  /** `Word.run`, or a plain rejection when there is no Word. */
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
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
  return {
    options,
    word,
    office,
    written: new Map(),
    supports,
    // office.js defines Word.ChangeTrackingMode wherever tracked changes can be written.
    cannotWrite: () => (!hasRun() ? messages.noWord : supports("1.4") && word!.ChangeTrackingMode ? null : messages.needs14),
    run: (batch) => (hasRun() ? word!.run(batch) : Promise.reject(new Error(messages.noWord))),
  };
}

export async function capabilities(session: WordSession): Promise<HostCapabilities> {
  if (!session.word || !session.office?.context?.requirements) {
    return { kind: "word", comments: false, trackChanges: false, reviewChanges: false, insertAtCursor: false, message: messages.noRequirements };
  }
  const v14 = session.supports("1.4");
  const v16 = v14 && session.supports("1.6");
  return {
    kind: "word",
    comments: v14,
    trackChanges: v14,
    reviewChanges: v16,
    insertAtCursor: v14,
    message: !v14 ? messages.needs14 : !v16 ? messages.needs16 : undefined,
  };
}
