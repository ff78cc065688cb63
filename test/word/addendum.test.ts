/**
 * Extending an addendum already in the document: the missing sections go right after its last
 * section — wherever it sits, whichever way it was inserted, wherever the cursor is. With the real
 * engine (its planner, title and section names). Sample contract sentences written for this test.
 */
import { ADDENDUM_ALREADY_COMPLETE, analyze, buildAddendum } from "../../src/engine";
import type { AddendumParagraph } from "../../src/engine/types";
import { createWordHost } from "../../src/word";
import { FakeWord, reviewAll, type FakeParagraphSpec } from "../support/fakeWord";

const parties = { agency: "Agency", contractor: "Contractor", work: "Deliverables" };
const BEFORE = [{ text: "Services Agreement", styleBuiltIn: "Heading1" }, "The Contractor delivers the Deliverables monthly."];
const AFTER: FakeParagraphSpec[] = [{ text: "Schedule A", styleBuiltIn: "Heading1" }, "Fees are due within thirty days."];

function hostOf(fake: FakeWord) {
  return createWordHost({ Word: fake.wordGlobal(), Office: fake.officeGlobal() });
}

/** The addendum as paragraphs of the fake: with heading styles (as TermScore inserts it) or typed as plain numbered paragraphs. */
function asParagraphs(addendum: AddendumParagraph[], styled: boolean, blankLines = false): FakeParagraphSpec[] {
  return addendum.flatMap((a) => {
    const p: FakeParagraphSpec = styled ? { text: a.text, styleBuiltIn: a.kind === "title" ? "Heading1" : a.kind === "heading" ? "Heading2" : "Normal" } : a.text;
    return blankLines && a.kind === "heading" ? ["", p] : [p];
  });
}

const texts = (fake: FakeWord) => fake.live().map((p) => fake.currentText(p));

describe.each([
  ["inserted by TermScore (heading styles)", true, false],
  ["typed or pasted (plain numbered paragraphs, blank lines between sections)", false, true],
])("an addendum in the middle of the document, %s", (_name, styled, blankLines) => {
  const existing = buildAddendum({ parties, includeAudit: false });
  const doc = [...BEFORE, ...asParagraphs(existing, styled, blankLines), ...AFTER];

  test.each(["end", "cursor"] as const)("the missing section goes right after its last section (where: %s), once", async (where) => {
    const fake = new FakeWord(doc);
    fake.selection = { para: fake.paragraphs[0], start: null, end: null }; // the cursor above the addendum
    const host = hostOf(fake);
    const before = (await host.read()).paragraphs;
    expect(analyze(before).missing).toEqual(["audit-rights"]);
    const lastOfAddendum = doc.length - AFTER.length - 1;
    const syncs = fake.syncs;
    expect(await host.insertAddendum(buildAddendum({ parties, only: ["audit-rights"] }), where)).toMatchObject({ inserted: true });
    expect(fake.syncs - syncs).toBe(3);
    const now = texts(fake);
    expect(now.slice(0, lastOfAddendum + 1)).toEqual(texts(new FakeWord(doc)).slice(0, lastOfAddendum + 1));
    expect(now[lastOfAddendum + 1]).toMatch(/^(?:AI-)?\d+\. Audit Rights$/);
    expect(now.slice(lastOfAddendum + 3)).toEqual(["Schedule A", "Fees are due within thirty days."]);
    // A re-scan finds it inside the addendum; a full insert then adds nothing a second time.
    expect(analyze((await host.read()).paragraphs).missing).toEqual([]);
    expect(await host.insertAddendum(buildAddendum({ parties }), "cursor")).toEqual({ inserted: false, message: ADDENDUM_ALREADY_COMPLETE });
    reviewAll(fake, false);
    expect(texts(fake)).toEqual(texts(new FakeWord(doc)));
  });
});

test("an addendum at the very end is extended at the end, the cursor elsewhere notwithstanding", async () => {
  const doc = [...BEFORE, ...asParagraphs(buildAddendum({ parties, includeAudit: false }), true)];
  const fake = new FakeWord(doc);
  fake.selection = { para: fake.paragraphs[1], start: null, end: null };
  const host = hostOf(fake);
  expect(await host.insertAddendum(buildAddendum({ parties, only: ["audit-rights"] }), "cursor")).toMatchObject({ inserted: true });
  expect(texts(fake).slice(0, doc.length)).toEqual(texts(new FakeWord(doc)));
  expect(texts(fake)[doc.length]).toMatch(/^(?:AI-)?\d+\. Audit Rights$/);
});

test.each([5, 500])("extending an addendum after %i paragraphs takes 3 round trips", async (n) => {
  const filler = Array.from({ length: n }, (_, i) => `Clause ${i + 1} applies.`);
  const doc = [...filler, ...asParagraphs(buildAddendum({ parties, includeAudit: false }), true), ...AFTER];
  const fake = new FakeWord(doc);
  const host = hostOf(fake);
  const syncs = fake.syncs;
  expect(await host.insertAddendum(buildAddendum({ parties, only: ["audit-rights"] }), "end")).toMatchObject({ inserted: true });
  expect(fake.syncs - syncs).toBe(3);
  expect(texts(fake)[doc.length - AFTER.length]).toMatch(/^(?:AI-)?\d+\. Audit Rights$/);
});

test("the incorporation sentence goes in before the signatures with the addendum, naming its numbering; the body cites no section of it", async () => {
  const signature: FakeParagraphSpec[] = ["IN WITNESS WHEREOF, the parties have signed this agreement.", "By: ____________", "Name: Ana Ruiz"];
  const fake = new FakeWord([...BEFORE, "The Agency may use the Deliverables for any purpose.", ...signature]);
  const host = hostOf(fake);
  const report = analyze((await host.read()).paragraphs);
  const addendum = buildAddendum({ parties });
  expect(await host.insertAddendum(addendum, "end")).toMatchObject({ inserted: true });
  const now = texts(fake);
  const title = now.indexOf(addendum[0].text);
  expect(title).toBe(BEFORE.length + 1);
  expect(now[title + 1]).toMatch(/Its sections are numbered from AI-1, apart from the sections of the agreement, and a reference in the agreement to a section so numbered is to that section of this addendum\./);
  expect(now.indexOf(signature[0] as string)).toBe(title + addendum.length);
  for (const f of report.findings) for (const s of f.suggestions) expect(s.replacement).not.toMatch(/\bAI-\d|addendum/i);
});
