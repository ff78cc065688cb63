/** Issue 14: one quote-curling rule for what TermScore writes into a contract and for what the pane shows. */
import { curlQuotes } from "../../src/engine/text/curlQuotes";
import { conform } from "../../src/engine/fix/conventions";
import { typographic } from "../../src/taskpane/review/typographic";

const CASES: Array<[string, string]> = [
  ['the "Deliverables" and "Work"', "the \u201cDeliverables\u201d and \u201cWork\u201d"],
  ['no quotes', "no quotes"],
  ['an empty pair ""', "an empty pair \u201c\u201d"],
  // a stray quote does not pair with one on the next line
  ['5" screen\nthe "Work"', '5" screen\nthe \u201cWork\u201d'],
  ['one "open', 'one "open'],
];

test.each(CASES)("%j", (input, want) => {
  expect(curlQuotes(input)).toBe(want);
  // the pane and the drafting (in a contract with curly quotes) curl the same way
  expect(typographic(input)).toBe(want);
  expect(conform(input, { spelling: "en-US", curlyQuotes: true })).toBe(want);
});

test("a contract with straight quotes gets straight ones", () => {
  expect(conform("the \u201cWork\u201d", { spelling: "en-US", curlyQuotes: false })).toBe('the "Work"');
});
