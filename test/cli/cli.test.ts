import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import JSZip from "jszip";
import { main } from "../../src/cli";
import { analyze } from "../../src/engine";
import { createDocx } from "../../src/docx/create";
import { openDocx } from "../../src/docx/package";
import { reviewedText } from "../../src/docx/model";

const RISKY = [
  "Services Agreement",
  'This agreement is between Acme Studio Inc. (the "Agency") and Lee Park (the "Contractor").',
  "The Agency may use the Deliverables for any purpose.",
  "The Agency may process the Deliverables to train its machine learning models.",
  "Payment is due within 30 days.",
];
const SAFE = ["Payment is due within 30 days of each invoice.", "Either party may end this agreement on written notice."];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  return runWith({}, ...argv);
}

/** main() with a fake terminal: `progress` as if stderr were a TTY, `stdin` as what is piped in. */
async function runWith(opts: { progress?: boolean; stdin?: Uint8Array | string }, ...argv: string[]): Promise<{ code: number; out: string; err: string; bytes: Uint8Array[] }> {
  let out = "";
  let err = "";
  const bytes: Uint8Array[] = [];
  const stdin = opts.stdin;
  const code = await main(argv, {
    out: (t) => (typeof t === "string" ? (out += t) : bytes.push(t)),
    err: (t) => (err += t),
    progress: opts.progress,
    stdin: stdin === undefined ? undefined : async () => (typeof stdin === "string" ? new TextEncoder().encode(stdin) : stdin),
  });
  return { code, out, err, bytes };
}

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

const sha = (p: string) => createHash("sha256").update(fs.readFileSync(p)).digest("hex");

async function riskyDocx(name = "risky.docx"): Promise<string> {
  return file(name, await createDocx([{ text: RISKY[0], style: "Title" }, ...RISKY.slice(1).map((text) => ({ text }))]));
}

describe("termscore scan", () => {
  it("prints the readable report for a .txt file and exits 0", async () => {
    const r = await run("scan", file("a.txt", RISKY.join("\n")));
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/TermScore: \d+\/100/);
    expect(r.out).toContain("for any purpose");
  });

  it("--json gives the report with the documented fields; line N is paragraph N: index N-1, paragraphNumber N", async () => {
    const r = await run("scan", "--json", file("b.txt", RISKY.join("\r\n")));
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(typeof report.score).toBe("number");
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(expect.arrayContaining(["ruleId", "category", "severity", "paragraph", "start", "end", "trigger", "message", "suggestions"]));
      expect(RISKY[f.paragraph].slice(f.start, f.end)).toBe(f.trigger);
      expect(f.paragraphNumber).toBe(f.paragraph + 1);
      for (const s of f.suggestions) expect(s.paragraphNumber).toBe(s.paragraph + 1);
    }
    for (const p of report.protections) expect(p.paragraphNumber).toBe(p.paragraph + 1);
    // The readable report names the same paragraph by its number.
    const text = await run("scan", file("b2.txt", RISKY.join("\n")));
    for (const f of report.findings) expect(text.out).toContain(`paragraph ${f.paragraphNumber},`);
    expect(Array.isArray(report.protections)).toBe(true);
    expect(Array.isArray(report.missing)).toBe(true);
    expect(report.findings.map((f: { category: string }) => f.category)).toContain("ai-training-grant");
  });

  it("reads Markdown headings as heading levels", async () => {
    const r = await run("scan", "--json", file("c.md", `# Agreement\n\n## 5. Data Privacy\nThe Agency may use anonymized Deliverables for any purpose.\n`));
    const report = JSON.parse(r.out);
    expect(report.stats.paragraphs).toBe(5);
    const f = report.findings.find((x: { paragraph: number }) => x.paragraph === 3);
    expect(f).toBeDefined();
    expect(report.findings.some((x: { context?: { kind: string } }) => x.context?.kind === "data-privacy")).toBe(true);
  });

  it("scans .docx files, and several files at once as a JSON array", async () => {
    const docx = await riskyDocx();
    const single = await run("scan", "--json", docx);
    expect(JSON.parse(single.out).findings.length).toBeGreaterThan(0);
    const safe = file("safe.txt", SAFE.join("\n"));
    const r = await run("scan", "--json", docx, safe);
    const arr = JSON.parse(r.out);
    expect(arr.map((x: { file: string }) => x.file)).toEqual([docx, safe]);
    expect(arr[0].report.findings.length).toBeGreaterThan(0);
    expect(arr[1].report.findings).toEqual([]);
  });

  it("--fail-on: exit 1 when risks of that severity are found, 0 otherwise", async () => {
    const risky = file("d.txt", RISKY.join("\n"));
    const safe = file("e.txt", SAFE.join("\n"));
    expect((await run("scan", "--fail-on", "high", risky)).code).toBe(1);
    expect((await run("scan", "--fail-on=medium", risky)).code).toBe(1);
    expect((await run("scan", "--fail-on", "medium", safe)).code).toBe(0);
    expect((await run("scan", risky)).code).toBe(0);
    const mediumOnly = file("f.txt", "The Agency may use the Deliverables for its internal business purposes.");
    const report = analyze([{ text: "The Agency may use the Deliverables for its internal business purposes." }]);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.severity !== "high")).toBe(true);
    expect((await run("scan", "--fail-on", "high", mediumOnly)).code).toBe(0);
    expect((await run("scan", "--fail-on", "medium", mediumOnly)).code).toBe(1);
  });
});

