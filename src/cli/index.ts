/**
 * `termscore`: the same review on files, from the command line.
 *
 *   termscore scan FILE…                 readable report (or --json) for .docx, .txt, .md
 *   termscore review FILE.docx|DIR… -o OUT.docx|OUTDIR
 *
 * Exit codes: 0 done; 1 risks found at or above --fail-on; 2 bad input or usage.
 */
import * as fs from "fs";
import * as path from "path";
import { analyze, formatReportText } from "../engine";
import type { Paragraph, Position, Report, Severity } from "../engine/types";
import { DocxError } from "../docx/package";
import { readDocx, reviewDocx } from "../docx/review";
import type { ReviewDocxResult } from "../docx/review";

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
};

export const USAGE = `termscore: find and fix contract clauses that let the other side train AI on your work.

Usage:
  termscore scan FILE|FOLDER...          print the report for .docx, .txt and .md files
  termscore review FILE.docx|FOLDER... [-o OUT.docx|OUTDIR]
                                         write a redlined copy: tracked changes, comments, addendum

Options:
  --json                   machine-readable output (one file: an object; several files
                           or a folder: an array of {file, report | error})
  --fail-on high|medium    exit 1 when a finding of that severity (or higher) is found
  -o, --output PATH        review: output file (one input) or folder (several inputs);
                           default: NAME.reviewed.docx next to each input
  --comments-only          review: comments on the risky words, no text changes
  --no-addendum            review: do not append the "Prohibition on AI Training" addendum
  --position P             review: primary (default), opt-out or project-scope
  --author NAME            review: author of the tracked changes and comments (default TermScore)
  --date ISO-DATE          review: date written on the changes (default: now)
  -h, --help               this help

.txt and .md files are read one paragraph per line (line N is paragraph N-1); Markdown
headings (#, ##, ...) become headings. The input files are never modified.
Exit codes: 0 done, 1 risks found (with --fail-on), 2 bad input or usage.
`;

/** Bad input or usage: one line on stderr, exit 2. */
class InputError extends Error {}

interface Options {
  command: "scan" | "review" | "help";
  files: string[];
  json: boolean;
  failOn?: Severity;
  output?: string;
  commentsOnly: boolean;
  addendum: boolean;
  position: Position;
  author?: string;
  date?: string;
}

const POSITIONS: readonly Position[] = ["primary", "opt-out", "project-scope"];

export function parseArgs(argv: readonly string[]): Options {
  const o: Options = { command: "help", files: [], json: false, commentsOnly: false, addendum: true, position: "primary" };
  const args = argv.slice();
  const first = args[0];
  if (first === undefined || first === "-h" || first === "--help" || first === "help") return o;
  if (first !== "scan" && first !== "review") throw new InputError(`unknown command "${first}" (expected scan or review; see --help)`);
  o.command = first;
  const value = (i: number, flag: string): string => {
    const v = args[i + 1];
    if (v === undefined || (v.startsWith("-") && v.length > 1)) throw new InputError(`${flag} needs a value`);
    return v;
  };
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    const eq = a.startsWith("--") ? a.indexOf("=") : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = value(i, flag);
      i++;
      return v;
    };
    switch (flag) {
      case "-h":
      case "--help":
        o.command = "help";
        return o;
      case "--json":
        o.json = true;
        break;
      case "--fail-on": {
        const v = take();
        if (v !== "high" && v !== "medium") throw new InputError(`--fail-on must be high or medium, not "${v}"`);
        o.failOn = v;
        break;
      }
      case "-o":
      case "--output":
      case "--out":
        o.output = take();
        break;
      case "--comments-only":
        o.commentsOnly = true;
        break;
      case "--no-addendum":
        o.addendum = false;
        break;
      case "--position": {
        const v = take();
        if (!POSITIONS.includes(v as Position)) throw new InputError(`--position must be primary, opt-out or project-scope, not "${v}"`);
        o.position = v as Position;
        break;
      }
      case "--author": {
        const v = take().trim();
        if (!v) throw new InputError("--author needs a name");
        o.author = v;
        break;
      }
      case "--date": {
        const v = take();
        if (Number.isNaN(new Date(v).getTime())) throw new InputError(`--date: "${v}" is not a date`);
        o.date = v;
        break;
      }
      default:
        if (a.startsWith("-") && a !== "-") throw new InputError(`unknown option ${a} (see --help)`);
        o.files.push(a);
    }
  }
  if (!o.files.length) throw new InputError(`${o.command}: no input file given (see --help)`);
  if (o.command === "scan" && (o.output || o.commentsOnly || !o.addendum || o.author || o.date || o.position !== "primary")) {
    throw new InputError("scan takes only --json and --fail-on; the other options belong to review");
  }
  return o;
}

const MAX_TEXT_BYTES = 200 * 1024 * 1024;
const DOCX_EXT = ".docx";
const TEXT_EXT = [".txt", ".md", ".markdown"];

