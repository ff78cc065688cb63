/**
 * A long contract for the pane's no-freeze test: numbered sections of plain clauses with a risky
 * clause now and then (all sentences written for TermScore). About 500 words a page.
 */
import { createDocx, type Block } from "../../src/docx/create";

const PLAIN = [
  "The Contractor shall perform the Services with reasonable skill and care and in line with the schedule agreed in writing by both parties.",
  "Each invoice is payable within thirty days of receipt, and late amounts bear interest at the rate the law allows for commercial debts.",
  "Either party may end this agreement on thirty days' written notice, and the Agency pays for the Services performed until that date.",
  "Notices must be in writing and are given when delivered by hand, by courier, or by email to the address each party names for notices.",
  "The parties shall keep confidential the terms of this agreement and any business information the other party marks as confidential.",
];
const RISKY = [
  "The Agency may use the Deliverables for any purpose.",
  "The Agency may aggregate the Deliverables with other content and data.",
  "The Agency may share the Deliverables with its service providers.",
];

/** `pages` pages of about 500 words (13 paragraphs); a risky clause in every tenth section. */
export function longContractBlocks(pages: number): Block[] {
  const blocks: Block[] = [
    { text: "Master Services Agreement", style: "Title" },
    { text: "This agreement is between Harbor Lane Studio LLC (the “Agency”) and Priya Natarajan (the “Contractor”)." },
  ];
  for (let s = 1; s <= Math.ceil(pages * 2.65); s++) {
    blocks.push({ text: `${s}. Section ${s}`, style: "Heading1" });
    for (let k = 0; k < 4; k++) blocks.push({ text: `${s}.${k + 1} ${PLAIN[(s + k) % PLAIN.length]} ${PLAIN[(s + k + 2) % PLAIN.length]}` });
    if (s % 10 === 0) blocks.push({ text: `${s}.5 ${RISKY[(s / 10) % RISKY.length]}` });
  }
  return blocks;
}

export function longContractDocx(pages: number): Promise<Uint8Array> {
  return createDocx(longContractBlocks(pages));
}