describe("bad input: exit 2 with one line on stderr", () => {
  const cases: Array<[string, () => Promise<string[]>, RegExp]> = [
    ["a missing file", async () => ["scan", path.join(dir, "nope.txt")], /no such file/],
    ["binary data in a .txt", async () => ["scan", file("bin.txt", new Uint8Array([0x41, 0, 0x42, 0xff]))], /binary/],
    ["invalid UTF-8", async () => ["scan", file("latin.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]))], /UTF-8/],
    ["an unknown format", async () => ["scan", file("x.pdf", "%PDF-1.7")], /unknown format/],
    ["a .doc", async () => ["scan", file("old.doc", "whatever")], /\.doc/],
    ["a .docx that is not a zip", async () => ["scan", file("fake.docx", "plain text")], /not a zip/],
    ["an empty .docx", async () => ["review", file("empty.docx", "")], /empty/],
    ["an empty .txt", async () => ["scan", file("empty.txt", "")], /empty/],
    ["a blank .txt", async () => ["scan", file("blank.txt", " \n\n")], /no text/],
    ["a .docx without text", async () => ["review", file("notext.docx", await createDocx([{ text: "" }]))], /no text/],
    [
      "an encrypted document",
      async () => ["review", file("locked.docx", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array.from("EncryptionInfo").flatMap((c) => [c.charCodeAt(0), 0])]))],
      /password/,
    ],
    [
      "a DTD",
      async () => {
        const zip = await JSZip.loadAsync(await createDocx([{ text: "x" }]));
        zip.file("word/document.xml", `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&e;</w:t></w:r></w:p></w:body></w:document>`);
        return ["scan", file("dtd.docx", await zip.generateAsync({ type: "uint8array" }))];
      },
      /DTD/,
    ],
    ["review of a .txt", async () => ["review", file("r.txt", "text")], /\.docx files only/],
    ["an unknown option", async () => ["scan", "--frobnicate", "x.txt"], /unknown option/],
    ["an unknown command", async () => ["translate", "x.txt"], /unknown command/],
    ["a bad --position", async () => ["review", "--position", "maybe", "x.docx"], /--position/],
    ["a bad --fail-on", async () => ["scan", "--fail-on", "critical", "x.txt"], /--fail-on must be low, medium or high/],
    ["no file", async () => ["scan", "--json"], /no input file/],
  ];
  it.each(cases)("%s", async (_name, args, message) => {
    const r = await run(...(await args()));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^termscore: /);
  });

  it("keeps going over the other files and still exits 2", async () => {
    const good = file("good.txt", RISKY.join("\n"));
    const r = await run("scan", "--json", path.join(dir, "missing.txt"), good);
    expect(r.code).toBe(2);
    const arr = JSON.parse(r.out);
    expect(arr[0].error).toMatch(/no such file/);
    expect(arr[1].report.findings.length).toBeGreaterThan(0);
  });

  it("--help prints usage and exits 0; no arguments exits 2", async () => {
    const r = await run("--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/termscore scan FILE/);
    expect(r.out).toMatch(/--comment-only /);
    // the earlier spelling is accepted, not advertised
    expect(r.out).not.toMatch(/--comments-only/);
    expect((await run()).code).toBe(2);
  });
});

describe("termscore review", () => {
  it("writes a redlined copy; the input is untouched; reject-all gives the original and accept-all fixes the findings", async () => {
    const input = await riskyDocx("contract.docx");
    const before = sha(input);
    const out = path.join(dir, "out", "contract.reviewed.docx");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const r = await run("review", input, "-o", out, "--date", "2026-11-29T10:00:00Z");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/TermScore: \d+\/100/);
    expect(r.out).toMatch(/Wrote .*contract\.reviewed\.docx: \d+ of \d+ findings/);
    expect(sha(input)).toBe(before);
    const outBytes = new Uint8Array(fs.readFileSync(out));
    const doc = (await openDocx(outBytes)).document;
    const original = reviewedText((await openDocx(new Uint8Array(fs.readFileSync(input)))).document, "reject");
    expect(reviewedText(doc, "reject")).toEqual(original);
    const accepted = reviewedText(doc, "accept");
    const rescan = analyze(accepted.map((text) => ({ text })));
    const first = analyze(original.map((text) => ({ text })));
    expect(first.findings.length).toBeGreaterThan(0);
    expect(rescan.findings).toEqual([]);
    expect(rescan.addendumPresent).toBe(true);
  });

  it("without -o writes NAME.reviewed.docx next to the input; -o DIR/ writes into the folder", async () => {
    const input = await riskyDocx("nextto/deal.docx");
    const r = await run("review", input);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(dir, "nextto", "deal.reviewed.docx"))).toBe(true);
    const outDir = path.join(dir, "into") + path.sep;
    fs.mkdirSync(outDir, { recursive: true });
    expect((await run("review", input, "-o", outDir)).code).toBe(0);
    expect(fs.readdirSync(outDir)).toEqual(["deal.docx"]);
    // A folder scan skips our own *.reviewed.docx copies.
    const scan = await run("scan", "--json", path.join(dir, "nextto"));
    expect(JSON.parse(scan.out).map((x: { file: string }) => path.basename(x.file))).toEqual(["deal.docx"]);
  });

  it("several inputs need an output folder, not a .docx name", async () => {
    const a = await riskyDocx("pair/a.docx");
    const b = await riskyDocx("pair/b.docx");
    const r = await run("review", a, b, "-o", path.join(dir, "pair", "out.docx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/output folder/);
    expect(fs.existsSync(path.join(dir, "pair", "out.docx"))).toBe(false);
  });

  it("refuses to overwrite the input", async () => {
    const input = await riskyDocx("self.docx");
    const before = sha(input);
    const r = await run("review", input, "-o", input);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/overwrite/);
    expect(sha(input)).toBe(before);
  });

  it("--comment-only --no-addendum writes comments and no text change; --author names them", async () => {
    const input = await riskyDocx("comments.docx");
    const out = path.join(dir, "comments.out.docx");
    const r = await run("review", input, "-o", out, "--comment-only", "--no-addendum", "--author", "Lee Park");
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).not.toMatch(/<w:(ins|del) /);
    expect(xml).toMatch(/<w:commentRangeStart /);
    const comments = await zip.file("word/comments.xml")!.async("string");
    expect(comments).toMatch(/w:author="Lee Park"/);
    expect(comments).not.toMatch(/w:author="TermScore"/);
  });

  it("--comments-only (the earlier spelling of --comment-only) without --no-addendum changes no text: the addendum is proposed in a comment, and the summary says so", async () => {
    const input = await riskyDocx("comments-addendum.docx");
    const out = path.join(dir, "comments-addendum.out.docx");
    const r = await run("review", input, "-o", out, "--comments-only");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/addendum proposed in a comment on the first paragraph \(not inserted\)/);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    expect(await zip.file("word/document.xml")!.async("string")).not.toMatch(/<w:(ins|del) /);
    expect(await zip.file("word/comments.xml")!.async("string")).toMatch(/Prohibition on AI Training/);
    expect((await run("--help")).out).toMatch(/--comment-only[^\n]*no text changes; the\s+addendum is proposed in full in a comment/);
  });

  it("--position opt-out adds no addendum (its outright ban would cancel the opt-out), and says so", async () => {
    const input = await riskyDocx("optout-addendum.docx");
    const out = path.join(dir, "optout-addendum.out.docx");
    const r = await run("review", input, "-o", out, "--position", "opt-out");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/no addendum: its outright ban would cancel the opt-out wording/);
    const accepted = reviewedText((await openDocx(new Uint8Array(fs.readFileSync(out)))).document, "accept").join("\n");
    expect(accepted).not.toMatch(/Prohibition on AI Training/);
    expect(accepted).toMatch(/has opted out of that use by written notice/i);
    expect((await run("--help")).out).toMatch(/with\s+opt-out no addendum is added/);
  });

  it("--position opt-out writes the opt-out fallback where the finding has one", async () => {
    const input = await riskyDocx("optout.docx");
    const out = path.join(dir, "optout.out.docx");
    expect((await run("review", input, "-o", out, "--position", "opt-out", "--json")).code).toBe(0);
    const accepted = reviewedText((await openDocx(new Uint8Array(fs.readFileSync(out)))).document, "accept").join("\n");
    expect(accepted).toMatch(/has opted out of that use by written notice/i);
  });

  it("reviews a folder into an output folder, with progress on stderr and a summary table", async () => {
    const folder = path.join(dir, "batch");
    fs.mkdirSync(folder, { recursive: true });
    await riskyDocx("batch/one.docx");
    file("batch/two.docx", await createDocx(SAFE.map((text) => ({ text }))));
    file("batch/notes.txt", "ignored");
    file("batch/~$one.docx", "lock file");
    const outDir = path.join(dir, "batch-out");
    const r = await runWith({ progress: true }, "review", folder, "-o", outDir);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/\[1\/2\] .*one\.docx\n\[2\/2\] .*two\.docx/);
    // Not a terminal (a pipe, a CI log): no progress lines.
    const piped = await run("review", folder, "-o", outDir);
    expect(piped.err).toBe("");
    expect(piped.out).toBe(r.out);
    expect(r.out).toMatch(/file\s+score\s+after\s+findings\s+high\s+changes\s+addendum/);
    expect(r.out).toMatch(/2 of 2 reviewed/);
    expect(fs.readdirSync(outDir).sort()).toEqual(["one.docx", "two.docx"]);
    const json = await run("review", folder, "-o", outDir, "--json");
    const arr = JSON.parse(json.out);
    expect(arr).toHaveLength(2);
    expect(arr[0]).toMatchObject({ file: path.join(folder, "one.docx"), output: path.join(outDir, "one.docx"), addendum: "inserted" });
    expect(arr[0].applied).toBeGreaterThan(0);
  });
});

