/**
 * Issue 14 (labels): a position that does not apply is named and explained in the same words by
 * `termscore review` and by the pane's finding rows: one table (engine/report/labels.ts), one
 * decision (engine/report/positionGaps.ts).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli";
import { analyze, formatReportMarkdown, formatReportText } from "../../src/engine";
import { createDocx } from "../../src/docx/create";
import { POSITION_GAP_REASON, POSITION_LABEL, POSITION_TAG } from "../../src/engine/report/labels";
import { positionGaps as paneGaps, type PositionGap } from "../../src/taskpane/review/positions";
import { readConventions } from "../../src/engine/fix/conventions";
import type { Position } from "../../src/engine/types";

const CONTRACT = [
  'This agreement is between Acme Studio Inc. (the "Agency") and Lee Park (the "Contractor").',
  "The Agency may use the Deliverables to train its machine learning models, unless the Contractor opts out in writing.",
  "The Agency may use the Deliverables for any purpose.",
  "Payment is due within 30 days.",
];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-gaps-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function review(position: Position): Promise<string> {
  const input = path.join(dir, `${position}.docx`);
  fs.writeFileSync(input, await createDocx(CONTRACT.map((text) => ({ text }))));
  let out = "";
  const code = await main(["review", input, "-o", path.join(dir, `${position}.out.docx`), "--position", position], { out: (t) => (typeof t === "string" ? (out += t) : undefined), err: () => undefined });
  expect(code).toBe(0);
  return out;
}

/** What the pane's rows say for `position`, finding by finding, for the same text. */
function paneSays(position: Position): PositionGap[] {
  const paragraphs = CONTRACT.map((text) => ({ text }));
  const project = readConventions(paragraphs).project;
  return analyze(paragraphs).findings.flatMap((f) => paneGaps(f, paragraphs[f.paragraph].text, project).filter((g) => g.position === position));
}

describe("the CLI and the pane name a position that does not apply alike", () => {
  test.each<Position>(["opt-out", "project-scope"])("%s: the pane's label and reasons, in the CLI summary", async (position) => {
    const pane = paneSays(position);
    expect(pane.length).toBeGreaterThan(0);
    const out = await review(position);
    expect(out).toContain(`${POSITION_LABEL[position]} does not apply to `);
    for (const g of pane) {
      // the pane's row: "<label> does not apply here: <reason>."
      expect(g.text).toBe(`${POSITION_LABEL[position]} does not apply here: ${POSITION_GAP_REASON[g.reason]}.`);
      expect(out).toContain(POSITION_GAP_REASON[g.reason]);
    }
    // no reason the pane does not give
    const given = new Set(pane.map((g) => g.reason));
    for (const [reason, words] of Object.entries(POSITION_GAP_REASON)) if (!given.has(reason as keyof typeof POSITION_GAP_REASON)) expect(out).not.toContain(words);
  });

  test("the reasons differ by clause: an opt-out already in the clause, no project in the contract", () => {
    expect(paneSays("opt-out").map((g) => g.reason)).toContain("has-opt-out");
    expect(new Set(paneSays("project-scope").map((g) => g.reason))).toEqual(new Set(["no-project"]));
  });

  test("the text and Markdown reports tag each suggestion from the same table", () => {
    const paragraphs = CONTRACT.map((text) => ({ text }));
    const r = analyze(paragraphs);
    const positions = new Set(r.findings.flatMap((f) => f.suggestions.map((s) => s.position)));
    expect(positions.size).toBeGreaterThan(1);
    const text = formatReportText(r, paragraphs);
    const markdown = formatReportMarkdown(r);
    for (const p of positions) {
      expect(text).toContain(`   ${POSITION_TAG[p]}: `);
      expect(markdown).toContain(`- ${POSITION_TAG[p]}: `);
    }
  });
});
