/**
 * A host that did not insert the addendum says why: its own sentence is shown as it is, a bare
 * reason gets one lead-in. Never "The addendum was not added: The addendum was not inserted: …".
 */
import { addendumRefused } from "../../src/taskpane/controller/addendum";

test.each<[string | undefined, string]>([
  ["The addendum was not inserted: disk full. The copy was left as it was.", "The addendum was not inserted: disk full. The copy was left as it was."],
  ["already there", "The addendum was not added: already there."],
  ["the document is read-only.", "The addendum was not added: the document is read-only."],
  [undefined, "The addendum was not added: the document did not accept it."],
  ["  ", "The addendum was not added: the document did not accept it."],
])("%j → %s", (message, shown) => {
  expect(addendumRefused(message)).toBe(shown);
});
