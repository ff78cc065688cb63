/**
 * Nothing lost, over 1,000 generated contracts: apply every suggestion to the .docx, then
 * reject-all gives the original text exactly and accept-all, scanned again, has none of the
 * fixed risks. Accept / reject are simulated on the XML here; libreoffice.test.ts checks a
 * sample of the same contracts with LibreOffice.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { analyze, findAddendum } from "../../src/engine";
import type { Position } from "../../src/engine/types";
import { reviewDocx } from "../../src/docx/review";
import { openDocx } from "../../src/docx/package";
import { reviewedText } from "../../src/docx/model";
import { DATE, ids } from "./helpers";
import { generateDocx } from "../support/generate";

const RUNS = Number(process.env.TERMSCORE_PROPERTY_RUNS ?? 1000);

async function check(seed: number, position: Position, commentOnly: boolean): Promise<void> {
  const input = await generateDocx(seed, { redlines: true });
  const inputCopy = input.slice();
  const inDoc = (await openDocx(input)).document;
  const result = await reviewDocx(input, { date: DATE, position, commentOnly });
  expect(Buffer.from(input).equals(Buffer.from(inputCopy))).toBe(true);
  const outDoc = (await openDocx(result.bytes)).document;

  // Reject all: the document as it was before anyone's changes, exactly.
  expect(reviewedText(outDoc, "reject")).toEqual(reviewedText(inDoc, "reject"));

  // Every finding was written: none stale, none refused as overlapping.
  expect(result.notApplied).toEqual([]);
  expect(result.applied).toBe(result.report.findings.length);

  const accepted = reviewedText(outDoc, "accept");
  const before = reviewedText(inDoc, "accept");
  if (commentOnly) {
    // the text is untouched; the addendum, when inserted, is one block (before the signatures or at the end)
    const at = findAddendum(accepted.map((text) => ({ text })));
    const withoutAddendum = at >= 0 ? [...accepted.slice(0, at), ...accepted.slice(at + accepted.length - before.length)] : accepted;
    expect(withoutAddendum).toEqual(before);
  } else {
    // Accept all: scanned again, none of the fixed risks is left.
    const rescan = analyze(accepted.map((text) => ({ text })));
    const fixed = new Set(result.report.findings.map((f) => `${f.ruleId}@${f.paragraph}`));
    const left = rescan.findings.filter((f) => fixed.has(`${f.ruleId}@${f.paragraph}`));
    expect(left.map((f) => `${f.ruleId}: ${f.trigger} in "${accepted[f.paragraph]}"`)).toEqual([]);
  }
  if (result.addendum === "inserted") expect(findAddendum(accepted.map((text) => ({ text })))).toBeGreaterThanOrEqual(0);

  // New ids never collide.
  const xml = await (await JSZip.loadAsync(result.bytes)).file("word/document.xml")!.async("string");
  const changeIds = ids(xml, ["ins", "del"]);
  expect(new Set(changeIds).size).toBe(changeIds.length);
}

describe("round trip over generated contracts", () => {
  it(`reject-all restores, accept-all fixes (${RUNS} contracts)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom<Position>("primary", "opt-out", "project-scope"), fc.boolean(), async (seed, position, comments) => {
        await check(seed, position, comments && seed % 5 === 0);
      }),
      { numRuns: RUNS, seed: 20261129 }
    );
  }, 600000);
});
