/** The fake must behave as the documented Office.js model, or the Word-layer tests prove nothing. */
import { AUTHOR, FakeOfficeError, FakeWord, OTHER_AUTHOR, reviewAll } from "../support/fakeWord";

async function run<T>(fake: FakeWord, batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
  return fake.wordGlobal().run(batch);
}

test("reading a property or items before load + sync throws", async () => {
  const fake = new FakeWord(["One."]);
  await run(fake, async (context) => {
    const paragraphs = context.document.body.paragraphs;
    expect(() => paragraphs.items).toThrow(/not available/);
    paragraphs.load("items/text");
    expect(() => paragraphs.items).toThrow(/not available/);
    await context.sync();
    expect(paragraphs.items[0].text).toBe("One.");
    expect(() => paragraphs.items[0].style).toThrow(/not available/);
    const reviewed = paragraphs.items[0].getReviewedText("Current");
    expect(() => reviewed.value).toThrow(/not been loaded/);
    await context.sync();
    expect(reviewed.value).toBe("One.");
  });
});

test("a failing operation rejects the sync, keeps earlier work and drops the rest", async () => {
  const fake = new FakeWord(["alpha beta gamma"]);
  fake.failWhen = (op) => (op.name === "insertText" && op.args[0] === "B" ? new FakeOfficeError("GeneralException", "boom") : undefined);
  await expect(
    run(fake, async (context) => {
      const p = context.document.body.paragraphs;
      p.load("items/text");
      await context.sync();
      const a = p.items[0].search("alpha");
      const b = p.items[0].search("beta");
      const g = p.items[0].search("gamma");
      a.load("items/text");
      b.load("items/text");
      g.load("items/text");
      await context.sync();
      a.items[0].insertText("A", "Replace");
      b.items[0].insertText("B", "Replace");
      g.items[0].insertText("G", "Replace");
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: "GeneralException" });
  expect(fake.currentText(fake.live()[0])).toBe("A beta gamma");
});

test("search: 255-character limit, ^ codes, quotes alike, non-overlapping matches", async () => {
  const fake = new FakeWord(["a\tb “quoted” and \"quoted\" aaaa"]);
  await run(fake, async (context) => {
    const p = context.document.body.paragraphs;
    p.load("items/text");
    await context.sync();
    const tab = p.items[0].search("a^tb", { matchCase: true });
    const quotes = p.items[0].search("\"quoted\"", { matchCase: true });
    const aa = p.items[0].search("aa", { matchCase: true });
    for (const r of [tab, quotes, aa]) r.load("items/text");
    await context.sync();
    expect(tab.items.map((r) => r.text)).toEqual(["a\tb"]);
    expect(quotes.items.map((r) => r.text)).toEqual(["“quoted”", "\"quoted\""]);
    expect(aa.items).toHaveLength(2);
    p.items[0].search("x".repeat(256)).load("items/text");
    await expect(context.sync()).rejects.toMatchObject({ code: "SearchStringInvalidOrTooLong" });
    p.items[0].search("a^qb").load("items/text");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

test("tracked replace: text keeps deleted words, reviewed text does not; reject all restores", async () => {
  const fake = new FakeWord(["use for any purpose now"], { changeTrackingMode: "TrackAll" });
  await run(fake, async (context) => {
    const p = context.document.body.paragraphs;
    p.load("items/text");
    await context.sync();
    const found = p.items[0].search("any purpose");
    found.load("items/text");
    await context.sync();
    found.items[0].insertText("this project", "Replace");
    await context.sync();
    p.load("items/text");
    const current = p.items[0].getReviewedText("Current");
    const original = p.items[0].getReviewedText("Original");
    await context.sync();
    expect(p.items[0].text).toBe("use for any purposethis project now");
    expect(current.value).toBe("use for this project now");
    expect(original.value).toBe("use for any purpose now");
  });
  reviewAll(fake, false);
  expect(fake.textIfAllAccepted()).toBe("use for any purpose now");
});

test("a paragraph inserted after a heading takes the heading's style unless set", async () => {
  const fake = new FakeWord([{ text: "Title", styleBuiltIn: "Heading1" }]);
  await run(fake, async (context) => {
    context.document.body.insertParagraph("body", "End");
    await context.sync();
  });
  expect(fake.live()[1].styleBuiltIn).toBe("Heading1");
});

test("Word.run syncs what is still queued when the callback ends", async () => {
  const fake = new FakeWord(["x"]);
  await run(fake, async (context) => {
    context.document.body.insertParagraph("y", "End");
  });
  expect(fake.syncs).toBe(1);
  expect(fake.live()).toHaveLength(2);
});

test("tracked changes carry their author; a range lists every change with a character in it, nested ones each; compareLocationWith", async () => {
  const fake = new FakeWord([{ runs: [{ text: "use for " }, { text: "any", ins: true }, { text: " purpose now" }] }], { changeTrackingMode: "TrackAll" });
  await run(fake, async (context) => {
    const p = context.document.body.paragraphs;
    p.load("items/text");
    await context.sync();
    const found = p.items[0].search("any purpose");
    found.load("items/text");
    await context.sync();
    found.items[0].delete(); // our deletion of their insertion and of plain words
    const changes = found.items[0].getTrackedChanges();
    changes.load("items/type,items/author,items/text");
    await context.sync();
    // In the fake's order (by first character, an insertion before a deletion of the same one); the host never relies on it.
    expect(changes.items.map((c) => [c.author, c.type, c.text])).toEqual([
      [OTHER_AUTHOR, "Added", "any"],
      [AUTHOR, "Deleted", "any purpose"],
    ]);
    const theirs = changes.items[0].getRange();
    const inside = theirs.compareLocationWith(found.items[0]);
    const outside = found.items[0].compareLocationWith(theirs);
    const now = p.items[0].getRange().compareLocationWith(found.items[0]);
    await context.sync();
    expect([inside.value, outside.value, now.value]).toEqual(["InsideStart", "ContainsStart", "Contains"]);
  });
});

test("Simple Markup / No Markup: Paragraph.text and search() leave out tracked deletions; reviewed text is the same", async () => {
  const fake = new FakeWord([{ runs: [{ text: "for any " }, { text: "internal ", del: true }, { text: "purpose" }] }], { hideDeletions: true });
  await run(fake, async (context) => {
    const p = context.document.body.paragraphs;
    p.load("items/text");
    await context.sync();
    const found = p.items[0].search("any purpose");
    found.load("items/text");
    const reviewed = p.items[0].getReviewedText("Current");
    await context.sync();
    expect(p.items[0].text).toBe("for any purpose");
    expect(found.items.map((r) => r.text)).toEqual(["any purpose"]);
    expect(reviewed.value).toBe("for any purpose");
  });
});

test("an object is usable in a later Word.run(object, …) only if it was tracked", async () => {
  const fake = new FakeWord(["alpha beta"]);
  const word = fake.wordGlobal();
  const [kept, loose] = await word.run(async (context) => {
    const p = context.document.body.paragraphs.getFirst();
    const a = p.search("alpha");
    const b = p.search("beta");
    a.load("items");
    b.load("items");
    await context.sync();
    context.trackedObjects.add(a.items[0]);
    await context.sync();
    return [a.items[0], b.items[0]];
  });
  await word.run(kept, async (context) => {
    kept.insertText("ALPHA", "Replace");
    await context.sync();
  });
  expect(fake.currentText(fake.live()[0])).toBe("ALPHA beta");
  await expect(word.run(loose, async () => undefined)).rejects.toMatchObject({ code: "InvalidObjectPath" });
});

test("getFirst / getNext walk the paragraphs without loading them; past the last one: ItemNotFound", async () => {
  const fake = new FakeWord(["one", { text: "two", tableNestingLevel: 1 }, "three"]);
  await run(fake, async (context) => {
    const first = context.document.body.paragraphs.getFirst();
    const third = first.getNext().getNext();
    third.load("text");
    await context.sync();
    expect(third.text).toBe("three");
    third.getNext().load("text");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

test("footnotes need WordApi 1.5; a header's whole-story reviewed text joins its paragraphs with \\r", async () => {
  const fake = new FakeWord(["body"], { wordApi: "1.4", footnotes: [["a note"]], sections: [{ headers: { Primary: ["head one", { runs: [{ text: "head " }, { text: "x", del: true }, { text: "two" }] }] } }] });
  await run(fake, async (context) => {
    context.document.body.footnotes.load("items");
    await expect(context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    const sections = context.document.sections;
    sections.load("items");
    await context.sync();
    const text = sections.items[0].getHeader("Primary").getRange("Whole").getReviewedText("Current");
    await context.sync();
    expect(text.value).toBe("head one\rhead two");
  });
});
