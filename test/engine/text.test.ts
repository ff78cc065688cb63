import fc from "fast-check";
import { AnchorIndex } from "../../src/engine/text/anchors";
import { fingerprint, hashText, mapRange, normaliseForRules, splitSentences } from "../../src/engine/text";

const sentences = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  test.each([
    ["1. Services. The Contractor will work.", ["1. Services.", "The Contractor will work."]],
    ["As set out in Section 2.1. The Agency may act.", ["As set out in Section 2.1.", "The Agency may act."]],
    ["Acme Inc. and Beta Ltd. agree, e.g. on fees. Done.", ["Acme Inc. and Beta Ltd. agree, e.g. on fees.", "Done."]],
    ["He said \u201cyes.\u201d Then left!  Why? No", ["He said \u201cyes.\u201d", "Then left!", "Why?", "No"]],
    ["   ", []],
  ])("%s", (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  test("spans are ordered, disjoint and inside the text, for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (t) => {
        let last = 0;
        for (const s of splitSentences(t)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(t.length);
          last = s.end;
        }
      }),
    );
  });
});

describe("normaliseForRules", () => {
  test("removes invisible characters and maps offsets back", () => {
    const original = "ma\u00adchine learn\u200bing \u201cAI\u201d";
    const n = normaliseForRules(original);
    expect(n.text).toBe('machine learning "AI"');
    const at = n.text.indexOf("learning");
    const r = mapRange(n.map, at, at + "learning".length);
    expect(original.slice(r.start, r.end)).toBe("learn\u200bing");
    expect(normaliseForRules("plain text").map).toBeNull();
  });
});

describe("AnchorIndex", () => {
  test("prefix, exact-word and short stems", () => {
    const index = new AnchorIndex();
    index.add(["train"], 0); // 4-letter prefix: train, training, trainee
    index.add(["perpetual"], 1); // 6-letter prefix
    index.add(["third$"], 2); // exact word only
    index.add(["ai"], 3); // a short word, exactly
    expect(index.scan("Training staff")).toBe(1 << 0);
    expect(index.scan("a PERPETUAL licence")).toBe(1 << 1);
    expect(index.scan("thirty days")).toBe(0);
    expect(index.scan("third-party vendors")).toBe(1 << 2);
    expect(index.scan("maintain the AI")).toBe(1 << 3);
    expect(index.scan("")).toBe(0);
    expect(() => index.add(["Bad"], 4)).toThrow(/lower-case/);
    expect(() => index.add(["ok"], 31)).toThrow(/out of range/);
  });
});

test("hashText is stable and hex", () => {
  expect(hashText("abc")).toBe(hashText("abc"));
  expect(hashText("abc")).toMatch(/^[0-9a-f]{8}$/);
  expect(hashText("abc")).not.toBe(hashText("abd"));
});

describe("wordsPattern (the one escape for names in patterns)", () => {
  const { wordsPattern } = jest.requireActual<typeof import("../../src/engine/text")>("../../src/engine/text");
  test.each([
    ["Work Product", "the Work  Product is", true],
    ["Acme (UK) Ltd.", "Acme (UK) Ltd. shall", true],
    ["Acme (UK) Ltd.", "Acme UK Ltd shall", false],
    ["A+B", "AAB", false],
  ])("%s in %s: %s", (name, text, hit) => {
    expect(new RegExp(wordsPattern(name)).test(text)).toBe(hit);
  });
});

describe("fingerprint (one for both hosts)", () => {
  test("counts the paragraphs and hashes their texts: a change of one character, a split or a join shows", () => {
    const base = fingerprint(["The Agency may use the Work.", "Fees are due monthly."]);
    expect(fingerprint(["The Agency may use the Work.", "Fees are due monthly."])).toBe(base);
    expect(fingerprint(["The Agency may use the Works.", "Fees are due monthly."])).not.toBe(base);
    expect(fingerprint(["The Agency may use the Work. Fees are due monthly."])).not.toBe(base);
    expect(base).toMatch(/^2:[0-9a-f]{8}$/);
  });
});
