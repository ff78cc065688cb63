/**
 * The .docx package's zip, read and written with the platform's own deflate
 * (`DecompressionStream` / `CompressionStream` "deflate-raw": browsers, Web Workers, Node 20) and
 * the central directory read by zipDirectory.ts (PKWARE APPNOTE). No zip library: the pane's
 * bundle stays small and nothing here can hold more inflated bytes than the caller allows.
 *
 * Writing copies every entry that was not replaced byte for byte (its compressed data as it
 * was), and deflates the replaced and new ones; where the platform has no CompressionStream
 * they are stored uncompressed (a valid zip all the same).
 */
import { readDirectory, utf8, type DirectoryEntry } from "./zipDirectory";
import { errorMessage } from "../engine/common/errorMessage";

/** Something is wrong with the zip itself; the message is one plain line. */
export class ZipFormatError extends Error {
  constructor(
    message: string,
    readonly reason: "damaged" | "too-large" | "unsupported"
  ) {
    super(message);
    this.name = "ZipFormatError";
  }
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
const UTF8_NAMES = 0x0800;

interface NewEntry {
  name: string;
  data: Uint8Array;
  date: Date;
}

/** A zip opened from bytes: entries listed, read with a bound, replaced, and written out again. */
export class ZipArchive {
  private readonly entries = new Map<string, DirectoryEntry>();
  private readonly replaced = new Map<string, NewEntry>();

  private constructor(
    private readonly bytes: Uint8Array,
    entries: readonly DirectoryEntry[]
  ) {
    for (const e of entries) this.entries.set(e.name, e);
  }

  /** Reads the central directory (nothing is inflated yet). */
  static open(bytes: Uint8Array): ZipArchive {
    const dir = readDirectory(bytes);
    if (!dir) throw new ZipFormatError("no end of central directory record: the file is cut off or is not a zip", "damaged");
    if (dir.truncated) throw new ZipFormatError("the central directory ends early (end of data): the file is cut off or damaged", "damaged");
    for (const e of dir.entries) {
      if (e.flags & 1) throw new ZipFormatError(`${e.name} is encrypted`, "unsupported");
      if (e.method !== STORED && e.method !== DEFLATED) throw new ZipFormatError(`${e.name} uses a compression method (${e.method}) Word does not write`, "unsupported");
    }
    return new ZipArchive(bytes, dir.entries);
  }

  /** An empty zip, to be filled with `set`. */
  static create(): ZipArchive {
    return new ZipArchive(new Uint8Array(0), []);
  }

  /** Every entry name, folders included (they end with "/"), in directory order, new ones last. */
  names(): string[] {
    const out = [...this.entries.keys()];
    for (const n of this.replaced.keys()) if (!this.entries.has(n)) out.push(n);
    return out;
  }

  has(name: string): boolean {
    return this.entries.has(name) || this.replaced.has(name);
  }

  isFolder(name: string): boolean {
    return name.endsWith("/");
  }

  /** The uncompressed size the directory declares (undefined for entries added since). */
  declaredSize(name: string): number | undefined {
    return this.replaced.has(name) ? undefined : this.entries.get(name)?.size;
  }

  /**
   * The entry's bytes, inflated; refuses (without inflating the rest) once they pass `cap` bytes.
   * With `discard`, the bytes are only counted: the result is empty, its length given by `count`.
   */
  async read(name: string, cap = Infinity, discard = false): Promise<{ data: Uint8Array; count: number }> {
    const added = this.replaced.get(name);
    if (added) return { data: added.data, count: added.data.length };
    const e = this.entries.get(name);
    if (!e) throw new ZipFormatError(`${name} is not in the package`, "damaged");
    const raw = this.rawData(e);
    if (e.method === STORED) {
      if (raw.length > cap) throw new ZipFormatError(`${name} is larger than its declared size or the size limit`, "too-large");
      return { data: discard ? new Uint8Array(0) : raw, count: raw.length };
    }
    return inflate(raw, cap, name, discard);
  }

  /** The entry as UTF-8 text (a byte-order mark dropped). */
  async text(name: string, cap = Infinity): Promise<string> {
    return decodeUtf8((await this.read(name, cap)).data);
  }

  /** Adds or replaces an entry. */
  set(name: string, content: string | Uint8Array, date = new Date()): void {
    this.replaced.set(name, { name, data: typeof content === "string" ? encodeUtf8(content) : content, date });
  }

  /** The whole zip as bytes: unchanged entries copied as they were, replaced and new ones deflated. */
  async toBytes(): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    const central: Uint8Array[] = [];
    let offset = 0;
    for (const name of this.names()) {
      const added = this.replaced.get(name);
      const nameBytes = encodeUtf8(name);
      let head: EntryHead;
      let data: Uint8Array;
      if (added) {
        const deflated = added.data.length > 0 && !this.isFolder(name) ? await deflate(added.data) : null;
        data = deflated ?? added.data;
        head = { method: deflated ? DEFLATED : STORED, crc: crc32(added.data), compressed: data.length, size: added.data.length, ...dosDateTime(added.date) };
      } else {
        const e = this.entries.get(name) as DirectoryEntry;
        data = this.rawData(e);
        head = { method: e.method, crc: e.crc, compressed: data.length, size: e.size, time: e.time, date: e.date };
      }
      if (offset > 0xfffffffe || head.size > 0xfffffffe || head.compressed > 0xfffffffe) throw new ZipFormatError("the package is too large to write", "too-large");
      const flags = /[^\x20-\x7e]/.test(name) ? UTF8_NAMES : 0;
      parts.push(localHeader(head, flags, nameBytes), data);
      central.push(centralHeader(head, flags, nameBytes, offset));
      offset += 30 + nameBytes.length + data.length;
    }
    const dirSize = central.reduce((n, c) => n + c.length, 0);
    const count = central.length;
    if (count > 0xfffe) throw new ZipFormatError("the package has too many entries to write", "too-large");
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, EOCD, true);
    v.setUint16(8, count, true);
    v.setUint16(10, count, true);
    v.setUint32(12, dirSize, true);
    v.setUint32(16, offset, true);
    return concat([...parts, ...central, end]);
  }

  /** The entry's stored (compressed) bytes, found through its local header. */
  private rawData(e: DirectoryEntry): Uint8Array {
    const b = this.bytes;
    const at = e.offset;
    if (at + 30 > b.length) throw new ZipFormatError(`${e.name} lies beyond the end of data: the file is cut off`, "damaged");
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    if (v.getUint32(at, true) !== LOCAL) throw new ZipFormatError(`${e.name} has no local header where the directory says`, "damaged");
    const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
    const end = start + e.compressedSize;
    if (end > b.length) throw new ZipFormatError(`${e.name} runs past the end of data: the file is cut off`, "damaged");
    return b.subarray(start, end);
  }
}

