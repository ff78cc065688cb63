import { theirChangeRequest } from "../../src/taskpane/rounds/useTheirChanges";
import JSZip from "jszip";
import { DECISION_LOG_NS, compareVersions, parseDecisionLog, serializeDecisionLog } from "../../src/engine/compare";
import { createWordHostWith } from "../../src/word";
import type { Decision } from "../../src/engine/compare";
import { createDocx } from "../../src/docx/create";
import { reviewDocx } from "../../src/docx/review";
import { DRAFT, ROUND1, at, blocksOf } from "../fixtures/rounds";
import { BASE, P31, P52, PROHIBITION, moveProhibition } from "../fixtures/moves";
import { FakeWord, OTHER_AUTHOR, rootNamespace, type FakeParagraphSpec } from "../support/fakeWord";
import type { RoundReport } from "../../src/engine/compare";
import { openDocx } from "../../src/docx/package";
import { theirChanges } from "../../src/docx/rounds";
import { docx } from "../docx/helpers";
import { del as xdel, ins as xins, insDeleted, p as xp } from "../docx/roundsXml";
import { whereNow } from "../../src/taskpane/rounds/useTheirChanges";

/** The Word host as the pane makes it, with the engine's judgement injected (in the pane it runs in the worker). */
function hostFor(fake: FakeWord, withEngine = true) {
  return createWordHostWith({
    Word: fake.wordGlobal(),
    Office: fake.officeGlobal(),

    ...(withEngine ? { compareRound: async (before, after, options) => compareVersions(before, after, options) } : {}),
  });
}

const D: Decision[] = [
  { target: "f-1", subject: "suggestion", action: "applied", by: "Priya Nandakumar", at: "2026-11-02T09:00:00Z", label: "Limit the licence", edit: { prefix: "publish the Artwork ", removed: "for any purpose", inserted: "in the campaigns named in each order", suffix: "." } },
  { target: "prot-1", subject: "their-change", action: "countered", by: "Priya Nandakumar", at: "2026-11-09T10:30:00Z", reason: "Offered the opt-out instead." },
];

describe("the decision log in Word (custom XML part)", () => {
  it("records, reads back, appends, and never touches the text", async () => {
    const fake = new FakeWord(ROUND1);
    const host = hostFor(fake);
    const text = fake.textIfAllAccepted();
    expect(await host.loadDecisions!()).toEqual({ decisions: [] });
    await host.recordDecisions!([D[0]]);
    await host.recordDecisions!([D[1]]);
    expect((await host.loadDecisions!()).decisions).toEqual(D);
    expect(fake.customXmlParts).toHaveLength(1);
    expect(rootNamespace(fake.customXmlParts[0].xml)).toBe(DECISION_LOG_NS);
    expect(fake.textIfAllAccepted()).toBe(text);
    expect(fake.changes.size).toBe(0);
  });

  it("fills in who decided from what apply() learned, or 'You'", async () => {
    const fake = new FakeWord(ROUND1);
    const host = hostFor(fake);
    await host.recordDecisions!([{ ...D[1], by: "" }]);
    expect((await host.loadDecisions!()).decisions[0].by).toBe("You");
  });

  it("reads the log the .docx host wrote (one format for Word, the pane's browser mode and the CLI)", async () => {
    const r = await reviewDocx(await createDocx(blocksOf(DRAFT)), { author: "Priya Nandakumar", date: "2026-11-02T09:00:00Z" });
    const zip = await JSZip.loadAsync(r.bytes);
    const item = Object.keys(zip.files).find((n) => /^customXml\/item\d+\.xml$/.test(n))!;
    const fake = new FakeWord(ROUND1);
    fake.customXmlParts.push({ id: "{1}", xml: await zip.file(item)!.async("string") });
    const log = await hostFor(fake).loadDecisions!();
    expect(log.problem).toBeUndefined();
    expect(log.decisions).toEqual(r.decisions);
    // and what Word writes, the .docx side reads
    await hostFor(fake).recordDecisions!([D[1]]);
    expect(parseDecisionLog(fake.customXmlParts[0].xml).decisions).toEqual([...r.decisions, D[1]]);
  });

  it("a hand-edited or corrupt log: a clear message, then rebuilt; other parts left alone", async () => {
    const fake = new FakeWord(ROUND1);
    fake.customXmlParts.push({ id: "{other}", xml: '<reviewers xmlns="urn:example:other"><r>Juan</r></reviewers>' });
    fake.customXmlParts.push({ id: "{log}", xml: serializeDecisionLog(D).replace('action="countered"', 'action="accepted"') });
    const host = hostFor(fake);
    const edited = await host.loadDecisions!();
    expect(edited.problem).toMatch(/edited outside TermScore/);
    expect(edited.decisions).toHaveLength(2);
    fake.customXmlParts[1].xml = serializeDecisionLog(D).slice(0, 300);
    const corrupt = await host.loadDecisions!();
    expect(corrupt.problem).toMatch(/damaged/);
    await host.recordDecisions!([{ ...D[1], at: "2026-11-10T08:00:00Z" }]);
    const rebuilt = await host.loadDecisions!();
    expect(rebuilt.problem).toBeUndefined();
    expect(rebuilt.decisions.map((d) => d.at)).toEqual([...corrupt.decisions.map((d) => d.at), "2026-11-10T08:00:00Z"]);
    expect(fake.customXmlParts.map((p) => p.id)).toEqual(["{other}", "{log}"]);
    expect(fake.customXmlParts[0].xml).toContain("Juan");
  });

  it("without WordApi 1.4 the log reads as empty and saving says why", async () => {
    const fake = new FakeWord(ROUND1, { wordApi: "1.3" });
    const host = hostFor(fake);
    expect((await host.loadDecisions!()).decisions).toEqual([]);
    await expect(host.recordDecisions!(D)).rejects.toThrow(/WordApi 1.4/);
  });

  it("a failing write is one plain error and stores nothing", async () => {
    const fake = new FakeWord(ROUND1);
    fake.protectedDocument = true;
    await expect(hostFor(fake).recordDecisions!(D)).rejects.toThrow(/not stored/);
    expect(fake.customXmlParts).toEqual([]);
  });
});

