/** The Word layer with the real engine: scan, apply the primary suggestions, re-scan, addendum. */
import { ADDENDUM_ALREADY_COMPLETE, analyze, buildAddendum } from "../../src/engine";
import type { ApplyRequest } from "../../src/host/types";
import { createWordHost } from "../../src/word";
import { messages } from "../../src/word/messages";
import { FakeWord, reviewAll } from "../support/fakeWord";

// Sample contract sentences written for this test.
const CONTRACT = [
  { text: "Services Agreement", styleBuiltIn: "Heading1" },
  "The Agency may use the Deliverables for any purpose.",
  "The Contractor grants the Agency a licence to the Deliverables for internal business purposes.",
  { text: "The Agency may share aggregated data with its service providers.", tableNestingLevel: 1 },
  "The Contractor grants the Agency a perpetual, irrevocable, royalty-free licence to the Work Product for internal business purposes.",
  "Payment is due within thirty days of each invoice.",
];

function hostOf(fake: FakeWord) {
  return createWordHost({ Word: fake.wordGlobal(), Office: fake.officeGlobal() });
}

test("scan, apply every primary suggestion, re-scan: the fixed risks are gone; reject all gives the original back", async () => {
  const fake = new FakeWord(CONTRACT);
  const original = fake.textIfAllAccepted();
  const host = hostOf(fake);
  const snap = await host.read();
  const report = analyze(snap.paragraphs);
  expect(report.findings.length).toBeGreaterThanOrEqual(3);
  const requests: ApplyRequest[] = report.findings.map((f) => {
    const s = f.suggestions[0];
    return { id: f.id, paragraph: s.paragraph, start: s.start, end: s.end, original: s.original, replacement: s.replacement, comment: s.comment, paragraphText: snap.paragraphs[s.paragraph].text };
  });
  const result = await host.apply(requests);
  const applied = result.results.filter((r) => r.status === "applied").map((r) => r.id);
  expect(applied.length).toBeGreaterThanOrEqual(3);
  for (const r of result.results) if (r.status !== "applied") expect(r.message).toBe(messages.overlap);

  const again = analyze((await host.read()).paragraphs);
  const fixed = report.findings.filter((f) => applied.includes(f.id));
  for (const f of fixed) expect(again.findings.some((g) => g.ruleId === f.ruleId && g.paragraph === f.paragraph)).toBe(false);
  // Findings of one clause that share one edit: written once, with one comment, applied for each.
  const distinct = new Set(requests.filter((r) => applied.includes(r.id)).map((r) => `${r.paragraph}:${r.start}:${r.end}:${r.replacement}`));
  expect(fake.comments.length).toBe(distinct.size);

  reviewAll(fake, false);
  expect(fake.textIfAllAccepted()).toBe(original);
});

test("the engine's addendum goes in once, with its numbered headings; the engine then sees it", async () => {
  const fake = new FakeWord(CONTRACT);
  const host = hostOf(fake);
  const addendum = buildAddendum({ parties: { agency: "Agency", contractor: "Contractor", work: "Deliverables" } });
  expect(await host.insertAddendum(addendum, "end")).toMatchObject({ inserted: true });
  expect(await host.insertAddendum(addendum, "end")).toEqual({ inserted: false, message: ADDENDUM_ALREADY_COMPLETE });
  const inserted = fake.live().slice(CONTRACT.length);
  expect(inserted.map((p) => fake.currentText(p))).toEqual(addendum.map((a) => a.text));
  // the body's style throughout: a heading style's list numbering would prefix the addendum's own numbers
  expect(inserted.map((p) => p.styleBuiltIn)).toEqual(addendum.map(() => "Normal"));
  const report = analyze((await host.read()).paragraphs);
  expect(report.addendumPresent).toBe(true);
});

test("a one-click fix after the addendum adds only the missing section to it, numbered on, as a tracked insertion", async () => {
  const fake = new FakeWord(CONTRACT);
  const original = fake.textIfAllAccepted();
  const host = hostOf(fake);
  const parties = { agency: "Agency", contractor: "Contractor", work: "Deliverables" };
  expect(await host.insertAddendum(buildAddendum({ parties, includeAudit: false }), "end")).toMatchObject({ inserted: true });
  let report = analyze((await host.read()).paragraphs);
  expect(report.missing).toEqual(["audit-rights"]);
  const before = fake.live().length;
  expect(await host.insertAddendum(buildAddendum({ parties, only: ["audit-rights"] }), "end")).toMatchObject({ inserted: true });
  const added = fake.live().slice(before).map((p) => fake.currentText(p));
  expect(added[0]).toMatch(/^AI-11\. Audit Rights$/);
  expect(added).toHaveLength(2);
  report = analyze((await host.read()).paragraphs);
  expect(report.missing).toEqual([]);
  expect(await host.insertAddendum(buildAddendum({ parties, only: ["audit-rights"] }), "end")).toEqual({ inserted: false, message: ADDENDUM_ALREADY_COMPLETE });
  // everything TermScore wrote is a tracked insertion: rejecting it all gives the contract back
  reviewAll(fake, false);
  expect(fake.textIfAllAccepted()).toBe(original);
});

test("apply all with the engine's suggestions: every comment covers exactly the changed span (original words before, suggestion after)", async () => {
  const fake = new FakeWord([...CONTRACT, "The Agency may aggregate usage data and share it with service providers.", "Feedback may be used by the Agency for any purpose."]);
  const host = hostOf(fake);
  const snap = await host.read();
  const report = analyze(snap.paragraphs);
  const requests: ApplyRequest[] = report.findings.map((f) => {
    const s = f.suggestions[0];
    return { id: f.id, paragraph: s.paragraph, start: s.start, end: s.end, original: s.original, replacement: s.replacement, comment: s.comment, paragraphText: snap.paragraphs[s.paragraph].text };
  });
  const result = await host.apply(requests);
  const applied = requests.filter((r, i) => result.results[i].status === "applied");
  expect(applied.length).toBeGreaterThanOrEqual(4);
  for (const r of applied) {
    // Two findings may share a comment text; the one in this request's paragraph is its own.
    const comment = fake.comments.find((c) => c.content === r.comment && c.range.para === fake.live()[r.paragraph])!;
    const [s, e] = fake.indexOf(comment.range);
    const chars = comment.range.para.chars.slice(s, e).filter((c) => !c.gone);
    const before = chars.filter((c) => !c.ins).map((c) => c.ch).join("");
    const after = chars.filter((c) => !c.del).map((c) => c.ch).join("");
    // A fix that ends where the next one inserts: in the fake a range grows with text inserted at
    // its end, so the comment also covers the next insertion (see "try in real Word").
    const adjacent = applied.some((o) => o !== r && o.paragraph === r.paragraph && o.start === r.end);
    if (adjacent) {
      expect(before.startsWith(r.original)).toBe(true);
      expect(after.startsWith(r.replacement)).toBe(true);
    } else {
      expect(before).toBe(r.original);
      expect(after).toBe(r.replacement);
    }
  }
});
