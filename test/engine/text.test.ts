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

  test("runs of white space read as one space, offsets mapped back to the original", () => {
    const original = "A\u00a0 licence\t\tto  use\n the  Work.";
    const n = normaliseForRules(original);
    expect(n.text).toBe("A licence to use the Work.");
    const at = n.text.indexOf("use the Work");
    const back = mapRange(n.map, at, at + "use the Work".length);
    expect(original.slice(back.start, back.end)).toBe("use\n the  Work");
    // text with single plain spaces is read as it is (no map)
    expect(normaliseForRules("A licence to use the Work.").map).toBeNull();
  });

  // terms kept as Markdown or HTML: emphasis, code quotes, inline tags and a link's target are formatting
  test.each([
    ["Training on the Notes is **strictly prohibited**.", "Training on the Notes is strictly prohibited."],
    ["Each _Customer_ authorises _Vendor_ to engage _Subprocessors_.", "Each Customer authorises Vendor to engage Subprocessors."],
    ["No `.txt` or `.md` file may be mined.", "No .txt or .md file may be mined."],
    ["The <em>Artwork</em> stays <strong>hers</strong>.<br/>", "The Artwork stays hers."],
    ["See [the Data Policy](https://example.org/data_policy) and [Schedule 2].", "See the Data Policy and [Schedule 2]."],
    // blanks to fill in, marks inside words and arithmetic are left as they are
    ["Client: ______ (snake_case) 5*6 * 7", "Client: ______ (snake_case) 5*6 * 7"],
  ])("markup: %s", (original, read) => {
    const n = normaliseForRules(original);
    expect(n.text).toBe(read);
    // every word maps back to the same word of the original
    for (const m of read.matchAll(/[A-Za-z]{3,}/g)) {
      const r = mapRange(n.map, m.index, m.index + m[0].length);
      expect(original.slice(r.start, r.end)).toBe(m[0]);
    }
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
    expect(() => index.add(["ok"], 32)).toThrow(/out of range/);
    // bit 31 is the sign bit: a mask holding it is negative, and a bitwise test still reads it
    index.add(["sublicense"], 31);
    expect(index.scan("may sublicense the work") & (1 << 31)).not.toBe(0);
    expect(index.scan("may sublicense the work") & (1 << 3)).toBe(0);
  });

  test("a range reads the words it cuts whole, and nothing outside it", () => {
    const index = new AnchorIndex();
    index.add(["perpetual"], 1);
    index.add(["vendors$"], 2);
    const text = "A perpetual grant. Shared with vendors.";
    expect(index.scanRange(text, 0, 18)).toBe(1 << 1);
    expect(index.scanRange(text, 19, text.length)).toBe(1 << 2);
    // cut inside "perpetual" at both ends: the word is still read
    expect(index.scanRange(text, 5, 7)).toBe(1 << 1);
    expect(index.scanRange(text, 0, 1)).toBe(0);
  });

  test("a common word that shares a hash slot with an anchor does not wake it (two hashes must agree)", () => {
    // the single 16-bit hash the index used before: these pairs shared a slot
    const oldSlot = (w: string): number => {
      let h = 0;
      for (const c of w) h = (Math.imul(h, 31) + (c.charCodeAt(0) - 96)) | 0;
      return h & 0xffff;
    };
    const pairs: Array<[string, string]> = [
      ["processors$", "but"],
      ["producers$", "val"],
      ["submit$", "pacificap"],
      ["crawling", "solely"],
    ];
    for (const [stem, word] of pairs) {
      const key = stem.endsWith("$") ? stem.slice(0, -1) : stem.slice(0, 6);
      expect(oldSlot(key)).toBe(oldSlot(stem.endsWith("$") ? word : word.slice(0, 6)));
      const index = new AnchorIndex();
      index.add([stem], 4);
      expect(index.scan(`the ${word} of it`)).toBe(0);
      expect(index.scan(`the ${key} of it`)).toBe(1 << 4);
    }
  });

  test("a run of letters longer than any word is read for its prefix only: a range deep inside it reads nothing of it", () => {
    const index = new AnchorIndex();
    index.add(["train"], 1);
    index.add(["vendors$"], 2);
    const run = "training" + "x".repeat(10_000);
    const text = `${run} vendors`;
    // the run's start is in range: its prefix is an anchor
    expect(index.scanRange(text, 0, 100)).toBe(1 << 1);
    // deep inside the run (no walking back 10,000 letters): nothing, and the next word is still read
    expect(index.scanRange(text, 5_000, 5_100)).toBe(0);
    expect(index.scanRange(text, 5_000, text.length)).toBe(1 << 2);
    // an exact anchor never matches a run that merely starts with it
    expect(index.scanRange(`vendors${"s".repeat(100)}`, 0, 107)).toBe(0);
    // a word within the limit cut by the range start is still read whole
    expect(index.scanRange(`x ${"a".repeat(40)}training`, 30, 45)).toBe(0);
    expect(index.scanRange("the training data", 6, 8)).toBe(1 << 1);
  });
});

describe("rule anchors are complete: a sentence a rule's pattern matches always holds one of its anchors", () => {
  // The engine runs a rule's pattern only over sentences with one of its anchors, so a missing
  // anchor silently drops findings. Read every text the repository has: the rules' own examples,
  // the bundled sample and hand-written sentences for the gaps found before.
  const { RULES } = jest.requireActual<typeof import("../../src/engine/rules")>("../../src/engine/rules");
  const fs = jest.requireActual<typeof import("node:fs")>("node:fs");
  const path = jest.requireActual<typeof import("node:path")>("node:path");
  const texts: string[] = [
    "Either party may disclose the Deliverables to its agents and professional advisers.",
    "The Studio may share the Work Product with other entities within its corporate group.",
    "The Agency owns all content generated during its use of the Deliverables.",
    "Insights drawn from the customer's use of the Materials belong to the Agency.",
  ];
  for (const r of RULES) texts.push(...r.examples.invalid, ...r.examples.valid);
  const samples = path.join(__dirname, "..", "fixtures", "contracts");
  for (const f of fs.readdirSync(samples).filter((x: string) => /\.(txt|md)$/.test(x))) {
    texts.push(...fs.readFileSync(path.join(samples, f), "utf8").split(/\r?\n/).filter((l: string) => l.trim()));
  }
  test.each(RULES.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
    const index = new AnchorIndex();
    index.add(rule.anchors, 0);
    const re = new RegExp(rule.pattern, "gi");
    const missed: string[] = [];
    for (const t of texts) {
      for (const S of splitSentences(t)) {
        const sentence = t.slice(S.start, S.end);
        re.lastIndex = 0;
        const m = re.exec(sentence);
        if (m && index.scan(sentence) === 0) missed.push(m[0]);
      }
    }
    expect(missed).toEqual([]);
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
