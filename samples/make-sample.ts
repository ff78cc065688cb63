/**
 * Writes samples/agency-msa-sow.docx: a made-up agency Master Services Agreement and Statement
 * of Work with the classic AI-training loopholes. Every sentence here was written for TermScore.
 *
 *   npx tsx samples/make-sample.ts
 */
import { writeFileSync } from "fs";
import * as path from "path";
import { createDocx, escapeXml } from "../src/docx/create";
import type { Block } from "../src/docx/create";

/** A paragraph whose first words are bold (a numbered clause title), to show run splitting. */
function clause(title: string, text: string): Block {
  return {
    xml: `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeXml(title)} </w:t></w:r><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`,
  };
}

export const SAMPLE: Block[] = [
  { text: "Master Services Agreement", style: "Title" },
  {
    text:
      "This Master Services Agreement is made on 3 March 2026 between Northwind Creative Group LLC, a Delaware limited liability company (the \u201cAgency\u201d), and Sam Okafor, an independent designer and copywriter (the \u201cContractor\u201d).",
  },
  { text: "1. Definitions", style: "Heading1" },
  clause("1.1", "\u201cDeliverables\u201d means all copy, designs, drafts, sketches, files and other materials that the Contractor prepares for the Agency under a Statement of Work."),
  clause("1.2", "\u201cStatement of Work\u201d or \u201cSOW\u201d means a document signed by both parties that describes a project, its fees and its schedule."),
  { text: "2. Services and Payment", style: "Heading1" },
  clause("2.1", "The Contractor will perform the services described in each SOW in a professional manner and on the agreed schedule."),
  clause("2.2", "The Agency will pay each undisputed invoice within thirty (30) days of receipt by bank transfer."),
  { text: "3. Ownership and License", style: "Heading1" },
  clause("3.1", "All Deliverables shall be considered work made for hire, and the Contractor assigns to the Agency all right, title and interest in the Deliverables upon payment."),
  clause(
    "3.2",
    "To the extent any Deliverable is not assigned, the Contractor grants the Agency a perpetual, irrevocable, worldwide, royalty-free license to use, copy, modify and distribute the Deliverables for any purpose."
  ),
  clause("3.3", "The Agency may use the Deliverables for its internal business purposes, including to improve its products and services."),
  clause("3.4", "The Agency may sublicense or share the Deliverables with its affiliates, partners and service providers."),
  { text: "4. Feedback and Data", style: "Heading1" },
  clause("4.1", "The Contractor grants the Agency a perpetual, royalty-free right to use any feedback, suggestions or ideas the Contractor provides during the engagement."),
  clause("4.2", "The Agency may aggregate and compile the Deliverables and data derived from the services into datasets and statistics."),
  { text: "5. Representations and Warranties", style: "Heading1" },
  clause("5.1", "The Contractor represents that the Deliverables are original and do not infringe the rights of any third party."),
  clause("5.2", "The Contractor acknowledges that the Agency may use anonymized or de-identified Deliverables for research and analytics without restriction."),
  { text: "6. Data Privacy", style: "Heading1" },
  clause("6.1", "Each party will handle personal data in accordance with applicable data protection law."),
  clause("6.2", "The Agency may process the Deliverables and related usage data to develop and train its machine learning models, unless the Contractor opts out in writing."),
  { text: "7. Term and Termination", style: "Heading1" },
  clause("7.1", "Either party may end this Agreement on thirty (30) days\u2019 written notice. Sections 3 and 4 survive termination."),
  clause("7.2", "On termination the Agency will pay for all services performed up to the date of termination."),
  { text: "8. General", style: "Heading1" },
  clause("8.1", "This Agreement is governed by the laws of the State of New York. Neither party may assign it without the other\u2019s written consent."),
  { text: "Statement of Work No. 1 \u2014 Spring Campaign", style: "Title" },
  { text: "This SOW is issued under the Master Services Agreement between the Agency and the Contractor dated 3 March 2026." },
  { text: "Scope", style: "Heading2" },
  { text: "The Contractor will write and design a twelve-piece social media campaign, two landing pages and one short brand video script." },
  {
    table: [
      ["Milestone", "Deliverables", "Due", "Fee (USD)"],
      ["1", "Concepts and mood boards", "20 March 2026", "2,000"],
      ["2", "Campaign copy and designs", "10 April 2026", "4,500"],
      ["3", "Landing pages and video script", "1 May 2026", "3,500"],
    ],
  },
  { text: "Usage", style: "Heading2" },
  { text: "The Agency may use the campaign materials in any media now known or hereafter devised, and may share them with third parties." },
  { text: "Acceptance", style: "Heading2" },
  { text: "The Agency will accept or reject each milestone within five (5) business days of delivery; silence counts as acceptance." },
  { text: "Signatures", style: "Heading2" },
  { table: [["Northwind Creative Group LLC\nBy: ____________________\nName: Priya Natarajan, Managing Director", "Sam Okafor\nSignature: ____________________\nDate: ______________"]] },
];

async function main(): Promise<void> {
  const out = path.join(__dirname, "agency-msa-sow.docx");
  writeFileSync(out, await createDocx(SAMPLE));
  process.stdout.write(`wrote ${out}\n`);
}

if (require.main === module) void main();
