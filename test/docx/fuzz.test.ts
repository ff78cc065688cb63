/**
 * Malformed packages: random byte flips, truncations and garbage inside a valid .docx either
 * open correctly or fail with a DocxError (a one-line reason) — never another exception.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { DocxError } from "../../src/docx/package";
import { reviewDocx } from "../../src/docx/review";
import { DATE } from "./helpers";
import { generateDocx } from "../support/generate";

async function outcome(data: Uint8Array): Promise<string> {
  try {
    await reviewDocx(data, { date: DATE });
    return "ok";
  } catch (e) {
    if (e instanceof DocxError) {
      expect(e.message).not.toMatch(/\n/);
      expect([...e.message].every((ch) => ch >= " " && ch !== "\ufffd")).toBe(true);
      return e.code;
    }
    throw e;
  }
}

describe("malformed .docx packages", () => {
  let base: Uint8Array;
  let stored: Uint8Array;
  beforeAll(async () => {
    base = await generateDocx(42, { redlines: true });
    stored = await (await JSZip.loadAsync(base)).generateAsync({ type: "uint8array", compression: "STORE" });
  });

  it("byte flips anywhere in a deflated or stored package", async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (useStored, flips) => {
        const data = (useStored ? stored : base).slice();
        for (const [at, b] of flips) data[at % data.length] = b;
        await outcome(data);
      }),
      { numRuns: 300, seed: 7 }
    );
  }, 120000);

  it("truncations", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100000 }), async (n) => {
        expect(await outcome(base.slice(0, n % base.length))).not.toBe("ok");
      }),
      { numRuns: 100, seed: 8 }
    );
  }, 120000);

  it("garbage XML in the parts it reads", async () => {
    const parts = ["word/document.xml", "word/styles.xml", "word/comments.xml", "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...parts), fc.string({ maxLength: 200 }), async (part, junk) => {
        const zip = await JSZip.loadAsync(base);
        const text = (await zip.file(part)?.async("string")) ?? "";
        const cut = Math.floor(text.length / 2);
        zip.file(part, text.slice(0, cut) + junk + text.slice(cut));
        await outcome(await zip.generateAsync({ type: "uint8array" }));
      }),
      { numRuns: 200, seed: 9 }
    );
  }, 120000);
});
