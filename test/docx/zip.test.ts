/**
 * The package's own zip (src/docx/zip.ts, the platform's deflate instead of a zip library): what it
 * writes JSZip and LibreOffice-grade readers accept, what it reads is bounded, and it works
 * where the platform cannot deflate.
 */
import JSZip from "jszip";
import { ZipArchive } from "../../src/docx/zip";
import { ZipFormatError } from "../../src/docx/zipError";
import { crc32, decodeUtf8, encodeUtf8 } from "../../src/docx/zipHeaders";

async function jszipOf(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("the package zip", () => {
  test("CRC-32 matches the standard check value", () => {
    expect(crc32(encodeUtf8("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  test("reads a zip another tool wrote, folders, UTF-8 names and all", async () => {
    const zip = ZipArchive.open(await jszipOf({ "a.xml": "<a>é ✓</a>", "dir/": "", "naïve/b.txt": "x".repeat(10000) }));
    expect(zip.names()).toEqual(expect.arrayContaining(["a.xml", "naïve/b.txt"]));
    expect(await zip.text("a.xml")).toBe("<a>é ✓</a>");
    expect(await zip.text("naïve/b.txt")).toBe("x".repeat(10000));
    expect(zip.declaredSize("naïve/b.txt")).toBe(10000);
  });

  test("what it writes reads back in JSZip, changed entries deflated, the others copied byte for byte", async () => {
    const original = await jszipOf({ "keep.bin": new Uint8Array(5000).map((_, i) => i % 7), "change.xml": "<old/>" });
    const zip = ZipArchive.open(original);
    zip.set("change.xml", "<new>" + "ü".repeat(3000) + "</new>");
    zip.set("added/ü.xml", "<added/>");
    const out = await zip.toBytes();
    const back = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(await back.file("change.xml")?.async("string")).toBe("<new>" + "ü".repeat(3000) + "</new>");
    expect(await back.file("added/ü.xml")?.async("string")).toBe("<added/>");
    expect(Array.from((await back.file("keep.bin")?.async("uint8array")) ?? [])).toEqual(Array.from(new Uint8Array(5000).map((_, i) => i % 7)));
    // deflated, not stored: 3,000 repeated characters take far less than 6,000 bytes
    expect(out.length).toBeLessThan(2000);
    // and it reads its own output
    expect(await ZipArchive.open(out).text("added/ü.xml")).toBe("<added/>");
  });

  test("without CompressionStream the entries are stored, and the zip is still valid", async () => {
    const saved = globalThis.CompressionStream;
    try {
      (globalThis as { CompressionStream?: unknown }).CompressionStream = undefined;
      const zip = ZipArchive.create();
      zip.set("a.txt", "a".repeat(4000));
      const out = await zip.toBytes();
      expect(out.length).toBeGreaterThan(4000);
      expect(await (await JSZip.loadAsync(out, { checkCRC32: true })).file("a.txt")?.async("string")).toBe("a".repeat(4000));
    } finally {
      globalThis.CompressionStream = saved;
    }
  });

  test("inflating stops at the cap, and a missing DecompressionStream is said in words", async () => {
    const zip = ZipArchive.open(await jszipOf({ "zeros.bin": new Uint8Array(1024 * 1024) }));
    await expect(zip.read("zeros.bin", 1000)).rejects.toMatchObject({ reason: "too-large" });
    expect((await zip.read("zeros.bin", Infinity, true)).count).toBe(1024 * 1024);
    const saved = globalThis.DecompressionStream;
    try {
      (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
      await expect(zip.read("zeros.bin")).rejects.toThrow(/no DecompressionStream/);
    } finally {
      globalThis.DecompressionStream = saved;
    }
  });

  test("a cut-off file or damaged data is a ZipFormatError, never a crash", async () => {
    const words = Array.from({ length: 3000 }, (_, i) => ((i * 7919) % 1000).toString(36)).join(" ");
    const good = await jszipOf({ "a.txt": words });
    expect(() => ZipArchive.open(good.slice(0, good.length - 30))).toThrow(ZipFormatError);
    const broken = good.slice();
    // scramble the deflated data (just after the 30-byte local header and the 5-byte name)
    for (let i = 40; i < 80; i++) broken[i] ^= 0x5a;
    await expect(ZipArchive.open(broken).text("a.txt")).rejects.toBeInstanceOf(ZipFormatError);
  });

  test("UTF-8 helpers agree with the platform's", () => {
    const s = "Ünïcode ✓ 𝄞";
    expect(decodeUtf8(encodeUtf8(s))).toBe(s);
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe("a");
  });
});

describe("a cut-off .docx, in the words the CLI and the pane use", () => {
  test("every cut gives the CLI's plain 'damaged or incomplete' line and the 'damaged' code", async () => {
    const { describe: say } = await import("../../src/cli/errors");
    const { openDocx, DocxError } = await import("../../src/docx/package");
    const { createDocx } = await import("../../src/docx/create");
    const whole = await createDocx(Array.from({ length: 40 }, (_, i) => ({ text: `Clause ${i}: the Agency may use the Deliverables for any purpose ${i * 7919}.` })));
    for (const cut of [Math.floor(whole.length / 2), whole.length - 10, 200]) {
      const e = await openDocx(whole.subarray(0, cut)).then(
        () => null,
        (x: unknown) => x
      );
      expect(e).toBeInstanceOf(DocxError);
      expect((e as InstanceType<typeof DocxError>).code).toBe("damaged");
      expect(say(e)).toMatch(/^the \.docx is damaged or incomplete/);
    }
  });
});
