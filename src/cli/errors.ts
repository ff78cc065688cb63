/** Errors the command line reports as one line on stderr (exit 2), each saying what to do. */
import { DocxError } from "../docx/package";
import { PlaybookError } from "../engine/playbook/types";
import { errorMessage } from "../engine/common/errorMessage";

/** Bad input or usage: one line on stderr, exit 2. */
export class InputError extends Error {}

type Errno = NodeJS.ErrnoException;

/** Plain words for a file-system error while reading `file`. */
export function readFailure(file: string, e: unknown): InputError {
  const code = (e as Errno)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new InputError(`cannot read ${file}: no such file (check the path and the spelling)`);
    case "EACCES":
    case "EPERM":
      return new InputError(`cannot read ${file}: permission denied (check the file's permissions, or copy it somewhere you can read)`);
    case "EISDIR":
      return new InputError(`cannot read ${file}: it is a folder (give a file, or a folder of .docx, .txt or .md files)`);
    case "EMFILE":
    case "ENFILE":
      return new InputError(`cannot read ${file}: too many open files (close other programs, or review fewer files at once)`);
    default:
      return new InputError(`cannot read ${file}: ${code ?? (errorMessage(e))}`);
  }
}

/** Plain words for a file-system error while writing `file`. */
export function writeFailure(file: string, e: unknown): InputError {
  const code = (e as Errno)?.code;
  const dir = file.includes("/") || file.includes("\\") ? "its folder" : "the current folder";
  switch (code) {
    case "EACCES":
    case "EPERM":
      return new InputError(`cannot write ${file}: permission denied (choose another -o, or check the permissions of ${dir})`);
    case "EROFS":
      return new InputError(`cannot write ${file}: the disk is read-only (choose another -o)`);
    case "ENOSPC":
    case "EDQUOT":
      return new InputError(`cannot write ${file}: the disk is full (free some space, or choose another -o)`);
    case "EISDIR":
      return new InputError(`cannot write ${file}: a folder has that name (choose another -o)`);
    case "ENOTDIR":
    case "EEXIST":
      return new InputError(`cannot write ${file}: part of the path is a file, not a folder (choose another -o)`);
    case "ENOENT":
      return new InputError(`cannot write ${file}: its folder could not be created (check the path)`);
    default:
      return new InputError(`cannot write ${file}: ${code ?? (errorMessage(e))}`);
  }
}

/** The one line printed for an error (without the "termscore: " prefix). */
export function describe(e: unknown): string {
  if (e instanceof DocxError) {
    if (e.code === "damaged") {
      return "the .docx is damaged or incomplete (a cut-off download or copy?); get the file again, or open it in Word and save it as a new .docx";
    }
    return e.message;
  }
  if (e instanceof InputError || e instanceof PlaybookError) return e.message;
  const code = (e as Errno)?.code;
  if (code === "EPIPE") return "the output pipe was closed";
  return `unexpected error: ${errorMessage(e)} (please report it with the command you ran)`;
}

export function withFile(msg: string, file: string): string {
  return msg.includes(file) ? msg : `${file}: ${msg}`;
}
