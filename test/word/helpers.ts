/** Test helpers: a Word host over the fake, and apply requests built from sample text (no engine rules). */
import type { ApplyRequest } from "../../src/host/types";
import { createWordHostWith } from "../../src/word";
import { FakeWord } from "../support/fakeWord";

/** The title of the stand-in addendums the tests insert (the engine's own addendum title). */
export const TEST_ADDENDUM_TITLE = "Prohibition on AI Training";

export function hostFor(fake: FakeWord) {
  return createWordHostWith({ Word: fake.wordGlobal(), Office: fake.officeGlobal(), reviewTimeoutMs: 2000 });
}

/**
 * A request replacing the `occurrence`-th `words` of paragraph `paragraph`, with offsets into the
 * text the engine saw (`scanned`, default: the paragraph's current text in the fake).
 */
export function request(
  fake: FakeWord,
  paragraph: number,
  words: string,
  replacement: string,
  occurrence = 0,
  scanned?: string,
): ApplyRequest {
  const text = scanned ?? fake.currentText(fake.live()[paragraph]);
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`"${words}" #${occurrence} not in paragraph ${paragraph}`);
  return {
    id: `p${paragraph}-${at}-${words.length}`,
    paragraph,
    start: at,
    end: at + words.length,
    original: words,
    replacement,
    comment: `Why: "${words}" is too broad.`,
    paragraphText: text,
  };
}
