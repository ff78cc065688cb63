/** readDirectory: the central directory read from the bytes, as the package checks need it. */
import JSZip from "jszip";
import { TextDecoder as NodeTextDecoder } from "util";
import { readDirectory, utf8 } from "../../src/docx/zipDirectory";

/** Declared uncompressed size by entry name (the largest, if a name repeats); empty when the directory cannot be read. */
function declaredSizes(bytes: Uint8Array): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of readDirectory(bytes)?.entries ?? []) out.set(e.name, Math.max(e.size, out.get(e.name) ?? 0));
  return out;
}

async function zipOf(files: Record<string, string>, comment?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", comment });
}

test("every entry's declared size, by name, UTF-8 names included; a trailing comment does not hide the directory", async () => {
  const bytes = await zipOf({ "word/document.xml": "x".repeat(5000), "docProps/é-notes.txt": "héllo", "empty.txt": "" }, "a zip comment");
  expect(Object.fromEntries(declaredSizes(bytes))).toEqual({ "word/": 0, "word/document.xml": 5000, "docProps/": 0, "docProps/é-notes.txt": 6, "empty.txt": 0 });
});

test("a directory that lies is read as it lies (the inflate check then catches it)", async () => {
  const bytes = await zipOf({ "a.txt": "y".repeat(1000) });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + 24, 10, true);
      break;
    }
  }
  expect(declaredSizes(bytes).get("a.txt")).toBe(10);
});

test("bytes that are no zip, or a cut-off directory, give an empty map rather than throwing", async () => {
  expect(declaredSizes(new Uint8Array([1, 2, 3])).size).toBe(0);
  const bytes = await zipOf({ "a.txt": "z" });
  expect(() => declaredSizes(bytes.subarray(0, bytes.length - 30))).not.toThrow();
});

describe("utf8: names decoded without TextDecoder (older Office webviews and jsdom have none)", () => {
  const reference = new NodeTextDecoder("utf-8");
  it("matches a non-fatal TextDecoder on well-formed and malformed bytes", () => {
    const samples: number[][] = [
      [...Buffer.from("word/document.xml")],
      [...Buffer.from("Verträge/Ünterschrift – 合同 😀.xml")],
      [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xf4, 0x90, 0x80, 0x80], [0x80, 0x41], [0xf0, 0x9f, 0x98],
    ];
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      const len = 1 + (n % 9);
      const row: number[] = [];
      for (let k = 0; k < len; k++) { seed = (seed * 1103515245 + 12345) >>> 0; row.push(seed >>> 24); }
      samples.push(row);
    }
    for (const s of samples) {
      const bytes = Uint8Array.from(s);
      expect([s, utf8(bytes)]).toEqual([s, reference.decode(bytes)]);
    }
  });
});