describe("as a process", () => {
  const runner = path.join(__dirname, "run-cli.ts");
  const tsx = path.join(__dirname, "..", "..", "node_modules", ".bin", "tsx");
  it("exits with the code main returns and writes one line to stderr on bad input", () => {
    const bad = spawnSync(tsx, [runner, "scan", path.join(dir, "missing.docx")], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    const risky = file("p.txt", RISKY.join("\n"));
    const high = spawnSync(tsx, [runner, "scan", "--fail-on", "high", risky], { encoding: "utf8" });
    expect(high.status).toBe(1);
  });
});

describe("pipeline conventions", () => {
  it("--version and -v print the package version", async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
    for (const argv of [["--version"], ["-v"], ["scan", "--version"]]) {
      const r = await run(...argv);
      expect(r.code).toBe(0);
      expect(r.out).toBe(`${pkg.version}\n`);
    }
  });

  it("- reads standard input: text, Markdown and .docx sniffed, or --stdin-format", async () => {
    const txt = await runWith({ stdin: RISKY.join("\n") }, "scan", "--json", "-");
    expect(txt.code).toBe(0);
    const fromFile = JSON.parse((await run("scan", "--json", file("same.txt", RISKY.join("\n")))).out);
    expect(JSON.parse(txt.out)).toEqual(fromFile);

    const md = await runWith({ stdin: "# Agreement\nThe Agency may use the Deliverables for any purpose.\n" }, "scan", "--json", "-");
    expect(JSON.parse(md.out).findings[0].paragraphNumber).toBe(2);
    const asText = await runWith({ stdin: "# Agreement\nx" }, "scan", "--json", "--stdin-format", "txt", "-");
    expect(JSON.parse(asText.out).stats.paragraphs).toBe(2);

    const docx = fs.readFileSync(await riskyDocx("stdin.docx"));
    const d = await runWith({ stdin: new Uint8Array(docx) }, "scan", "--json", "-");
    expect(d.code).toBe(0);
    expect(JSON.parse(d.out).findings.length).toBeGreaterThan(0);
    // Several inputs: standard input is named <stdin>.
    const several = await runWith({ stdin: RISKY.join("\n") }, "scan", "--json", "-", file("other.txt", SAFE.join("\n")));
    expect(JSON.parse(several.out).map((x: { file: string }) => x.file)).toEqual(["<stdin>", path.join(dir, "other.txt")]);
  });

  it("review - -o - : a .docx in, a reviewed .docx out on stdout, the report on stderr", async () => {
    const docx = new Uint8Array(fs.readFileSync(await riskyDocx("pipe.docx")));
    const r = await runWith({ stdin: docx }, "review", "-", "-o", "-", "--date", "2026-01-01T00:00:00Z");
    expect(r.code).toBe(0);
    expect(r.out).toBe("");
    expect(r.bytes).toHaveLength(1);
    expect(Array.from(r.bytes[0].subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(r.err).toMatch(/Wrote the reviewed \.docx to standard output/);
    const accepted = reviewedText((await openDocx(r.bytes[0])).document, "accept").join("\n");
    expect(accepted).toMatch(/Prohibition on AI Training/);
    expect((await runWith({ stdin: docx }, "review", "-")).err).toMatch(/needs -o/);
    expect((await runWith({ stdin: "text" }, "review", "-", "-o", path.join(dir, "t.docx"))).err).toMatch(/\.docx files only/);
  });

  it("--quiet prints nothing but errors; the exit code still tells", async () => {
    const risky = file("q.txt", RISKY.join("\n"));
    const q = await run("scan", "--quiet", "--fail-on", "high", risky);
    expect(q).toMatchObject({ code: 1, out: "", err: "" });
    const docx = await riskyDocx("q.docx");
    const rq = await runWith({ progress: true }, "review", "-q", docx, path.join(dir, "q.docx"), "-o", path.join(dir, "q-out"));
    expect(rq.code).toBe(2); // the same file twice: both would go to q-out/q.docx
    const ok = await runWith({ progress: true }, "review", "-q", docx, "-o", path.join(dir, "q-out.docx"));
    expect(ok).toMatchObject({ code: 0, out: "", err: "" });
    const bad = await run("scan", "-q", path.join(dir, "absent.txt"));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/no such file/);
    // --json is asked-for output, so --quiet keeps it.
    expect(JSON.parse((await run("scan", "-q", "--json", risky)).out).findings.length).toBeGreaterThan(0);
  });

  it("--fail-on low fails on any finding; medium and high on graver ones", async () => {
    const text = "The Agency may use the Deliverables for its internal business purposes.";
    const report = analyze([{ text }]);
    const worst = report.findings.some((f) => f.severity === "high") ? "high" : report.findings.some((f) => f.severity === "medium") ? "medium" : "low";
    expect(report.findings.length).toBeGreaterThan(0);
    const f = file("sev.txt", text);
    expect((await run("scan", "--fail-on", "low", f)).code).toBe(1);
    expect((await run("scan", "--fail-on", "low", file("safe2.txt", SAFE.join("\n")))).code).toBe(0);
    if (worst !== "high") expect((await run("scan", "--fail-on", "high", f)).code).toBe(0);
  });

  it("review -o into a folder that does not exist yet creates it", async () => {
    const out = path.join(dir, "new", "deeper", "out.docx");
    const r = await run("review", await riskyDocx("mk.docx"), "-o", out);
    expect(r.code).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
  });

  it("an output that cannot be written: one line that says what to do", async () => {
    const blocker = file("blocker", "a file, not a folder");
    const r = await run("review", await riskyDocx("w.docx"), "-o", path.join(blocker, "out.docx"));
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/^termscore: .*cannot write .*out\.docx: .*choose another -o/);
    expect(r.err).not.toMatch(/unexpected|ENO/);
  });

  it("a truncated .docx: one line in plain words, not the zip library's", async () => {
    const whole = fs.readFileSync(await riskyDocx("whole.docx"));
    for (const keep of [0.3, 0.6, 0.95]) {
      const cut = file(`cut-${keep}.docx`, new Uint8Array(whole.subarray(0, Math.floor(whole.length * keep))));
      const r = await run("scan", cut);
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
      expect(r.err).toMatch(/damaged|incomplete/);
      expect(r.err).not.toMatch(/Corrupted zip|bug|signature/i);
    }
  });

  it("usage errors name the option and the fix", async () => {
    expect((await run("scan", "--date", "2026-01-01", "x.txt")).err).toMatch(/--date belongs to review, not scan/);
    // both spellings of the comment-only flag are review's, and the error names the one typed
    expect((await run("scan", "--comment-only", "x.txt")).err).toMatch(/--comment-only belongs to review, not scan/);
    expect((await run("scan", "--comments-only", "x.txt")).err).toMatch(/--comments-only belongs to review, not scan/);
    expect((await run("review", "--position")).err).toMatch(/--position needs a value/);
    expect((await run("scan", "--json=yes", "x.txt")).err).toMatch(/--json takes no value/);
    expect((await run("review", "x.docx", "-o", "-", "--json")).err).toMatch(/choose one/);
    expect((await run("scan", "--stdin-format", "md", "x.txt")).err).toMatch(/only to standard input/);
    expect((await run("scan", "-", "-")).err).toMatch(/only once/);
    const noStdin = await run("scan", "-");
    expect(noStdin.code).toBe(2);
    expect(noStdin.err).toMatch(/^termscore: <stdin>: standard input is not available here; give a file/);
  });
});

