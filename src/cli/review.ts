/** `termscore review`: a redlined copy of each .docx (tracked changes, comments, addendum). */
import * as fs from "fs";
import * as path from "path";
import { formatReportText } from "../engine";
import { coverNote } from "../engine/report/coverNote";
import { reviewDocx } from "../docx/review";
import type { ReviewDocxResult } from "../docx/review";
import type { Options } from "./args";
import { InputError, describe, withFile, writeFailure } from "./errors";
import { DOCX_EXT, STDIN, displayName, expandInputs, formatOf, isDirectory, readFileBytes, sniffFormat } from "./inputs";
import type { Io } from "./io";
import { toJson } from "./io";
import { failed } from "./severity";
import { loadPlaybook } from "./playbook";
import { countOf, itOrThem } from "../engine/fix/plural";
import { readConventions } from "../engine/fix/conventions";
import { POSITION_GAP_REASON, POSITION_LABEL, type PositionGapReason } from "../engine/report/labels";
import { positionGaps } from "../engine/report/positionGaps";

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

function outputPaths(inputs: readonly string[], o: Options, several: boolean): string[] {
  if (o.output === STDIN) return [STDIN];
  if (!o.output) return inputs.map((f) => f.replace(/\.docx$/i, "") + ".reviewed.docx");
  const st = statOrNull(o.output);
  const asDir = several || /[\\/]$/.test(o.output) || !!st?.isDirectory();
  if (!asDir) {
    if (path.extname(o.output).toLowerCase() !== DOCX_EXT) throw new InputError(`-o ${o.output}: the output must end in .docx (or be a folder)`);
    return [o.output];
  }
  if ((st && !st.isDirectory()) || (!st && path.extname(o.output).toLowerCase() === DOCX_EXT)) {
    throw new InputError(`-o ${o.output}: several inputs need an output folder`);
  }
  try {
    fs.mkdirSync(o.output, { recursive: true });
  } catch (e) {
    throw writeFailure(o.output, e);
  }
  return inputs.map((f) => path.join(o.output!, path.basename(f)));
}

function same(a: string, b: string): boolean {
  if (a === STDIN || b === STDIN) return false;
  const real = (p: string): string => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  return real(a) === real(b);
}

/** Write the reviewed copy; its folder is created when missing. */
function writeOutput(output: string, bytes: Uint8Array, io: Io): void {
  if (output === STDIN) {
    io.out(bytes);
    return;
  }
  try {
    fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
    fs.writeFileSync(output, bytes);
  } catch (e) {
    throw writeFailure(output, e);
  }
}

/** The cover note to the other side for one reviewed file: only the changes actually written. */
function writeNote(target: string, r: ReviewDocxResult, o: Options, input?: string): void {
  const file = input ? path.join(target, `${path.basename(input).replace(/\.docx$/i, "")}.note.md`) : target;
  const notWritten = new Set(r.notApplied.map((n) => n.id));
  const text = coverNote(r.report, r.paragraphs, {
    position: o.position,
    addendum: r.addendum === "inserted" || r.addendum === "proposed-in-comment",
    commentOnly: o.commentOnly,
    written: r.report.findings.filter((f) => !notWritten.has(f.id)).map((f) => f.id),
  });
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (e) {
    throw writeFailure(file, e);
  }
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + " ".repeat(n - s.length);
}

/**
 * "Right to opt out does not apply to 2 findings (the clause already lets you opt out, …), so …":
 * the position's label and the reasons are the pane's (engine/report/positionGaps.ts).
 */
function positionNotApplicable(r: ReviewDocxResult, o: Options): string | null {
  const wanted = o.position;
  if (!wanted || !r.positionNotApplicable.length) return null;
  const ids = new Set(r.positionNotApplicable);
  const project = readConventions(r.paragraphs).project;
  const reasons = new Map<PositionGapReason, number>();
  for (const f of r.report.findings) {
    if (!ids.has(f.id)) continue;
    const gap = positionGaps(f, r.paragraphs[f.paragraph]?.text ?? "", project).find((g) => g.position === wanted);
    if (gap) reasons.set(gap.reason, (reasons.get(gap.reason) ?? 0) + 1);
  }
  const n = r.positionNotApplicable.length;
  const why = [...reasons].map(([reason, k]) => (reasons.size > 1 ? `${countOf(k, "finding")}: ${POSITION_GAP_REASON[reason]}` : POSITION_GAP_REASON[reason])).join("; ");
  return `${POSITION_LABEL[wanted]} does not apply to ${countOf(n, "finding")}${why ? ` (${why})` : ""}, so ${o.commentOnly ? "the primary wording is proposed" : "the primary wording was written"} for ${itOrThem(n)}`;
}