function isDirectory(f: string): boolean {
  try {
    return fs.statSync(f).isDirectory();
  } catch {
    return false;
  }
}

/** Expand folders into their supported files (sorted, not recursive, no Office lock files). */
function expandInputs(files: readonly string[], exts: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    let st: fs.Stats;
    try {
      st = fs.statSync(f);
    } catch {
      out.push(f); // reported as unreadable when read
      continue;
    }
    if (st.isDirectory()) {
      const names = fs
        .readdirSync(f)
        .filter((n) => exts.includes(path.extname(n).toLowerCase()) && !n.startsWith("~$") && !/\.reviewed\.docx$/i.test(n))
        .sort();
      if (!names.length) throw new InputError(`${f}: no ${exts.join(", ")} files in this folder`);
      for (const n of names) out.push(path.join(f, n));
    } else out.push(f);
  }
  return out;
}

function readBytes(file: string): Uint8Array {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${file}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String(code ?? e)}`);
  }
  if (!st.isFile()) throw new InputError(`cannot read ${file}: not a regular file`);
  if (st.size > MAX_TEXT_BYTES) throw new InputError(`${file} is larger than 200 MB`);
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${file}: ${code === "EACCES" ? "permission denied" : String(code ?? e)}`);
  }
}

/** .txt / .md: one paragraph per line; Markdown headings become heading levels. */
export function textParagraphs(bytes: Uint8Array, markdown: boolean, file: string): Paragraph[] {
  if (bytes.length === 0) throw new InputError(`${file} is empty`);
  if (bytes.indexOf(0) >= 0) throw new InputError(`${file} contains binary data, not text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${file} is not UTF-8 text (binary data?)`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new InputError(`${file} has no text to review`);
  return text.split(/\r\n|\r|\n/).map((line) => {
    const m = markdown ? /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/.exec(line) : null;
    return m ? { text: m[2], headingLevel: m[1].length, style: `Heading ${m[1].length}` } : { text: line };
  });
}

function checkFormat(file: string, allowText: boolean): "docx" | "txt" | "md" {
  const ext = path.extname(file).toLowerCase();
  if (ext === DOCX_EXT) return "docx";
  if (allowText && ext === ".txt") return "txt";
  if (allowText && (ext === ".md" || ext === ".markdown")) return "md";
  if (ext === ".doc") throw new InputError(`${file}: legacy Word 97-2003 .doc files are not supported; save it as .docx`);
  if (!allowText && TEXT_EXT.includes(ext)) throw new InputError(`${file}: review writes tracked changes into .docx files only; use scan for ${ext} files`);
  throw new InputError(`${file}: unknown format "${ext || "(no extension)"}" (expected ${allowText ? ".docx, .txt or .md" : ".docx"})`);
}

function failed(reports: readonly Report[], failOn?: Severity): boolean {
  if (!failOn) return false;
  const levels: Severity[] = failOn === "high" ? ["high"] : ["high", "medium"];
  return reports.some((r) => r.findings.some((f) => levels.includes(f.severity)));
}

function withFile(msg: string, file: string): string {
  return msg.includes(file) ? msg : `${file}: ${msg}`;
}

function describe(e: unknown): string {
  if (e instanceof InputError || e instanceof DocxError) return e.message;
  return `unexpected error: ${e instanceof Error ? e.message : String(e)}`;
}

async function scan(o: Options, io: Io): Promise<number> {
  const files = expandInputs(o.files, [DOCX_EXT, ...TEXT_EXT]);
  const results: Array<{ file: string; report?: Report; error?: string }> = [];
  for (const file of files) {
    try {
      const fmt = checkFormat(file, true);
      const bytes = readBytes(file);
      const paragraphs = fmt === "docx" ? (await readDocx(bytes)).paragraphs : textParagraphs(bytes, fmt === "md", file);
      const report = analyze(paragraphs);
      results.push({ file, report });
      if (!o.json) io.out(`${files.length > 1 ? `== ${file}\n` : ""}${formatReportText(report, paragraphs)}\n`);
    } catch (e) {
      const msg = withFile(describe(e), file);
      results.push({ file, error: msg });
      io.err(`termscore: ${msg}\n`);
    }
  }
  if (o.json) {
    // One file: its Report (or {file, error}); several files or a folder: an array of {file, report | error}.
    const single = o.files.length === 1 && !isDirectory(o.files[0]);
    io.out(`${JSON.stringify(single ? (results[0].report ?? results[0]) : results, null, 2)}\n`);
  }
  if (results.some((r) => r.error)) return 2;
  return failed(results.map((r) => r.report!), o.failOn) ? 1 : 0;
}

function outputPaths(inputs: readonly string[], o: Options, several: boolean): string[] {
  if (!o.output) return inputs.map((f) => f.replace(/\.docx$/i, "") + ".reviewed.docx");
  const asDir = several || /[\\/]$/.test(o.output) || (fs.existsSync(o.output) && fs.statSync(o.output).isDirectory());
  if (!asDir) {
    if (path.extname(o.output).toLowerCase() !== DOCX_EXT) throw new InputError(`-o ${o.output}: the output must end in .docx (or be a folder)`);
    return [o.output];
  }
  if ((fs.existsSync(o.output) && !fs.statSync(o.output).isDirectory()) || (!fs.existsSync(o.output) && path.extname(o.output).toLowerCase() === DOCX_EXT)) {
    throw new InputError(`-o ${o.output}: several inputs need an output folder`);
  }
  fs.mkdirSync(o.output, { recursive: true });
  return inputs.map((f) => path.join(o.output!, path.basename(f)));
}

function same(a: string, b: string): boolean {
  const real = (p: string): string => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

async function review(o: Options, io: Io): Promise<number> {
  const inputs = expandInputs(o.files, [DOCX_EXT]);
  const several = inputs.length > 1 || o.files.some(isDirectory);
  const outputs = outputPaths(inputs, o, several);
  const dup = outputs.find((out, i) => outputs.indexOf(out) !== i);
  if (dup) throw new InputError(`two inputs would be written to ${dup}; use an output folder per input name`);
  type Row = { file: string; output?: string; error?: string; result?: ReviewDocxResult };
  const rows: Row[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const file = inputs[i];
    const output = outputs[i];
    if (several) io.err(`[${i + 1}/${inputs.length}] ${file}\n`);
    try {
      checkFormat(file, false);
      if (inputs.some((f) => same(f, output))) throw new InputError(`${output}: refusing to overwrite an input file`);
      const bytes = readBytes(file);
      const result = await reviewDocx(bytes, { position: o.position, commentsOnly: o.commentsOnly, addendum: o.addendum, author: o.author, date: o.date });
      fs.writeFileSync(output, result.bytes);
      rows.push({ file, output, result });
      if (!o.json && !several) {
        io.out(`${formatReportText(result.report, result.paragraphs)}\n`);
        io.out(summaryLine(result, output));
      }
    } catch (e) {
      const msg = withFile(describe(e), file);
      rows.push({ file, error: msg });
      io.err(`termscore: ${msg}\n`);
    }
  }
  if (o.json) {
    const items = rows.map((r) =>
      r.result
        ? { file: r.file, output: r.output, applied: r.result.applied, notApplied: r.result.notApplied, addendum: r.result.addendum, report: r.result.report }
        : { file: r.file, error: r.error }
    );
    io.out(`${JSON.stringify(several ? items : items[0], null, 2)}\n`);
  } else if (several) {
    const w = Math.min(60, Math.max(4, ...rows.map((r) => r.file.length)));
    const lines = [`${pad("file", w)}  score  after  findings  high  changes  addendum`];
    for (const r of rows) {
      if (!r.result) {
        lines.push(`${pad(r.file, w)}  error: ${r.error}`);
        continue;
      }
      const rep = r.result.report;
      const high = rep.findings.filter((f) => f.severity === "high").length;
      lines.push(
        `${pad(r.file, w)}  ${pad(String(rep.score), 5)}  ${pad(String(rep.scoreIfAccepted), 5)}  ${pad(String(rep.findings.length), 8)}  ${pad(String(high), 4)}  ${pad(String(r.result.applied), 7)}  ${r.result.addendum}`
      );
    }
    const ok = rows.filter((r) => r.result).length;
    lines.push(`${ok} of ${rows.length} reviewed${ok ? `; redlined copies in ${o.output ?? "the input folders (*.reviewed.docx)"}` : ""}`);
    io.out(`${lines.join("\n")}\n`);
  }
  if (rows.some((r) => r.error)) return 2;
  return failed(rows.map((r) => r.result!.report), o.failOn) ? 1 : 0;
}

function summaryLine(r: ReviewDocxResult, output: string): string {
  const parts = [`${r.applied} of ${r.report.findings.length} findings written as ${r.applied === 1 ? "a tracked change" : "tracked changes"} with comments`];
  if (r.notApplied.length) parts.push(`${r.notApplied.length} not written (${r.notApplied.map((x) => x.message).filter(Boolean)[0] ?? "see report"})`);
  parts.push(r.addendum === "inserted" ? "addendum appended" : r.addendum === "already-present" ? "addendum already present" : "no addendum");
  return `Wrote ${output}: ${parts.join("; ")}.\n`;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let o: Options;
  try {
    o = parseArgs(argv);
  } catch (e) {
    io.err(`termscore: ${describe(e)}\n`);
    return 2;
  }
  if (o.command === "help") {
    (argv.length ? io.out : io.err)(USAGE);
    return argv.length ? 0 : 2;
  }
  try {
    return o.command === "scan" ? await scan(o, io) : await review(o, io);
  } catch (e) {
    io.err(`termscore: ${describe(e)}\n`);
    return 2;
  }
}
