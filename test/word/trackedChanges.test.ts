/**
 * Accepting or rejecting exactly TermScore's own tracked change (WordApi 1.6), by the ranges Word
 * returned, location and author — never by text. Each case here is a user path that used to act
 * on the wrong change. Sample sentences written for these tests.
 */
import { buildAddendum } from "../../src/engine";
import { createWordHost } from "../../src/word";
import { messages } from "../../src/word/messages";
import { AUTHOR, FakeWord, OTHER_AUTHOR, reviewAll } from "../support/fakeWord";
import { hostFor, request } from "./helpers";

const SENTENCE = "Agency may use the Deliverables for any purpose.";

/** Texts of the changes still in the document, as [author, type, text], in paragraph order. */
function pending(fake: FakeWord, paragraph: number): Array<[string, string, string]> {
  const p = fake.live()[paragraph];
  const ids: number[] = [];
  for (const c of p.chars) for (const id of [c.ins, c.del]) if (!c.gone && id !== undefined && !ids.includes(id)) ids.push(id);
  return ids.map((id) => {
    const change = fake.changes.get(id)!;
    const text = p.chars.filter((c) => !c.gone && (c.ins === id || c.del === id)).map((c) => c.ch).join("");
    return [change.author, change.type, text];
  });
}

/** Round trips of one call. */
async function syncsOf<T>(fake: FakeWord, call: () => Promise<T>): Promise<{ value: T; syncs: number }> {
  const before = fake.syncs;
  const value = await call();
  return { value, syncs: fake.syncs - before };
}

describe("the same words several times", () => {
  test("the same sentence three times in a paragraph: rejecting the 2nd reverts the 2nd only (4 round trips)", async () => {
    const fake = new FakeWord([`${SENTENCE} ${SENTENCE} ${SENTENCE}`]);
    const host = hostFor(fake);
    await host.read();
    const reqs = [0, 1, 2].map((k) => ({ ...request(fake, 0, "for any purpose", "solely for this Project", k), comment: `Why ${k + 1}` }));
    expect((await host.apply(reqs)).results.map((r) => r.status)).toEqual(["applied", "applied", "applied"]);
    const { value, syncs } = await syncsOf(fake, () => host.decideChange!(reqs[1].id, false));
    expect(syncs).toBe(4);
    expect(value).toEqual({ changes: 2 });
    const fixed = "Agency may use the Deliverables solely for this Project.";
    expect(fake.currentText(fake.live()[0])).toBe(`${fixed} ${SENTENCE} ${fixed}`);
    // The 1st and 3rd are still pending, with their comments; the 2nd's comment went with it.
    expect(fake.ownChanges()).toHaveLength(4);
    expect(fake.comments.map((c) => c.content)).toEqual(["Why 1", "Why 3"]);
    await host.decideChange!(reqs[2].id, true);
    expect(fake.currentText(fake.live()[0])).toBe(`${fixed} ${SENTENCE} ${fixed}`);
    expect(fake.ownChanges()).toHaveLength(2);
    reviewAll(fake, false);
    expect(fake.textIfAllAccepted()).toBe(`${SENTENCE} ${SENTENCE} ${fixed}`);
  });

  test("after inserting the addendum at the cursor near the top, rejecting a later finding reverts that paragraph, not an earlier one with the same sentence", async () => {
    const fake = new FakeWord(["Services Agreement", `1. ${SENTENCE}`, "2. Payment is due within thirty days.", `3. ${SENTENCE}`]);
    const host = createWordHost({ Word: fake.wordGlobal(), Office: fake.officeGlobal() });
    await host.read();
    const reqs = [1, 3].map((p) => request(fake, p, "for any purpose", "solely for this Project"));
    await host.apply(reqs);
    fake.selection = { para: fake.paragraphs[0], start: null, end: null };
    expect(await host.insertAddendum(buildAddendum({ parties: { agency: "Agency", contractor: "Contractor", work: "Deliverables" } }), "cursor")).toMatchObject({ inserted: true });
    const texts = fake.live().map((p) => fake.currentText(p));
    const earlier = texts.indexOf(`1. ${SENTENCE.replace("for any purpose", "solely for this Project")}`);
    const later = texts.indexOf(`3. ${SENTENCE.replace("for any purpose", "solely for this Project")}`);
    expect(earlier).toBeGreaterThan(5); // both moved down by the addendum
    expect(later).toBeGreaterThan(earlier);
    const { syncs } = await syncsOf(fake, () => host.decideChange!(reqs[1].id, false));
    expect(syncs).toBe(4);
    expect(fake.currentText(fake.live()[later])).toBe(`3. ${SENTENCE}`);
    expect(fake.currentText(fake.live()[earlier])).toBe(`1. ${SENTENCE.replace("for any purpose", "solely for this Project")}`);
    expect(pending(fake, earlier)).toEqual([
      [AUTHOR, "Deleted", "for any purpose"],
      [AUTHOR, "Added", "solely for this Project"],
    ]);
  });

  test("the other side deleted the same words elsewhere in the list: rejecting our strike restores ours and leaves theirs pending", async () => {
    const fake = new FakeWord([
      { runs: [{ text: "The Agency may use the Deliverables for analytics" }, { text: ", machine learning", del: true }, { text: ", reporting, machine learning and support." }] },
    ]);
    const host = hostFor(fake);
    const snap = await host.read();
    expect(snap.paragraphs[0].text).toBe("The Agency may use the Deliverables for analytics, reporting, machine learning and support.");
    const req = request(fake, 0, "reporting, machine learning and support", "reporting and support", 0, snap.paragraphs[0].text);
    expect((await host.apply([req])).results[0].status).toBe("applied");
    expect(pending(fake, 0)).toEqual([
      [OTHER_AUTHOR, "Deleted", ", machine learning"],
      [AUTHOR, "Deleted", ", machine learning"],
    ]);
    const { syncs } = await syncsOf(fake, () => host.decideChange!(req.id, false));
    expect(syncs).toBe(4);
    expect(pending(fake, 0)).toEqual([[OTHER_AUTHOR, "Deleted", ", machine learning"]]);
    expect(fake.currentText(fake.live()[0])).toBe(snap.paragraphs[0].text);
  });
});

