import JSZip from "jszip";
import { DocxError, openDocx } from "../../src/docx/package";
import { DocxWriter } from "../../src/docx/writer";
import { docx } from "./helpers";

async function code(data: Uint8Array, limits?: Parameters<typeof openDocx>[1]): Promise<string> {
  try {
    await openDocx(data, limits);
    return "ok";
  } catch (e) {
    if (!(e instanceof DocxError)) throw e;
    expect(e.message).not.toMatch(/\n/);
    return e.code;
  }
}

/** Rewrite the uncompressed-size fields of one entry, in its local header and the central directory. */
export function forgeSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  const matches = (at: number) => nameBytes.every((b, i) => out[at + i] === b);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50 && view.getUint16(i + 26, true) === nameBytes.length && matches(i + 30)) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50 && view.getUint16(i + 28, true) === nameBytes.length && matches(i + 46)) view.setUint32(i + 24, size, true);
  }
  return out;
}

async function withPart(path: string, content: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await docx(`<w:p><w:r><w:t>x</w:t></w:r></w:p>`));
  zip.file(path, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function ole(extra: string): Uint8Array {
  const head = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const body = Array.from(extra).flatMap((ch) => [ch.charCodeAt(0), 0]);
  return new Uint8Array([...head, ...new Array(504).fill(0), ...body, 0, 0]);
}

describe("opening hostile or wrong files", () => {
  it("accepts a real .docx", async () => {
    expect(await code(await docx(`<w:p><w:r><w:t>x</w:t></w:r></w:p>`))).toBe("ok");
  });

  it("refuses an empty file, a non-zip, a truncated zip, a .doc and an encrypted document", async () => {
    expect(await code(new Uint8Array())).toBe("empty");
    expect(await code(new TextEncoder().encode("Just some text, not a package."))).toBe("not-zip");
    const good = await docx(`<w:p><w:r><w:t>x</w:t></w:r></w:p>`);
    expect(await code(good.slice(0, Math.floor(good.length / 2)))).toBe("damaged");
    expect(await code(ole("WordDocument"))).toBe("legacy-doc");
    // a zip whose entries are encrypted (flag bit 0 in every header): the code says so, not the message
    const locked = good.slice();
    const v = new DataView(locked.buffer);
    for (let i = 0; i + 4 <= locked.length; i++) {
      if (v.getUint32(i, true) === 0x04034b50) locked[i + 6] |= 1;
      if (v.getUint32(i, true) === 0x02014b50) locked[i + 8] |= 1;
    }
    expect(await code(locked)).toBe("encrypted");
    expect(await code(ole("EncryptionInfo"))).toBe("encrypted");
    await expect(openDocx(ole("EncryptedPackage"))).rejects.toThrow(/password/);
  });

  it("refuses a zip without a Word document, or with a different main part", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    expect(await code(await zip.generateAsync({ type: "uint8array" }))).toBe("not-word");
    expect(await code(await withPart("word/document.xml", `<?xml version="1.0"?><x:document xmlns:x="urn:other"/>`))).toBe("not-word");
  });

  it("never resolves a DTD or an entity: any <!DOCTYPE is refused, in every part it reads", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await code(await withPart("word/document.xml", xxe))).toBe("dtd");
    expect(await code(await withPart("_rels/.rels", `<?xml version="1.0"?><!DOCTYPE r SYSTEM "http://example.invalid/r.dtd"><Relationships/>`))).toBe("dtd");
    const styles = await withPart("word/styles.xml", `<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaa">]><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`);
    await expect(DocxWriter.open(styles)).rejects.toMatchObject({ code: "dtd" });
  });

  it("refuses malformed XML with a one-line message", async () => {
    expect(await code(await withPart("word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`))).toBe("corrupt");
  });

  it("bounds the uncompressed size from the zip directory before inflating anything (zip bomb)", async () => {
    const base = await docx(`<w:p><w:r><w:t>x</w:t></w:r></w:p>`);
    expect(await code(forgeSize(base, "word/styles.xml", 0x7fffffff))).toBe("too-large");
    // A real bomb: 8 MB of zeros that deflates to a few KB, against a 1 MB budget.
    const zip = await JSZip.loadAsync(base);
    zip.file("word/media/zeros.bin", new Uint8Array(8 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(await code(bomb, { maxUncompressed: 1024 * 1024 })).toBe("too-large");
    expect(await code(bomb)).toBe("ok");
  });

  it("refuses a part that inflates beyond its declared size", async () => {
    const big = await withPart("word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${"a".repeat(100000)}</w:t></w:r></w:p></w:body></w:document>`);
    const result = await code(forgeSize(big, "word/document.xml", 1000));
    expect(["too-large", "corrupt"]).toContain(result);
  });

  it("stops inflating an entry whose directory lies about its size, media included", async () => {
    const zip = await JSZip.loadAsync(await docx(`<w:p><w:r><w:t>x</w:t></w:r></w:p>`));
    zip.file("word/media/image1.png", new Uint8Array(64 * 1024 * 1024));
    const bomb = forgeSize(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), "word/media/image1.png", 1000);
    const before = process.memoryUsage().arrayBuffers;
    await expect(openDocx(bomb)).rejects.toMatchObject({ code: "too-large" });
    // It stopped long before holding the 64 MB.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  });

  it("bounds the number of entries", async () => {
    const zip = await JSZip.loadAsync(await docx(`<w:p><w:r><w:t>x</w:t></w:r></w:p>`));
    for (let i = 0; i < 60; i++) zip.file(`customXml/item${i}.xml`, "<a/>");
    const data = await zip.generateAsync({ type: "uint8array" });
    expect(await code(data, { maxEntries: 50 })).toBe("too-large");
  });
});
