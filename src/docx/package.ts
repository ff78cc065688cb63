/**
 * Opening a .docx safely: signature checks, zip-bomb bounds, XML without DTDs.
 *
 * Runs in the browser, in Web Workers and in Node: the platform's deflate (zip.ts) and
 * @xmldom/xmldom, no Node APIs.
 */
import { ZipArchive } from "./zip";
import { ZipFormatError } from "./zipError";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { Document } from "@xmldom/xmldom";
import { errorMessage } from "../engine/common/errorMessage";

/** Bad input: the message is one plain sentence fit for a CLI's stderr or a MessageBar. */
export class DocxError extends Error {
  constructor(
    message: string,
    readonly code: "empty" | "encrypted" | "legacy-doc" | "not-zip" | "damaged" | "corrupt" | "too-large" | "dtd" | "not-word" | "no-text" | "unsupported"
  ) {
    // One printable line, whatever bytes a damaged file put into it.
    const line = Array.from(message, (ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfffd ? "?" : ch;
    }).join("");
    super(line.length > 300 ? `${line.slice(0, 297)}...` : line);
    this.name = "DocxError";
  }
}

export interface OpenLimits {
  /** Total uncompressed size of all entries, bytes. Default 200 MB. */
  maxUncompressed?: number;
  /** Number of entries in the zip. Default 5,000. */
  maxEntries?: number;
}

const DEFAULT_LIMITS: Required<OpenLimits> = { maxUncompressed: 200 * 1024 * 1024, maxEntries: 5000 };

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  if (bytes.length < sig.length) return false;
  return sig.every((b, i) => bytes[i] === b);
}

/** True when `needle` (ASCII) occurs in `bytes` as UTF-16LE. */
function containsUtf16(bytes: Uint8Array, needle: string): boolean {
  const n = needle.length * 2;
  outer: for (let i = 0; i + n <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (bytes[i + 2 * j] !== needle.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/** Reject what is not a .docx before any parsing, with the reason. */
function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new DocxError("the file is empty", "empty");
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (containsUtf16(bytes, "EncryptionInfo") || containsUtf16(bytes, "EncryptedPackage")) {
      throw new DocxError("the document is encrypted or password-protected; remove the password in Word and try again", "encrypted");
    }
    throw new DocxError("this is a legacy Word 97-2003 (.doc) or other OLE file; save it as .docx first", "legacy-doc");
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && !startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    throw new DocxError("not a .docx file (it is not a zip package)", "not-zip");
  }
}

const W_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const OFFICE_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

/** Parse XML, refusing any DTD (so no entity can ever be expanded or fetched). */
export function parseXml(text: string, partName: string): Document {
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) {
    throw new DocxError(`${partName} contains a DTD or entity declaration, which is refused for safety`, "dtd");
  }
  try {
    const parser = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") throw new Error(msg);
      },
    });
    const doc = parser.parseFromString(text, "application/xml");
    if (!doc.documentElement) throw new Error("no root element");
    return doc;
  } catch (e) {
    const why = errorMessage(e, { firstLine: true });
    throw new DocxError(`${partName} is not well-formed XML (${why})`, "corrupt");
  }
}

