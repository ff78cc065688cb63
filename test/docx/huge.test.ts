/** Huge inputs are reviewed correctly (timing lives in bench/suites/docx.ts, not here). */
import { analyze } from "../../src/engine";
import { createDocx } from "../../src/docx/create";
import { reviewDocx } from "../../src/docx/review";
import { openDocx } from "../../src/docx/package";
import { reviewedText } from "../../src/docx/model";
import { DATE } from "./helpers";

async function roundTrip(bytes: Uint8Array) {
  const copy = bytes.slice();
  const result = await reviewDocx(bytes, { date: DATE });
  expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  const inDoc = (await openDocx(bytes)).document;
  const outDoc = (await openDocx(result.bytes)).document;
  expect(reviewedText(outDoc, "reject")).toEqual(reviewedText(inDoc, "reject"));
  const rescan = analyze(reviewedText(outDoc, "accept").map((text) => ({ text })));
  return { result, rescan };
}

describe("huge documents", () => {
  it("reviews a 10,000-paragraph document completely", async () => {
    const blocks = Array.from({ length: 10000 }, (_, i) => ({
      text: i % 100 === 0 ? "The Agency may use the Deliverables for any purpose." : `Paragraph ${i + 1}: invoices are payable within thirty days.`,
    }));
    const { result, rescan } = await roundTrip(await createDocx(blocks));
    expect(result.paragraphs).toHaveLength(10000);
    expect(result.report.findings).toHaveLength(100);
    expect(result.applied).toBe(100);
    expect(rescan.findings).toEqual([]);
  }, 120000);

  it("reviews a single 1 MB paragraph", async () => {
    const filler = "Each party will keep the other party's confidential information secret. ";
    const text = `${filler.repeat(7000)}The Agency may use the Deliverables for any purpose. ${filler.repeat(7000)}`;
    expect(text.length).toBeGreaterThan(1000000);
    const { result, rescan } = await roundTrip(await createDocx([{ text }]));
    expect(result.report.findings.length).toBeGreaterThan(0);
    expect(result.applied).toBe(result.report.findings.length);
    expect(rescan.findings).toEqual([]);
  }, 120000);
});