describe("their tracked changes in Word", () => {
  const i32 = at("3.2");
  const specs = ROUND1.map((text, i) =>
    i === i32
      ? { runs: [{ text: "3.2 The Agency " }, { text: "shall not", del: true }, { text: "may", ins: true }, { text: " use the Artwork to train, fine-tune or evaluate any artificial intelligence or machine learning model." }] }
      : i === at("2.1")
        ? { runs: [{ text: "2.1 The Agency shall pay each invoice within " }, { text: "thirty", del: true }, { text: "forty-five", ins: true }, { text: " days of receipt." }] }
        : text.startsWith("3. The Illustrator may audit")
          ? { runs: [{ text, del: true }] }
          : text,
  );

  it("judges them: the weakened prohibition and the deleted addendum section, by their author; the fee change only counted", async () => {
    const fake = new FakeWord(specs);
    const r = await hostFor(fake).theirChanges!();
    expect(r.theirAuthors).toEqual([OTHER_AUTHOR]);
    expect(r.report.changes.map((c) => [c.kind, c.how ?? null, c.author])).toEqual([
      ["protection-weakened", "prohibition-to-permission", OTHER_AUTHOR],
      ["addendum-section-removed", null, OTHER_AUTHOR],
    ]);
    expect(r.report.changes[0].before).toBe(ROUND1[i32]);
    expect(r.report.summary.otherEdits).toBe(1);
  });

  it("Go to on their weakening selects the words they put in, in the paragraph where they stand; 2 round trips", async () => {
    const fake = new FakeWord(specs);
    const host = hostFor(fake);
    // as in the pane: the document was scanned, so Word's raw text (their deleted words in it) is known
    await host.read();
    const c = (await host.theirChanges!()).report.changes[0];
    expect(c.how).toBe("prohibition-to-permission");
    const target = whereNow(c)!;
    const syncs = fake.syncs;
    await host.select(target);
    expect(fake.syncs - syncs).toBe(2);
    expect(fake.live()[i32]).toBe(fake.selection!.para);
    // exactly their inserted "may", not the "shall not" they deleted beside it
    const chosen = fake.rangeChars(fake.selection!);
    expect(chosen.map((ch) => ch.ch).join("")).toBe("may");
    expect(chosen.every((ch) => ch.ins !== undefined)).toBe(true);
  });

  it("a risky clause they inserted whole: one readable item, and Restore takes it out", async () => {
    const clause = "3.3 The Agency may also use the Artwork and any sketches to train and improve its generative AI tools.";
    const withClause: Array<string | { runs: Array<{ text: string; ins?: boolean; del?: boolean }> }> = ROUND1.slice();
    withClause.splice(i32 + 1, 0, { runs: [{ text: clause, ins: true }] });
    const fake = new FakeWord(withClause);
    const r = await hostFor(fake).theirChanges!();
    expect(r.report.changes.map((c) => [c.kind, c.author])).toEqual([["risky-grant-inserted", OTHER_AUTHOR]]);
    const c = r.report.changes[0];
    expect(c).toMatchObject({ before: null, after: clause, afterParagraph: i32 + 1 });
    expect(c.summary).toMatch(/^They inserted a new clause: “3\.3 The Agency may also use the Artwork.*”\. [A-Z][^.]*\.$/);
    expect(c.response).toMatchObject({ action: "restore", wording: "" });
    // the pane's Restore: their clause deleted as our tracked change, the rest as it was
    const req = theirChangeRequest(c, "restore");
    expect(req).not.toBeNull();
    const host = hostFor(fake);
    expect((await host.apply([req!])).results[0].status).toBe("applied");
    const accepted = fake.textIfAllAccepted().split("\n").filter((t) => t.trim());
    expect(accepted.some((t) => t.includes("generative AI tools"))).toBe(false);
    expect(accepted).toContain(ROUND1[i32]);
  });

  it("their comment is shown beside the change it sits on", async () => {
    const fake = new FakeWord(specs);
    const para = fake.live()[i32];
    fake.comments.push({ content: "We need this for moodboards.", range: { para, start: para.chars[0], end: null }, author: OTHER_AUTHOR });
    const r = await hostFor(fake).theirChanges!();
    expect(r.report.changes[0].comments).toEqual([{ author: OTHER_AUTHOR, text: "We need this for moodboards.", paragraph: i32 }]);
    expect(r.report.changes[0].afterParagraph).toBe(i32);
  });

  it("changes by our own author are not theirs; the fate of a logged suggestion is told", async () => {
    const p31 = "3.1 The Agency may reproduce and publish the Artwork in the campaigns named in each order.";
    const fake = new FakeWord(ROUND1.map((t, i) => (i === at("3.1") ? { runs: [{ text: "3.1 The Agency may reproduce and publish the Artwork " }, { text: "for any purpose", del: true, author: "Priya Nandakumar" }, { text: "in the campaigns named in each order", ins: true, author: "Priya Nandakumar" }, { text: "." }] } : t)));
    const host = hostFor(fake);
    await host.recordDecisions!([D[0]]);
    const r = await host.theirChanges!();
    expect(r.report.changes).toEqual([]);
    expect(r.report.suggestions).toEqual([expect.objectContaining({ id: "f-1", fate: "accepted" })]);
    expect(fake.textIfAllAccepted().split("\n")[at("3.1")]).toBe(p31);
  });

  it("a paragraph they deleted is restored where it stood, as our tracked insertion with a comment; the user's mode given back", async () => {
    const fake = new FakeWord(specs, { changeTrackingMode: "Off" });
    const host = hostFor(fake);
    const removed = (await host.theirChanges!()).report.changes.find((c) => c.kind === "addendum-section-removed")!;
    expect(removed.insertAfterText).toBe(ROUND1[at("2. On termination")]);
    const audit = ROUND1[at("3. The Illustrator may audit")];
    await host.restoreParagraph!({ after: removed.insertAfter!, afterText: removed.insertAfterText ?? null, text: removed.before!, comment: "We cannot accept this deletion." });
    const accepted = fake.textIfAllAccepted().split("\n");
    expect(accepted.filter((t) => t === audit)).toHaveLength(1);
    expect(accepted.indexOf(audit)).toBe(accepted.indexOf(ROUND1[at("2. On termination")]) + 1);
    expect(fake.ownChanges().length).toBeGreaterThan(0);
    expect(fake.comments.map((c) => c.content)).toContain("We cannot accept this deletion.");
    expect(fake.changeTrackingMode).toBe("Off");
    // the document changed since: refused, nothing written
    const n = fake.live().length;
    await expect(host.restoreParagraph!({ after: removed.insertAfter!, afterText: "something else", text: removed.before!, comment: "x" })).rejects.toThrow(/changed since/);
    expect(fake.live().length).toBe(n);
  });

  it("without the engine it says so plainly", async () => {
    await expect(hostFor(new FakeWord(specs), false).theirChanges!()).rejects.toThrow(/cannot be judged here/);
  });

  it("without WordApi 1.6 it says what to do instead", async () => {
    await expect(hostFor(new FakeWord(specs, { wordApi: "1.5" })).theirChanges!()).rejects.toThrow(/WordApi 1.6.*termscore compare/);
  });

  it("round trips do not grow with the document", async () => {
    const small = new FakeWord(specs);
    await hostFor(small).theirChanges!();
    const big = new FakeWord([...specs, ...Array.from({ length: 300 }, (_, k) => `${k}. Filler clause about delivery schedules.`)]);
    await hostFor(big).theirChanges!();
    expect(big.syncs).toBe(small.syncs);
  });
});

