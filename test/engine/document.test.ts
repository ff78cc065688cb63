/** Parties, sections, the addendum, ids, dismissal and the score: document-level behaviour. */
import { ADDENDUM_TITLE, analyze, buildAddendum, detectParties, findAddendum, formatReportText, type Paragraph } from "../../src/engine";
import { applySuggestions } from "../support/applySuggestions";

const P = (...texts: string[]): Paragraph[] => texts.map((text) => ({ text }));

describe("parties and the work", () => {
  test("defined names in parentheses are detected", () => {
    const p = detectParties(P('This Agreement is between Bluebird Studio Inc. (the "Client") and Ada Okafor ("Designer").', '"Work Product" means the files the Designer delivers.'));
    expect(p).toEqual({ agency: "Client", contractor: "Designer", work: "Work Product", detected: { agency: true, contractor: true, work: true } });
  });

  test("smart quotes and 'hereinafter' forms are detected", () => {
    const p = detectParties(P("Acme Ltd (hereinafter \u201cCompany\u201d) engages Jo Bloggs (hereinafter \u201cConsultant\u201d) to produce the \u201cMaterials\u201d."));
    expect([p.agency, p.contractor]).toEqual(["Company", "Consultant"]);
  });

  test("generic names when nothing is defined", () => {
    expect(detectParties(P("Hello world."))).toEqual({ agency: "Agency", contractor: "Contractor", work: "Work Product", detected: { agency: false, contractor: false, work: false } });
  });

  test("suggestions use the document's own names", () => {
    const r = analyze(P('Bluebird Studio Inc. (the "Client") engages Ada Okafor (the "Designer").', "All Work Product shall be works made for hire."));
    expect(r.findings[0].suggestions[0].replacement).toContain("the Client covenants, for itself and its successors, assignees and licensees, that none of them will use the Work Product");
    expect(r.findings[0].suggestions[0].comment).toMatch(/^The Client will own the Work Product/);
  });

  test("options override detected names", () => {
    const r = analyze(P("All Work Product shall be works made for hire."), { parties: { agency: "Publisher", work: "Manuscript" } });
    expect(r.findings[0].suggestions[0].replacement).toContain("the Publisher covenants, for itself and its successors, assignees and licensees, that none of them will use the Manuscript");
  });
});

describe("sections the seed warns about", () => {
  test("heading paragraphs (plain, styled and numbered) give findings a context", () => {
    const r = analyze([
      { text: "Representations and Warranties", style: "Heading 2", headingLevel: 2 },
      { text: "The Contractor agrees that the Agency may use the Deliverables to train its AI models." },
      { text: "8. Data Privacy" },
      { text: "The Agency may share the Deliverables with its service providers." },
      { text: "9. Payment" },
      { text: "The Agency may use the Deliverables for any purpose." },
    ]);
    expect(r.findings.map((f) => [f.paragraph, f.context?.kind ?? null])).toEqual([
      [1, "representations-warranties"],
      [3, "data-privacy"],
      [5, null],
    ]);
    expect(r.findings[0].context).toEqual({ kind: "representations-warranties", heading: "Representations and Warranties", paragraph: 0 });
    expect(r.findings[0].message).toMatch(/Representations and Warranties/);
  });

  test("a run-in numbered heading starts a section in the same paragraph", () => {
    const r = analyze(P("7. Representations and Warranties. The Contractor agrees that the Agency may include the Deliverables in training datasets."));
    expect(r.findings[0].context?.kind).toBe("representations-warranties");
  });
});

