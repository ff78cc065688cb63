/**
 * A list clause's paragraphs as the rules read them (./listClause.ts drafts on that text): each
 * paragraph's normalised text with the way back to the document's offsets, the findings of one
 * sentence grouped, and an item whose only purpose is AI training, which is deleted where it
 * stands rather than rewritten.
 */
import type { Finding, Paragraph, Suggestion } from "../types";
import type { Span } from "../text";
import { itemLabel } from "../read/lists";
import { clauseCategory } from "./clauseKinds";
import { LABEL } from "./wording";

/** Edits that remove or negate an explicit AI permission where it stands: they stay as they are. */
const OWN_AI_EDIT = new Set<string>([LABEL.strike, LABEL.shallNot, LABEL.butNot, LABEL.exceptThat, LABEL.otherThan]);

/** A paragraph as the rules read it (./clause.ts drafts on that text), with the way back to the document's offsets. */
export interface Readable {
  text: string;
  /** Offsets in `text` → offsets in the paragraph (null: the same). */
  map: Int32Array | null;
}

/** The findings of one sentence of one paragraph of the clause. */
export interface Group {
  paragraph: number;
  read: Readable;
  /** The sentence, in `read.text`. */
  sentence: Span;
  /** Each finding, with its start in `read.text`. */
  findings: Array<{ finding: Finding; start: number }>;
}

/** The offset in the normalised text of a paragraph offset (the last character mapped at or before it). */
export function toRead(map: Int32Array | null, at: number): number {
  if (!map) return at;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** What may follow an item's words: its closing punctuation and connective ("; and", ";", "."). */
const ITEM_END = /\s*(?:;\s*(?:and|or)|[;.,])?\s*$/i;

/**
 * An item whose only purpose is AI training ("(b) use the Photographs to train its models;"),
 * when the clause states its restriction elsewhere: the item is deleted where it stands (its
 * letter kept) instead of being rewritten to "use the Photographs, but not to train …", which
 * would state the restriction a second time and give a general use the contract never gave.
 */
export interface Omit {
  group: Group;
  /** The item's words, after its label and before its closing punctuation (paragraph offsets). */
  start: number;
  end: number;
}

/**
 * The item's words when its AI permission's own edit runs to its end and settles all its
 * findings (the only purpose of the item is AI training); null otherwise.
 */
export function omittable(p: Paragraph, own: Suggestion): { start: number; end: number } | null {
  if (own.label !== LABEL.butNot) return null;
  const text = p.text;
  // the typed label ("(b) "), or none where Word numbers the item itself (its number stays)
  const label = itemLabel(text) ? /^\s*\S+\s+/.exec(text) : p.listLevel !== undefined ? /^\s*/.exec(text) : null;
  const tail = ITEM_END.exec(text);
  if (!label || !tail) return null;
  const end = tail.index;
  if (own.end !== end || own.start <= label[0].length || /[.;:]/.test(text.slice(label[0].length, end))) return null;
  // the AI purpose is the item's only right: "use the Photographs" before it, not "reproduce the
  // Photographs in print and use them", whose print right must stay
  if (/,|\b(?:and|or|including)\b/i.test(text.slice(label[0].length, own.start))) return null;
  return { start: label[0].length, end };
}

/** True when a finding's edit is an explicit AI permission's own (./clause.ts: removed or negated where it stands). */
export function ownAiEdit(f: Finding, start: number, text: string, sentence: Span): boolean {
  return clauseCategory({ ...f, start }, text, sentence) === "ai-training-grant" && OWN_AI_EDIT.has(f.suggestions[0]?.label ?? "");
}