describe("other authors' changes inside or beside ours", () => {
  const runs = { runs: [{ text: "Agency may use the Deliverables for " }, { text: "any", ins: true }, { text: " purpose." }] };

  test("their insertion inside the words we replaced: rejecting ours rejects our deletion and our insertion, theirs stays", async () => {
    const fake = new FakeWord([runs]);
    const host = hostFor(fake);
    const snap = await host.read();
    const req = request(fake, 0, "for any purpose", "solely for this Project", 0, snap.paragraphs[0].text);
    await host.apply([req]);
    const { value, syncs } = await syncsOf(fake, () => host.decideChange!(req.id, false));
    expect(syncs).toBe(4);
    expect(value).toEqual({ changes: 2 });
    // What the pane then says ("the text is back") is true: the words read as before, nothing of ours is pending.
    expect(fake.currentText(fake.live()[0])).toBe(SENTENCE);
    expect(pending(fake, 0)).toEqual([[OTHER_AUTHOR, "Added", "any"]]);
    expect(fake.comments).toHaveLength(0);
  });

  test("accepting ours there: our words stay, nothing of ours is pending, their change is untouched where it still exists", async () => {
    const fake = new FakeWord([{ runs: [...runs.runs, { text: " Extra words", ins: true }] }]);
    const host = hostFor(fake);
    const snap = await host.read();
    const req = request(fake, 0, "for any purpose", "solely for this Project", 0, snap.paragraphs[0].text);
    await host.apply([req]);
    await host.decideChange!(req.id, true);
    expect(fake.currentText(fake.live()[0])).toBe("Agency may use the Deliverables solely for this Project. Extra words");
    expect(fake.ownChanges()).toEqual([]);
    expect(pending(fake, 0)).toEqual([[OTHER_AUTHOR, "Added", " Extra words"]]);
    // The comment stays, resolved: the record of why.
    expect(fake.comments.map((c) => c.resolved)).toEqual([true]);
  });

  test("their insertion right beside our words is not ours", async () => {
    const fake = new FakeWord([{ runs: [{ text: "Use it for any purpose" }, { text: " and more", ins: true }, { text: "." }] }]);
    const host = hostFor(fake);
    const snap = await host.read();
    const req = request(fake, 0, "for any purpose", "for this purpose", 0, snap.paragraphs[0].text);
    await host.apply([req]);
    await host.decideChange!(req.id, false);
    expect(pending(fake, 0)).toEqual([[OTHER_AUTHOR, "Added", " and more"]]);
    expect(fake.currentText(fake.live()[0])).toBe("Use it for any purpose and more.");
  });
});

