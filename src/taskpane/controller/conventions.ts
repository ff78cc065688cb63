/** The document's conventions (spelling, quotes, its project), read once per text. */
import type { Paragraph } from "../../engine/types";
import { readConventions, type Conventions } from "../../engine/fix/conventions";

const conventionsRead = new WeakMap<readonly Paragraph[], Conventions>();

/** The conventions of this text (the same array read again costs nothing). */
export function documentConventions(paragraphs: readonly Paragraph[]): Conventions {
  let c = conventionsRead.get(paragraphs);
  if (!c) {
    c = readConventions(paragraphs);
    conventionsRead.set(paragraphs, c);
  }
  return c;
}