describe("a sentence they moved, in Word", () => {
  it("their deletion in one clause and insertion in another is one move, judged as the clean copy is", async () => {
    const head = P31.replace(` ${PROHIBITION}`, "");
    const specs = BASE.map((text) => (text === P31 ? { runs: [{ text: head }, { text: ` ${PROHIBITION}`, del: true }] } : text === P52 ? { runs: [{ text }, { text: ` ${PROHIBITION}`, ins: true }] } : text));
    const r = await hostFor(new FakeWord(specs)).theirChanges!();
    const clean = compareVersions(BASE.map((text) => ({ text })), moveProhibition("5.2").map((text) => ({ text })));
    expect(r.report.changes.map((c) => [c.kind, c.how, c.author, c.afterParagraph, c.response])).toEqual(clean.changes.map((c) => [c.kind, c.how, OTHER_AUTHOR, c.afterParagraph, c.response]));
    expect(r.report.changes[0]).toMatchObject({ kind: "protection-weakened", how: "moved-under-exception", moved: { to: at("5.2", BASE) } });
  });

  it("Go to selects the moved words where they are now (in 5.2), not where they left (3.1); 2 round trips", async () => {
    const head = P31.replace(` ${PROHIBITION}`, "");
    const specs = BASE.map((text) => (text === P31 ? { runs: [{ text: head }, { text: ` ${PROHIBITION}`, del: true }] } : text === P52 ? { runs: [{ text }, { text: ` ${PROHIBITION}`, ins: true }] } : text));
    const fake = new FakeWord(specs);
    const host = hostFor(fake);
    const c = (await host.theirChanges!()).report.changes[0];
    expect(c.afterParagraph).toBe(at("3.1", BASE)); // the change sits where the words left
    const target = whereNow(c)!;
    expect(target).toMatchObject({ paragraph: at("5.2", BASE), paragraphText: `${P52} ${PROHIBITION}` });
    const syncs = fake.syncs;
    await host.select(target);
    expect(fake.syncs - syncs).toBe(2);
    const [s, e] = fake.indexOf(fake.selection!);
    expect(fake.live()[at("5.2", BASE)]).toBe(fake.selection!.para);
    expect(fake.textIfAllAccepted().split("\n")[at("5.2", BASE)].slice(s, e)).toBe(PROHIBITION);
  });

  it("a clause moved whole: Go to selects it where it is now", async () => {
    const i31 = at("3.1", BASE);
    const head = P31.replace(` ${PROHIBITION}`, "");
    const was = `3.2 ${PROHIBITION}`;
    const before = [...BASE.slice(0, i31), head, was, ...BASE.slice(i31 + 2)];
    const specs = before.flatMap((text): FakeParagraphSpec[] => (text === was ? [{ runs: [{ text, del: true }] }] : text.startsWith("2.1") ? [text, { runs: [{ text: `2.2 ${PROHIBITION}`, ins: true }] }] : [text]));
    const fake = new FakeWord(specs);
    const host = hostFor(fake);
    const c = (await host.theirChanges!()).report.changes[0];
    expect(c.moved?.whole).toBe(true);
    const target = whereNow(c)!;
    await host.select(target);
    const accepted = fake.textIfAllAccepted().split("\n");
    const [s, e] = fake.indexOf(fake.selection!);
    expect(accepted[target.paragraph]).toBe(`2.2 ${PROHIBITION}`);
    expect(accepted[target.paragraph].slice(s, e)).toMatch(/The Agency shall not use the Artwork to train/);
  });

  it("a clause moved whole is restored where it stood (3 round trips), their moved copy left for the user to decide", async () => {
    const i31 = at("3.1", BASE);
    const head = P31.replace(` ${PROHIBITION}`, "");
    const was = `3.2 ${PROHIBITION}`;
    // 3.2 (the prohibition alone) deleted by them, and inserted as 2.2 (outside the sections that survive)
    const before = [...BASE.slice(0, i31), head, was, ...BASE.slice(i31 + 2)];
    const specs = before.flatMap((text): FakeParagraphSpec[] => (text === was ? [{ runs: [{ text, del: true }] }] : text.startsWith("2.1") ? [text, { runs: [{ text: `2.2 ${PROHIBITION}`, ins: true }] }] : [text]));
    const fake = new FakeWord(specs, { changeTrackingMode: "Off" });
    const host = hostFor(fake);
    const c = (await host.theirChanges!()).report.changes[0];
    expect(c).toMatchObject({ kind: "protection-weakened", how: "moved-out-of-survival", moved: { whole: true }, insertAfterText: head });
    const syncs = fake.syncs;
    await host.restoreParagraph!({ after: c.insertAfter!, afterText: c.insertAfterText ?? null, text: c.before!, comment: "We cannot accept this move." });
    expect(fake.syncs - syncs).toBe(3);
    const accepted = fake.textIfAllAccepted().split("\n");
    expect(accepted[accepted.indexOf(head) + 1]).toBe(was);
    expect(accepted.filter((t) => t === `2.2 ${PROHIBITION}`)).toHaveLength(1);
    expect(fake.ownChanges().length).toBeGreaterThan(0);
    expect(fake.comments.map((m) => m.content)).toEqual(["We cannot accept this move."]);
    expect(fake.changeTrackingMode).toBe("Off");
  });
});

