/**
 * Plain text and Markdown contracts as paragraphs: the one reader for .txt and .md files, used by
 * the CLI and usable wherever a text file is read (no Node and no DOM: bytes in, paragraphs out).
 * Line N is paragraph N, so a finding's paragraph number is the file's line number; Markdown
 * headings become heading levels and Markdown's inline formatting is dropped.
 */
import type { Paragraph } from "../engine/types";
import { withoutMarkup } from "../engine/text";

/** A text file that cannot be read as a contract, with a message that says what to do. */
export class TextFormatError extends Error {}

/** A Markdown heading line ("## 3. Licence"). */
const MD_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;

/** True when the text starts like Markdown: a heading line within its first 64 KB. */
export function looksLikeMarkdown(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 64 * 1024));
  return /^ {0,3}#{1,6}[ \t]+\S/m.test(head);
}

/** .txt / .md bytes as paragraphs; `name` is used in messages. Throws TextFormatError. */
export function textParagraphs(bytes: Uint8Array, markdown: boolean, name: string): Paragraph[] {
  if (bytes.length === 0) throw new TextFormatError(`${name} is empty`);
  if (bytes.indexOf(0) >= 0) throw new TextFormatError(`${name} contains binary data, not text (for a .docx on standard input use --stdin-format docx)`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new TextFormatError(`${name} is not UTF-8 text (binary data? save it as UTF-8 text)`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new TextFormatError(`${name} has no text to review`);
  // a Markdown paragraph is read as the words it shows: emphasis marks, code quotes, inline tags and link targets are formatting
  return text.split(/\r\n|\r|\n/).map((line) => {
    const m = markdown ? MD_HEADING.exec(line) : null;
    if (m) return { text: withoutMarkup(m[2]), headingLevel: m[1].length, style: `Heading ${m[1].length}` };
    return { text: markdown ? withoutMarkup(line) : line };
  });
}
