/**
 * Raw deflate through the platform's own streams (`DecompressionStream` / `CompressionStream`
 * "deflate-raw": browsers, Web Workers, Node 20), inflating never more than the caller allows.
 */
import { errorMessage } from "../engine/common/errorMessage";
import { ZipFormatError } from "./zipError";

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

export async function inflate(raw: Uint8Array, cap: number, name: string, discard: boolean): Promise<{ data: Uint8Array; count: number }> {
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
export async function deflate(data: Uint8Array): Promise<Uint8Array | null> {
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

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
