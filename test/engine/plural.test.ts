/** The one plural helper (src/engine/fix/plural.ts): work terms and counts, as a table. */
import { countOf, isPlural, itOrThem } from "../../src/engine/fix/plural";

describe("isPlural", () => {
  test.each([
    ["the Deliverables", true],
    ["Materials", true],
    ["the Work Product", false],
    ["Services", true],
    ["the Process", false],
    ["the Corpus", false],
    ["Analysis", false],
    ["Graphics", false],
  ])("%s → %s", (term, plural) => expect(isPlural(term)).toBe(plural));
});

describe("countOf and itOrThem", () => {
  test.each([
    [0, "finding", {}, "0 findings"],
    [1, "finding", {}, "1 finding"],
    [2, "finding", {}, "2 findings"],
    [0, "risky clause", { none: "no risky clauses" }, "no risky clauses"],
    [1, "risky clause", { none: "no risky clauses" }, "1 risky clause"],
    [5, "risky clause", { none: "no risky clauses" }, "5 risky clauses"],
    [3, "party", { plural: "parties" }, "3 parties"],
  ])("%i %s → %s", (n, word, options, expected) => expect(countOf(n, word, options)).toBe(expected));
  test.each([
    [1, "it"],
    [2, "them"],
  ])("%i → %s", (n, pronoun) => expect(itOrThem(n)).toBe(pronoun));
});
