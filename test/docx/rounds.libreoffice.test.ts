/**
 * Round two with a real word processor on the other side: LibreOffice Writer (headless, UNO)
 * opens our reviewed .docx as "Dana Cole", rejects one of our suggestions, adds an exception to the
 * addendum's prohibition with a comment on it, deletes the audit section, shortens survival and
 * changes the fees, all as tracked changes, and saves; it also saves a clean copy (every change
 * accepted). TermScore must report exactly the harmful changes, the fate of each of our
 * suggestions, and find its decision log still in the file.
 *
 * Needs Debian's libreoffice-writer and python3-uno, as test/docx/libreoffice.test.ts.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { DECISION_LOG_NS } from "../../src/engine/compare/decisionLog";
import { createDocx } from "../../src/docx/create";
import { readDecisionLog } from "../../src/docx/decisionLog";
import { openDocx } from "../../src/docx/package";
import { compareDocx, theirChanges } from "../../src/docx/rounds";
import { reviewDocx } from "../../src/docx/review";
import type { ReviewDocxResult } from "../../src/docx/review";
import { DRAFT, blocksOf } from "../fixtures/rounds";
import { counterRedline, describeWithLibreOffice, type CounterResult } from "../support/libreOffice";

const maybe = describeWithLibreOffice("round-two checks");

maybe("their counter-redlines made in LibreOffice", () => {
  let dir: string;
  let ours: ReviewDocxResult;
  let lo: CounterResult;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-round2-"));
    ours = await reviewDocx(await createDocx(blocksOf(DRAFT)), { author: "Priya Nandakumar", date: "2026-11-02T09:00:00Z" });
    fs.writeFileSync(path.join(dir, "ours.docx"), ours.bytes);
    lo = counterRedline(dir, "Dana Cole", [
      { reject: "3.1 The Agency may reproduce" },
      { insertAfter: "whether its own or a third party's", text: ", except for its internal business purposes" },
      { comment: "third party's", content: "We need this for our internal moodboards." },
      { deleteParagraph: "AI-7. Audit Rights" },
      { deleteParagraph: "The Illustrator may, on reasonable written notice" },
      { replace: "five years", with: "one year" },
      { replace: "thirty days", with: "forty-five days" },
    ]);
  }, 180000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const EXPECTED = [
    ["suggestion-rejected", null],
    ["protection-weakened", "survival-shortened"],
    ["protection-weakened", "exception-added"],
    ["addendum-section-removed", null],
    ["addendum-section-removed", null],
  ];

  it("LibreOffice authored the changes under the other side's name", () => {
    expect(lo.error).toBeUndefined();
    expect(lo.ok).toBe(true);
    expect(lo.redlines.filter((r) => r.author === "Dana Cole").length).toBeGreaterThanOrEqual(5);
    expect(lo.redlines.some((r) => r.author === "Priya Nandakumar")).toBe(true);
  });

  it("their tracked changes: every harmful one reported, with author and comment; nothing else; our suggestions' fate", async () => {
    const { report, read } = await theirChanges(await openDocx(fs.readFileSync(path.join(dir, "returned.docx"))));
    expect(read.theirAuthors).toEqual(["Dana Cole"]);
    expect(report.changes.map((c) => [c.kind, c.how ?? null])).toEqual(EXPECTED);
    // the rejection left no trace in the file: the decision log tells it
    expect(report.changes[0]).toMatchObject({ suggestion: ours.decisions.find((d) => d.ruleId === "broad-license/any-purpose")!.target });
    for (const c of report.changes.slice(1)) expect(c.author).toBe("Dana Cole");
    expect(report.changes[2].comments.map((c) => [c.author, c.text])).toEqual([["Dana Cole", "We need this for our internal moodboards."]]);
    expect(report.summary.otherEdits).toBe(1);
    const fates = Object.fromEntries(report.suggestions.map((s) => [s.id, s.fate]));
    expect(fates).toEqual({
      addendum: "altered",
      [ours.decisions.find((d) => d.ruleId === "broad-license/any-purpose")!.target]: "rejected",
      [ours.decisions.find((d) => d.ruleId === "ai-training-grant/train-models")!.target]: "open",
    });
  });

  it("the clean copy compared with our version gives the same judgement", async () => {
    const r = await compareDocx(await openDocx(ours.bytes), await openDocx(fs.readFileSync(path.join(dir, "clean.docx"))));
    expect(r.report.changes.map((c) => [c.kind, c.how ?? null])).toEqual(EXPECTED);
    expect(r.report.summary.suggestions).toMatchObject({ total: 3, rejected: 1, altered: 1, accepted: 1, open: 0 });
  });

  it("two rounds stacked: our changes, theirs on top, ours again; the log keeps both rounds of ours", async () => {
    const again = await reviewDocx(fs.readFileSync(path.join(dir, "returned.docx")), { author: "Priya Nandakumar", date: "2026-11-12T09:00:00Z" });
    expect(again.logProblem).toBeUndefined();
    // both rounds of ours are in the log: round one's decisions unchanged, and round three's added after them
    const rounds = [...new Set(again.decisions.map((d) => d.at))];
    expect(rounds).toEqual(["2026-11-02T09:00:00Z", "2026-11-12T09:00:00Z"]);
    expect(again.decisions.slice(0, ours.decisions.length)).toEqual(ours.decisions);
    const third = again.decisions.slice(ours.decisions.length);
    expect(third.length).toBeGreaterThan(0);
    for (const d of third) expect(d).toMatchObject({ at: "2026-11-12T09:00:00Z", by: "Priya Nandakumar" });
    const { report } = await theirChanges(await openDocx(again.bytes));
    // what our third round did not answer is still theirs, and still by them
    const kinds = report.changes.map((c) => [c.kind, c.how ?? null]);
    expect(kinds).toEqual(expect.arrayContaining([["protection-weakened", "survival-shortened"], ["addendum-section-removed", null]]));
    for (const c of report.changes) if (c.kind !== "suggestion-rejected" && c.kind !== "suggestion-altered") expect(c.author).toBe("Dana Cole");
    expect(report.changes.some((c) => c.author === "Priya Nandakumar")).toBe(false);
  });

  it("the decision log stripped on the way back: our open suggestion and our addendum told by their wording under our name, the log rebuilt; their changes still theirs", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(dir, "returned.docx")));
    const parts = Object.keys(zip.files).filter((n) => /^customXml\//.test(n));
    let stripped = 0;
    for (const n of parts) {
      if (!(await zip.file(n)?.async("string"))?.includes(DECISION_LOG_NS)) continue;
      zip.remove(n);
      stripped++;
    }
    expect(stripped).toBeGreaterThan(0);
    const pkg = await openDocx(await zip.generateAsync({ type: "uint8array" }));
    expect((await readDecisionLog(pkg)).decisions).toEqual([]);
    const { report, read } = await theirChanges(pkg, { ours: ["Priya Nandakumar"], date: "2026-11-20T10:00:00Z" });
    expect(read.theirAuthors).toEqual(["Dana Cole"]);
    // the rejection of 3.1 left no trace without the log; every other harmful change is still theirs
    expect(report.changes.map((c) => [c.kind, c.how ?? null])).toEqual(EXPECTED.slice(1));
    for (const c of report.changes) expect(c.author).toBe("Dana Cole");
    const train = ours.decisions.find((d) => d.ruleId === "ai-training-grant/train-models")!.target;
    expect(Object.fromEntries(report.suggestions.map((s) => [s.id, s.fate]))).toEqual({ addendum: "altered", [train]: "open" });
    expect(read.log.problem).toMatch(/^2 of your suggestions were recognised by their wording .*decision log is missing.*untouched/);
    const rebuilt = await readDecisionLog(pkg);
    expect(rebuilt.problem).toBeUndefined();
    expect(rebuilt.decisions.map((d) => [d.target, d.by, d.at])).toEqual([
      ["addendum", "Priya Nandakumar", "2026-11-20T10:00:00Z"],
      [train, "Priya Nandakumar", "2026-11-20T10:00:00Z"],
    ]);
    // each as the review first logged it
    for (const d of rebuilt.decisions) expect(d.edit).toEqual(ours.decisions.find((x) => x.target === d.target)!.edit);
  });

  it("LibreOffice keeps the decision log part, unchanged, in both files", async () => {
    for (const name of ["returned.docx", "clean.docx"]) {
      const log = await readDecisionLog(await openDocx(fs.readFileSync(path.join(dir, name))));
      expect(log.problem).toBeUndefined();
      expect(log.decisions).toEqual(ours.decisions);
    }
  });
});