function summaryLine(r: ReviewDocxResult, output: string, o: Options): string {
  const n = r.report.findings.length;
  const parts = [
    o.commentOnly
      ? `${r.applied} of ${n} findings commented on with proposed wording (the text is unchanged)`
      : `${r.applied} of ${n} findings fixed in ${countOf(r.changes, "tracked change")} with comments`,
  ];
  if (r.notApplied.length) parts.push(`${r.notApplied.length} not written (${r.notApplied.map((x) => x.message).filter(Boolean)[0] ?? "see report"})`);
  const gaps = positionNotApplicable(r, o);
  if (gaps) parts.push(gaps);
  const place = r.addendumPlace === "signature-block" ? "addendum inserted before the signature block" : r.addendumPlace === "additional-terms" ? "addendum inserted in the Additional Terms section" : r.addendumPlace === "extends-addendum" ? "missing addendum sections added to the existing addendum" : "addendum appended at the end";
  parts.push(r.addendum === "inserted" ? place : r.addendum === "proposed-in-comment" ? "addendum proposed in a comment on the first paragraph (not inserted)" : r.addendum === "already-present" ? "addendum already present" : r.addendum === "left-out-for-opt-out" ? "no addendum: its outright ban would cancel the opt-out wording (review with --position primary to add it)" : "no addendum");
  return `Wrote ${output === STDIN ? "the reviewed .docx to standard output" : output}: ${parts.join("; ")}.\n`;
}

export async function review(o: Options, io: Io): Promise<number> {
  const inputs = expandInputs(o.files, [DOCX_EXT]);
  const several = inputs.length > 1 || o.files.some(isDirectory);
  const pb = loadPlaybook(o, io.cwd);
  const outputs = outputPaths(inputs, o, several);
  const dup = outputs.find((out, i) => outputs.indexOf(out) !== i);
  if (dup) throw new InputError(`two inputs would be written to ${dup}; use an output folder per input name`);
  // With -o -, standard output carries the .docx: the readable report goes to stderr.
  const say = o.output === STDIN ? io.err : io.out;
  if (pb?.discovered && !o.quiet) io.err(`termscore: using the playbook ${pb.file} (--no-playbook to leave it out)\n`);
  type Row = { file: string; output?: string; error?: string; result?: ReviewDocxResult };
  const rows: Row[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const file = inputs[i];
    const name = displayName(file);
    const output = outputs[i];
    if (several && io.progress && !o.quiet) io.err(`[${i + 1}/${inputs.length}] ${name}\n`);
    try {
      let bytes: Uint8Array;
      if (file === STDIN) {
        if (!io.stdin) throw new InputError("standard input is not available here; give a file instead of -");
        bytes = await io.stdin();
        if (sniffFormat(bytes, o.stdinFormat) !== "docx") throw new InputError(`${name}: review writes tracked changes into .docx files only; use scan for text`);
      } else {
        formatOf(file, false);
        if (inputs.some((f) => same(f, output))) throw new InputError(`${output}: refusing to overwrite an input file (choose another -o)`);
        bytes = readFileBytes(file);
      }
      const result = await reviewDocx(bytes, { position: o.position, commentOnly: o.commentOnly, addendum: o.addendum, author: o.author, date: o.date, roles: o.roles, playbook: pb?.playbook });
      writeOutput(output, result.bytes, io);
      if (result.logProblem) io.err(`termscore: ${withFile(result.logProblem, name)}\n`);
      if (o.note) writeNote(o.note, result, o, several ? name : undefined);
      rows.push({ file: name, output, result });
      if (!o.json && !several && !o.quiet) {
        say(`${formatReportText(result.report, result.paragraphs)}\n`);
        say(summaryLine(result, output, o));
      }
    } catch (e) {
      const msg = withFile(describe(e), name);
      rows.push({ file: name, error: msg });
      io.err(`termscore: ${msg}\n`);
    }
  }
  if (o.json) {
    const items = rows.map((r) =>
      r.result
        ? {
            file: r.file,
            output: r.output,
            applied: r.result.applied,
            changes: r.result.changes,
            notApplied: r.result.notApplied,
            positionNotApplicable: r.result.positionNotApplicable,
            addendum: r.result.addendum,
            ...(r.result.addendumPlace ? { addendumPlace: r.result.addendumPlace } : {}),
            report: r.result.report,
          }
        : { file: r.file, error: r.error }
    );
    io.out(toJson(several ? items : items[0]));
  } else if (several && !o.quiet) {
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
