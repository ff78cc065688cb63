/**
 * Word-layer benchmark: Office.js round trips (context.sync calls) for a scan, for applying every
 * finding and for rejecting one applied change, with 5 and with 500 findings, counted on the fake
 * Word object model (test/support/fakeWord.ts). On Word on the web each round trip is a network call
 * (100–300 ms), so the counts must not grow with the number of findings; the floor for apply is 2.
 * Findings come from the real engine.
 */
import { analyze } from "../../src/engine";
import type { ApplyRequest } from "../../src/host/types";
import { createWordHost } from "../../src/word";
import { FakeWord } from "../../test/support/fakeWord";
import type { BenchRow } from "../types";

export type { BenchRow };

/** A sample contract (written for the benchmark) with one risky phrase per paragraph. */
function contract(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `The Agency may use the Deliverables for any purpose, including phase ${i + 1} work.`);
}

async function measure(n: number): Promise<{ scan: number; apply: number; review: number; findings: number; applied: number; ms: number }> {
  const fake = new FakeWord(contract(n));
  const host = createWordHost({ Word: fake.wordGlobal(), Office: fake.officeGlobal() });
  const t0 = performance.now();
  const snapshot = await host.read();
  const scan = fake.syncs;
  const report = analyze(snapshot.paragraphs);
  const requests: ApplyRequest[] = report.findings.map((f) => {
    const s = f.suggestions[0];
    return { id: f.id, paragraph: s.paragraph, start: s.start, end: s.end, original: s.original, replacement: s.replacement, comment: s.comment, paragraphText: snapshot.paragraphs[s.paragraph].text };
  });
  const result = await host.apply(requests);
  const ms = performance.now() - t0;
  const apply = fake.syncs - scan;
  const last = requests[requests.length - 1];
  await host.decideChange!(last.id, false);
  const review = fake.syncs - scan - apply;
  return { scan, apply, review, findings: requests.length, applied: result.results.filter((r) => r.status === "applied").length, ms };
}

export async function run(): Promise<BenchRow[]> {
  const small = await measure(5);
  const large = await measure(500);
  // The counts only mean something if every finding was found and applied.
  const equal = small.scan === large.scan && small.apply === large.apply && small.findings === 5 && large.findings === 500;
  const allApplied = small.applied === small.findings && large.applied === large.findings;
  return [
    { name: `word: scan round trips (${small.findings} findings)`, value: small.scan, unit: "syncs", target: "≤ 2", pass: small.scan <= 2 },
    { name: `word: scan round trips (${large.findings} findings)`, value: large.scan, unit: "syncs", target: "≤ 2", pass: large.scan <= 2 },
    { name: `word: apply-all round trips (${small.findings} findings, ${small.applied} applied)`, value: small.apply, unit: "syncs", target: "= 2", pass: equal && allApplied && small.apply === 2 },
    { name: `word: apply-all round trips (${large.findings} findings, ${large.applied} applied)`, value: large.apply, unit: "syncs", target: "= 2", pass: equal && allApplied && large.apply === 2 },
    { name: `word: reject one applied change (of ${small.findings})`, value: small.review, unit: "syncs", target: "= 4", pass: small.review === 4 },
    { name: `word: reject one applied change (of ${large.findings})`, value: large.review, unit: "syncs", target: "= 4", pass: large.review === 4 },
    { name: `word: scan + apply-all, ${large.findings} findings on the fake (CPU time, not Word's)`, value: Math.round(large.ms), unit: "ms" },
  ];
}