describe("views and platforms", () => {
  test.each([true, false])("Simple Markup / No Markup (Paragraph.text without deletions): a pure deletion is accepted=%s", async (accept) => {
    const fake = new FakeWord(["The Agency may use, aggregate and keep it."], { hideDeletions: true });
    const host = hostFor(fake);
    await host.read();
    const req = request(fake, 0, "use, aggregate and keep", "use and keep");
    expect((await host.apply([req])).results[0].status).toBe("applied");
    expect(pending(fake, 0)).toEqual([[AUTHOR, "Deleted", ", aggregate"]]);
    const { syncs } = await syncsOf(fake, () => host.decideChange!(req.id, accept));
    expect(syncs).toBe(4);
    expect(pending(fake, 0)).toEqual([]);
    expect(fake.rawText(fake.live()[0])).toBe(accept ? "The Agency may use and keep it." : "The Agency may use, aggregate and keep it.");
    expect(fake.comments).toHaveLength(accept ? 1 : 0);
  });

  test("the comment's author spelled differently from the changes' author: a pure deletion is still found", async () => {
    const fake = new FakeWord(["The Agency may use, aggregate and keep it."]);
    fake.commentAuthor = "you@example.com";
    const host = hostFor(fake);
    const req = request(fake, 0, "use, aggregate and keep", "use and keep");
    await host.apply([req]);
    expect(await host.decideChange!(req.id, false)).toEqual({ changes: 1 });
    expect(fake.ownChanges()).toEqual([]);
  });

  test("a change already rejected in Word's Review tab: a plain message, nothing else touched", async () => {
    const fake = new FakeWord(["Use it for any purpose.", { runs: [{ text: "Keep it" }, { text: " forever", ins: true }, { text: "." }] }]);
    const host = hostFor(fake);
    const req = request(fake, 0, "for any purpose", "for this Project");
    await host.apply([req]);
    for (const c of fake.ownChanges()) fake.live()[0].chars.forEach((ch) => {
      if (ch.ins === c.id) ch.gone = true;
      if (ch.del === c.id) ch.del = undefined;
    });
    await expect(host.decideChange!(req.id, true)).rejects.toThrow(messages.unknownChange);
    expect(pending(fake, 1)).toEqual([[OTHER_AUTHOR, "Added", " forever"]]);
  });

  test("a host that did not write the change (another session) says to use the Review tab", async () => {
    const fake = new FakeWord(["Use it for any purpose."]);
    const req = request(fake, 0, "for any purpose", "for this Project");
    await hostFor(fake).apply([req]);
    await expect(hostFor(fake).decideChange!(req.id, false)).rejects.toThrow(messages.unknownChange);
  });

  test("without WordApi 1.6 nothing is tracked for review and the Review tab is named", async () => {
    const fake = new FakeWord(["Use it for any purpose."], { wordApi: "1.5" });
    const host = hostFor(fake);
    const req = request(fake, 0, "for any purpose", "for this Project");
    expect((await host.apply([req])).results[0].status).toBe("applied");
    expect(fake.ops.some((o) => o.name === "trackedObjects.add")).toBe(false);
    await expect(host.decideChange!(req.id, false)).rejects.toThrow(/Review tab/);
  });

  test("a comment the user already deleted: the change is still rejected, with a warning", async () => {
    const fake = new FakeWord(["Use it for any purpose."]);
    const host = hostFor(fake);
    const req = request(fake, 0, "for any purpose", "for this Project");
    await host.apply([req]);
    fake.comments.length = 0;
    const result = await host.decideChange!(req.id, false);
    expect(result).toEqual({ changes: 2, warnings: [expect.stringMatching(/did not remove or resolve/)] });
    expect(fake.currentText(fake.live()[0])).toBe("Use it for any purpose.");
  });
});

test("reviewing one of 500 applied changes takes the same 4 round trips as one of 5", async () => {
  const counts: number[] = [];
  for (const n of [5, 500]) {
    const fake = new FakeWord(Array.from({ length: n }, (_, i) => `${i + 1}. ${SENTENCE}`));
    const host = hostFor(fake);
    await host.read();
    const reqs = Array.from({ length: n }, (_, i) => request(fake, i, "for any purpose", "solely for this Project"));
    await host.apply(reqs);
    const { syncs } = await syncsOf(fake, () => host.decideChange!(reqs[n - 1].id, false));
    counts.push(syncs);
    expect(fake.currentText(fake.live()[n - 1])).toBe(`${n}. ${SENTENCE}`);
    expect(fake.ownChanges()).toHaveLength(2 * (n - 1));
  }
  expect(counts).toEqual([4, 4]);
});

test("a second round in the same paragraph after a re-scan: rejecting the first round leaves the second one pending", async () => {
  const fake = new FakeWord(["The Agency may use them for any purpose, for any purpose at all."]);
  const host = hostFor(fake);
  await host.read();
  const first = request(fake, 0, "for any purpose", "solely for this Project", 1);
  await host.apply([first]);
  const snap = await host.read();
  const second = request(fake, 0, "this Project at all", "this Project", 0, snap.paragraphs[0].text);
  expect((await host.apply([second])).results[0].status).toBe("applied");
  await host.decideChange!(first.id, false);
  expect(fake.currentText(fake.live()[0])).toBe("The Agency may use them for any purpose, for any purpose.");
  expect(pending(fake, 0)).toEqual([[AUTHOR, "Deleted", " at all"]]);
  await host.decideChange!(second.id, false);
  expect(fake.currentText(fake.live()[0])).toBe("The Agency may use them for any purpose, for any purpose at all.");
  expect(fake.ownChanges()).toEqual([]);
});