export function serializeXml(doc: Document): string {
  const s = new XMLSerializer().serializeToString(doc);
  return s.startsWith("<?xml") ? s : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${s}`;
}

/** The opened package: the zip plus the parts the review reads and writes. */
export interface DocxPackage {
  zip: ZipArchive;
  /** Zip path of the main document part, e.g. "word/document.xml". */
  documentPath: string;
  document: Document;
  /** Loaded XML parts by zip path (document, styles, comments, rels, content types). */
  parts: Map<string, Document>;
}

/** A zip entry name fit for a one-line message (names in a damaged directory can be any bytes). */
function safeName(name: string): string {
  const clean = name.replace(/[^\x20-\x7e]/g, "?");
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}

/** The zip's own complaint as the package's: one line, with the code that says what to do. */
function asDocxError(e: unknown, path: string): DocxError {
  if (e instanceof DocxError) return e;
  const why = errorMessage(e, { firstLine: true });
  if (e instanceof ZipFormatError && (e.reason === "unsupported" || e.reason === "encrypted")) return new DocxError(why, e.reason);
  if (e instanceof ZipFormatError && e.reason === "too-large") return new DocxError(`${safeName(path)} inflates beyond its declared size or the size limit (a zip bomb, or a damaged file)`, "too-large");
  return new DocxError(`the .docx package is damaged: ${safeName(path)} cannot be decompressed (${why})`, e instanceof ZipFormatError ? "damaged" : "corrupt");
}

/** Read a part as text, checking it did not inflate beyond what its directory declared. */
export async function readText(pkg: { zip: ZipArchive }, path: string): Promise<string | undefined> {
  if (!pkg.zip.has(path) || pkg.zip.isFolder(path)) return undefined;
  try {
    return await pkg.zip.text(path, pkg.zip.declaredSize(path) ?? Infinity);
  } catch (e) {
    throw asDocxError(e, path);
  }
}

function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i + 1);
}

export function relsPathOf(path: string): string {
  const i = path.lastIndexOf("/");
  return `${path.slice(0, i + 1)}_rels/${path.slice(i + 1)}.rels`;
}

/** Resolve a relationship target relative to the part that owns it. */
export function resolveTarget(ownerPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (dirOf(ownerPath) + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

export async function openDocx(data: ArrayBuffer | Uint8Array, limits: OpenLimits = {}): Promise<DocxPackage> {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  sniff(bytes);
  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(bytes);
  } catch (e) {
    const why = errorMessage(e);
    throw new DocxError(`the .docx package is damaged (${why.split("\n")[0]})`, e instanceof ZipFormatError ? (e.reason === "too-large" ? "corrupt" : e.reason) : "corrupt");
  }
  const names = zip.names();
  if (names.length > lim.maxEntries) {
    throw new DocxError(`the package has ${names.length} entries, more than the ${lim.maxEntries} allowed`, "too-large");
  }
  let total = 0;
  for (const n of names) total += zip.declaredSize(n) ?? 0;
  if (total > lim.maxUncompressed) {
    throw new DocxError(
      `the package would inflate to ${Math.round(total / 1048576)} MB, more than the ${Math.round(lim.maxUncompressed / 1048576)} MB allowed (a zip bomb?)`,
      "too-large"
    );
  }
  // Inflate every entry once, counting bytes and stopping as soon as one grows past its declared
  // size or the total past the limit: memory stays bounded even when the directory lies.
  let inflated = 0;
  for (const n of names) {
    if (zip.isFolder(n)) continue;
    try {
      inflated += (await zip.read(n, Math.min(zip.declaredSize(n) ?? Infinity, lim.maxUncompressed - inflated), true)).count;
    } catch (e) {
      throw asDocxError(e, n);
    }
  }
  const parts = new Map<string, Document>();
  const pkg = { zip, parts } as DocxPackage;
  let documentPath = "word/document.xml";
  const rootRels = await readText(pkg, "_rels/.rels");
  if (rootRels !== undefined) {
    const rels = parseXml(rootRels, "_rels/.rels");
    const list = rels.getElementsByTagName("Relationship");
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (r.getAttribute("Type") === OFFICE_DOC_REL && r.getAttribute("TargetMode") !== "External") {
        documentPath = resolveTarget("", r.getAttribute("Target") ?? documentPath);
      }
    }
  }
  const docText = await readText(pkg, documentPath);
  if (docText === undefined) throw new DocxError("not a Word document (the package has no main document part)", "not-word");
  const document = parseXml(docText, documentPath);
  const root = document.documentElement;
  if (!root || root.localName !== "document" || root.namespaceURI !== W_MAIN) {
    throw new DocxError("not a Word document (unexpected main part; Strict Open XML is not supported)", "not-word");
  }
  pkg.documentPath = documentPath;
  pkg.document = document;
  parts.set(documentPath, document);
  return pkg;
}

/** Load (and cache) another XML part of the package; undefined when absent. */
export async function loadPart(pkg: DocxPackage, path: string): Promise<Document | undefined> {
  const cached = pkg.parts.get(path);
  if (cached) return cached;
  const text = await readText(pkg, path);
  if (text === undefined) return undefined;
  const doc = parseXml(text, path);
  pkg.parts.set(path, doc);
  return doc;
}
