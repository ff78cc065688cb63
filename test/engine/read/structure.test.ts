/** The contract's section numbers: what opens a section and what does not. */
import { findSections } from "../../../src/engine/read/structure";

describe("findSections", () => {
  test("numbered clauses open sections; a table's row numbers do not", () => {
    const sections = findSections([
      { text: "1. Definitions. In this Agreement…" },
      { text: "2.1 The Contractor will deliver the Deliverables." },
      { text: "1 Concepts and mood boards 20 March 2026 2,000", inTable: true },
      { text: "3. Fees. The Agency pays each invoice." },
    ]);
    expect(sections.map((s) => [s.number, s.paragraph])).toEqual([
      ["1", 0],
      ["2.1", 1],
      ["3", 3],
    ]);
  });

  test("footnotes and headers open no section", () => {
    expect(findSections([{ text: "1 See the Standard Terms.", part: "footnote" }, { text: "2. Scope of work" }]).map((s) => s.number)).toEqual(["2"]);
  });
});
