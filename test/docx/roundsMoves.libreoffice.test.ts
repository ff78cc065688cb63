/**
 * A sentence moved by a real word processor on the other side: LibreOffice Writer (headless, UNO),
 * as "Dana Cole", cuts our AI prohibition out of clause 3.1 and puts it at the end of 5.2, whose
 * "Except as …" lead-in now governs it, as tracked changes; it also saves a clean copy. TermScore
 * must report one move that weakens the protection, in both.
 *
 * Needs Debian's libreoffice-writer and python3-uno, as test/docx/libreoffice.test.ts.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createDocx } from "../../src/docx/create";
import { openDocx } from "../../src/docx/package";
import { compareDocx, theirChanges } from "../../src/docx/rounds";
import { BASE, P31, PROHIBITION } from "../fixtures/moves";
import { blocksOf } from "../fixtures/rounds";
import { PYTHON, describeWithLibreOffice } from "../support/libreOffice";

const SCRIPT = path.join(__dirname, "lo", "lo_counter.py");
const maybe = describeWithLibreOffice("moved-sentence checks");

maybe("a sentence they moved in LibreOffice", () => {
  let dir: string;
  let lo: { ok: boolean; error?: string; redlines: Array<{ type: string; author: string }> };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-moves-lo-"));
    fs.writeFileSync(path.join(dir, "ours.docx"), await createDocx(blocksOf(BASE)));
    const spec = {
      input: path.join(dir, "ours.docx"),
      output: path.join(dir, "returned.docx"),
      clean: path.join(dir, "clean.docx"),
      author: "Dana Cole",
      steps: [
        { replace: ` ${PROHIBITION}`, with: "" },
        { insertAfter: "the Illustrator's sketches confidential.", text: ` ${PROHIBITION}` },
      ],
    };
    fs.writeFileSync(path.join(dir, "spec.json"), JSON.stringify(spec));
    lo = JSON.parse(execFileSync(PYTHON, [SCRIPT, path.join(dir, "spec.json")], { encoding: "utf8", timeout: 170000, env: { ...process.env, LO_TIMEOUT: "150" } }).trim().split("\n").pop()!);
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
