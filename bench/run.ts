/**
 * npm run bench: runs every suite in bench/suites/*.ts (each exports `async function run()`
 * returning rows of { name, value, unit, target?, pass? }) and prints one combined table.
 * Exits non-zero only if a target fails (or a suite crashes). `npm run bench -- engine docx`
 * runs only the named suites.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { BenchRow } from "./types";


async function main(): Promise<number> {
  const dir = path.join(__dirname, "suites");
  const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const suites = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => f.replace(/\.ts$/, ""))
    .filter((name) => only.length === 0 || only.includes(name))
    .sort();
  const rows: Array<BenchRow & { suite: string }> = [];
  let failed = false;
  for (const suite of suites) {
    process.stderr.write(`bench: ${suite} …\n`);
    try {
      const mod = (await import(path.join(dir, suite))) as { run?: () => Promise<BenchRow[]> };
      if (typeof mod.run !== "function") {
        rows.push({ suite, name: `${suite}: no run() export`, value: "-", unit: "", pass: false });
        failed = true;
        continue;
      }
      for (const row of await mod.run()) rows.push({ suite, ...row });
    } catch (e) {
      rows.push({ suite, name: `${suite}: crashed (${(e as Error).message.split("\n")[0]})`, value: "-", unit: "", pass: false });
      failed = true;
    }
  }
  const header = ["benchmark", "value", "unit", "target", "result"];
  const table = rows.map((r) => [r.name, String(r.value), r.unit, r.target ?? "", r.pass === undefined ? "" : r.pass ? "PASS" : "FAIL"]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 1 ? "-".repeat(w + 1) + ":" : "-".repeat(w + 2))).join("|")}|`);
  for (const row of table) console.log(line(row));
  if (rows.some((r) => r.pass === false)) failed = true;
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