describe("a paragraph with our changes and their deletions, in Word", () => {
  const US = "TermScore";
  const tail = " to train, fine-tune or evaluate any artificial intelligence or machine learning model.";
  // 3.2: their deletion of "not " beside our pending insertion; 3.1: their deletion of the words we inserted (nested), their own words back
  const wordSpecs = ROUND1.map((text, i) =>
    i === at("3.2")
      ? { runs: [{ text: "3.2 The Agency shall " }, { text: "not ", del: true }, { text: "use the Artwork" }, { text: ", or any data derived from it,", ins: true, author: US }, { text: tail }] }
      : i === at("3.1")
        ? { runs: [{ text: "3.1 The Agency may reproduce and publish the Artwork " }, { text: "for any purpose", del: true, author: US }, { text: "in the campaigns named in each order", ins: true, author: US, deletedBy: OTHER_AUTHOR }, { text: "for any purpose", ins: true }, { text: "." }] }
        : text,
  );
  const docxBody = (): string =>
    ROUND1.map((text, i) =>
      i === at("3.2")
        ? xp("3.2 The Agency shall ", xdel("not ", OTHER_AUTHOR), "use the Artwork", xins(", or any data derived from it,", US), tail)
        : i === at("3.1")
          ? xp("3.1 The Agency may reproduce and publish the Artwork ", xdel("for any purpose", US), insDeleted("in the campaigns named in each order", US, OTHER_AUTHOR), xins("for any purpose", OTHER_AUTHOR), ".")
          : xp(text),
    ).join("");
  const judged = (r: RoundReport) => r.changes.map((c) => ({ kind: c.kind, how: c.how, before: c.before, after: c.after, inserted: c.inserted, deleted: c.deleted, afterParagraph: c.afterParagraph }));

  it("reads it with our insertions kept and their deletion put back, as the .docx path does", async () => {
    const fake = new FakeWord(wordSpecs);
    const host = hostFor(fake);
    // Word knows our suggestions from the decision log (the .docx path also from our tracked changes)
    await host.recordDecisions!([{ ...D[0], by: US }]);
    const word = (await host.theirChanges!()).report;
    const file = (await theirChanges(await openDocx(await docx(docxBody())))).report;
    expect(judged(word)).toEqual(judged(file));
    const weakened = word.changes.find((c) => c.afterParagraph === at("3.2"))!;
    expect(weakened).toMatchObject({ kind: "protection-weakened", how: "prohibition-to-permission", before: `3.2 The Agency shall not use the Artwork, or any data derived from it,${tail}`, deleted: ["not"], inserted: [] });
    const rejected = word.changes.find((c) => c.afterParagraph === at("3.1"))!;
    expect(rejected.before).toBe("3.1 The Agency may reproduce and publish the Artwork in the campaigns named in each order.");
    expect(rejected.rules).toContain("broad-license/any-purpose");
  });

  it("round trips still do not grow with the document", async () => {
    const small = new FakeWord(wordSpecs);
    await hostFor(small).theirChanges!();
    const big = new FakeWord([...wordSpecs, ...Array.from({ length: 200 }, () => wordSpecs[at("3.2")])]);
    await hostFor(big).theirChanges!();
    expect(big.syncs).toBe(small.syncs);
  });
});
