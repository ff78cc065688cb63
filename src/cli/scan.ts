/** `termscore scan`: the readable report, or JSON, for .docx, .txt and .md files and standard input. */
import { analyze, formatReportText } from "../engine";
import type { Paragraph, Report } from "../engine/types";
import { readDocx } from "../docx/review";
import { formatDecisionLogText, formatRoundText } from "../engine/compare";
import type { RoundReport } from "../engine/compare";
import type { Decision } from "../engine/compare/decisionLog";
import * as fs from "fs";
import * as path from "path";
import { readDecisionLog, writeDecisionLog } from "../docx/decisionLog";
import type { DocxPackage } from "../docx/package";
import { hasTrackedChanges, theirChanges } from "../docx/rounds";
import type { Options } from "./args";
import { InputError, describe, withFile, writeFailure } from "./errors";
import { DOCX_EXT, STDIN, TEXT_EXT, displayName, expandInputs, formatOf, isDirectory, readFileBytes, sniffFormat, textParagraphs } from "./inputs";
import type { Io } from "./io";
import { toJson } from "./io";
import { failed } from "./severity";
import { loadPlaybook } from "./playbook";

/** Round two in a .docx: their changes judged (when it has tracked changes) and the decision log. */
export interface RoundData {
  theirChanges?: RoundReport & { ours: string[]; theirAuthors: string[] };
  decisionLog: { decisions: Decision[]; problem?: string; rebuilt?: boolean };
}

/** A copy of the package with its decision log as rebuilt (the contract's parts as they were read). */
async function saveLogCopy(pkg: DocxPackage, decisions: readonly Decision[], target: string, input: string): Promise<void> {
  const real = (p: string): string => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  if (input !== STDIN && real(input) === real(target)) throw new InputError(`--save-log ${target}: refusing to overwrite the input (the original is never modified; choose another name)`);
  await writeDecisionLog(pkg, decisions);
  const bytes = await pkg.zip.toBytes();
  try {
    fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
    fs.writeFileSync(target, bytes);
  } catch (e) {
    throw writeFailure(target, e);
  }
}

/** Paragraphs of one input (a file, or standard input), and for a .docx its round-two data. */
async function readInput(file: string, o: Options, io: Io, analyzeOptions: Parameters<typeof analyze>[1] = {}): Promise<{ paragraphs: Paragraph[]; round?: RoundData }> {
  const name = displayName(file);
  let bytes: Uint8Array;
  let fmt;
  if (file === STDIN) {
    if (!io.stdin) throw new InputError("standard input is not available here; give a file instead of -");
    bytes = await io.stdin();
    fmt = sniffFormat(bytes, o.stdinFormat);
  } else {
    fmt = formatOf(file, true);
    bytes = readFileBytes(file);
  }
  if (fmt !== "docx") {
    if (o.saveLog) throw new InputError(`--save-log: ${name} is not a .docx (only a .docx carries a decision log)`);
    return { paragraphs: textParagraphs(bytes, fmt === "md", name) };
  }
  const { writer, paragraphs } = await readDocx(bytes);
  const log = await readDecisionLog(writer.package);
  const round: RoundData = { decisionLog: { decisions: log.decisions, ...(log.problem ? { problem: log.problem } : {}), ...(log.rebuild ? { rebuilt: true } : {}) } };
  if (hasTrackedChanges(writer.package) || log.decisions.length) {
    const r = await theirChanges(writer.package, { ...(o.author ? { ours: [o.author] } : {}), analyze: analyzeOptions });
    if (r.read.theirAuthors.length || r.report.suggestions.length) round.theirChanges = { ...r.report, ours: r.ours, theirAuthors: r.read.theirAuthors };
    // the log as rebuilt (in memory only): what could be read, and our suggestions told by their wording
    const rebuilt = r.read.log.problem !== log.problem || log.rebuild;
    round.decisionLog = { decisions: r.read.log.decisions, ...(r.read.log.problem ? { problem: r.read.log.problem } : {}), ...(rebuilt ? { rebuilt: true } : {}) };
  }
  if (o.saveLog) await saveLogCopy(writer.package, round.decisionLog.decisions, o.saveLog, file);
  return { paragraphs, round };
}

export async function scan(o: Options, io: Io): Promise<number> {
  const files = expandInputs(o.files, [DOCX_EXT, ...TEXT_EXT]);
  const pb = loadPlaybook(o, io.cwd);
  if (pb?.discovered && !o.quiet) io.err(`termscore: using the playbook ${pb.file} (--no-playbook to leave it out)\n`);
  const results: Array<{ file: string; report?: Report & Partial<RoundData>; error?: string }> = [];
  for (const file of files) {
    const name = displayName(file);
    try {
      const options = { roles: o.roles, ...(pb ? { playbook: pb.playbook } : {}) };
      const { paragraphs, round } = await readInput(file, o, io, options);
      const report = analyze(paragraphs, options);
      results.push({ file: name, report: round ? { ...report, ...round } : report });
      if (round?.decisionLog.problem) io.err(`termscore: ${withFile(round.decisionLog.problem, name)}\n`);
      if (o.saveLog && !o.quiet) io.err(`termscore: wrote ${o.saveLog}: a copy of ${name} with its decision log ${round?.decisionLog.rebuilt ? "rebuilt" : "as it was (nothing to rebuild)"}; ${name} itself is unchanged\n`);
      if (!o.json && !o.quiet) {
        const extra: string[] = [];
        if (round?.theirChanges) extra.push(formatRoundText(round.theirChanges));
        if (round?.decisionLog.decisions.length || round?.decisionLog.rebuilt) extra.push(formatDecisionLogText(round.decisionLog.decisions, undefined, round.decisionLog.rebuilt ? `Decision log, rebuilt${o.saveLog ? ` (saved in ${o.saveLog})` : " (the file is unchanged; --save-log COPY.docx writes a copy with it)"}` : "Decision log"));
        io.out(`${files.length > 1 ? `== ${name}\n` : ""}${formatReportText(report, paragraphs)}\n${extra.map((e) => `\n${e}\n`).join("")}`);
      }
    } catch (e) {
      const msg = withFile(describe(e), name);
      results.push({ file: name, error: msg });
      io.err(`termscore: ${msg}\n`);
    }
  }
  if (o.json) {
    // One file: its Report (or {file, error}); several files or a folder: an array of {file, report | error}.
    const single = o.files.length === 1 && !isDirectory(o.files[0]);
    io.out(toJson(single ? (results[0].report ?? results[0]) : results));
  }
  if (results.some((r) => r.error)) return 2;
  return failed(results.map((r) => r.report!), o.failOn) ? 1 : 0;
}
