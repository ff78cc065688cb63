/** The Word host's operations over the fake Word, end to end: read, apply, failures, insertAddendum, select, decideChange, settings, minimal redlines. */
import { ADDENDUM_ALREADY_COMPLETE } from "../../src/engine/fix/addendumPlan";
import { messages } from "../../src/word/messages";
import { AUTHOR, FakeOfficeError, FakeWord, OTHER_AUTHOR, reviewAll } from "../support/fakeWord";
import { TEST_ADDENDUM_TITLE, hostFor, request } from "./helpers";

const WRITES = new Set(["insertText", "insertComment", "insertParagraph", "delete", "accept", "reject", "set changeTrackingMode", "set styleBuiltIn"]);
const writeOps = (fake: FakeWord) => fake.ops.filter((o) => WRITES.has(o.name));

/** A sample contract of n paragraphs, each with one risky phrase (sample sentences written for these tests). */
function contract(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${i + 1}. The Agency may use the Deliverables for any purpose, including clause ${i + 1} work.`);
}

describe("read", () => {
  test("all body paragraphs in order with style, heading level and table membership", async () => {
    const fake = new FakeWord([
      { text: "Master Services Agreement", styleBuiltIn: "Heading1" },
      { text: "1. Licence", styleBuiltIn: "Heading2" },
      "The Agency may use the Deliverables for any purpose.",
      { text: "Fee", tableNestingLevel: 1 },
      { text: "Usage: internal business purposes", tableNestingLevel: 1 },
      { text: "Signed", styleBuiltIn: "ListParagraph" },
    ]);
    const snap = await hostFor(fake).read();
    expect(snap.paragraphs).toEqual([
      { text: "Master Services Agreement", style: "Heading 1", headingLevel: 1 },
      { text: "1. Licence", style: "Heading 2", headingLevel: 2 },
      { text: "The Agency may use the Deliverables for any purpose.", style: "Normal" },
      { text: "Fee", style: "Normal", inTable: true },
      { text: "Usage: internal business purposes", style: "Normal", inTable: true },
      { text: "Signed", style: "List Paragraph" },
    ]);
  });

  test.each([3, 3000])("takes 2 syncs for %i paragraphs", async (n) => {
    const fake = new FakeWord(contract(n));
    const snap = await hostFor(fake).read();
    expect(snap.paragraphs).toHaveLength(n);
    expect(fake.syncs).toBe(2);
  });

  test("the engine sees the text with the other side's tracked changes accepted; their changes are left alone", async () => {
    const fake = new FakeWord([
      { runs: [{ text: "The Agency may " }, { text: "not ", del: true }, { text: "use the Deliverables" }, { text: " for any purpose", ins: true }, { text: "." }] },
    ]);
    const before = JSON.stringify(fake.paragraphs);
    const snap = await hostFor(fake).read();
    expect(snap.paragraphs[0].text).toBe("The Agency may use the Deliverables for any purpose.");
    expect(writeOps(fake)).toEqual([]);
    expect(JSON.stringify(fake.paragraphs)).toBe(before);
  });

  test("fingerprint: same document, same fingerprint; one character changes it", async () => {
    const a = await hostFor(new FakeWord(contract(4))).read();
    const b = await hostFor(new FakeWord(contract(4))).read();
    const texts = contract(4);
    texts[2] = texts[2].replace("any", "all");
    const c = await hostFor(new FakeWord(texts)).read();
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(c.fingerprint).not.toBe(a.fingerprint);
  });

  test("without WordApi 1.4 it reads Paragraph.text in 1 sync", async () => {
    const fake = new FakeWord(["Plain."], { wordApi: "1.3" });
    const snap = await hostFor(fake).read();
    expect(snap.paragraphs[0].text).toBe("Plain.");
    expect(fake.syncs).toBe(1);
  });
});

describe("apply", () => {
  test("replaces only the risky words as a tracked change with a comment on the whole changed span; restores tracking", async () => {
    const fake = new FakeWord(["The Agency may use the Deliverables for any purpose."]);
    const req = request(fake, 0, "for any purpose", "solely to deliver this Project");
    const result = await hostFor(fake).apply([req]);
    expect(result).toEqual({ results: [{ id: req.id, status: "applied" }] });
    expect(fake.currentText(fake.live()[0])).toBe("The Agency may use the Deliverables solely to deliver this Project.");
    expect(fake.textIfAllRejected()).toBe("The Agency may use the Deliverables for any purpose.");
    expect(fake.ownChanges().map((c) => c.type).sort()).toEqual(["Added", "Deleted"]);
    expect(fake.comments).toHaveLength(1);
    expect(fake.comments[0].content).toBe(req.comment);
    const [s, e] = fake.indexOf(fake.comments[0].range);
    // The comment covers what it explains: the risky words (now tracked as deleted) and the new words.
    expect(fake.live()[0].chars.slice(s, e).map((c) => c.ch).join("")).toBe("for any purposesolely to deliver this Project");
    expect(fake.changeTrackingMode).toBe("Off");
  });

  test.each(["Off", "TrackMineOnly", "TrackAll"] as const)("the user's mode %s is restored", async (mode) => {
    const fake = new FakeWord(["Use for any purpose."], { changeTrackingMode: mode });
    await hostFor(fake).apply([request(fake, 0, "any purpose", "this Project")]);
    expect(fake.changeTrackingMode).toBe(mode);
    const sets = fake.ops.filter((o) => o.name === "set changeTrackingMode").map((o) => o.args[0]);
    expect(sets).toEqual(mode === "TrackAll" ? [] : ["TrackAll", mode]);
  });

  test.each([
    [false, 4],
    [true, 4],
  ])("scan + apply-all (comment only: %s) take the same number of syncs for 5 and 500 findings", async (commentOnly, budget) => {
    const counts: number[] = [];
    for (const n of [5, 500]) {
      const fake = new FakeWord(contract(n));
      const host = hostFor(fake);
      const snap = await host.read();
      const reqs = snap.paragraphs.map((_, i) => request(fake, i, "for any purpose", "for this Project only"));
      const result = await host.apply(reqs, { commentOnly });
      expect(result.results.every((r) => r.status === "applied")).toBe(true);
      expect(fake.comments).toHaveLength(n);
      counts.push(fake.syncs);
    }
    expect(counts[0]).toBe(counts[1]);
    expect(counts[0]).toBe(budget);
  });

  test("picks the right occurrence when the words repeat in the paragraph", async () => {
    const fake = new FakeWord(["Use it for any purpose; share it for any purpose; sell it for any purpose."]);
    await hostFor(fake).apply([request(fake, 0, "for any purpose", "for this Project", 1)]);
    expect(fake.currentText(fake.live()[0])).toBe("Use it for any purpose; share it for this Project; sell it for any purpose.");
  });

  test("special characters are found literally; searches are escaped and within 255 characters", async () => {
    const words = "use* any? [data] <all> (ever) {now} @once! 10^3 ~x \"quoted\" ‘single’\tand\u00a0more";
    const fake = new FakeWord([`The Agency may ${words} here.`]);
    const result = await hostFor(fake).apply([request(fake, 0, words, "not use the Deliverables")]);
    expect(result.results[0].status).toBe("applied");
    expect(fake.currentText(fake.live()[0])).toBe("The Agency may not use the Deliverables here.");
    for (const s of fake.searches) {
      expect(s.length).toBeLessThanOrEqual(255);
      expect(s).not.toMatch(/[\t\u00a0]/);
    }
    expect(fake.ops.filter((o) => o.name === "search").every((o) => (o.args[1] as { matchWildcards?: boolean }).matchWildcards === false)).toBe(true);
  });

  test("straight quotes are not confused with curly ones (Word may match both)", async () => {
    const fake = new FakeWord(["He said “for any purpose” and then \"for any purpose\" again."]);
    await hostFor(fake).apply([request(fake, 0, "\"for any purpose\"", "\"for this Project\"")]);
    expect(fake.currentText(fake.live()[0])).toBe("He said “for any purpose” and then \"for this Project\" again.");
  });

  test("risky words longer than 255 characters are located with head and tail anchors", async () => {
    const words = "a perpetual, irrevocable, worldwide, royalty-free, sublicensable licence ".repeat(6).trim();
    const fake = new FakeWord([`The Contractor grants the Agency ${words} in the Deliverables.`]);
    const result = await hostFor(fake).apply([request(fake, 0, words, "a licence to use the Deliverables for this Project")]);
    expect(result.results[0].status).toBe("applied");
    expect(fake.currentText(fake.live()[0])).toBe("The Contractor grants the Agency a licence to use the Deliverables for this Project in the Deliverables.");
    // Head and tail for the risky words and for the words that change (the two differ by "a ").
    expect(fake.searches.length).toBe(4);
    for (const s of fake.searches) expect(s.length).toBeLessThanOrEqual(255);
  });

  test("a paragraph edited after the scan is reported stale and not touched; the others are applied", async () => {
    const fake = new FakeWord(contract(3));
    const host = hostFor(fake);
    await host.read();
    const reqs = [0, 1, 2].map((i) => request(fake, i, "for any purpose", "for this Project"));
    fake.live()[1].chars.push({ ch: "!" }); // the user typed in paragraph 2
    const before = fake.rawText(fake.live()[1]);
    const result = await host.apply(reqs);
    expect(result.results.map((r) => r.status)).toEqual(["applied", "stale", "applied"]);
    expect(result.results[1].message).toBe(messages.stale);
    expect(fake.rawText(fake.live()[1])).toBe(before);
    expect(fake.comments).toHaveLength(2);
  });

  test("a paragraph inserted above shifts indices: the requests below are stale, not misapplied", async () => {
    const fake = new FakeWord(contract(2));
    const reqs = [0, 1].map((i) => request(fake, i, "for any purpose", "for this Project"));
    fake.paragraphs.unshift({ chars: [..."New first paragraph."].map((ch) => ({ ch })), style: "Normal", styleBuiltIn: "Normal", outlineLevel: 10, tableNestingLevel: 0 });
    const result = await hostFor(fake).apply(reqs);
    expect(result.results.map((r) => r.status)).toEqual(["stale", "stale"]);
    expect(writeOps(fake).filter((o) => o.name !== "set changeTrackingMode")).toEqual([]);
  });

  test("words after the other side's tracked deletion are found; their changes stay as they were", async () => {
    const fake = new FakeWord([{ runs: [{ text: "The Agency may " }, { text: "never ", del: true }, { text: "use the work for any purpose." }] }]);
    const snap = await hostFor(fake).read();
    const req = request(fake, 0, "for any purpose", "for this Project", 0, snap.paragraphs[0].text);
    const result = await hostFor(fake).apply([req]);
    expect(result.results[0].status).toBe("applied");
    expect(fake.currentText(fake.live()[0])).toBe("The Agency may use the work for this Project.");
    // Their deletion is still a tracked deletion by them.
    const theirs = [...fake.changes.values()].filter((c) => c.author === OTHER_AUTHOR);
    expect(theirs.every((c) => fake.changeInUse(c.id))).toBe(true);
    expect(fake.live()[0].chars.filter((c) => c.del !== undefined && fake.changes.get(c.del)!.author === OTHER_AUTHOR).map((c) => c.ch).join("")).toBe("never ");
    expect(fake.textIfAllRejected()).toBe("The Agency may never use the work for any purpose.");
  });

  test("risky words inserted by the other side are replaced; rejecting everything restores their original", async () => {
    const fake = new FakeWord([{ runs: [{ text: "Use the work" }, { text: " for any purpose", ins: true }, { text: "." }] }]);
    const snap = await hostFor(fake).read();
    const req = request(fake, 0, "for any purpose", "for this Project", 0, snap.paragraphs[0].text);
    expect((await hostFor(fake).apply([req])).results[0].status).toBe("applied");
    expect(fake.currentText(fake.live()[0])).toBe("Use the work for this Project.");
    expect(fake.textIfAllRejected()).toBe("Use the work.");
  });

  test("words running across the other side's deletion are refused with a plain message, nothing written", async () => {
    const fake = new FakeWord([{ runs: [{ text: "for any " }, { text: "internal ", del: true }, { text: "purpose" }] }]);
    const snap = await hostFor(fake).read();
    const req = request(fake, 0, "for any purpose", "for this Project", 0, snap.paragraphs[0].text);
    const result = await hostFor(fake).apply([req]);
    expect(result.results[0]).toMatchObject({ status: "failed", message: expect.stringMatching(/tracked change/) });
    expect(writeOps(fake)).toEqual([]);
  });

  test("comment only: the text is left alone and the comment sits on the risky words", async () => {
    const fake = new FakeWord(["The Agency may use the Deliverables for any purpose."]);
    const req = request(fake, 0, "for any purpose", "unused");
    const result = await hostFor(fake).apply([req], { commentOnly: true });
    expect(result.results[0].status).toBe("applied");
    expect(fake.rawText(fake.live()[0])).toBe("The Agency may use the Deliverables for any purpose.");
    const [s, e] = fake.indexOf(fake.comments[0].range);
    expect(fake.live()[0].chars.slice(s, e).map((c) => c.ch).join("")).toBe("for any purpose");
    expect(fake.ops.some((o) => o.name === "set changeTrackingMode")).toBe(false);
    expect(fake.syncs).toBe(2);
  });

  test("several suggestions in one paragraph, overlapping and malformed requests", async () => {
    const fake = new FakeWord(["The Agency may use, aggregate and sublicense the Deliverables for any purpose."]);
    const a = request(fake, 0, "aggregate and sublicense", "not aggregate or sublicense");
    const b = request(fake, 0, "for any purpose", "for this Project");
    const overlap = { ...request(fake, 0, "any purpose", "x"), id: "overlap" };
    const bad = { ...request(fake, 0, "the Deliverables", "y"), id: "bad", original: "something else" };
    const result = await hostFor(fake).apply([a, b, overlap, bad]);
    expect(result.results.map((r) => [r.id, r.status])).toEqual([
      [a.id, "applied"],
      [b.id, "applied"],
      ["overlap", "failed"],
      ["bad", "failed"],
    ]);
    expect(fake.currentText(fake.live()[0])).toBe("The Agency may use, not aggregate or sublicense the Deliverables for this Project.");
    reviewAll(fake, false);
    expect(fake.textIfAllAccepted()).toBe("The Agency may use, aggregate and sublicense the Deliverables for any purpose.");
  });

  test("progress is reported from 0 to total", async () => {
    const fake = new FakeWord(contract(3));
    const seen: Array<[number, number]> = [];
    await hostFor(fake).apply([0, 1, 2].map((i) => request(fake, i, "for any purpose", "for this Project")), { onProgress: (d, t) => seen.push([d, t]) });
    expect(seen[0]).toEqual([0, 3]);
    expect(seen[seen.length - 1]).toEqual([3, 3]);
  });
});

describe("failures", () => {
  test("protected document: nothing applied, a plain error, tracking untouched", async () => {
    const fake = new FakeWord(contract(3));
    fake.protectedDocument = true;
    const result = await hostFor(fake).apply([0, 1, 2].map((i) => request(fake, i, "for any purpose", "for this Project")));
    expect(result.error).toMatch(/protected or read-only/);
    expect(result.results.every((r) => r.status === "failed" && /protected or read-only/.test(r.message ?? ""))).toBe(true);
    expect(fake.textIfAllAccepted()).toBe(contract(3).join("\n"));
    expect(fake.changeTrackingMode).toBe("Off");
  });

  test("insertComment NotAllowed (Word on the web): replacements stay, each result says the comment is missing", async () => {
    const fake = new FakeWord(contract(3));
    fake.failWhen = (op) => (op.name === "insertComment" ? new FakeOfficeError("NotAllowed", "NotAllowed") : undefined);
    const result = await hostFor(fake).apply([0, 1, 2].map((i) => request(fake, i, "for any purpose", "for this Project")));
    expect(result.error).toBeUndefined();
    expect(result.results.every((r) => r.status === "applied" && /did not add the comment/.test(r.message ?? ""))).toBe(true);
    expect(fake.comments).toHaveLength(0);
    expect(fake.changeTrackingMode).toBe("Off");
    expect(fake.textIfAllRejected()).toBe(contract(3).join("\n"));
  });

  test("a comment refused for the third suggestion only: exactly which have comments is reported", async () => {
    const fake = new FakeWord(contract(4));
    let n = 0;
    fake.failWhen = (op) => (op.name === "insertComment" && ++n === 3 ? new FakeOfficeError("NotAllowed", "NotAllowed") : undefined);
    const result = await hostFor(fake).apply([0, 1, 2, 3].map((i) => request(fake, i, "for any purpose", "for this Project")));
    expect(result.results.map((r) => r.message === undefined)).toEqual([true, true, false, false]);
    expect(result.results.every((r) => r.status === "applied")).toBe(true);
    expect(fake.comments).toHaveLength(2);
    expect(fake.changeTrackingMode).toBe("Off");
  });

  test("a replacement that fails mid-batch: earlier ones applied and commented, later ones reported not changed", async () => {
    const fake = new FakeWord(contract(4));
    let n = 0;
    fake.failWhen = (op) => (op.name === "insertText" && ++n === 3 ? new FakeOfficeError("GeneralException", "x") : undefined);
    const reqs = [0, 1, 2, 3].map((i) => request(fake, i, "for any purpose", "for this Project"));
    const result = await hostFor(fake).apply(reqs);
    expect(result.results.map((r) => r.status)).toEqual(["applied", "applied", "failed", "failed"]);
    expect(result.results[2].message).toMatch(/^Not changed/);
    expect(fake.comments.map((c) => c.content)).toEqual([reqs[0].comment, reqs[1].comment]);
    expect(fake.live().map((p) => fake.currentText(p))).toEqual([
      ...contract(2).map((t) => t.replace("for any purpose", "for this Project")),
      ...contract(4).slice(2),
    ]);
    expect(fake.changeTrackingMode).toBe("Off");
  });

  test("the restore of the tracking mode failing once is retried; failing always is reported", async () => {
    const fake = new FakeWord(contract(1));
    fake.failWhen = (op) => (op.name === "set changeTrackingMode" && op.args[0] === "Off" ? new FakeOfficeError("GeneralException", "x") : undefined);
    const result = await hostFor(fake).apply([request(fake, 0, "for any purpose", "for this Project")]);
    // Applied, so not an error (the contract): the mode is a warning next to the result.
    expect(result.results[0]).toEqual({ id: expect.any(String), status: "applied" });
    expect(result.error).toBeUndefined();
    expect(result.warnings).toEqual([expect.stringMatching(/Track Changes back to "Off"/)]);
  });

  test("missing requirement sets: capabilities explain, apply refuses without writing, nothing crashes", async () => {
    const old = new FakeWord(contract(1), { wordApi: "1.3" });
    const host = hostFor(old);
    expect(await host.capabilities()).toMatchObject({ comments: false, trackChanges: false, decideChanges: false, message: messages.needs14 });
    const result = await host.apply([request(old, 0, "for any purpose", "for this Project")]);
    expect(result.error).toBe(messages.needs14);
    expect(old.syncs).toBe(0);
    expect(await host.insertAddendum([{ kind: "title", text: TEST_ADDENDUM_TITLE }], "end")).toEqual({ inserted: false, message: messages.needs14 });

    const v14 = hostFor(new FakeWord(contract(1), { wordApi: "1.5" }));
    expect(await v14.capabilities()).toMatchObject({ comments: true, trackChanges: true, decideChanges: false, message: messages.needs16 });
    await expect(v14.decideChange!("x", true)).rejects.toThrow(/Review tab/);

    const none = hostFor(new FakeWord(contract(1), { wordApi: null }));
    expect(await none.capabilities()).toMatchObject({ comments: false, message: messages.noRequirements });

    const full = hostFor(new FakeWord(contract(1)));
    expect(await full.capabilities()).toEqual({ kind: "word", comments: true, trackChanges: true, decideChanges: true, insertAtCursor: true, message: undefined });
  });
});

describe("insertAddendum", () => {
  const addendum = [
    { kind: "title" as const, text: TEST_ADDENDUM_TITLE, level: 1 },
    { kind: "heading" as const, text: "No AI training", level: 2, number: "1" },
    { kind: "body" as const, text: "The Agency shall not use the Deliverables to train any AI system." },
    { kind: "heading" as const, text: "Survival", level: 2, number: "2" },
    { kind: "body" as const, text: "This addendum survives termination." },
  ];

  test("at the end: tracked insertion, the body's style (no numbered heading styles), numbered sections; mode restored; 3 syncs", async () => {
    const fake = new FakeWord([{ text: "Agreement", styleBuiltIn: "Heading1" }, "Body text."]);
    const result = await hostFor(fake).insertAddendum(addendum, "end");
    expect(result).toMatchObject({ inserted: true });
    const added = fake.live().slice(2);
    expect(added.map((p) => [fake.currentText(p), p.styleBuiltIn])).toEqual([
      [TEST_ADDENDUM_TITLE, "Normal"],
      ["1. No AI training", "Normal"],
      ["The Agency shall not use the Deliverables to train any AI system.", "Normal"],
      ["2. Survival", "Normal"],
      ["This addendum survives termination.", "Normal"],
    ]);
    expect(added.every((p) => p.insMark !== undefined && fake.changes.get(p.insMark)!.author === AUTHOR)).toBe(true);
    expect(fake.changeTrackingMode).toBe("Off");
    expect(fake.syncs).toBe(3);
    expect(fake.textIfAllRejected()).toBe("Agreement\nBody text.");
  });

  test("at the end means before the signature block, in the body text's style, still 3 syncs", async () => {
    const body = { text: "The Contractor will deliver the Deliverables described in each statement of work on time.", style: "Body Text" };
    const fake = new FakeWord([{ text: "Agreement", styleBuiltIn: "Heading1" }, body, "IN WITNESS WHEREOF, the parties have signed this Agreement.", "By: ____________", "Name: Ana Ruiz"]);
    expect(await hostFor(fake).insertAddendum(addendum, "end")).toMatchObject({ inserted: true });
    const texts = fake.live().map((p) => fake.currentText(p));
    expect(texts.slice(2, 8)).toEqual([TEST_ADDENDUM_TITLE, "1. No AI training", "The Agency shall not use the Deliverables to train any AI system.", "2. Survival", "This addendum survives termination.", "IN WITNESS WHEREOF, the parties have signed this Agreement."]);
    expect(fake.live().slice(2, 7).every((p) => p.style === "Body Text")).toBe(true);
    expect(fake.syncs).toBe(3);
    expect(fake.textIfAllRejected()).toBe(["Agreement", body.text, "IN WITNESS WHEREOF, the parties have signed this Agreement.", "By: ____________", "Name: Ana Ruiz"].join("\n"));
  });

  test("not inserted twice", async () => {
    const fake = new FakeWord(["Agreement."]);
    const host = hostFor(fake);
    await host.insertAddendum(addendum, "end");
    const count = fake.live().length;
    const again = await host.insertAddendum(addendum, "end");
    expect(again).toEqual({ inserted: false, message: ADDENDUM_ALREADY_COMPLETE });
    expect(fake.live()).toHaveLength(count);
  });

  test("at the cursor: right after the selected paragraph; refused inside a table", async () => {
    const fake = new FakeWord(["First.", "Second.", { text: "cell", tableNestingLevel: 1 }]);
    fake.selection = { para: fake.paragraphs[0], start: fake.paragraphs[0].chars[2], end: fake.paragraphs[0].chars[2] };
    expect(await hostFor(fake).insertAddendum(addendum, "cursor")).toMatchObject({ inserted: true });
    expect(fake.live().map((p) => fake.currentText(p))[1]).toBe(TEST_ADDENDUM_TITLE);
    expect(fake.currentText(fake.live()[6])).toBe("Second.");

    const inTable = new FakeWord(["First.", { text: "cell", tableNestingLevel: 1 }]);
    inTable.selection = { para: inTable.paragraphs[1], start: null, end: null };
    expect(await hostFor(inTable).insertAddendum(addendum, "cursor")).toEqual({ inserted: false, message: messages.cursorInTable });
    expect(inTable.live()).toHaveLength(2);
  });

  test("a failure half-way leaves no part of the addendum and restores tracking", async () => {
    const fake = new FakeWord(["Agreement."]);
    let n = 0;
    fake.failWhen = (op) => (op.name === "insertParagraph" && ++n === 3 ? new FakeOfficeError("GeneralException", "x") : undefined);
    const result = await hostFor(fake).insertAddendum(addendum, "end");
    expect(result.inserted).toBe(false);
    expect(result.message).toMatch(/not inserted/);
    expect(fake.live().map((p) => fake.currentText(p))).toEqual(["Agreement."]);
    expect(fake.changeTrackingMode).toBe("Off");
  });

  test("empty addendum is refused plainly", async () => {
    expect(await hostFor(new FakeWord(["x"])).insertAddendum([], "end")).toEqual({ inserted: false, message: messages.emptyAddendum });
  });
});

describe("select", () => {
  test("selects exactly the finding's words", async () => {
    const fake = new FakeWord(["Use it for any purpose, really for any purpose."]);
    const req = request(fake, 0, "for any purpose", "", 1);
    await hostFor(fake).select(req);
    const [s, e] = fake.indexOf(fake.selection!);
    expect(s).toBe(req.start);
    expect(e).toBe(req.end);
    expect(fake.syncs).toBe(2);
  });
  test("a stale paragraph is not selected: a plain error", async () => {
    const fake = new FakeWord(["Use it for any purpose."]);
    const req = request(fake, 0, "for any purpose", "");
    await expect(hostFor(fake).select({ ...req, paragraphText: "Something else entirely." })).rejects.toThrow(messages.stale);
    expect(fake.selection).toBeNull();
  });
});

describe("decideChange (WordApi 1.6)", () => {
  test.each([true, false])("accept=%s acts on this finding's change only", async (accept) => {
    const fake = new FakeWord(["Use it for any purpose.", "Share it with service providers."]);
    const host = hostFor(fake);
    const a = request(fake, 0, "for any purpose", "for this Project");
    const b = request(fake, 1, "service providers", "no one else");
    await host.apply([a, b]);
    await host.decideChange!(a.id, accept);
    expect(fake.rawText(fake.live()[0])).toBe(accept ? "Use it for this Project." : "Use it for any purpose.");
    expect(fake.rawText(fake.live()[1])).toBe("Share it with service providersno one else.");
  });
  test("an unknown id gets a plain message", async () => {
    await expect(hostFor(new FakeWord(["x"])).decideChange!("nope", true)).rejects.toThrow(messages.unknownChange);
  });
});

describe("dismissed findings in document settings", () => {
  test("round trip, and a bad stored value reads as none", async () => {
    const fake = new FakeWord(["x"]);
    const host = hostFor(fake);
    expect(await host.loadDismissed()).toEqual([]);
    await host.saveDismissed(["a", "b"]);
    expect(await host.loadDismissed()).toEqual(["a", "b"]);
    fake.settings.set("TermScore.dismissedFindings", "garbage");
    expect(await host.loadDismissed()).toEqual([]);
  });
});

describe("minimal redlines", () => {
  test("a qualifier appended to the risky words is a pure tracked insertion; the comment covers the risky words and the qualifier", async () => {
    const fake = new FakeWord(["The Agency may share aggregated data with partners."]);
    const host = hostFor(fake);
    const req = request(fake, 0, "aggregated data", "aggregated data (never used to train AI)");
    expect((await host.apply([req])).results[0].status).toBe("applied");
    expect(fake.ownChanges().map((c) => c.type)).toEqual(["Added"]);
    expect(fake.rawText(fake.live()[0])).toBe("The Agency may share aggregated data (never used to train AI) with partners.");
    const [s, e] = fake.indexOf(fake.comments[0].range);
    expect(fake.live()[0].chars.slice(s, e).map((c) => c.ch).join("")).toBe("aggregated data (never used to train AI)");
    await host.decideChange!(req.id, false);
    expect(fake.rawText(fake.live()[0])).toBe("The Agency may share aggregated data with partners.");
  });

  test("a change in the middle deletes and inserts only that word; a pure deletion is a tracked deletion", async () => {
    const fake = new FakeWord(["Use it for any purpose.", "The Agency may use, aggregate and keep it."]);
    const host = hostFor(fake);
    const a = request(fake, 0, "for any purpose", "for this purpose");
    const b = request(fake, 1, "use, aggregate and keep", "use and keep");
    const result = await host.apply([a, b]);
    expect(result.results.map((r) => r.status)).toEqual(["applied", "applied"]);
    expect(fake.rawText(fake.live()[0])).toBe("Use it for anythis purpose.");
    expect(fake.currentText(fake.live()[1])).toBe("The Agency may use and keep it.");
    expect(fake.comments).toHaveLength(2);
    await host.decideChange!(b.id, true);
    expect(fake.rawText(fake.live()[1])).toBe("The Agency may use and keep it.");
    reviewAll(fake, false);
    expect(fake.textIfAllAccepted()).toBe("Use it for any purpose.\nThe Agency may use and keep it.");
  });

  test("a suggestion that changes nothing writes only its comment, as a .docx does (test/host/noChangeRequest.test.ts)", async () => {
    const fake = new FakeWord(["Use it for any purpose."]);
    const host = hostFor(fake);
    const r = request(fake, 0, "for any purpose", "for any purpose");
    const result = await host.apply([r]);
    expect(result.results[0]).toEqual({ id: r.id, status: "applied" });
    expect(fake.comments).toHaveLength(1);
    expect(fake.ownChanges()).toHaveLength(0);
    expect(fake.rawText(fake.live()[0])).toBe("Use it for any purpose.");
    // no tracked change to review for it
    await expect(host.decideChange!(r.id, false)).rejects.toThrow(messages.unknownChange);
  });
});

test("decideChange on Word for Mac, where a deletion's text reads empty: rejecting still restores the words", async () => {
  const fake = new FakeWord(["Use it for any purpose.", "The Agency may use, aggregate and keep it."]);
  fake.deletedTextEmpty = true;
  const host = hostFor(fake);
  const a = request(fake, 0, "for any purpose", "solely for this Project");
  const b = request(fake, 1, "use, aggregate and keep", "use and keep");
  await host.apply([a, b]);
  await host.decideChange!(a.id, false);
  await host.decideChange!(b.id, false);
  expect(fake.live().map((p) => fake.rawText(p))).toEqual(["Use it for any purpose.", "The Agency may use, aggregate and keep it."]);
  expect(fake.ownChanges()).toEqual([]);
});

test("a second round after a re-scan works in a paragraph that already holds our tracked change", async () => {
  const fake = new FakeWord(["The Agency may aggregate the Deliverables and use them for any purpose, for any purpose at all."]);
  const host = hostFor(fake);
  await host.apply([request(fake, 0, "for any purpose", "solely for this Project", 1)]);
  const snap = await host.read();
  expect(snap.paragraphs[0].text).toBe("The Agency may aggregate the Deliverables and use them for any purpose, solely for this Project at all.");
  const second = [
    request(fake, 0, "aggregate", "not aggregate", 0, snap.paragraphs[0].text),
    request(fake, 0, "for any purpose", "solely for this Project", 0, snap.paragraphs[0].text),
    request(fake, 0, "this Project at all", "this Project", 0, snap.paragraphs[0].text),
  ];
  const result = await host.apply(second);
  expect(result.results.map((r) => r.status)).toEqual(["applied", "applied", "applied"]);
  expect(fake.currentText(fake.live()[0])).toBe("The Agency may not aggregate the Deliverables and use them solely for this Project, solely for this Project.");
  reviewAll(fake, false);
  expect(fake.textIfAllAccepted()).toBe("The Agency may aggregate the Deliverables and use them for any purpose, for any purpose at all.");
});
