/**
 * A host that did not insert the addendum says why: its own sentence (marked `messageIsSentence`)
 * is shown as it is, a bare reason gets one lead-in. Never "The addendum was not added: The addendum
 * was not inserted: …", and the choice follows the host's field, not how the message happens to start.
 */
import { addendumRefused } from "../../src/taskpane/controller/addendum";
import type { InsertAddendumResult } from "../../src/host/types";

test.each<[Pick<InsertAddendumResult, "message" | "messageIsSentence">, string]>([
  [{ message: "The addendum was not inserted: disk full. The copy was left as it was.", messageIsSentence: true }, "The addendum was not inserted: disk full. The copy was left as it was."],
  [{ message: "  Word stopped part way; nothing was added.  ", messageIsSentence: true }, "Word stopped part way; nothing was added."],
  [{ message: "already there" }, "The addendum was not added: already there."],
  [{ message: "the document is read-only." }, "The addendum was not added: the document is read-only."],
  // a reason that happens to start like a sentence is still a reason: the text decides nothing
  [{ message: "The addendum title is missing." }, "The addendum was not added: The addendum title is missing."],
  [{}, "The addendum was not added: the document did not accept it."],
  [{ message: "  " }, "The addendum was not added: the document did not accept it."],
  [{ message: "  ", messageIsSentence: true }, "The addendum was not added: the document did not accept it."],
])("%j → %s", (result, shown) => {
  expect(addendumRefused(result)).toBe(shown);
});
