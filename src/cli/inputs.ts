/** Reading the command line's inputs: files, folders and standard input ("-"). */
import * as fs from "fs";
import * as path from "path";
import type { Paragraph } from "../engine/types";
import type { StdinFormat } from "./args";
import { looksLikeMarkdown, textParagraphs as readText, TextFormatError } from "../formats/text";
import { InputError, readFailure } from "./errors";

export const STDIN = "-";
/** How standard input is named in messages and in JSON output. */
const STDIN_NAME = "<stdin>";
const MAX_INPUT_BYTES = 200 * 1024 * 1024;
export const DOCX_EXT = ".docx";
export const TEXT_EXT = [".txt", ".md", ".markdown"];

export type Format = "docx" | "txt" | "md";

export function displayName(file: string): string {
  return file === STDIN ? STDIN_NAME : file;
}

export function isDirectory(f: string): boolean {
  if (f === STDIN) return false;
  try {
    return fs.statSync(f).isDirectory();
  } catch {
    return false;
  }
}

/** Expand folders into their supported files (sorted, not recursive, no Office lock files). */
export function expandInputs(files: readonly string[], exts: readonly string[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    if (f === STDIN) {
      out.push(f);
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(f);
    } catch {
      out.push(f); // reported as unreadable when read
      continue;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = fs.readdirSync(f);
      } catch (e) {
        throw readFailure(f, e);
      }
      names = names.filter((n) => exts.includes(path.extname(n).toLowerCase()) && !n.startsWith("~$") && !/\.reviewed\.docx$/i.test(n)).sort();
      if (!names.length) throw new InputError(`${f}: no ${exts.join(", ")} files in this folder`);
      for (const n of names) out.push(path.join(f, n));
    } else out.push(f);
  }
  return out;
}

export function readFileBytes(file: string): Uint8Array {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e) {
    throw readFailure(file, e);
  }
  if (!st.isFile()) throw new InputError(`cannot read ${file}: not a regular file`);
  if (st.size > MAX_INPUT_BYTES) throw new InputError(`${file} is larger than 200 MB (split it, or save it without embedded media)`);
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    throw readFailure(file, e);
  }
}

/** All of a stream (standard input), refusing more than MAX_INPUT_BYTES. */
export async function readStream(stream: AsyncIterable<Buffer | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += b.length;
    if (size > MAX_INPUT_BYTES) throw new InputError(`${STDIN_NAME} is larger than 200 MB`);
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** Standard input's format: --stdin-format, or sniffed (zip or OLE → docx; a Markdown heading → md; else txt). */
export function sniffFormat(bytes: Uint8Array, declared?: StdinFormat): Format {
  if (declared) return declared;
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(ZIP) || starts(OLE)) return "docx"; // OLE: the .docx reader explains encrypted / .doc files
  return looksLikeMarkdown(bytes) ? "md" : "txt";
}

/** A file's format from its extension; `allowText` false for review (writes .docx only). */
export function formatOf(file: string, allowText: boolean): Format {
  const ext = path.extname(file).toLowerCase();
  if (ext === DOCX_EXT) return "docx";
  if (allowText && ext === ".txt") return "txt";
  if (allowText && (ext === ".md" || ext === ".markdown")) return "md";
  if (ext === ".doc") throw new InputError(`${file}: legacy Word 97-2003 .doc files are not supported; save it as .docx`);
  if (!allowText && TEXT_EXT.includes(ext)) throw new InputError(`${file}: review writes tracked changes into .docx files only; use scan for ${ext} files`);
  throw new InputError(
    `${file}: unknown format "${ext || "(no extension)"}" (expected ${allowText ? ".docx, .txt or .md" : ".docx"}; for standard input use - with --stdin-format)`
  );
}

/** .txt / .md: one paragraph per line (the shared reader in src/formats/text.ts), its problems as input errors. */
export function textParagraphs(bytes: Uint8Array, markdown: boolean, file: string): Paragraph[] {
  try {
    return readText(bytes, markdown, file);
  } catch (e) {
    throw e instanceof TextFormatError ? new InputError(e.message) : e;
  }
}