describe("termscore review: section numbers Word writes itself (issue 12)", () => {
  it("a comment on a clause Word numbers 6.4 (numbering.xml, no number in the text) says 'Section 6.4'", async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="7">` +
      `<w:lvl w:ilvl="0"><w:start w:val="6"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>` +
      `<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>` +
      `</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num>`;
    const numbered = (text: string, level: number) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
    const body =
      `<w:p><w:r><w:t xml:space="preserve">This agreement is between Acme Studio Inc. (the "Agency") and Lee Park (the "Contractor").</w:t></w:r></w:p>` +
      numbered("Use of the Deliverables", 0) +
      ["The Contractor shall deliver the Deliverables on time.", "The Agency shall pay each invoice within thirty days.", "The Agency shall credit the Contractor.", "The Agency may use the Deliverables for any purpose."].map((t) => numbered(t, 1)).join("");
    const input = file("word-numbered.docx", await createDocx([{ xml: body }], { numbering }));
    const out = path.join(dir, "word-numbered.out.docx");
    const r = await run("review", input, "-o", out, "--date", "2026-11-29T10:00:00Z");
    expect(r.code).toBe(0);
    const comments = await (await JSZip.loadAsync(fs.readFileSync(out))).file("word/comments.xml")!.async("string");
    expect(comments).toMatch(/Section 6\.4 \(Use of the Deliverables\): /);
  });
});
