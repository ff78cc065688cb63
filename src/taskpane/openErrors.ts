/**
 * Plain-language messages for a file that cannot be opened in browser mode: what happened and
 * what to do, never a library's raw error. Keyed by the .docx reader's error codes.
 */
import { errorMessage } from "../engine/common/errorMessage";

const BY_CODE: Record<string, string> = {
  empty: "The file is empty. Check that you picked the right file.",
  encrypted: "The document is protected with a password. Open it in Word, remove the password (File › Info › Protect Document), save, and open it here again.",
  "legacy-doc": "This is an older Word file (.doc). Open it in Word, choose File › Save As › Word Document (.docx), and open that copy here.",
  "not-zip": "This is not a Word document (.docx), or it is damaged. Open it in Word and save it as a Word Document (.docx), then try again.",
  "not-word": "This file is not a Word document. Save the contract from Word as a Word Document (.docx) and open that.",
  damaged: "The file is damaged (it may not have finished downloading). Download it again, or open it in Word and save a fresh copy.",
  corrupt: "The file is damaged (it may not have finished downloading). Download it again, or open it in Word and save a fresh copy.",
  "too-large": "This file is too large or unusual to open safely here. Open it in Word and save a fresh copy, or use Word with the TermScore add-in.",
  dtd: "The file contains something TermScore refuses to read for safety. Open it in Word and save a fresh copy.",
  unsupported: "This browser cannot unpack Word files, or the file uses a format Word does not write. Use a current Edge, Chrome, Firefox or Safari, or open the file in Word and save a fresh copy.",
  "no-text": "The document has no text to check. Open the contract itself, not an empty page.",
};

export function plainOpenError(fileName: string, error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const what = BY_CODE[code];
  if (what) return `Could not open “${fileName}”. ${what}`;
  const raw = errorMessage(error);
  // Anything else: still say what to do; the technical words go last, in brackets.
  return `Could not open “${fileName}”. The file could not be read as a Word document. Open it in Word, save it as a Word Document (.docx), and try again. (${raw.slice(0, 120)})`;
}
