/**
 * Round two in Word, after the reads: each body paragraph before their changes (their insertions
 * taken out, their deletions put back, ours kept) and after every change, from what Word gives
 * (Current and Original texts, the tracked changes with type, author and text). Whose a change
 * is: another author's is theirs; one under a name we wrote under is ours when the product wrote
 * it, or the decision log lists it, else "unconfirmed" (the engine tells by its wording). Pure.
 */
import { beforeTheirChanges, type TrackedPiece } from "../engine/compare/interleave";
import { changeLogged, isProductAuthor } from "../engine/compare/ours";
import type { OurChange, TheirComment } from "../engine/compare/types";
import type { Paragraph } from "../engine/types";

/** One body paragraph as Word read it. */
export interface RawParagraph {
  base: Paragraph;
  current: string;
  original: string;
  changes: Array<{ author: string; type: "Added" | "Deleted"; text: string }>;
  comments: Array<{ author: string; text: string }>;
}

export interface RoundViews {
  before: Paragraph[];
  /** The after view without the paragraphs they deleted whole, and each one's body paragraph. */
  afterKept: Paragraph[];
  afterIndex: number[];
  /** The author of the first change of theirs in each body paragraph. */
  authorAt: Map<number, string>;
  theirAuthors: Set<string>;
  theirComments: TheirComment[];
  /** Paragraphs whose changes under our names the log does not list. */
  unconfirmed: OurChange[];
  /** The name a suggestion told by its wording was made under. */
  authorOfRecognised(o: OurChange): string | undefined;
}

const trimMark = (s: string): string => s.replace(/[\r\n]+$/, "");

/** Remove the first occurrence of each piece from a text. */
function without(text: string, pieces: readonly string[]): string {
  let out = text;
  for (const p of pieces) {
    const i = p ? out.indexOf(p) : -1;
    if (i >= 0) out = out.slice(0, i) + out.slice(i + p.length);
  }
  return out;
}

export function roundViews(read: readonly RawParagraph[], names: readonly string[], logged: readonly OurChange[]): RoundViews {
  const ourSet = new Set(names.map((n) => n.trim().toLowerCase()));
  const isOurs = (a: string | undefined): boolean => ourSet.has((a ?? "").trim().toLowerCase());
  const before: Paragraph[] = [];
  const after: Paragraph[] = [];
  const authorAt = new Map<number, string>();
  const theirAuthors = new Set<string>();
  const unconfirmed: OurChange[] = [];
  read.forEach((r, i) => {
    const { current, original, changes: list } = r;
    const theirs = list.filter((c) => !isOurs(c.author));
    for (const c of theirs) theirAuthors.add(c.author);
    if (theirs.length) authorAt.set(i, theirs[0].author);
    let was = current;
    if (theirs.length && theirs.length === list.length) was = original;
    else if (theirs.length) {
      // mixed: ours accepted, theirs rejected (as the .docx host reads it), each change placed
      // by aligning the accepted and rejected texts with the changes in order
      const pieces = list.map((c): TrackedPiece => ({ type: c.type, text: trimMark(c.text), ours: isOurs(c.author) }));
      was = beforeTheirChanges(current, original, pieces) ?? (theirs.some((c) => c.type === "Deleted") ? original : without(current, theirs.filter((c) => c.type === "Added").map((c) => c.text)));
    }
    // ours by a person's name, not in the log: the engine decides by the wording
    const named = list.filter((c) => isOurs(c.author) && !isProductAuthor(c.author));
    // (each change under the name is checked against the log, as the .docx host checks each tracked group)
    if (named.length && !list.some((c) => isOurs(c.author) && isProductAuthor(c.author)) && !named.every((c) => changeLogged(was, c, logged))) {
      unconfirmed.push({ id: `tracked-p${i}`, prefix: "", removed: "", inserted: "", suffix: "", pending: theirs.length === 0, unconfirmed: { paragraph: i, original, author: named[0].author } });
    }
    before.push({ ...r.base, text: was });
    after.push({ ...r.base, text: current });
  });
  // a paragraph they deleted whole reads as empty now: drop it from the after view
  const keep = after.map((p, i) => p.text !== "" || before[i].text === "");
  const afterKept = after.filter((_, i) => keep[i]);
  const afterIndex: number[] = [];
  keep.forEach((k, i) => k && afterIndex.push(i));
  // their comments, each in the first paragraph it touches
  const theirComments: TheirComment[] = [];
  const seen = new Set<string>();
  read.forEach((r, i) => {
    for (const c of r.comments) {
      const key = `${c.author}\u0000${c.text}`;
      if (isOurs(c.author) || seen.has(key)) continue;
      seen.add(key);
      theirAuthors.add(c.author);
      const at = afterIndex.indexOf(i);
      theirComments.push({ author: c.author, text: c.text, ...(at >= 0 ? { paragraph: at } : {}) });
    }
  });
  const authorOfRecognised = (o: OurChange): string | undefined => {
    const key = o.paragraphs ? o.paragraphs[0] : `${o.prefix.slice(-20)}${o.inserted}${o.suffix.slice(0, 20)}`;
    return unconfirmed.find((u) => before[u.unconfirmed!.paragraph].text.includes(key))?.unconfirmed?.author;
  };
  return { before, afterKept, afterIndex, authorAt, theirAuthors, theirComments, unconfirmed, authorOfRecognised };
}
