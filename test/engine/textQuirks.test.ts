/**
 * Contract text as it arrives from PDFs, forms and old word processors: double spaces, tabs, line
 * breaks inside a paragraph, no-break spaces. The rules read each run of white space as one space;
 * every offset and quoted trigger is still the original's. Sentences written for these tests.
 */
import { analyze } from "../../src/engine";
import { applySuggestions } from "../support/applySuggestions";

const spaced = (s: string, gap: string): string => s.replace(/ /g, gap);
const GAPS: Array<[string, string]> = [
  ["double spaces", "  "],
  ["a tab and a space", "\t "],
  ["no-break spaces", "\u00a0"],
  ["spaces around line breaks", " \n "],
];

describe("white space as it comes from PDFs and forms", () => {
  const PROHIBITIONS = [
    "Licensee is expressly prohibited from using the Licensed Photographs as training data for any machine learning system.",
    "Your uploads will never be used to train artificial intelligence, whether ours or anyone else's.",
    "The rights granted to the Studio do not include the right to use the Artwork for machine learning.",
  ];
  const GRANTS = [
    "Company may use the Deliverables to train, fine-tune and improve its machine learning models.",
    "Contractor grants Client a perpetual, irrevocable, royalty-free licence to use the Work Product for any purpose.",
  ];

  describe.each(GAPS)("with %s between words", (_name, gap) => {
    test.each(PROHIBITIONS)("a prohibition is still credited: %s", (text) => {
      const r = analyze([{ text: spaced(text, gap) }]);
      expect(r.findings).toEqual([]);
      expect(r.protections.map((p) => p.kind)).toContain("no-ai-training");
    });

    test.each(GRANTS)("a grant is still found, quoted from the original text: %s", (text) => {
      const original = spaced(text, gap);
      const r = analyze([{ text: original }]);
      expect(r.findings.length).toBeGreaterThan(0);
      for (const f of r.findings) {
        expect(f.trigger).toBe(original.slice(f.start, f.end));
        for (const s of f.suggestions) expect(s.original).toBe(original.slice(s.start, s.end));
      }
      // the fix applies to the original text and leaves nothing to fix
      const fixed = applySuggestions([{ text: original }], r.findings.map((f) => f.suggestions[0]));
      expect(analyze(fixed).findings).toEqual([]);
    });
  });
});

describe("definitions describe recipients; they share nothing", () => {
  test.each([
    "1.4 End User means any third party receiving the Content through the Platform for its own private use.",
    '"Subprocessor" means any third party engaged by Provider to process Customer Data.',
    '"Sites" shall mean the websites and apps through which Licensee delivers content to the public over the Internet.',
  ])("%s", (text) => {
    expect(analyze([{ text }]).findings.filter((f) => f.category === "sublicensing")).toEqual([]);
  });

  test("the clause that uses the defined word still shares", () => {
    const r = analyze([{ text: "Client may share the Deliverables with its affiliates and technology partners." }]);
    expect(r.findings.map((f) => f.category)).toContain("sublicensing");
  });
});
