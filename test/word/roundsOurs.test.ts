/**
 * Round two in Word when the decision log does not list our suggestions (stripped, edited by hand,
 * corrupt): our own tracked changes are known by the name we wrote under and by their wording.
 */
import { compareVersions, parseDecisionLog, serializeDecisionLog, type Decision } from "../../src/engine/compare";
import { REVIEWERS_SETTING } from "../../src/word/decisionLog";
import { createWordHostWith } from "../../src/word";
import { roundViews } from "../../src/word/roundViews";
import { analyze } from "../../src/engine/analyze";
import { DRAFT, at } from "../fixtures/rounds";
import { AUTHOR, FakeWord, OTHER_AUTHOR, type FakeParagraphSpec } from "../support/fakeWord";

const PRIYA = "Priya Nandakumar";
const hostFor = (fake: FakeWord) =>
  createWordHostWith({ Word: fake.wordGlobal(), Office: fake.officeGlobal(), compareRound: async (before, after, options) => compareVersions(before, after, options) });

const OTHER_THAN = " other than to train, fine-tune, test or improve any artificial intelligence or machine-learning model";
const RISKY = "3.3 The Agency may use the Artwork and any sketches to train its generative AI tools.";
const findings = analyze(DRAFT.map((text) => ({ text }))).findings;
const F31 = findings.find((f) => f.paragraph === at("3.1", DRAFT))!;
const F32 = findings.find((f) => f.paragraph === at("3.2", DRAFT))!;

/**
 * The draft as it came back: our two suggestions (3.1's "any purpose" narrowed, 3.2's permission
 * turned into a prohibition) under `ours32` for 3.2 and Priya for 3.1, the agency's fee change, and a
 * risky clause inserted under Priya's name by a colleague who shares it.
 */
function returned(ours32 = PRIYA): FakeParagraphSpec[] {
  return DRAFT.flatMap((text): FakeParagraphSpec[] => {
    if (text.startsWith("2.1")) return [{ runs: [{ text: "2.1 The Agency shall pay each invoice within " }, { text: "thirty", del: true }, { text: "sixty", ins: true }, { text: " days of receipt." }] }];
    if (text.startsWith("3.1")) return [{ runs: [{ text: text.slice(0, -1) }, { text: OTHER_THAN, ins: true, author: PRIYA }, { text: "." }] }];
    if (text.startsWith("3.2"))
      return [
        { runs: [{ text: "3.2 The Agency " }, { text: "may", del: true, author: ours32 }, { text: "shall not", ins: true, author: ours32 }, { text: " use the Artwork to train its machine learning models." }] },
        { runs: [{ text: RISKY, ins: true, author: PRIYA }] },
      ];
    return [text];
  });
}

