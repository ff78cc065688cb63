/**
 * The addendum names parties as the contract does (no "the Sam Lee"),
 * and a partial addendum never uses a term or a restriction it does not contain.
 */
import { analyze, buildAddendum } from "../../src/engine";
import { article } from "../../src/engine/fix/addendum";
import { coverNote } from "../../src/engine/report/coverNote";
import { reviewDocx } from "../../src/docx/review";
import { createDocx } from "../../src/docx/create";
import { texts } from "../docx/helpers";
import type { ProtectionKind } from "../../src/engine/types";

const text = (ps: ReturnType<typeof buildAddendum>) => ps.map((p) => p.text).join("\n");

describe("one way to name a party: as the redlines do (issue 14)", () => {
  // a contract that writes its role words bare ("Client may …"): the suggestions say "Client shall not"
  const BARE = [
    'This Agreement is between Acme Media LLC ("Client") and Jo Park ("Contractor").',
    "1. Client may use the Deliverables for any purpose.",
    "2. Client may share the Deliverables with its service providers.",
    "3. Contractor shall deliver the Deliverables on time and Client shall pay each invoice.",
    "IN WITNESS WHEREOF, the parties have signed this Agreement.",
  ];

  test("the suggestions say 'Client' in a contract that writes it bare, and the addendum writes the names it is given as they are", () => {
    const r = analyze(BARE.map((t) => ({ text: t })));
    const share = r.findings.find((f) => f.category === "sublicensing")!.suggestions[0].replacement;
    expect(share).toMatch(/provided that Client shall not use/);
    expect(text(buildAddendum({ parties: r.parties, names: { agency: "Client", contractor: "Contractor" } }))).toMatch(/^Client shall not use, ingest/m);
  });

  test("the reviewed .docx: redlines, addendum and cover note all say \"Client\", never \"the Client\"", async () => {
    const result = await reviewDocx(await createDocx(BARE.map((t) => ({ text: t }))), { date: "2026-11-29T10:00:00Z" });
    const accepted = (await texts(result.bytes, "accept")).join("\n");
    expect(accepted).toMatch(/provided that Client shall not use/);
    expect(accepted).toMatch(/^Client shall not use, ingest/m);
    expect(accepted).toMatch(/between Client and Contractor/);
    expect(accepted).not.toMatch(/\bthe (?:Client|Contractor)\b/);
    const note = coverNote(result.report, BARE.map((t) => ({ text: t })));
    expect(note).not.toMatch(/\bthe Client\b/);
  });
});

describe("articles only for role words", () => {
  test("proper names stay bare, role words take 'the'", () => {
    const t = text(buildAddendum({ parties: { agency: "Northwind Studio Inc.", contractor: "Sam Lee", work: "Artwork" } }));
    expect(t).not.toMatch(/\bthe (?:Sam Lee|Northwind)/i);
    expect(t).toMatch(/between Northwind Studio Inc\. and Sam Lee/);
    expect(t).toMatch(/shall certify in writing to Sam Lee/);
    expect(t).toMatch(/^Sam Lee may, on reasonable written notice/m);
    const r = text(buildAddendum({ parties: { agency: "Client", contractor: "Designer", work: "Deliverables" } }));
    expect(r).toMatch(/between the Client and the Designer/);
    expect(r).toMatch(/^The Client shall not use/m);
  });

  test("article()", () => {
    expect(article("Agency")).toBe("the Agency");
    expect(article("Service Provider")).toBe("the Service Provider");
    expect(article("Jane Roe")).toBe("Jane Roe");
    expect(article("The Studio")).toBe("The Studio");
  });
});

describe("partial addenda stand alone", () => {
  const parties = { agency: "Client", contractor: "Designer", work: "Deliverables" };

  test.each<ProtectionKind[]>([["derivative-data"], ["no-ai-training"], ["data-deletion"], ["audit-rights"], ["injunctive-relief"], ["survival"], ["derivative-data", "survival"]])(
    "only %p: every term it uses is defined in it, and every section is recognised",
    (...only) => {
      const a = buildAddendum({ parties, only });
      const t = text(a);
      // a cross-reference points at a section that is there
      for (const m of t.matchAll(/Section (\d+)/g)) expect(a.some((p) => p.kind === "heading" && p.number === m[1])).toBe(true);
      expect(t).not.toMatch(/\bThe restriction in this addendum\b/);
      // "AI System" is used only where it is defined (by the definition section or inline)
      if (/AI System/.test(t)) expect(t).toMatch(/\u201cAI System\u201d/);
      // headings keep the "N. Heading" shape the insertion planner relies on
      for (const h of a.filter((p) => p.kind === "heading")) expect(h.text).toMatch(new RegExp(`^${h.number}\\. `));
      const r = analyze([{ text: "The Client may use the Deliverables for its campaign." }, ...a.map((p) => ({ text: p.text }))]);
      for (const k of only) expect(r.missing).not.toContain(k);
      expect(r.findings).toEqual([]);
    },
  );

  test("derivative data alone carries its own prohibition", () => {
    const body = buildAddendum({ parties, only: ["derivative-data"] }).find((p) => p.kind === "body" && p.protection === "derivative-data")!;
    expect(body.text).toMatch(/^The Client shall not use the Deliverables or any data derived from them, including metadata/);
  });

  test("the prohibition alone defines AI System inline", () => {
    const body = buildAddendum({ parties, only: ["no-ai-training"] }).find((p) => p.kind === "body" && p.protection === "no-ai-training")!;
    expect(body.text).toMatch(/any artificial intelligence or machine-learning system, model or algorithm \(an \u201cAI System\u201d\)/);
  });

  test("with the definition present, the defined term is used as is", () => {
    const full = text(buildAddendum({ parties }));
    expect(full).toMatch(/improve any AI System, whether its own/);
    expect(full).not.toMatch(/\(an \u201cAI System\u201d\)/);
  });
});
