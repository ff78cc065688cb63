/**
 * apply(): 2 round trips for any number of suggestions, what it costs when the document is not as
 * the last scan saw it, where the comment sits, and the result contract (error only when nothing
 * was written; warnings separate). Sample sentences written for these tests.
 */
import { FakeOfficeError, FakeWord } from "../support/fakeWord";
import { hostFor, request } from "./helpers";
import { MINIMAL_EDIT_TABLE } from "../support/minimalEditTable";

const contract = (n: number) => Array.from({ length: n }, (_, i) => `${i + 1}. The Agency may use the Deliverables for any purpose, and aggregated data, in phase ${i + 1}.`);

/** The characters a comment covers, as Paragraph.text shows them (deleted words included). */
function commented(fake: FakeWord, k = 0): string {
  const c = fake.comments[k];
  const [s, e] = fake.indexOf(c.range);
  return c.range.para.chars.slice(s, e).filter((ch) => !ch.gone).map((ch) => ch.ch).join("");
}

test.each([5, 500])("apply all of %i suggestions: 2 round trips (read-and-locate, write with comments and mode restore)", async (n) => {
  const fake = new FakeWord(contract(n));
  const host = hostFor(fake);
  await host.read();
  const reqs = Array.from({ length: n }, (_, i) => request(fake, i, "for any purpose", "solely for this Project"));
  const before = fake.syncs;
  const result = await host.apply(reqs);
  expect(fake.syncs - before).toBe(2);
  expect(result).toEqual({ results: reqs.map((r) => ({ id: r.id, status: "applied" })) });
  expect(fake.comments).toHaveLength(n);
  expect(fake.changeTrackingMode).toBe("Off");
  // The mode is set and restored in the write sync itself.
  expect(fake.ops.filter((o) => o.name === "set changeTrackingMode").map((o) => o.args[0])).toEqual(["TrackAll", "Off"]);
});

test.each([5, 500])("the user's mode cannot be restored after all %i were applied: every item applied, a warning, no error", async (n) => {
  const fake = new FakeWord(contract(n), { changeTrackingMode: "TrackMineOnly" });
  fake.failWhen = (op) => (op.name === "set changeTrackingMode" && op.args[0] === "TrackMineOnly" ? new FakeOfficeError("GeneralException", "mode") : undefined);
  const host = hostFor(fake);
  await host.read();
  const reqs = Array.from({ length: n }, (_, i) => request(fake, i, "for any purpose", "solely for this Project"));
  const before = fake.syncs;
  const result = await host.apply(reqs);
  expect(result.error).toBeUndefined();
  expect(result.results.every((r) => r.status === "applied" && r.message === undefined)).toBe(true);
  expect(result.warnings).toEqual([expect.stringMatching(/Track Changes back to "TrackMineOnly".*Review tab/)]);
  expect(fake.comments).toHaveLength(n);
  // 2, then: what held (1), the mode again (1), and the check-and-set of restoreTracking (2).
  expect(fake.syncs - before).toBe(6);
});

describe("the comment covers the whole changed span, for every kind of fix", () => {
  test.each([
    ["replace", "for any purpose", "solely for this Project", "for any purposesolely for this Project"],
    ["qualify (words added after the risky ones)", "aggregated data", "aggregated data (never used to train AI)", "aggregated data (never used to train AI)"],
    ["narrow (words added before)", "aggregated data", "anonymous aggregated data", "anonymous aggregated data"],
    ["proviso (added at the end of the sentence)", "phase 1.", "phase 1, provided that no AI system is trained on them.", "phase 1, provided that no AI system is trained on them."],
    ["strike (a pure deletion)", "for any purpose, and aggregated data", "for any purpose", "for any purpose, and aggregated data"],
  ])("%s", async (_kind, words, replacement, covered) => {
    const fake = new FakeWord(contract(1));
    const result = await hostFor(fake).apply([request(fake, 0, words, replacement)]);
    expect(result.results[0].status).toBe("applied");
    expect(commented(fake)).toBe(covered);
  });
});