describe("our suggestions in Word without the decision log", () => {
  it("the log stripped: ours are told by the name (kept in the document's settings) and the wording; the colleague's clause under the same name is theirs; the log is rebuilt and that is said", async () => {
    const fake = new FakeWord(returned());
    fake.settings.set(REVIEWERS_SETTING, [PRIYA]);
    const text = fake.textIfAllAccepted();
    const r = await hostFor(fake).theirChanges!();
    expect(r.report.changes.map((c) => [c.kind, c.after, c.author])).toEqual([["risky-grant-inserted", RISKY, PRIYA]]);
    expect(r.report.summary.otherEdits).toBe(1);
    expect(r.report.suggestions.map((s) => [s.id, s.fate])).toEqual([
      [F31.id, "open"],
      [F32.id, "open"],
    ]);
    expect(r.theirAuthors.sort()).toEqual([OTHER_AUTHOR, PRIYA].sort());
    expect(r.problem).toMatch(/^2 of your suggestions were recognised by their wording .*decision log is missing.*rebuilt.*untouched/);
    // the rebuilt log: stored in the document, our two suggestions as applied by Priya, the text untouched
    expect(fake.customXmlParts).toHaveLength(1);
    const stored = parseDecisionLog(fake.customXmlParts[0].xml);
    expect(stored.problem).toBeUndefined();
    expect(stored.decisions.map((d) => [d.target, d.action, d.by, d.ruleId])).toEqual([
      [F31.id, "applied", PRIYA, F31.ruleId],
      [F32.id, "applied", PRIYA, F32.ruleId],
    ]);
    expect(r.decisions).toEqual(stored.decisions);
    expect(fake.textIfAllAccepted()).toBe(text);
    // the next round reads them from the log, quietly
    const again = await hostFor(fake).theirChanges!();
    expect(again.problem).toBeUndefined();
    expect(again.report.changes.map((c) => c.kind)).toEqual(["risky-grant-inserted"]);
    expect(parseDecisionLog(fake.customXmlParts[0].xml).decisions).toHaveLength(2);
  });

  it("another author's change is never taken for ours, even in our wording", async () => {
    const fake = new FakeWord(returned(OTHER_AUTHOR));
    fake.settings.set(REVIEWERS_SETTING, [PRIYA]);
    const r = await hostFor(fake).theirChanges!();
    expect(r.report.suggestions.map((s) => s.id)).toEqual([F31.id]);
    expect(parseDecisionLog(fake.customXmlParts[0].xml).decisions.map((d) => d.target)).toEqual([F31.id]);
  });

  it("a damaged log: the name from what could be read, our suggestions recognised, the log rebuilt whole; both said", async () => {
    const fake = new FakeWord(returned());
    const earlier: Decision = { target: "f-old", subject: "suggestion", action: "applied", by: PRIYA, at: "2026-10-01T09:00:00Z", edit: { prefix: "within ", removed: "ninety", inserted: "thirty", suffix: " days" } };
    fake.customXmlParts.push({ id: "{log}", xml: serializeDecisionLog([earlier]).replace("</ts:decisionLog>", '<ts:decision target="x" action="bogus"/></ts:decisionLog>') });
    const r = await hostFor(fake).theirChanges!();
    expect(r.problem).toMatch(/damaged.*1 decision was recovered.*2 of your suggestions were recognised.*log was damaged/);
    expect(r.report.changes.map((c) => c.kind)).toEqual(["risky-grant-inserted"]);
    const stored = parseDecisionLog(fake.customXmlParts[0].xml);
    expect(stored.problem).toBeUndefined();
    expect(stored.decisions.map((d) => d.target)).toEqual(["f-old", F31.id, F32.id]);
  });

  it("a log edited by hand and nothing to recognise: written back as found, so the message that it was rebuilt is true", async () => {
    const fake = new FakeWord(DRAFT);
    const earlier: Decision = { target: "f-old", subject: "their-change", action: "countered", by: PRIYA, at: "2026-10-01T09:00:00Z" };
    fake.customXmlParts.push({ id: "{log}", xml: serializeDecisionLog([earlier]).replace('action="countered"', 'action="accepted"') });
    const r = await hostFor(fake).theirChanges!();
    expect(r.problem).toMatch(/edited outside TermScore.*rebuilt/);
    const stored = parseDecisionLog(fake.customXmlParts[0].xml);
    expect(stored.problem).toBeUndefined();
    expect(stored.decisions).toEqual([{ ...earlier, action: "accepted" }]);
  });

  it("without any name of ours (no log, no setting), a person's changes are theirs: nothing is taken for ours and nothing is written", async () => {
    const fake = new FakeWord(returned());
    const r = await hostFor(fake).theirChanges!();
    expect(r.report.suggestions).toEqual([]);
    expect(r.problem).toBeUndefined();
    expect(r.report.changes.map((c) => [c.kind, c.author])).toEqual([
      ["risky-grant-inserted", PRIYA],
    ]);
    expect(fake.customXmlParts).toEqual([]);
  });

  it("recording a decision remembers who applied it in the document's settings", async () => {
    const fake = new FakeWord(returned());
    await hostFor(fake).recordDecisions!([{ target: F31.id, subject: "suggestion", action: "applied", by: PRIYA, at: "2026-11-02T09:00:00Z" }]);
    expect(fake.settings.get(REVIEWERS_SETTING)).toEqual([PRIYA]);
  });

  it("what apply() wrote this session, under the signed-in user's name, is told by its wording when no log was recorded (Word's own tracked pieces, not a model of them)", async () => {
    const fake = new FakeWord(DRAFT);
    const host = hostFor(fake);
    const snap = await host.read();
    const report = analyze(snap.paragraphs);
    const picked = report.findings.filter((f) => f.id === F31.id || f.id === F32.id);
    const result = await host.apply(picked.map((f) => {
      const s = f.suggestions[0];
      return { id: f.id, paragraph: s.paragraph, start: s.start, end: s.end, original: s.original, replacement: s.replacement, comment: s.comment, paragraphText: snap.paragraphs[s.paragraph].text };
    }));
    expect(result.results.map((r) => r.status)).toEqual(["applied", "applied"]);
    expect(fake.customXmlParts).toEqual([]);
    const r = await host.theirChanges!();
    expect(r.report.changes).toEqual([]);
    expect(r.theirAuthors).toEqual([]);
    expect(r.report.suggestions.map((x) => [x.id, x.fate])).toEqual([
      [F31.id, "open"],
      [F32.id, "open"],
    ]);
    expect(parseDecisionLog(fake.customXmlParts[0].xml).decisions.map((d) => [d.target, d.by])).toEqual([
      [F31.id, AUTHOR],
      [F32.id, AUTHOR],
    ]);
  });

  it("round trips: the log's 1 (none stored) + their changes' 2, and 3 more (read the log, write it) only when it is rebuilt", async () => {
    const quiet = new FakeWord(returned());
    await hostFor(quiet).theirChanges!();
    const rebuilt = new FakeWord(returned());
    rebuilt.settings.set(REVIEWERS_SETTING, [PRIYA]);
    await hostFor(rebuilt).theirChanges!();
    expect(quiet.syncs).toBe(3);
    expect(rebuilt.syncs).toBe(6);
  });
});

