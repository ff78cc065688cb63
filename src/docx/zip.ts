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
import { readDirectory, type DirectoryEntry } from "./zipDirectory";
import { ZipFormatError } from "./zipError";
import { LOCAL, centralHeader, crc32, decodeUtf8, dosDateTime, encodeUtf8, localHeader, type EntryHead } from "./zipHeaders";
import { concat, deflate, inflate } from "./zipStreams";

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
      if (e.flags & 1) throw new ZipFormatError(`${e.name} is encrypted`, "encrypted");
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

