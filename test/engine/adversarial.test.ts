/**
 * Hostile input (issue 7, engine part): arbitrary strings and inputs built to make regular
 * expressions backtrack. Nothing throws; results stay well-formed. Timing is measured by
 * `npm run bench`, not asserted here.
 */
import fc from "fast-check";
import { analyze } from "../../src/engine";

const MB = 1024 * 1024;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const PATHOLOGICAL: Array<[string, string]> = [
  ["runs of 'a '", repeatTo("a ", MB)],
  ["runs of commas", repeatTo(",", MB)],
  ["runs of ', and'", repeatTo(", and ", MB)],
  ["license license …", repeatTo("license ", MB)],
  ["perpetual, irrevocable, …", repeatTo("perpetual, irrevocable, ", MB)],
  ["train train …", repeatTo("train ", MB)],
  ["to train models to train models …", repeatTo("to train models ", MB)],
  ["not not …", repeatTo("not ", MB)],
  ["one long word", repeatTo("x", MB)],
  ["no spaces between risky words", repeatTo("trainAImodelsforanypurpose", MB)],
  ["abbreviations with periods", repeatTo("e.g. i.e. No. 1. ", MB)],
  ["open parentheses", repeatTo("(", MB)],
  ["a risky clause repeated without a full stop", repeatTo("the Agency may use the Deliverables to train its AI models and ", MB)],
  ["a verb list glued into one word", "to " + repeatTo("improve", MB)],
  ["abbreviations only", repeatTo("e.g. ", MB)],
  ["a long list of verbs before 'process'", "the Agency may " + repeatTo("store, ", MB) + "process the Work"],
  ["a long list of party words", "share the Deliverables with " + repeatTo("its ", MB) + "affiliates"],
];

describe("pathological paragraphs (1 MB each)", () => {
  test.each(PATHOLOGICAL)("%s", (_name, text) => {
    const r = analyze([{ text }]);
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.trigger);
    // the number of findings per rule and paragraph is bounded
    expect(r.findings.length).toBeLessThan(600);
  });
});

describe("fuzz", () => {
  const words = ["license", "perpetual", "irrevocable", "train", "AI", "models", "not", "shall", "for", "any", "purpose", "except", "provided", "that", ",", ";", ":", "(", ")", ".", "\u00a0", "\u00ad", "\u200f", "\ud83d\ude00", "service providers", "anonymized", "feedback", "works made for hire"];
  test("random word salad from the legal vocabulary", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 400 }), fc.array(fc.string(), { maxLength: 3 }), (ws, extra) => {
        const text = ws.join(" ") + extra.join("");
        const r = analyze([{ text }, { text: ws.join("") }]);
        for (const f of r.findings) expect([text, ws.join("")][f.paragraph].slice(f.start, f.end)).toBe(f.trigger);
      }),
      { numRuns: 300 },
    );
  });

  test("arbitrary strings, including lone surrogates and control characters", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 2000 }), { maxLength: 5 }), (texts) => {
        analyze(texts.map((text) => ({ text })));
      }),
      { numRuns: 300 },
    );
  });

  test("10,000 paragraphs", () => {
    const paragraphs = Array.from({ length: 10_000 }, (_, i) => ({ text: i % 50 === 0 ? "The Agency may use the Deliverables for any purpose." : `Paragraph ${i} sets out an ordinary term.` }));
    const r = analyze(paragraphs);
    expect(r.findings.length).toBe(200);
    expect(r.stats.paragraphs).toBe(10_000);
  });
});
