import JSZip from "jszip";
import { createDocx } from "../../src/docx/create";
import type { Block, CreateOptions } from "../../src/docx/create";
import { openDocx } from "../../src/docx/package";
import { reviewedText } from "../../src/docx/model";

export const DATE = "2026-11-29T10:00:00Z";
export const OTHER = `w:author="Other Side" w:date="2026-01-02T03:04:05Z"`;

export function docx(blocks: Block[] | string, options?: CreateOptions): Promise<Uint8Array> {
  return createDocx(typeof blocks === "string" ? [{ xml: blocks }] : blocks, options);
}

export async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file("word/document.xml")!.async("string");
}

export async function partText(bytes: Uint8Array, path: string): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(path)?.async("string");
}

export async function texts(bytes: Uint8Array, view: "accept" | "reject"): Promise<string[]> {
  return reviewedText((await openDocx(bytes)).document, view);
}

/** All w:id values of elements with the given local names. */
export function ids(xml: string, names: string[]): string[] {
  const out: string[] = [];
  const re = new RegExp(`<w:(${names.join("|")})\\b[^>]*?\\bw:id="(\\d+)"`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[2]);
  return out;
}

export function span(text: string, words: string): { start: number; end: number; original: string } {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in "${text}"`);
  return { start, end: start + words.length, original: words };
}