interface EntryHead {
  method: number;
  crc: number;
  compressed: number;
  size: number;
  time: number;
  date: number;
}

function localHeader(h: EntryHead, flags: number, name: Uint8Array): Uint8Array {
  const out = new Uint8Array(30 + name.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, LOCAL, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, flags, true);
  v.setUint16(8, h.method, true);
  v.setUint16(10, h.time, true);
  v.setUint16(12, h.date, true);
  v.setUint32(14, h.crc, true);
  v.setUint32(18, h.compressed, true);
  v.setUint32(22, h.size, true);
  v.setUint16(26, name.length, true);
  out.set(name, 30);
  return out;
}

function centralHeader(h: EntryHead, flags: number, name: Uint8Array, offset: number): Uint8Array {
  const out = new Uint8Array(46 + name.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, CENTRAL, true);
  v.setUint16(4, 20, true);
  v.setUint16(6, 20, true);
  v.setUint16(8, flags, true);
  v.setUint16(10, h.method, true);
  v.setUint16(12, h.time, true);
  v.setUint16(14, h.date, true);
  v.setUint32(16, h.crc, true);
  v.setUint32(20, h.compressed, true);
  v.setUint32(24, h.size, true);
  v.setUint16(28, name.length, true);
  v.setUint32(42, offset, true);
  out.set(name, 46);
  return out;
}

/** MS-DOS time and date fields (local time, 2-second steps, from 1980). */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, d.getFullYear()));
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

let CRC_TABLE: Uint32Array | null = null;

/** CRC-32 (IEEE 802.3, the zip's checksum). */
export function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  const t = CRC_TABLE;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = t[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

type Stream = { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> };
type StreamCtor = new (format: string) => Stream;

/** The platform's (de)compression stream for raw deflate; undefined where there is none. */
function platformStream(kind: "DecompressionStream" | "CompressionStream"): (() => Stream) | undefined {
  const Ctor = (globalThis as Record<string, unknown>)[kind];
  if (typeof Ctor !== "function") return undefined;
  return () => {
    try {
      return new (Ctor as StreamCtor)("deflate-raw");
    } catch {
      // Node before 20.12 and browsers of 2022 know "deflate" but not "deflate-raw"
      throw new ZipFormatError(`this ${typeof window === "undefined" && typeof self === "undefined" ? "Node.js" : "browser"} cannot unpack .docx files (its ${kind} has no "deflate-raw"); use a newer version`, "unsupported");
    }
  };
}

async function inflate(raw: Uint8Array, cap: number, name: string, discard: boolean): Promise<{ data: Uint8Array; count: number }> {
  const make = platformStream("DecompressionStream");
  if (!make) throw new ZipFormatError("this browser cannot unpack .docx files (it has no DecompressionStream); use a current Edge, Chrome, Firefox or Safari", "unsupported");
  const stream = make();
  const writer = stream.writable.getWriter();
  // errors surface on the reading side; these two only must not go unhandled
  writer.write(raw).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let count = 0;
  for (;;) {
    let step: ReadableStreamReadResult<Uint8Array>;
    try {
      step = await reader.read();
    } catch (e) {
      const why = errorMessage(e);
      throw new ZipFormatError(`${name} cannot be decompressed (${why.split("\n")[0]})`, "damaged");
    }
    if (step.done) break;
    count += step.value.length;
    if (count > cap) {
      reader.cancel().catch(() => undefined);
      throw new ZipFormatError(`${name} inflates beyond its declared size or the size limit`, "too-large");
    }
    if (!discard) chunks.push(step.value);
  }
  return { data: concat(chunks), count };
}

/** Deflated bytes, or null where the platform cannot deflate (the entry is then stored). */
async function deflate(data: Uint8Array): Promise<Uint8Array | null> {
  const make = platformStream("CompressionStream");
  if (!make) return null;
  let stream: Stream;
  try {
    stream = make();
  } catch {
    return null;
  }
  const writer = stream.writable.getWriter();
  writer.write(data).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  for (;;) {
    const step = await reader.read();
    if (step.done) break;
    chunks.push(step.value);
  }
  return concat(chunks);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** UTF-8 bytes of a string (TextEncoder where the platform has one). */
export function encodeUtf8(s: string): Uint8Array {
  if (typeof TextEncoder === "function") return new TextEncoder().encode(s);
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}

/** Text of UTF-8 bytes, a leading byte-order mark dropped (TextDecoder where the platform has one). */
export function decodeUtf8(bytes: Uint8Array): string {
  if (typeof TextDecoder === "function") return new TextDecoder("utf-8").decode(bytes);
  const s = utf8(bytes);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
