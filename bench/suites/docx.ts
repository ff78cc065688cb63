/**
 * .docx benchmark: end-to-end review (open, read, analyze, write every suggestion as a tracked
 * change with its comment, append the addendum, zip the new file) of a generated 300-page
 * contract, plus a 10,000-paragraph document and a single 1 MB paragraph.
 */
import { createDocx } from "../../src/docx/create";
import type { Block } from "../../src/docx/create";
import { reviewDocx } from "../../src/docx/review";
import { NEUTRAL, RISKY, rng } from "../../test/support/generate";
import type { BenchRow } from "../types";

export type { BenchRow };

const FILLER = [
  "The Contractor will deliver each milestone on the dates in the schedule and will tell the Agency promptly about any delay.",
  "Invoices are payable within thirty (30) days; late amounts bear interest at one percent per month or the maximum legal rate, if lower.",
  "Each party will keep the other party's confidential information secret and use it only to perform this Agreement.",
  "Neither party is liable for any failure caused by events beyond its reasonable control, such as fire, flood or a general outage.",
  "The parties will first try in good faith to settle any dispute through a meeting of senior representatives.",
];

/** About 3,000 characters (roughly one page) per page: a heading, prose, and a risky clause every other page. */
export function pages(n: number, seed = 7): Block[] {
  const r = rng(seed);
  const fill = (s: string) => s.replace(/\{A\}/g, "Agency").replace(/\{C\}/g, "Contractor").replace(/\{W\}/g, "Deliverables");
  const blocks: Block[] = [{ text: "Master Services Agreement", style: "Title" }];
  for (let p = 0; p < n; p++) {
    blocks.push({ text: `${p + 1}. Section ${p + 1}`, style: "Heading1" });
    for (let i = 0; i < 10; i++) blocks.push({ text: `${p + 1}.${i + 1} ${FILLER[(p + i) % FILLER.length]} ${FILLER[(p + i + 2) % FILLER.length]} ${fill(NEUTRAL[Math.floor(r() * 3)])}` });
    if (p % 2 === 0) blocks.push({ text: `${p + 1}.6 ${fill(RISKY[Math.floor(r() * RISKY.length)])}` });
    if (p % 25 === 0) blocks.push({ table: [["Milestone", "Due"], [`Phase ${p + 1}`, "30 days after signature"]] });
  }
  return blocks;
}

async function time(bytes: Uint8Array): Promise<{ ms: number; findings: number; applied: number }> {
  const t0 = performance.now();
  const r = await reviewDocx(bytes, { date: "2026-01-01T00:00:00Z" });
  return { ms: performance.now() - t0, findings: r.report.findings.length, applied: r.applied };
}

export async function run(): Promise<BenchRow[]> {
  const blocks = pages(300);
  const chars = blocks.reduce((n, b) => n + ("text" in b ? b.text.length : 0), 0);
  const doc300 = await createDocx(blocks);
  await time(await createDocx(pages(20))); // warm-up
  const runs = [await time(doc300), await time(doc300), await time(doc300)];
  const best = runs.reduce((a, b) => (a.ms <= b.ms ? a : b));
  const tenK = await createDocx(Array.from({ length: 10000 }, (_, i) => ({ text: i % 50 === 0 ? "The Agency may use the Deliverables for any purpose." : `Paragraph ${i + 1}: ${FILLER[i % FILLER.length]}` })));
  const big = await time(tenK);
  const mb = await createDocx([{ text: "The Agency may use the Deliverables for any purpose. " + FILLER.join(" ").repeat(Math.ceil(1048576 / FILLER.join(" ").length)) }]);
  const one = await time(mb);
  return [
    { name: `docx: review 300 pages end to end (${blocks.length} paragraphs, ${(chars / 1e6).toFixed(2)} M chars, ${best.findings} findings, ${best.applied} written)`, value: Math.round(best.ms), unit: "ms", target: "≤ 2000", pass: best.ms <= 2000 && best.applied === best.findings },
    { name: "docx: 300-page throughput", value: (chars / 1e6 / (best.ms / 1000)).toFixed(2), unit: "M chars/s" },
    { name: `docx: review 10,000 paragraphs (${big.findings} findings)`, value: Math.round(big.ms), unit: "ms", target: "≤ 4000", pass: big.ms <= 4000 && big.applied === big.findings },
    { name: `docx: review a single 1 MB paragraph (${one.findings} findings)`, value: Math.round(one.ms), unit: "ms", target: "≤ 2000", pass: one.ms <= 2000 && one.applied === one.findings },
  ];
}

if (require.main === module) {
  void run().then((rows) => {
    for (const r of rows) process.stdout.write(`${r.pass === false ? "FAIL" : "ok  "} ${r.name}: ${r.value} ${r.unit}${r.target ? ` (target ${r.target})` : ""}\n`);
  });
}
