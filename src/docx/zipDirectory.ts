/**
 * The sizes a zip's central directory declares for its entries, read from the bytes themselves
 * (PKWARE APPNOTE: end-of-central-directory record, central file headers, zip64 extra field).
 * The package reader (zip.ts) finds every entry through it. Names are decoded as UTF-8.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const ZIP64_EOCD_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_EXTRA = 0x0001;
const MAX32 = 0xffffffff;

/** One central-directory entry: what the zip says about a file in it. */
export interface DirectoryEntry {
  name: string;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  /** Declared uncompressed size. */
  size: number;
  /** Where its local header starts. */
  offset: number;
}

/**
 * The central directory's entries; null when there is no end-of-directory record. `truncated`:
 * fewer entries could be read than the end record counts (the directory is cut off or damaged).
 */
export function readDirectory(bytes: Uint8Array): { entries: DirectoryEntry[]; truncated: boolean } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return null;
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  // zip64: the real count and offset sit in the zip64 end record named by the locator
  const locator = eocd - 20;
  if ((count === 0xffff || offset === MAX32) && locator >= 0 && view.getUint32(locator, true) === ZIP64_EOCD_LOCATOR) {
    const at = Number(view.getBigUint64(locator + 8, true));
    if (at + 56 <= view.byteLength && view.getUint32(at, true) === ZIP64_EOCD) {
      count = Number(view.getBigUint64(at + 32, true));
      offset = Number(view.getBigUint64(at + 48, true));
    }
  }
  const entries: DirectoryEntry[] = [];
  for (let i = 0; i < count && offset + 46 <= view.byteLength; i++) {
    if (view.getUint32(offset, true) !== CENTRAL) break;
    const nameLen = view.getUint16(offset + 28, true);
    const extraLen = view.getUint16(offset + 30, true);
    const commentLen = view.getUint16(offset + 32, true);
    const nameStart = offset + 46;
    if (nameStart + nameLen + extraLen > view.byteLength) break;
    const entry: DirectoryEntry = {
      name: utf8(bytes, nameStart, nameStart + nameLen),
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      time: view.getUint16(offset + 12, true),
      date: view.getUint16(offset + 14, true),
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      offset: view.getUint32(offset + 42, true),
    };
    if (entry.size === MAX32 || entry.compressedSize === MAX32 || entry.offset === MAX32) zip64Fields(view, nameStart + nameLen, extraLen, entry);
    entries.push(entry);
    offset = nameStart + nameLen + extraLen + commentLen;
  }
  return { entries, truncated: entries.length < count };
}

/** The end-of-central-directory record: searched backwards over at most a 64 KiB comment. */
function findEocd(view: DataView): number {
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

/** The zip64 extended-information extra field: the 64-bit values of the fields set to 0xFFFFFFFF, in this order. */
function zip64Fields(view: DataView, start: number, length: number, entry: DirectoryEntry): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const len = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      let p = at + 4;
      const take = (): number | undefined => (p + 8 <= at + 4 + len ? Number(view.getBigUint64((p += 8) - 8, true)) : undefined);
      if (entry.size === MAX32) entry.size = take() ?? entry.size;
      if (entry.compressedSize === MAX32) entry.compressedSize = take() ?? entry.compressedSize;
      if (entry.offset === MAX32) entry.offset = take() ?? entry.offset;
      return;
    }
    at += 4 + len;
  }
}

/**
 * UTF-8 to a string without `TextDecoder`, which some hosts lack (older Office webviews, jsdom).
 * The WHATWG Encoding decoder's steps, so malformed bytes give the same U+FFFD a non-fatal
 * `TextDecoder` gives.
 */
export function utf8(bytes: Uint8Array, from = 0, to = bytes.length): string {
  const points: number[] = [];
  let needed = 0;
  let seen = 0;
  let cp = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b <= 0x7f) points.push(b);
      else if (b >= 0xc2 && b <= 0xdf) { needed = 1; cp = b & 0x1f; }
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2; cp = b & 0x0f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3; cp = b & 0x07;
      } else points.push(0xfffd);
      continue;
    }
    if (b < lower || b > upper) {
      needed = seen = cp = 0; lower = 0x80; upper = 0xbf;
      points.push(0xfffd);
      i--; // the byte starts afresh
      continue;
    }
    lower = 0x80; upper = 0xbf;
    cp = (cp << 6) | (b & 0x3f);
    if (++seen === needed) { points.push(cp); needed = seen = cp = 0; }
  }
  if (needed !== 0) points.push(0xfffd);
  let out = "";
  for (let k = 0; k < points.length; k += 4096) out += String.fromCodePoint(...points.slice(k, k + 4096));
  return out;
}
