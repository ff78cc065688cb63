/**
 * LibreOffice as the independent .docx reader of the tests: whether it can run here, and the
 * `describe` to use. Under CI a missing tool is an error (.ci/run installs them); elsewhere the
 * suite is skipped with a warning that says what is missing.
 */
import * as fs from "fs";
import * as path from "path";
import { execFileSync, spawnSync } from "child_process";

/** Debian's python3, the one that can load UNO (the python3 on PATH may not). */
export const PYTHON = "/usr/bin/python3";

/** What is missing for the LibreOffice checks (with `pdftoppm` when pages are rendered), or null. */
export function missingTools(options: { pdftoppm?: boolean } = {}): string | null {
  if (!fs.existsSync(PYTHON)) return "/usr/bin/python3 not found";
  if (spawnSync(PYTHON, ["-c", "import uno"]).status !== 0) return "python3-uno is not installed (import uno failed)";
  if (spawnSync("soffice", ["--version"], { timeout: 60000 }).status !== 0) return "LibreOffice (soffice, Debian libreoffice-writer) is not installed";
  if (options.pdftoppm && spawnSync("pdftoppm", ["-v"]).error) return "pdftoppm (poppler-utils) is not installed";
  return null;
}

/** `describe` when LibreOffice can run, `describe.skip` (with a warning) when not; throws under CI. */
export function describeWithLibreOffice(what: string, options: { pdftoppm?: boolean } = {}): jest.Describe {
  const missing = missingTools(options);
  if (missing && process.env.CI === "true") throw new Error(`LibreOffice ${what} cannot run: ${missing}. Install libreoffice-writer python3-uno poppler-utils (see .ci/run).`);
  if (missing) console.warn(`Skipping LibreOffice ${what}: ${missing}`);
  return missing ? describe.skip : describe;
}

/** What lo_counter.py reports: whether it ran, and the redlines of the file it wrote. */
export interface CounterResult {
  ok: boolean;
  error?: string;
  redlines: Array<{ type: string; author: string }>;
}

/**
 * The other side's round made in LibreOffice (test/docx/lo/lo_counter.py): `dir/ours.docx` is opened,
 * `steps` are made as tracked changes by `author` (comments dated `date` when given), and
 * `dir/returned.docx` (with the redlines) and `dir/clean.docx` (all accepted) are written.
 */
export function counterRedline(dir: string, author: string, steps: readonly object[], date?: string): CounterResult {
  const spec = { input: path.join(dir, "ours.docx"), output: path.join(dir, "returned.docx"), clean: path.join(dir, "clean.docx"), author, steps, ...(date ? { date } : {}) };
  fs.writeFileSync(path.join(dir, "spec.json"), JSON.stringify(spec));
  const script = path.join(__dirname, "..", "docx", "lo", "lo_counter.py");
  const out = execFileSync(PYTHON, [script, path.join(dir, "spec.json")], { encoding: "utf8", timeout: 170000, env: { ...process.env, LO_TIMEOUT: "150" } });
  return JSON.parse(out.trim().split("\n").pop()!) as CounterResult;
}
