/**
 * Round two on a second contract of our own, with a real word processor on the other side:
 * LibreOffice Writer (headless, UNO) opens the photographer's reviewed .docx as the client's
 * counsel "Marcus Webb" and, as tracked changes, turns a "shall not" into "may", adds a consent
 * qualifier to the addendum's prohibition (with a comment on it), narrows our 3.1 restriction
 * inside our own insertion, inserts a risky clause whole, deletes the addendum's title and the
 * deletion duty whole, and changes the fee period; it also saves a clean copy. TermScore must report
 * exactly the harmful changes, each with a response, our suggestions' fate, and keep its log; then
 * the photographer's third round goes on top of theirs (ours nested in theirs), and LibreOffice
 * opens that file too and keeps both rounds of the log.
 *
 * Needs Debian's libreoffice-writer and python3-uno, as test/docx/libreoffice.test.ts.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createDocx } from "../../src/docx/create";
import { readDecisionLog } from "../../src/docx/decisionLog";
import { openDocx } from "../../src/docx/package";
import { createDocxHost } from "../../src/docx/browserHost";
import { compareDocx, theirChanges } from "../../src/docx/rounds";
import { reviewDocx } from "../../src/docx/review";
import type { ReviewDocxResult } from "../../src/docx/review";
import { CLIENT_COMMENT, CLIENT_COUNSEL, CLIENT_GRANT, CLIENT_STEPS, PHOTOGRAPHER, PHOTO_DRAFT, photoBlocks } from "../fixtures/photoRounds";
import { counterRedline, describeWithLibreOffice, type CounterResult } from "../support/libreOffice";

const maybe = describeWithLibreOffice("round-two checks on the photography contract");

maybe("the client's counter-redlines made in LibreOffice, on a second contract", () => {
  let dir: string;
  let ours: ReviewDocxResult;
  let lo: CounterResult;
  const file = (name: string): string => path.join(dir, name);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-photo-round2-"));
    ours = await reviewDocx(await createDocx(photoBlocks(PHOTO_DRAFT)), { author: PHOTOGRAPHER, date: "2026-11-02T09:00:00Z" });
    fs.writeFileSync(file("ours.docx"), ours.bytes);
    lo = counterRedline(dir, CLIENT_COUNSEL, CLIENT_STEPS, "2026-11-09T14:30:00Z");
  }, 180000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const restriction = (): string => ours.decisions.find((d) => d.ruleId === "broad-license/any-purpose")!.target;
  // in the order of the returned contract; the fee period is theirs but touches nothing
  const EXPECTED = [
    ["suggestion-altered", "scope-narrowed", "restore"],
    ["protection-weakened", "prohibition-to-permission", "counter"],
    ["risky-grant-inserted", null, "restore"],
    ["protection-deleted", null, "restore"],
    ["addendum-section-removed", null, "restore"],
    // inside our addendum (its title deleted, still read as ours): our section proposed again
    ["protection-weakened", "consent-added", "restore"],
  ];

  it("LibreOffice authored the changes under the client's name, beside ours", () => {
    expect(lo.error).toBeUndefined();
    expect(lo.ok).toBe(true);
    expect(lo.redlines.filter((r) => r.author === CLIENT_COUNSEL).length).toBeGreaterThanOrEqual(8);
    expect(lo.redlines.some((r) => r.author === PHOTOGRAPHER)).toBe(true);
  });

  it("every weakened or deleted protection and the risky insertion reported, each by them with before, after, rule and response; nothing else; our suggestions' fate", async () => {
    const { report, read } = await theirChanges(await openDocx(fs.readFileSync(file("returned.docx"))));
    expect(read.theirAuthors).toEqual([CLIENT_COUNSEL]);
    expect(report.changes.map((c) => [c.kind, c.how ?? null, c.response.action])).toEqual(EXPECTED);
    for (const c of report.changes) expect(c.author).toBe(CLIENT_COUNSEL);
    const [narrowed, toMay, grant, deleted, title, consent] = report.changes;
    // their edit inside our insertion: our wording proposed again
    expect(narrowed).toMatchObject({ suggestion: restriction(), before: expect.stringContaining("fine-tune, test or improve"), after: expect.stringContaining("to train, fine-tune any") });
    expect(narrowed.response.wording).toBe(narrowed.before);
    expect(narrowed.summary).toMatch(/narrowed what your protection forbids: they took out \u201c, test or improve\u201d/);
    expect(toMay).toMatchObject({ before: PHOTO_DRAFT[8], after: PHOTO_DRAFT[8].replace("shall not", "may"), response: { position: "opt-out" } });
    expect(toMay.rules).toContain("no-ai-training");
    expect(grant).toMatchObject({ before: null, after: CLIENT_GRANT, response: { wording: "" } });
    expect(grant.rules.length).toBeGreaterThan(0);
    expect(deleted).toMatchObject({ before: PHOTO_DRAFT[11], after: null, response: { wording: PHOTO_DRAFT[11] }, rules: ["data-deletion"] });
    expect(title.summary).toMatch(/title of your addendum/);
    expect(consent.inserted).toEqual([", without the Photographer's prior written consent,"]);
    expect(consent.response.wording).toBe(consent.before);
    // their comment beside the change it sits on, with its date
    expect(consent.comments.map((c) => [c.author, c.text, c.date])).toEqual([[CLIENT_COUNSEL, CLIENT_COMMENT, "2026-11-09T14:30:00Z"]]);
    expect(report.comments).toEqual([]);
    expect(report.summary.otherEdits).toBe(1);
    expect(Object.fromEntries(report.suggestions.map((s) => [s.id, s.fate]))).toEqual({ [restriction()]: "altered", addendum: "altered" });
    // their deletion inside our insertion is read as nested in it
    expect(read.changes.find((c) => c.author === CLIENT_COUNSEL && c.kind === "deletion" && c.text.includes("test or improve"))).toMatchObject({ nestedIn: { author: PHOTOGRAPHER, kind: "insertion" } });
  });

  it("the clean copy compared with our version gives the same judgement", async () => {
    const r = await compareDocx(await openDocx(ours.bytes), await openDocx(fs.readFileSync(file("clean.docx"))));
    expect(r.report.changes.map((c) => [c.kind, c.how ?? null, c.response.action])).toEqual(EXPECTED);
    expect(r.report.summary.otherEdits).toBe(1);
    expect(r.report.summary.suggestions).toMatchObject({ total: 2, altered: 2, rejected: 0, accepted: 0, open: 0 });
  });

  it("LibreOffice keeps the decision log part, unchanged, in both files", async () => {
    for (const name of ["returned.docx", "clean.docx"]) {
      const log = await readDecisionLog(await openDocx(fs.readFileSync(file(name))));
      expect(log.problem).toBeUndefined();
      expect(log.decisions).toEqual(ours.decisions);
    }
  });

  it("our third round on top of theirs (ours nested in their insertions): both rounds logged, what we answered no longer listed, the rest still theirs; LibreOffice opens it and keeps the whole log", async () => {
    const again = await reviewDocx(fs.readFileSync(file("returned.docx")), { author: PHOTOGRAPHER, date: "2026-11-12T09:00:00Z" });
    expect(again.logProblem).toBeUndefined();
    expect(again.decisions.slice(0, ours.decisions.length)).toEqual(ours.decisions);
    expect([...new Set(again.decisions.map((d) => d.at))]).toEqual(["2026-11-02T09:00:00Z", "2026-11-12T09:00:00Z"]);
    const { report, read } = await theirChanges(await openDocx(again.bytes));
    // our "shall not" inside their "may", and inside their inserted clause
    expect(read.changes.filter((c) => c.author === PHOTOGRAPHER && c.nestedIn?.author === CLIENT_COUNSEL).length).toBeGreaterThanOrEqual(2);
    const kinds = report.changes.map((c) => c.kind);
    expect(kinds).not.toContain("risky-grant-inserted");
    expect(report.changes.some((c) => c.how === "prohibition-to-permission")).toBe(false);
    expect(kinds).toEqual(expect.arrayContaining(["suggestion-altered", "protection-deleted"]));
    // their deletion of the addendum's title does not make us add a second addendum, nor edit our own definitions
    const texts = (await (await createDocxHost(again.bytes, "again.docx")).read()).paragraphs.map((p) => p.text);
    expect(texts.filter((t) => /^AI-1\./.test(t))).toHaveLength(1);
    expect(again.addendum).not.toBe("inserted");
    for (const c of report.changes) expect(c.author).toBe(CLIENT_COUNSEL);
    // round four: LibreOffice opens our third round and saves it back; the log of both rounds is kept
    fs.writeFileSync(file("ours.docx"), again.bytes);
    const four = counterRedline(dir, CLIENT_COUNSEL, [{ comment: "3.3 The Client shall credit", content: "Agreed." }], "2026-11-14T10:00:00Z");
    expect(four.error).toBeUndefined();
    for (const name of ["returned.docx", "clean.docx"]) {
      const log = await readDecisionLog(await openDocx(fs.readFileSync(file(name))));
      expect(log.problem).toBeUndefined();
      expect(log.decisions).toEqual(again.decisions);
    }
  }, 120000);
});
