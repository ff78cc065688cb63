import { ADDENDUM_ALREADY_COMPLETE, analyze, buildAddendum, findAddendum, planAddendumInsertion, type AddendumParagraph, type Paragraph } from "../../src/engine";

// Sample contract written for this test.
const CONTRACT: Paragraph[] = [
  { text: "Design Services Agreement", headingLevel: 1 },
  { text: "The Client may use the Deliverables for any purpose." },
  { text: "The Designer will deliver the Deliverables by the agreed dates." },
];
const parties = { agency: "Client", contractor: "Designer", work: "Deliverables" };
const asDoc = (ps: readonly AddendumParagraph[]): Paragraph[] => ps.map((p) => ({ text: p.text, headingLevel: p.kind === "body" ? undefined : p.kind === "title" ? 1 : 2 }));
const headings = (ps: readonly Paragraph[]) => ps.filter((p) => /^AI-\d+\.\s/.test(p.text)).map((p) => p.text);

describe("planAddendumInsertion", () => {
  test("with no addendum in the document, the requested addendum goes in whole", () => {
    const incoming = buildAddendum({ parties });
    const plan = planAddendumInsertion(CONTRACT, incoming);
    expect(plan).toEqual({ insert: incoming, extendsExisting: false });
  });

  test("with the whole addendum already there, nothing is inserted and the user is told why", () => {
    const doc = [...CONTRACT, ...asDoc(buildAddendum({ parties }))];
    expect(planAddendumInsertion(doc, buildAddendum({ parties }))).toEqual({ insert: null, message: ADDENDUM_ALREADY_COMPLETE });
    expect(planAddendumInsertion(doc, buildAddendum({ parties, only: ["survival"] })).insert).toBeNull();
  });

  test("a one-click fix after the addendum adds only the missing section, numbered after the last one", () => {
    const first = buildAddendum({ parties, includeAudit: false });
    const doc = [...CONTRACT, ...asDoc(first)];
    expect(analyze(doc).missing).toContain("audit-rights");
    const last = Math.max(...headings(doc).map((h) => Number(/^AI-(\d+)/.exec(h)![1])));
    const plan = planAddendumInsertion(doc, buildAddendum({ parties, only: ["audit-rights"] }));
    expect(plan.insert).not.toBeNull();
    const added = plan.insert!;
    expect(added.some((p) => p.kind === "title")).toBe(false);
    expect(added.filter((p) => p.kind === "heading").map((p) => p.text)).toEqual([`AI-${last + 1}. Audit Rights`]);
    expect(added.every((p) => p.number === `AI-${last + 1}`)).toBe(true);
    const after = [...doc, ...asDoc(added)];
    expect(findAddendum(after)).toBe(CONTRACT.length);
    expect(after.filter((p) => p.text === first[0].text)).toHaveLength(1);
    expect(analyze(after).missing).not.toContain("audit-rights");
    // and again: now nothing is missing, so nothing is added
    expect(planAddendumInsertion(after, buildAddendum({ parties, only: ["audit-rights"] })).insert).toBeNull();
  });

  test("sections never repeat and cross-references follow the new numbers", () => {
    const partial = buildAddendum({ parties, only: ["survival"] });
    const doc = [...CONTRACT, ...asDoc(partial)];
    const plan = planAddendumInsertion(doc, buildAddendum({ parties }));
    const after = [...doc, ...asDoc(plan.insert!)];
    const hs = headings(after).map((h) => h.replace(/^AI-\d+\.\s+/, ""));
    expect(new Set(hs).size).toBe(hs.length);
    const numbers = headings(after).map((h) => Number(/^AI-(\d+)/.exec(h)![1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const prohibition = headings(after).find((h) => /No AI Training/.test(h))!;
    const n = /^(AI-\d+)/.exec(prohibition)![1];
    const refs = plan.insert!.flatMap((p) => Array.from(p.text.matchAll(/Section (AI-\d+)/g), (m) => m[1]));
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(r).toBe(n);
    expect(analyze(after).missing).toEqual([]);
  });
});
