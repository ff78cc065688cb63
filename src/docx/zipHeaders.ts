/** The zip's fixed-layout records (PKWARE APPNOTE): local and central headers, DOS dates, CRC-32, UTF-8 names. */
import { utf8 } from "./zipDirectory";

export const LOCAL = 0x04034b50;
export const CENTRAL = 0x02014b50;

export interface EntryHead {
  method: number;
  crc: number;
  compressed: number;
  size: number;
  time: number;
  date: number;
}

export function localHeader(h: EntryHead, flags: number, name: Uint8Array): Uint8Array {
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

export function centralHeader(h: EntryHead, flags: number, name: Uint8Array, offset: number): Uint8Array {
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
export function dosDateTime(d: Date): { time: number; date: number } {
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
