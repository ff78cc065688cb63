/**
 * What the other side changed between two rounds, judged: plain JSON shapes shared by the
 * .docx reader, the CLI, the Word host and the pane.
 */
import type { Position, ProtectionKind } from "../types";

/**
 * - protection-deleted: a paragraph holding a protection (or an AI restriction) is gone
 * - protection-weakened: it is still there but gives less (see `how`)
 * - addendum-section-removed: a section (or the title) of the AI-training addendum is gone
 * - risky-grant-inserted: their words now grant a risk the engine flags
 * - suggestion-rejected / suggestion-altered: one of our suggestions is gone, or in other words
 * - protection-moved: a protection (a sentence or a whole paragraph) moved elsewhere, giving as
 *   much there (a move that gives less is protection-weakened, how "moved-…")
 */
export type TheirChangeKind = "protection-deleted" | "protection-weakened" | "addendum-section-removed" | "risky-grant-inserted" | "suggestion-rejected" | "suggestion-altered" | "protection-moved";

export const THEIR_CHANGE_KINDS: readonly TheirChangeKind[] = ["protection-deleted", "protection-weakened", "addendum-section-removed", "risky-grant-inserted", "suggestion-rejected", "suggestion-altered", "protection-moved"];

/**
 * How a protection was weakened. The "moved-" ones: its words moved to where an exception or a
 * lead-in now governs them, or out of the sections the survival clause names.
 */
export type Weakening = "prohibition-to-permission" | "exception-added" | "consent-added" | "survival-shortened" | "scope-narrowed" | "protection-lost" | "moved-under-exception" | "moved-out-of-survival";

/** Where moved text went (a sentence, or a whole paragraph). */
export interface MovedText {
  /** The words as they stood, and as they read now. */
  text: string;
  now: string;
  /** Old-version paragraph it left; new-version paragraph it went to (and its text there). */
  from: number;
  to: number;
  toText: string;
  /** Section numbers it left and went to, when the paragraphs are numbered. */
  fromSection?: string;
  toSection?: string;
  whole: boolean;
}

export type ResponseAction = "restore" | "counter" | "accept";

export interface ProposedResponse {
  action: ResponseAction;
  /** The paragraph as the response would leave it (restore: their change undone; counter: the fallback wording). */
  wording?: string;
  /** For a counter: the fallback position the wording comes from. */
  position?: Position;
  /** One plain sentence: why. */
  why: string;
}

/** A comment of theirs shown beside the change it sits on. */
export interface TheirComment {
  author: string;
  text: string;
  date?: string;
  /** Paragraph (of the new version) the comment is anchored in; absent when unanchored. */
  paragraph?: number;
  /** The words it is anchored on. */
  anchor?: string;
}

export interface TheirChange {
  /** Stable id: kind + hash of the before and after text. */
  id: string;
  kind: TheirChangeKind;
  how?: Weakening;
  /** One plain sentence, e.g. 'They added "except for internal business purposes" to your AI prohibition.' */
  summary: string;
  /** The paragraph before their change (null for an insertion) and after it (null for a deletion). */
  before: string | null;
  after: string | null;
  /** Paragraph indexes in the old and the new version. */
  beforeParagraph?: number;
  afterParagraph?: number;
  /** For a deleted paragraph (or one moved whole): the paragraph of the new version it stood after (-1: at the start). */
  insertAfter?: number;
  /** The text of that paragraph (to check it is still there). */
  insertAfterText?: string;
  /** Words they inserted and deleted inside the paragraph. */
  inserted: string[];
  deleted: string[];
  /** Rules and protections it touches (engine rule ids, protection kinds). */
  rules: string[];
  protections: ProtectionKind[];
  response: ProposedResponse;
  /** For moved text: what moved, from where to where (the change itself sits where it was). */
  moved?: MovedText;
  /** For suggestion-rejected / -altered: the id of our suggestion. */
  suggestion?: string;
  /** Who made it, when known (tracked changes). */
  author?: string;
  date?: string;
  comments: TheirComment[];
}

/** One of our earlier suggestions, as it was written. */
export interface OurChange {
  /** Finding id or log id. */
  id: string;
  label?: string;
  ruleId?: string;
  /** Text just before the edited words, then the words removed and inserted, then the text just after. */
  prefix: string;
  removed: string;
  inserted: string;
  suffix: string;
  /** Still a tracked change of ours in the document, untouched by them (fate "open"). */
  pending?: boolean;
  /** Whole paragraphs we inserted (the addendum): found by their text, numbering aside. */
  paragraphs?: string[];
  /**
   * Tracked changes under one of our reviewer names that the decision log does not list: ours
   * only when they are what the engine would write for that clause (recognise.ts), else theirs.
   * `paragraph` indexes the "before their changes" view, whose text has them in; `original` is
   * that paragraph with them undone; `author` the name they were made under.
   */
  unconfirmed?: { paragraph: number; original: string; author?: string };
}

/** What became of one of our suggestions. */
export interface SuggestionFate {
  id: string;
  label?: string;
  ruleId?: string;
  /** accepted: our words are in; rejected: the old words are back; altered: neither; open: still an unreviewed tracked change. */
  fate: "accepted" | "rejected" | "altered" | "open";
  /** Our wording, and the text now there (for altered and rejected). */
  proposed: string;
  now?: string;
  paragraph?: number;
}

export interface RoundSummary {
  counts: Record<TheirChangeKind, number>;
  /** Their edits that touch no protection and no risk (counted, not listed). */
  otherEdits: number;
  suggestions: { total: number; accepted: number; rejected: number; altered: number; open: number };
}

export interface RoundReport {
  version: 1;
  changes: TheirChange[];
  suggestions: SuggestionFate[];
  /** Their comments not attached to a listed change. */
  comments: TheirComment[];
  summary: RoundSummary;
  /** Our suggestions told by their wording (the decision log did not list them): for the log to be rebuilt. */
  recognised?: OurChange[];
  /** Paragraphs (of the version before their changes) whose changes under our reviewer names were not ours. */
  notOurs?: number[];
}
