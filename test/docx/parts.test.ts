/**
 * Issue 11: the whole document is read. LibreOffice Writer (a real, independent producer of .docx)
 * writes a contract with a footnote, an endnote, a header and a footer; the reader lists them after
 * the body, the engine finds an AI-training grant hidden in the footnote and the outside terms the
 * footer incorporates, and the review writes body edits only, saying why a footnote is left alone.
 * LibreOffice then reads the reviewed file: Reject All gives back the original body exactly.
 *
 * Needs Debian's libreoffice-writer and python3-uno (.ci/run installs them); skipped with a warning
 * without them, except in CI where it fails.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { analyze } from "../../src/engine";
import { DocxWriter } from "../../src/docx/writer";
import { reviewDocx } from "../../src/docx/review";
import { PYTHON, describeWithLibreOffice } from "../support/libreOffice";

const LO = path.join(__dirname, "lo");
const maybe = describeWithLibreOffice("part checks");

maybe("footnotes, endnotes, headers and footers (file written by LibreOffice)", () => {
  jest.setTimeout(240000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-parts-"));
  const file = path.join(dir, "parts.docx");
  let bytes: Uint8Array;

  beforeAll(() => {
    execFileSync(PYTHON, [path.join(LO, "lo_make_parts.py"), file], { timeout: 150000, env: { ...process.env, LO_TIMEOUT: "120" } });
    bytes = fs.readFileSync(file);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("every part is read, after the body, with its kind", async () => {
    const paragraphs = (await DocxWriter.open(bytes)).paragraphs();
    const parts = paragraphs.map((p) => p.part ?? "body");
    expect(parts.slice(0, 4)).toEqual(["body", "body", "body", "body"]);
    expect(parts.slice(4).sort()).toEqual(["endnote", "footer", "footnote", "header"]);
    expect(paragraphs.find((p) => p.part === "footnote")?.text).toMatch(/train its machine learning models/);
    expect(paragraphs.find((p) => p.part === "header")?.text).toMatch(/confidential draft/);
  });

  test("the footnote's AI grant is found, the incorporated terms make the review incomplete, the roles come from the body", async () => {
    const paragraphs = (await DocxWriter.open(bytes)).paragraphs();
    const r = analyze(paragraphs);
    const grant = r.findings.find((f) => f.category === "ai-training-grant");
    expect(paragraphs[grant!.paragraph].part).toBe("footnote");
    expect(r.mentionsAi).toBe(true);
    expect(r.coverage.complete).toBe(false);
    expect(r.coverage.incorporated[0].url).toBe("https://kestrel.example.test/terms");
    expect(r.score).toBeLessThanOrEqual(90);
    expect(r.roles).toMatchObject({ user: "Designer", other: "Studio", work: "Deliverables" });
  });

  test("the review writes body edits only, says why the footnote is left alone, and Reject All restores the body", async () => {
    const result = await reviewDocx(bytes, { author: "TermScore test", addendum: false });
    const footnote = result.notApplied.find((n) => /footnote/.test(n.message ?? ""));
    expect(footnote?.message).toMatch(/in a footnote; TermScore writes tracked changes in the body text only/);
    expect(result.applied).toBeGreaterThan(0);
    const out = path.join(dir, "parts.reviewed.docx");
    fs.writeFileSync(out, result.bytes);
    const lines = execFileSync(PYTHON, [path.join(LO, "lo_check.py"), file, out], { encoding: "utf8", timeout: 200000, env: { ...process.env, LO_TIMEOUT: "180" } })
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { ok: boolean; text: string[]; rejected: string[]; redlines: unknown[] });
    const [original, reviewed] = lines;
    expect(original.ok && reviewed.ok).toBe(true);
    expect(reviewed.redlines.length).toBeGreaterThan(0);
    expect(reviewed.rejected).toEqual(original.text);
  });
});
