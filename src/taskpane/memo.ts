/**
 * The review memo as a .docx, for a lawyer: score, parties, each finding with the clause, the
 * sentence with the proposed wording as a redline, the positions, and the protections checklist.
 * Built with the repository's own .docx writer (src/docx); runs in the worker.
 */
import { createDocx, paragraphXml, runsXml, type Block } from "../docx/create";
import type { MemoInput } from "./memoInput";

const STATUS: Record<string, string> = { agreed: "Agreed (in the contract)", proposed: "Proposed (pending tracked change)", missing: "Missing" };

function labelled(label: string, text: string): Block {
  return { xml: `<w:p>${runsXml(`${label}: `, "<w:b/>")}${runsXml(text)}</w:p>` };
}

export async function buildMemoDocx(m: MemoInput): Promise<Uint8Array> {
  const blocks: Block[] = [
    { text: `Contract review memo: ${m.fileName}`, style: "Title" },
    { text: `Prepared with TermScore ${m.version} on ${m.date}. This memo lists wording that may let the other side use the work for AI training. It is not legal advice.` },
    { text: "Score", style: "Heading1" },
    labelled("As the contract stands", `${m.standingScore} / 100 (${m.standingVerdict})`),
    labelled(m.proposedLabel, `${m.proposedScore} / 100`),
    { text: "Parties", style: "Heading1" },
    { table: [["Role", "Name in the contract"], ["Our client (does the work)", m.parties.user], ["Other side", m.parties.other], ["The work", m.parties.work]] },
    { text: `Findings (${m.findings.length})`, style: "Heading1" },
  ];
  if (m.findings.length === 0) blocks.push({ text: "No risky clauses were found." });
  else blocks.push({ table: [["#", "Clause", "Risk", "Category", "Status"], ...m.findings.map((f, i) => [String(i + 1), f.clause, f.risk, f.category, f.status === "open" ? "Open" : "Change proposed"])] });
  m.findings.forEach((f, i) => {
    blocks.push({ text: `${i + 1}. ${f.clause}: ${f.category} (${f.risk.toLowerCase()})`, style: "Heading2" });
    blocks.push(labelled("Issue", f.message));
    blocks.push(labelled("Why it matters", f.rationale));
    const s = f.sentence;
    blocks.push({
      xml: `<w:p>${runsXml(f.status === "open" ? "Proposed redline: " : "Change proposed: ", "<w:b/>")}${runsXml(s.before)}${runsXml(s.deleted, '<w:strike/><w:color w:val="C00000"/>')}${runsXml(s.inserted, '<w:u w:val="double"/><w:color w:val="006100"/>')}${runsXml(s.after)}</w:p>`,
    });
    if (f.positions.length > 0) {
      blocks.push({ text: "Positions (chosen first):", bold: true });
      for (const p of f.positions) blocks.push({ xml: paragraphXml(`${p.label}: “${p.wording}”`, "ListParagraph") });
    }
  });
  blocks.push({ text: "Protections checklist", style: "Heading1" });
  blocks.push({ table: [["Protection", "Status"], ...m.checklist.map((c) => [c.label, STATUS[c.status] ?? c.status])] });
  return createDocx(blocks);
}