describe("the addendum", () => {
  test("title, numbered sections, every protection, in the contract's names", () => {
    const a = buildAddendum({ parties: { agency: "Client", contractor: "Designer", work: "Work Product" }, deletionDays: 45 });
    expect(a[0]).toEqual({ kind: "title", text: ADDENDUM_TITLE, level: 1 });
    expect(ADDENDUM_TITLE).toBe("Prohibition on AI Training");
    expect(new Set(a.map((p) => p.protection).filter(Boolean))).toEqual(new Set(["ai-definition", "no-ai-training", "derivative-data", "data-deletion", "audit-rights", "injunctive-relief", "survival"]));
    const text = a.map((p) => p.text).join("\n");
    expect(text).toMatch(/large language models \(LLMs\), generative AI, neural networks and predictive algorithms/);
    expect(text).toMatch(/train, fine-tune, test, validate, benchmark or improve/);
    expect(text).toMatch(/a subprocessor or a service provider/);
    expect(text).toMatch(/Within 45 days/);
    expect(text).toMatch(/shall certify in writing to the Designer, signed by an authorized officer/);
    expect(text).not.toMatch(/Agency|Contractor/);
    const headings = a.filter((p) => p.kind === "heading").map((p) => p.number);
    expect(headings).toEqual(["AI-1", "AI-2", "AI-3", "AI-4", "AI-5", "AI-6", "AI-7", "AI-8", "AI-9", "AI-10", "AI-11"]);
  });

  test("only / includeAudit pick sections and renumber them", () => {
    const a = buildAddendum({ only: ["data-deletion"] });
    expect(a.filter((p) => p.kind === "heading").map((p) => p.text)).toEqual(["AI-1. Deletion from Datasets and Models"]);
    const b = buildAddendum({ includeAudit: false });
    expect(b.some((p) => p.protection === "audit-rights")).toBe(false);
    const c = buildAddendum({ only: ["derivative-data", "no-ai-training"] });
    expect(c.find((p) => p.kind === "body" && p.protection === "derivative-data")!.text).toMatch(/restriction in Section AI-1 /);
  });

  test("findAddendum finds the title (with an 'Addendum:' prefix too) and -1 otherwise", () => {
    expect(findAddendum(P("One.", "Two."))).toBe(-1);
    expect(findAddendum(P("One.", ADDENDUM_TITLE, "Body."))).toBe(1);
    expect(findAddendum(P("Addendum: Prohibition on AI Training"))).toBe(0);
    expect(findAddendum(P("Schedule 2 \u2013 Prohibition on AI Training"))).toBe(0);
    expect(findAddendum(P("This clause mentions the Prohibition on AI Training in passing."))).toBe(-1);
  });

  test("idempotent: a re-scan recognises the addendum, credits it, and suggests nothing in it", () => {
    const contract = P('Northwind (the "Agency") engages Sam (the "Contractor").', "The Agency may use the Deliverables for any purpose.");
    const before = analyze(contract);
    expect(before.addendumPresent).toBe(false);
    expect(before.missing.length).toBe(7);
    const withAddendum = [...contract, ...buildAddendum({ parties: before.parties }).map((p) => ({ text: p.text }))];
    const after = analyze(withAddendum);
    expect(after.addendumPresent).toBe(true);
    expect(after.missing).toEqual([]);
    expect(after.findings.every((f) => f.paragraph < contract.length)).toBe(true);
    expect(after.protections.filter((p) => p.paragraph >= contract.length).every((p) => p.fromAddendum)).toBe(true);
    expect(after.score).toBeGreaterThan(before.score);
  });
});

