/**
 * The engine on real contract language (issue 11): the shared corpus's whole contracts and labelled
 * clauses, repeated to 300 and 1,200 pages, read from ../shared/corpus at run time when it is there
 * (it is quotation: nothing is copied into the repository); generated text otherwise. Reports the
 * 300-page time (target ≤ 50 ms), the growth to 1,200 pages, and `termscore scan` on a 1,200-page
 * file against a one-regex keyword scan of the same file (target ≤ 8×).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { analyze, type Paragraph } from "../../src/engine";
import type { BenchRow } from "../types";
import { generateContract } from "./engine";

const CORPUS = path.join(__dirname, "..", "..", "..", "shared", "corpus");
const PAGE = 3600; // characters of a page of about 600 words

/** Real paragraphs: every line of the whole contracts, then every labelled clause. */
function realParagraphs(): Paragraph[] | null {
  const dir = path.join(CORPUS, "contracts");
  if (!fs.existsSync(dir)) return null;
  const out: Paragraph[] = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(".txt")).sort()) {
    for (const line of fs.readFileSync(path.join(dir, f), "utf8").split(/\r?\n/)) if (line.trim()) out.push({ text: line });
  }
  const clauses = path.join(CORPUS, "clauses.jsonl");
  if (fs.existsSync(clauses)) {
    for (const line of fs.readFileSync(clauses, "utf8").split("\n")) {
      if (!line.trim()) continue;
      try {
        out.push({ text: (JSON.parse(line) as { text: string }).text });
      } catch {
        /* a broken line is skipped */
      }
    }
  }
  return out;
}

/** The paragraphs repeated until `pages` pages of text. */
function toPages(base: readonly Paragraph[], pages: number): Paragraph[] {
  const want = pages * PAGE;
  const out: Paragraph[] = [];
  let n = 0;
  for (let i = 0; n < want; i = (i + 1) % base.length) {
    out.push(base[i]);
    n += base[i].text.length;
  }
  return out;
}

const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timeProcess(cmd: string, args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(cmd, args, { stdio: ["ignore", "ignore", "ignore"], maxBuffer: 1 << 30 });
    times.push(performance.now() - t0);
  }
  return Math.min(...times);
}

export async function run(): Promise<BenchRow[]> {
  const real = realParagraphs();
  const source = real ? "shared corpus" : "generated (no ../shared/corpus)";
  const base = real ?? generateContract(50);
  const doc300 = toPages(base, 300);
  const doc1200 = toPages(base, 1200);
  for (let i = 0; i < 3; i++) {
    analyze(doc300);
    analyze(doc1200);
  }
  const t300: number[] = [];
  const t1200: number[] = [];
  for (let i = 0; i < 9; i++) {
    let t0 = performance.now();
    analyze(doc300);
    t300.push(performance.now() - t0);
    t0 = performance.now();
    analyze(doc1200);
    t1200.push(performance.now() - t0);
  }
  const best = Math.min(...t300);
  const ratio = median(t1200) / median(t300);
  const rows: BenchRow[] = [
    { name: `engine, real language (${source}): 300 pages (best of 9)`, value: +best.toFixed(1), unit: "ms", target: "≤ 50", pass: best <= 50 },
    { name: `engine, real language: 1,200 pages (median of 9)`, value: +median(t1200).toFixed(1), unit: "ms" },
    { name: "engine, real language: time(1,200) / time(300), medians", value: +ratio.toFixed(2), unit: "×", target: "≤ 4.4", pass: ratio <= 4.4 },
  ];
  // termscore scan of a 1,200-page .txt file against one keyword regex over the same file, both as
  // fresh node processes (start-up included in both)
  const cli = path.join(__dirname, "..", "..", "bin", "termscore.js");
  if (fs.existsSync(path.join(__dirname, "..", "..", "lib"))) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-bench-"));
    const file = path.join(dir, "long.txt");
    fs.writeFileSync(file, doc1200.map((p) => p.text).join("\n\n"));
    const grep = `const t=require("fs").readFileSync(${JSON.stringify(file)},"utf8");let n=0;const re=/\\b(?:train|licen[cs]e|perpetual|irrevocable|feedback|affiliates|anonymi[sz]ed|aggregate)\\w*/gi;while(re.exec(t))n++;console.log(n)`;
    const keyword = timeProcess(process.execPath, ["-e", grep], 5);
    const scan = timeProcess(process.execPath, [cli, "scan", file, "--json"], 5);
    fs.rmSync(dir, { recursive: true, force: true });
    const x = scan / keyword;
    rows.push({ name: "termscore scan, 1,200 pages of real language (best of 5)", value: +scan.toFixed(0), unit: "ms" });
    rows.push({ name: "termscore scan / one-regex keyword scan of the same file", value: +x.toFixed(1), unit: "×", target: "≤ 8", pass: x <= 8 });
  } else rows.push({ name: "termscore scan vs keyword scan", value: "skipped: run npm run build:cli first", unit: "" });
  return rows;
}
