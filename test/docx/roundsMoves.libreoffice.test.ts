/**
 * A sentence moved by a real word processor on the other side: LibreOffice Writer (headless, UNO),
 * as "Dana Cole", cuts our AI prohibition out of clause 3.1 and puts it at the end of 5.2, whose
 * "Except as …" lead-in now governs it, as tracked changes; it also saves a clean copy. TermScore
 * must report one move that weakens the protection, in both.
 *
 * Needs Debian's libreoffice-writer and python3-uno, as test/docx/libreoffice.test.ts.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createDocx } from "../../src/docx/create";
import { openDocx } from "../../src/docx/package";
import { compareDocx, theirChanges } from "../../src/docx/rounds";
import { BASE, P31, PROHIBITION } from "../fixtures/moves";
import { blocksOf } from "../fixtures/rounds";
import { counterRedline, describeWithLibreOffice, type CounterResult } from "../support/libreOffice";

const maybe = describeWithLibreOffice("moved-sentence checks");

maybe("a sentence they moved in LibreOffice", () => {
  let dir: string;
  let lo: CounterResult;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-moves-lo-"));
    fs.writeFileSync(path.join(dir, "ours.docx"), await createDocx(blocksOf(BASE)));
    lo = counterRedline(dir, "Dana Cole", [
      { replace: ` ${PROHIBITION}`, with: "" },
      { insertAfter: "the Illustrator's sketches confidential.", text: ` ${PROHIBITION}` },
    ]);
  }, 180000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("their tracked deletion and insertion are one move under their exception; so is the clean copy", async () => {
    expect(lo.error).toBeUndefined();
    expect(lo.redlines.filter((r) => r.author === "Dana Cole").length).toBeGreaterThanOrEqual(2);
    const { report } = await theirChanges(await openDocx(fs.readFileSync(path.join(dir, "returned.docx"))));
    expect(report.changes.map((c) => [c.kind, c.how ?? null, c.author])).toEqual([["protection-weakened", "moved-under-exception", "Dana Cole"]]);
    expect(report.changes[0].response).toMatchObject({ action: "restore", wording: P31 });
    expect(report.summary.otherEdits).toBe(0);
    const clean = await compareDocx(await openDocx(fs.readFileSync(path.join(dir, "ours.docx"))), await openDocx(fs.readFileSync(path.join(dir, "clean.docx"))));
    expect(clean.report.changes.map((c) => [c.kind, c.how ?? null, c.moved?.toSection])).toEqual([["protection-weakened", "moved-under-exception", "5.2"]]);
  });
});
