/**
 * Proof by an independent reader: LibreOffice Writer (headless, through UNO) opens TermScore's
 * output, sees our revisions and comments with the right author, Reject All gives back the
 * original text exactly, Accept All gives text the engine no longer flags, and the addendum is
 * there. The first pages are rendered to PNG in test-artifacts/ for humans.
 *
 * Needs Debian's libreoffice-writer, python3-uno and poppler-utils (.ci/run installs them).
 * Without them the tests fail in CI (CI=true) and are skipped with a warning elsewhere.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { analyze, findAddendum } from "../../src/engine";
import type { Position } from "../../src/engine/types";
import { reviewDocx } from "../../src/docx/review";
import { commentRequestFor, requestFor } from "../../src/engine/edit/request";
import { minimalEdit } from "../../src/engine/edit/minimalEdit";
import type { ReviewDocxResult } from "../../src/docx/review";
import { openDocx } from "../../src/docx/package";
import { reviewedText } from "../../src/docx/model";
import { DATE, OTHER, docx } from "./helpers";
import { generateDocx } from "../support/generate";
import { PYTHON, describeWithLibreOffice } from "../support/libreOffice";

const ROOT = path.join(__dirname, "..", "..");
const ARTIFACTS = path.join(ROOT, "test-artifacts", "docx");
const SCRIPT = path.join(__dirname, "lo", "lo_check.py");
const maybe = describeWithLibreOffice("checks", { pdftoppm: true });

interface LoResult {
  file: string;
  ok: boolean;
  error?: string;
  text: string[];
  redlines: Array<{ type: string; author: string }>;
  comments: Array<{ author: string; content: string; anchor: string | null }>;
  rejected: string[];
  accepted: string[];
  redlinesAfterReject: number;
  pdf?: string;
}

interface Case {
  name: string;
  input: Uint8Array;
  result: ReviewDocxResult;
  author: string;
  commentOnly?: boolean;
  position?: Position;
}

/** True when the characters of `a` appear in `b` in order. */
function subsequence(a: string, b: string): boolean {
  let j = 0;
  for (let i = 0; i < b.length && j < a.length; i++) if (b[i] === a[j]) j++;
  return j === a.length;
}

