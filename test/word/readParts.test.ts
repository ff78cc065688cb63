/**
 * read(): the body first (indexes unchanged), then footnotes, endnotes, headers and footers, each
 * with `part`, in the same 2 round trips. Sample sentences written for these tests.
 */
import { FakeOfficeError, FakeWord, type FakeWordOptions } from "../support/fakeWord";
import { hostFor } from "./helpers";

const body = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. The Agency may use the Deliverables for phase ${i + 1}.`);

const PARTS: FakeWordOptions = {
  footnotes: [["Note one: the Agency may reuse drafts."], ["Note two, first paragraph.", "Note two, second paragraph."]],
  endnotes: [[{ runs: [{ text: "Endnote: data may be kept " }, { text: "forever ", del: true }, { text: "for audits." }] }]],
  sections: [
    { headers: { Primary: ["Confidential draft"], FirstPage: ["Cover header"] }, footers: { Primary: ["Page footer text"] } },
    { headers: { Primary: ["Confidential draft"] }, footers: { Primary: ["Schedule footer"], EvenPages: ["Even footer"] } },
  ],
};

test("body paragraphs first with their indexes, then notes, headers and footers with part set; identical headers once", async () => {
  const fake = new FakeWord(body(3), PARTS);
  const snap = await hostFor(fake).read();
  expect(snap.paragraphs.slice(0, 3).map((p) => [p.text, p.part])).toEqual(body(3).map((t) => [t, undefined]));
  expect(snap.paragraphs.slice(3).map((p) => [p.part, p.text])).toEqual([
    ["footnote", "Note one: the Agency may reuse drafts."],
    ["footnote", "Note two, first paragraph."],
    ["footnote", "Note two, second paragraph."],
    ["endnote", "Endnote: data may be kept for audits."],
    ["header", "Confidential draft"],
    ["header", "Cover header"],
    ["footer", "Page footer text"],
    ["footer", "Schedule footer"],
    ["footer", "Even footer"],
  ]);
});

test.each([5, 500])("%i body paragraphs with notes, headers and footers: 2 round trips", async (n) => {
  const fake = new FakeWord(body(n), PARTS);
  const snap = await hostFor(fake).read();
  expect(snap.paragraphs).toHaveLength(n + 9);
  expect(fake.syncs).toBe(2);
});

test("the fingerprint covers the other parts", async () => {
  const a = await hostFor(new FakeWord(body(2), PARTS)).read();
  const b = await hostFor(new FakeWord(body(2), { ...PARTS, footnotes: [["Note one: the Agency may reuse everything."], PARTS.footnotes![1]] })).read();
  const c = await hostFor(new FakeWord(body(2), PARTS)).read();
  expect(a.fingerprint).toBe(c.fingerprint);
  expect(b.fingerprint).not.toBe(a.fingerprint);
});

test("WordApi 1.4 without 1.5: headers and footers, no notes, still 2 round trips", async () => {
  const fake = new FakeWord(body(2), { ...PARTS, wordApi: "1.4" });
  const snap = await hostFor(fake).read();
  expect(new Set(snap.paragraphs.map((p) => p.part))).toEqual(new Set([undefined, "header", "footer"]));
  expect(fake.syncs).toBe(2);
});

test("a part Word will not read: the body is still read (1 round trip more)", async () => {
  const fake = new FakeWord(body(2), PARTS);
  let failed = false;
  fake.failWhen = (op) => {
    if (!failed && op.name === "getReviewedText" && fake.syncs === 2 && op.args[0] === "Current" && fake.ops.filter((o) => o.name === "getReviewedText").length > 2) {
      failed = true;
      return new FakeOfficeError("GeneralException", "header");
    }
    return undefined;
  };
  const snap = await hostFor(fake).read();
  expect(failed).toBe(true);
  expect(snap.paragraphs.map((p) => p.text)).toEqual(body(2));
  expect(fake.syncs).toBe(3);
});

describe("text boxes (WordApiDesktop 1.2)", () => {
  const SHAPES: FakeWordOptions = {
    shapes: [
      { type: "TextBox", paragraphs: ["Sidebar: the Agency may use the Deliverables to train its AI models."] },
      { type: "Picture" },
      { type: "TextBox", paragraphs: ["Second box, first line.", "Second box, second line."] },
    ],
  };

  test("where Word offers shapes, text boxes are read as part 'textbox' (pictures skipped), still in 2 round trips", async () => {
    const fake = new FakeWord(body(2), { ...SHAPES, desktop12: true });
    const snap = await hostFor(fake).read();
    expect(snap.paragraphs.filter((p) => p.part === "textbox").map((p) => p.text)).toEqual([
      "Sidebar: the Agency may use the Deliverables to train its AI models.",
      "Second box, first line.",
      "Second box, second line.",
    ]);
    expect(fake.syncs).toBe(2);
  });

  test("without WordApiDesktop 1.2 no shape is asked for: the body and other parts are read as before", async () => {
    const fake = new FakeWord(body(2), SHAPES);
    const snap = await hostFor(fake).read();
    expect(snap.paragraphs.some((p) => p.part === "textbox")).toBe(false);
    expect(snap.paragraphs.slice(0, 2).map((p) => p.text)).toEqual(body(2));
    expect(fake.syncs).toBe(2);
  });

  test("a grant in a text box is found, and reported as in a text box", async () => {
    const { analyze } = await import("../../src/engine");
    const fake = new FakeWord(body(1), { ...SHAPES, desktop12: true });
    const snap = await hostFor(fake).read();
    const report = analyze(snap.paragraphs);
    const inBox = report.findings.filter((f) => snap.paragraphs[f.paragraph].part === "textbox");
    expect(inBox.map((f) => f.category)).toContain("ai-training-grant");
  });
});

describe("lists Word numbers itself (issue 12)", () => {
  const LIST = [
    { text: "The Agency may:", listItem: true, listLevel: 0, listString: "6." },
    { text: "use the Deliverables for any purpose whatsoever;", listItem: true, listLevel: 1, listString: "(a)" },
    { text: "sublicense the Deliverables to its affiliates and service providers; and", listItem: true, listLevel: 1, listString: "(b)" },
    { text: "frame the Deliverables.", listItem: true, listLevel: 1, listString: "(c)" },
    { text: "a bullet", listItem: true, listLevel: 0, listString: "\u2022" },
    "Plain text.",
  ];

  test("each list paragraph's level and label come with the paragraphs, in the same 2 round trips", async () => {
    const fake = new FakeWord(LIST, PARTS);
    const snap = await hostFor(fake).read();
    expect(snap.paragraphs.slice(0, 6).map((p) => [p.listLevel, p.listLabel])).toEqual([
      [0, "6."],
      [1, "(a)"],
      [1, "(b)"],
      [1, "(c)"],
      [0, "\u2022"],
      [undefined, undefined],
    ]);
    expect(fake.syncs).toBe(2);
  });

  test.each([5, 500])("%i list items: still 2 round trips", async (n) => {
    const fake = new FakeWord(Array.from({ length: n }, (_, i) => ({ text: `item ${i + 1};`, listItem: true, listLevel: 1, listString: `(${i + 1})` })), PARTS);
    await hostFor(fake).read();
    expect(fake.syncs).toBe(2);
  });

  test("without WordApi 1.3 no list is read, and nothing fails", async () => {
    const fake = new FakeWord(LIST, { wordApi: "1.2" });
    const snap = await hostFor(fake).read();
    expect(snap.paragraphs.every((p) => p.listLevel === undefined)).toBe(true);
    expect(fake.syncs).toBe(1);
  });
});

test("a read Word refuses is one plain sentence, as the host contract says (never Office's raw error)", async () => {
  const fake = new FakeWord(["The Client may use the Deliverables for any purpose."]);
  fake.failWhen = (op) => (op.name === "getReviewedText" ? new FakeOfficeError("AccessDenied", "RichApi.Error: AccessDenied at Word.Paragraph.getReviewedText") : undefined);
  await expect(hostFor(fake).read()).rejects.toThrow("TermScore could not read the document: the document is protected or read-only. Nothing was changed; try the scan again.");
});
