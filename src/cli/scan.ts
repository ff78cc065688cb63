/** `termscore scan`: the readable report, or JSON, for .docx, .txt and .md files and standard input. */
import { analyze, formatReportText } from "../engine";
import type { Paragraph, Report } from "../engine/types";
import { readDocx } from "../docx/review";
import type { Options } from "./args";
import { InputError, describe, withFile } from "./errors";
import { DOCX_EXT, STDIN, TEXT_EXT, displayName, expandInputs, formatOf, isDirectory, readFileBytes, sniffFormat, textParagraphs } from "./inputs";
import type { Io } from "./io";
import { toJson } from "./io";
import { failed } from "./severity";
import { loadPlaybook } from "./playbook";

/** Paragraphs of one input (a file, or standard input). */
export async function readParagraphs(file: string, o: Options, io: Io): Promise<Paragraph[]> {
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
  return fmt === "docx" ? (await readDocx(bytes)).paragraphs : textParagraphs(bytes, fmt === "md", name);
}

export async function scan(o: Options, io: Io): Promise<number> {
  const files = expandInputs(o.files, [DOCX_EXT, ...TEXT_EXT]);
  const pb = loadPlaybook(o, io.cwd);
  if (pb?.discovered && !o.quiet) io.err(`termscore: using the playbook ${pb.file} (--no-playbook to leave it out)\n`);
  const results: Array<{ file: string; report?: Report; error?: string }> = [];
  for (const file of files) {
    const name = displayName(file);
    try {
      const paragraphs = await readParagraphs(file, o, io);
      const report = analyze(paragraphs, { roles: o.roles, ...(pb ? { playbook: pb.playbook } : {}) });
      results.push({ file: name, report });
      if (!o.json && !o.quiet) io.out(`${files.length > 1 ? `== ${name}\n` : ""}${formatReportText(report, paragraphs)}\n`);
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
