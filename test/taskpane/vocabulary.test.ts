/**
 * One vocabulary (issue 15) in what the pane writes for the user and the other side: the memo for a
 * lawyer (built in src/taskpane/memoInput.ts) and the comments that go into the document with each
 * change name each category as the pane's rows and filters do (CATEGORY_LABEL), write "AI" in
 * capitals, use none of the old names, and, for a contract in US spelling, US spelling.
 * test/engine/labels.test.ts holds the same for the CLI's reports and the Markdown export.
 */
import * as fs from "fs";
import * as path from "path";
import { createDocxHost } from "../../src/docx/browserHost";
import { analyze } from "../../src/engine";
import { CATEGORY_LABEL } from "../../src/engine/report/labels";
import { buildMemoInput } from "../../src/taskpane/memoInput";
import { checklist } from "../../src/taskpane/components/ProtectionsPanel";

const SAMPLE = path.join(__dirname, "../../samples/agency-msa-sow.docx");
const OLD_NAMES = /Broad licence|Broad usage rights|Licence for any purpose|AI-training grant|explicit ai-training|Sub-licensing and sharing|Ambiguous purposes/i;
const UK = /licen[c]e|anonymis|organis|authoris|recognis|behaviour|favour/;

test("the memo and the comments written into the sample contract: one name per category, 'AI' in capitals, US spelling like the contract", async () => {
  const host = await createDocxHost(fs.readFileSync(SAMPLE), "sample.docx");
  const { paragraphs } = await host.read();
  const contract = paragraphs.map((p) => p.text).join("\n");
  expect(contract).not.toMatch(UK); // the sample is written in US spelling
  const r = analyze(paragraphs);
  expect(r.findings.length).toBeGreaterThan(5);
  const memo = buildMemoInput({
    fileName: "sample.docx",
    version: "0.0.0",
    date: new Date(0),
    standing: r,
    current: r,
    pending: 0,
    items: r.findings.map((finding) => ({ finding, status: "open" as const, paragraph: finding.paragraph })),
    paragraphs,
    standingParagraphs: paragraphs,
    positions: {},
    checklist: checklist(r),
    parties: { user: r.parties.contractor, other: r.parties.agency, work: r.parties.work },
  });
  const names = new Set(Object.values(CATEGORY_LABEL));
  for (const f of memo.findings) expect(names.has(f.category)).toBe(true);
  // what TermScore says (not the contract's own words, which the memo quotes)
  const said = [...memo.findings.flatMap((f) => [f.category, f.risk, f.message, f.rationale, ...f.positions.map((p) => p.label)]), ...memo.checklist.map((c) => c.label), memo.standingVerdict, memo.proposedLabel];
  const comments = r.findings.flatMap((f) => f.suggestions.map((s) => s.comment));
  expect(comments.length).toBeGreaterThan(5);
  for (const text of [...said, ...comments]) {
    expect(text).not.toMatch(OLD_NAMES);
    expect(text).not.toMatch(UK);
    expect(text.replace(/ai-training-grant\/[\w-]+/g, "")).not.toMatch(/\bai\b|\bAi\b/);
  }
});