describe("when the document is not as the last scan saw it", () => {
  test("no scan in this host and the other side's deletion in the paragraph: planned again on Word's text (3 round trips)", async () => {
    const fake = new FakeWord([{ runs: [{ text: "The Agency may " }, { text: "never ", del: true }, { text: "use the work for any purpose." }] }]);
    const req = request(fake, 0, "for any purpose", "for this Project");
    const before = fake.syncs;
    expect((await hostFor(fake).apply([req])).results[0].status).toBe("applied");
    expect(fake.syncs - before).toBe(3);
    expect(fake.currentText(fake.live()[0])).toBe("The Agency may use the work for this Project.");
  });

  test("paragraphs deleted since the scan: the walk fails, they are loaded instead; the missing one is stale", async () => {
    const fake = new FakeWord(contract(3));
    const host = hostFor(fake);
    await host.read();
    const reqs = [0, 2].map((i) => request(fake, i, "for any purpose", "for this Project"));
    fake.paragraphs[1].gone = true;
    const before = fake.syncs;
    const result = await host.apply(reqs);
    expect(result.results.map((r) => r.status)).toEqual(["applied", "stale"]);
    expect(fake.syncs - before).toBe(4);
  });

  test("a finding in a footnote or header (after the body in the scan) is not written, with a plain message and reason; the others applied", async () => {
    const fake = new FakeWord(contract(1), { footnotes: [["The Agency may use notes for any purpose."]], sections: [{ headers: { Primary: ["Draft: use for any purpose."] } }] });
    const host = hostFor(fake);
    const snap = await host.read();
    expect(snap.paragraphs.map((p) => p.part)).toEqual([undefined, "footnote", "header"]);
    const reqs = [0, 1, 2].map((i) => request(fake, 0, "for any purpose", "for this Project", 0, snap.paragraphs[i].text)).map((r, i) => ({ ...r, id: `r${i}`, paragraph: i }));
    const result = await host.apply(reqs);
    expect(result.error).toBeUndefined();
    expect(result.results.map((r) => [r.status, r.reason])).toEqual([
      ["applied", undefined],
      ["failed", "part-not-editable"],
      ["failed", "part-not-editable"],
    ]);
    expect(result.results[1].message).toMatch(/footnote.*by hand/);
    expect(result.results[2].message).toMatch(/header.*by hand/);
    await expect(host.select({ ...reqs[1] })).rejects.toThrow(/footnote/);
  });
});

test("protected document: error (nothing written), every item failed with reason not-written, no warnings", async () => {
  const fake = new FakeWord(contract(2));
  fake.protectedDocument = true;
  const result = await hostFor(fake).apply([0, 1].map((i) => request(fake, i, "for any purpose", "for this Project")));
  expect(result.error).toMatch(/^Nothing was changed/);
  expect(result.warnings).toBeUndefined();
  expect(result.results.every((r) => r.status === "failed" && r.reason === "not-written")).toBe(true);
});

describe("the minimal-edit table, written in Word", () => {
  test.each(MINIMAL_EDIT_TABLE)("$original → $replacement", async ({ original, replacement, deleted, inserted }) => {
    const fake = new FakeWord([`Clause one: ${original} end`]);
    const result = await hostFor(fake).apply([request(fake, 0, original, replacement)]);
    expect(result.results[0].status).toBe("applied");
    const chars = fake.live()[0].chars.filter((c) => !c.gone);
    const shown = (pick: (c: (typeof chars)[number]) => boolean) => chars.filter(pick).map((c) => c.ch).join("");
    expect([shown((c) => c.del !== undefined), shown((c) => c.ins !== undefined)]).toEqual([deleted, inserted]);
    expect(fake.textIfAllAccepted()).toBe(`Clause one: ${replacement} end`);
    expect(fake.textIfAllRejected()).toBe(`Clause one: ${original} end`);
  });
});

describe("the engine's planner decides what Word writes", () => {
  test("the list's order is the priority: a later overlapping edit is not written, even when it starts first", async () => {
    const fake = new FakeWord(contract(1));
    const graver = request(fake, 0, "any purpose", "this Project");
    const lighter = request(fake, 0, "for any", "only for");
    const result = await hostFor(fake).apply([graver, lighter]);
    expect(result.results.map((r) => [r.status, r.reason])).toEqual([["applied", undefined], ["failed", "overlap"]]);
    expect(fake.textIfAllAccepted()).toContain("for this Project");
  });

  test("the same edit for two findings of one clause: written once, one comment, both applied", async () => {
    const fake = new FakeWord(contract(1));
    const a = request(fake, 0, "for any purpose", "solely for this Project");
    const b = { ...a, id: "second-finding" };
    const result = await hostFor(fake).apply([a, b]);
    expect(result.results.map((r) => r.status)).toEqual(["applied", "applied"]);
    expect(fake.comments).toHaveLength(1);
    expect(fake.textIfAllAccepted()).toBe(contract(1)[0].replace("for any purpose", "solely for this Project"));
  });

  test("an empty range is a bad request", async () => {
    const fake = new FakeWord(contract(1));
    const r = { ...request(fake, 0, "for any purpose", "solely for this Project"), end: 0, start: 0, original: "" };
    const result = await hostFor(fake).apply([r]);
    expect(result.results[0]).toMatchObject({ status: "failed", reason: "bad-request" });
  });
});