describe("Word's round views: each change under our name is checked against the log, not the paragraph", () => {
  const pre = 'This Agreement is between Northway Studios LLC (the "Client") and Priya Shah (the "Designer").';
  const orig = "4. The Client may use the Deliverables for any purpose. Each party bears its own costs of performance under this Agreement. The Client shall not use the Deliverables to train any artificial intelligence model.";
  const ours = " other than to train, fine-tune, test or improve any artificial intelligence or machine-learning model";
  const logged = [{ id: "f-any", prefix: "Deliverables for any purpose", removed: "", inserted: ours, suffix: ". Each party bears its", label: "any purpose", ruleId: "broad-license/any-purpose" }];
  const head = { base: { text: pre }, current: pre, original: pre, changes: [], comments: [] };

  it("a colleague's weakening under the user's own name, beside a logged suggestion, is reported", () => {
    const current = orig.replace("for any purpose.", `for any purpose${ours}.`).replace("shall not use", "may use");
    const read = [
      head,
      {
        base: { text: current },
        current,
        original: orig,
        changes: [
          { author: "Dana Lee", type: "Added" as const, text: ours },
          { author: "Dana Lee", type: "Deleted" as const, text: "shall not" },
          { author: "Dana Lee", type: "Added" as const, text: "may" },
        ],
        comments: [],
      },
    ];
    const v = roundViews(read, ["TermScore", "Dana Lee"], logged);
    expect(v.unconfirmed.map((u) => u.unconfirmed?.paragraph)).toEqual([1]);
    const r = compareVersions(v.before, v.afterKept, { ours: [...logged, ...v.unconfirmed] });
    expect(r.changes.map((c) => c.kind)).toContain("protection-weakened");
  });

  it("the logged suggestion alone stays ours: nothing to confirm, nothing reported", () => {
    const current = orig.replace("for any purpose.", `for any purpose${ours}.`);
    const read = [head, { base: { text: current }, current, original: orig, changes: [{ author: "Dana Lee", type: "Added" as const, text: ours }], comments: [] }];
    const v = roundViews(read, ["TermScore", "Dana Lee"], logged);
    expect(v.unconfirmed).toEqual([]);
    expect(compareVersions(v.before, v.afterKept, { ours: logged }).changes).toEqual([]);
  });
});