describe("ids, dismissal, score", () => {
  const doc = P("The Agency may use the Deliverables to train its AI models.", "Payment is due in 30 days.", "The Agency may share the Deliverables with third parties.");

  test("ids are stable across re-scans and unaffected by edits to other paragraphs", () => {
    const a = analyze(doc);
    const b = analyze([doc[0], { text: "Payment is due in 45 days, and late fees apply." }, { text: "A new paragraph." }, doc[2]]);
    expect(b.findings.map((f) => f.id)).toEqual(a.findings.map((f) => f.id));
    expect(new Set(a.findings.map((f) => f.id)).size).toBe(a.findings.length);
  });

  test("identical paragraphs get distinct ids", () => {
    const r = analyze([doc[0], doc[0]]);
    expect(r.findings.length).toBe(2);
    expect(r.findings[0].id).not.toBe(r.findings[1].id);
  });

  test("dismissed findings are left out and stop costing points", () => {
    const a = analyze(doc);
    const b = analyze(doc, { dismissed: [a.findings[0].id] });
    expect(b.findings.map((f) => f.id)).toEqual(a.findings.slice(1).map((f) => f.id));
    expect(b.score).toBeGreaterThan(a.score);
  });

  test("score has a breakdown and scoreIfAccepted matches a re-scan after accepting everything", () => {
    const r = analyze(doc);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThan(r.scoreIfAccepted);
    const lost = r.breakdown.categories.reduce((s, c) => s + c.deducted, 0) + r.breakdown.protections.reduce((s, p) => s + p.deducted, 0);
    expect(r.score).toBe(Math.max(0, 100 - lost));
    expect(r.breakdown.lowered.length).toBeGreaterThan(0);
    expect(r.breakdown.wouldRaise.length).toBeGreaterThan(0);
    const accepted = applySuggestions(doc, r.findings.map((f) => f.suggestions[0]));
    const full = [...accepted, ...buildAddendum({ parties: r.parties }).map((p) => ({ text: p.text }))];
    const again = analyze(full);
    expect(again.findings).toEqual([]);
    expect(again.score).toBe(r.scoreIfAccepted);
  });

  test("a contract that never mentions AI says so", () => {
    const r = analyze(P("The Consultant will deliver six label designs."));
    expect(r.mentionsAi).toBe(false);
    expect(r.breakdown.lowered[0]).toMatch(/never mentions AI/);
  });

  test("bad input gets a clear message", () => {
    expect(() => analyze("text" as unknown as Paragraph[])).toThrow(/expects an array of paragraphs/);
    expect(() => analyze([{ text: 5 } as unknown as Paragraph])).toThrow(/Paragraph 0 has no text/);
    expect(analyze([]).findings).toEqual([]);
  });
});

describe("options from outside are checked", () => {
  test("unusable overrides and dismissed lists are ignored rather than crashing", () => {
    const doc = P("The Agency may use the Deliverables for any purpose.");
    const odd = { parties: { agency: 42, contractor: "", work: "x".repeat(500) }, dismissed: "broad-license" } as unknown as Parameters<typeof analyze>[1];
    const r = analyze(doc, odd);
    expect(r.parties.agency).toBe("Agency");
    expect(r.findings.length).toBe(1);
  });

  test("the text report says when names are generic", () => {
    expect(formatReportText(analyze(P("Nothing defined here.")))).toMatch(/You: Contractor · Other side: Agency · Your work: "Work Product" \(generic names: nothing in the text names the parties\)\n {2}TermScore could not tell who the parties are.*Please confirm/);
  });
});

describe("odd Unicode inside words", () => {
  test.each([
    ["soft hyphens", "The Agency may use the Deliverables to train its ma\u00adchine learn\u00ading models.", "ai-training-grant"],
    ["a zero-width space", "The Client\u2019s licence to the Deliverables is per\u200bpetual and irrevocable.", "broad-license"],
    ["a non-breaking hyphen", "Client may fine\u2011tune language models on the Work Product.", "ai-training-grant"],
    ["curly quotes and a non-breaking space", "Client may use the \u201cDeliverables\u201d for\u00a0any purpose.", "broad-license"],
  ])("%s: still found, offsets and originals in the original text", (_name, text, category) => {
    const r = analyze([{ text }]);
    expect(r.findings.map((f) => f.category)).toContain(category);
    for (const f of r.findings) {
      expect(text.slice(f.start, f.end)).toBe(f.trigger);
      for (const s of f.suggestions) expect(text.slice(s.start, s.end)).toBe(s.original);
    }
    // accepting the fix clears it
    const fixed = applySuggestions([{ text }], r.findings.map((f) => f.suggestions[0]));
    expect(analyze(fixed).findings).toEqual([]);
  });
});

describe("an addendum in the middle of the document", () => {
  test("ends where its structure ends: contract text after it is still read", () => {
    const addendum = buildAddendum().map((p) => ({ text: p.text }));
    const doc = [{ text: "The Agency may use the Deliverables for any purpose." }, ...addendum, { text: "The Agency may share the Deliverables with third parties." }];
    const r = analyze(doc);
    expect(r.addendumPresent).toBe(true);
    expect(r.findings.map((f) => f.paragraph)).toEqual([0, doc.length - 1]);
    expect(r.protections.filter((p) => p.fromAddendum).length).toBeGreaterThanOrEqual(7);
  });
});