maybe("LibreOffice reads TermScore's .docx output", () => {
  const cases: Case[] = [];
  const lo = new Map<string, LoResult>();

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const add = async (name: string, input: Uint8Array, options: Parameters<typeof reviewDocx>[1] = {}) => {
      const result = await reviewDocx(input, { date: DATE, ...options });
      cases.push({ name, input, result, author: options.author ?? "TermScore", commentOnly: options.commentOnly, position: options.position });
      fs.writeFileSync(path.join(ARTIFACTS, `${name}.in.docx`), input);
      fs.writeFileSync(path.join(ARTIFACTS, `${name}.out.docx`), result.bytes);
    };
    await add("sample", new Uint8Array(fs.readFileSync(path.join(ROOT, "samples", "agency-msa-sow.docx"))));
    await add(
      "their-redlines",
      await docx(
        `<w:p><w:r><w:t xml:space="preserve">This agreement is between Kestrel Studio (the \u201cClient\u201d) and Ana Ruiz (the \u201cFreelancer\u201d).</w:t></w:r></w:p>` +
          `<w:p><w:commentRangeStart w:id="50"/><w:r><w:t xml:space="preserve">Client may use the Work Product </w:t></w:r><w:commentRangeEnd w:id="50"/><w:r><w:commentReference w:id="50"/></w:r>` +
          `<w:ins w:id="51" ${OTHER}><w:r><w:t>for any purpose and</w:t></w:r></w:ins><w:del w:id="52" ${OTHER}><w:r><w:delText xml:space="preserve">solely</w:delText></w:r></w:del>` +
          `<w:r><w:t xml:space="preserve"> for its internal business purposes.</w:t></w:r></w:p>` +
          `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Usage</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">Client may share the Work Product with its service providers.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>` +
          `<w:p><w:r><w:t>Signed.</w:t></w:r></w:p>`,
        { comments: `<w:comment w:id="50" ${OTHER} w:initials="OS"><w:p><w:r><w:t>Their earlier note.</w:t></w:r></w:p></w:comment>` }
      ),
      { author: "Ana Ruiz" }
    );
    await add("comments-only", new Uint8Array(fs.readFileSync(path.join(ROOT, "samples", "agency-msa-sow.docx"))), { commentOnly: true, addendum: false });
    for (const seed of [11, 222, 3333, 44444, 555555]) await add(`generated-${seed}`, await generateDocx(seed, { redlines: true }));
    for (const seed of [7, 77, 777]) await add(`plain-${seed}`, await generateDocx(seed), { position: seed === 77 ? "project-scope" : "primary" });
    // Documents written by another producer: LibreOffice's own .docx export of two inputs.
    const made = path.join(ARTIFACTS, "lo-made");
    fs.mkdirSync(made, { recursive: true });
    for (const name of ["sample", "their-redlines"]) fs.copyFileSync(path.join(ARTIFACTS, `${name}.in.docx`), path.join(made, `${name}.docx`));
    execFileSync(
      "soffice",
      ["--headless", "--invisible", "--norestore", `-env:UserInstallation=file://${path.join(made, "profile")}`, "--convert-to", "docx:MS Word 2007 XML", "--outdir", path.join(made, "out"), path.join(made, "sample.docx"), path.join(made, "their-redlines.docx")],
      { timeout: 90000, stdio: "ignore" }
    );
    await add("lo-made-sample", new Uint8Array(fs.readFileSync(path.join(made, "out", "sample.docx"))));
    await add("lo-made-their-redlines", new Uint8Array(fs.readFileSync(path.join(made, "out", "their-redlines.docx"))), { author: "Ana Ruiz" });

    const files = cases.flatMap((c) => [path.join(ARTIFACTS, `${c.name}.in.docx`), path.join(ARTIFACTS, `${c.name}.out.docx`)]);
    const stdout = execFileSync(PYTHON, [SCRIPT, "--pdf-dir", ARTIFACTS, ...files], { encoding: "utf8", timeout: 170000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LO_TIMEOUT: "150" } });
    for (const line of stdout.split("\n").filter(Boolean)) {
      const r = JSON.parse(line) as LoResult;
      lo.set(path.basename(r.file), r);
    }
    // Render the first pages of the reviewed sample for humans.
    execFileSync("pdftoppm", ["-r", "60", "-f", "1", "-l", "2", "-png", path.join(ARTIFACTS, "sample.out.pdf"), path.join(ARTIFACTS, "sample.out")]);
  }, 180000);

  const get = (name: string, which: "in" | "out"): LoResult => {
    const r = lo.get(`${name}.${which}.docx`);
    if (!r) throw new Error(`no LibreOffice result for ${name}.${which}.docx`);
    if (!r.ok) throw new Error(`LibreOffice could not read ${name}.${which}.docx: ${r.error}`);
    return r;
  };

  it("opens every file", () => {
    expect(cases.length).toBe(13);
    for (const c of cases) {
      expect(get(c.name, "in").ok).toBe(true);
      expect(get(c.name, "out").ok).toBe(true);
    }
  });

  it("sees our revisions and comments with the right author, next to the existing ones", () => {
    for (const c of cases) {
      const out = get(c.name, "out");
      const inp = get(c.name, "in");
      const ours = out.redlines.filter((r) => r.author === c.author);
      if (c.commentOnly) expect(ours).toEqual([]);
      else if (c.result.applied > 0) {
        expect(ours.some((r) => r.type === "Delete" || r.type === "Insert")).toBe(true);
      }
      if (c.result.addendum === "inserted") expect(ours.some((r) => r.type === "Insert")).toBe(true);
      // Their revisions are all still there.
      const theirs = (xs: LoResult["redlines"]) => xs.filter((r) => r.author !== c.author).map((r) => r.type);
      expect(theirs(out.redlines).length).toBeGreaterThanOrEqual(theirs(inp.redlines).length);
      // one comment per change (findings of one clause share a change), and one on the addendum
      const ourComments = out.comments.filter((x) => x.author === c.author);
      const addendumComments = c.result.addendum === "inserted" ? 1 : 0;
      expect(ourComments.length).toBe(c.result.changes + addendumComments);
      expect(out.comments.length).toBe(inp.comments.length + c.result.changes + addendumComments);
      // Each comment is anchored on its change: the words kept, the deleted words then the inserted
      // ones (comments-only: the risky words). Exactly so without earlier redlines; with them, words the
      // other side deleted inside the range are part of LibreOffice's anchor text too.
      const exact = !c.name.startsWith("generated") && !c.name.endsWith("their-redlines");
      const unused = ourComments.filter((x) => !/asks to add this addendum/.test(x.content));
      const seen = new Set<string>();
      for (const e of c.result.report.findings.map((f) => (c.commentOnly ? commentRequestFor : requestFor)(f, c.result.paragraphs, c.position))) {
        const key = `${e.paragraph}:${e.start}:${e.end}:${e.replacement}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const { keepStart: prefix, keepEnd: suffix } = minimalEdit(e.original, e.replacement);
        const [o, n] = [e.original, e.replacement];
        const want = c.commentOnly || n === o ? o : o.slice(0, o.length - suffix) + n.slice(prefix, n.length - suffix) + o.slice(o.length - suffix);
        const i = unused.findIndex((x) => x.content === e.comment && (exact ? x.anchor === want : subsequence(want, x.anchor ?? "")));
        expect([i >= 0, want, e.comment]).toEqual([true, want, e.comment]);
        unused.splice(i, 1);
      }
      expect(unused).toEqual([]);
    }
    expect(get("sample", "out").redlines.length).toBeGreaterThan(10);
    expect(get("their-redlines", "out").comments.map((x) => x.author).sort()).toEqual(expect.arrayContaining(["Ana Ruiz", "Other Side"]));
  });

  it("Reject All gives back the original text exactly", () => {
    for (const c of cases) {
      expect(get(c.name, "out").rejected).toEqual(get(c.name, "in").rejected);
      expect(get(c.name, "out").redlinesAfterReject).toBe(0);
    }
    // With no earlier redlines, that is the text of the input as it opens.
    expect(get("sample", "out").rejected).toEqual(get("sample", "in").text);
  });

  it("Accept All gives text with none of the fixed findings, and the addendum", () => {
    for (const c of cases) {
      if (c.commentOnly) continue;
      const accepted = get(c.name, "out").accepted;
      const rescan = analyze(accepted.map((text) => ({ text })));
      const fixed = new Set(c.result.report.findings.map((f) => f.ruleId));
      const left = rescan.findings.filter((f) => fixed.has(f.ruleId)).map((f) => `${c.name}: ${f.ruleId} "${f.trigger}"`);
      expect(left).toEqual([]);
      if (c.result.addendum === "inserted") {
        expect(findAddendum(accepted.map((text) => ({ text })))).toBeGreaterThanOrEqual(0);
        expect(rescan.addendumPresent).toBe(true);
        expect(rescan.missing).toEqual([]);
      }
    }
  });

  it("agrees with TermScore's own accept / reject simulation (documents without earlier redlines)", async () => {
    // Not compared on documents that already carry the other side's redlines: LibreOffice joins
    // adjacent insertions by one author across a paragraph end (so rejecting an inserted paragraph
    // that follows an insertion also removes the paragraph break before it), in the input as well
    // as in the output; the reject-all test above compares LibreOffice with itself for those.
    for (const c of cases.filter((x) => !x.name.startsWith("generated") && !x.name.endsWith("their-redlines"))) {
      const doc = (await openDocx(c.result.bytes)).document;
      expect(get(c.name, "out").accepted).toEqual(reviewedText(doc, "accept"));
      expect(get(c.name, "out").rejected).toEqual(reviewedText(doc, "reject"));
    }
  });

  it("renders the first pages to PNG for humans", () => {
    const pngs = fs.readdirSync(ARTIFACTS).filter((f) => /^sample\.out-\d+\.png$/.test(f));
    expect(pngs.length).toBeGreaterThanOrEqual(1);
    for (const p of pngs) expect(fs.statSync(path.join(ARTIFACTS, p)).size).toBeGreaterThan(5000);
  });
});
