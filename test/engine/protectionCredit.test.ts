/**
 * A protection is credited only when it protects the freelancer's work:
 * survival, deletion and audit must concern the work or AI; a duty on the freelancer's side or a
 * remedy against the freelancer is not a protection.
 */
import { analyze, buildAddendum } from "../../src/engine";
import { actorBefore, concernsWorkOrAi } from "../../src/engine/detect/protections";
import type { ProtectionKind } from "../../src/engine/types";

const kinds = (...texts: string[]): ProtectionKind[] => analyze(texts.map((text) => ({ text }))).protections.filter((p) => !p.partial).map((p) => p.kind);

describe("protections must protect the freelancer", () => {
  test.each<[string, ProtectionKind]>([
    ["The invoicing and payment obligations survive termination.", "survival"],
    ["The fees owed under Section 4 survive expiry of this Agreement.", "survival"],
    ["Either party may audit the other's invoices for the prior year.", "audit-rights"],
    ["The Studio may engage accountants and auditors to review the fees.", "audit-rights"],
    ["The Studio shall have the right to audit the Illustrator's timesheets and use of the Artwork.", "audit-rights"],
    ["The Illustrator shall make its records of the Artwork available for inspection by the Studio.", "audit-rights"],
    ["The Illustrator shall permit the Studio to audit its use of the Artwork.", "audit-rights"],
    ["The Illustrator shall delete the Studio's Confidential Information on termination.", "data-deletion"],
    ["On termination the Illustrator shall destroy all copies of the Artwork in its possession.", "data-deletion"],
    ["The Studio may obtain injunctive relief against the Illustrator for any breach.", "injunctive-relief"],
    ["The Studio shall be entitled to injunctive relief to protect its trade marks.", "injunctive-relief"],
    ["The Illustrator shall not use the Studio's customer data to train AI models.", "no-ai-training"],
    ["The Illustrator shall not use Studio Data to train any machine learning model.", "no-ai-training"],
  ])("not credited: %s", (text, kind) => {
    expect(kinds(text)).not.toContain(kind);
  });

  test.each<[string, ProtectionKind]>([
    ["The restriction on AI training in this Agreement survives its termination.", "survival"],
    ["The Illustrator may audit the Studio's use of the Artwork once a year.", "audit-rights"],
    ["The Studio shall permit the Illustrator to audit its use of the Artwork.", "audit-rights"],
    ["Within 30 days after termination, the Studio shall delete the Artwork from all datasets.", "data-deletion"],
    ["The Illustrator may seek injunctive relief for any breach of Section 3.", "injunctive-relief"],
    ["Either party may seek injunctive relief.", "injunctive-relief"],
    ["The Studio shall not use the Artwork to train AI models.", "no-ai-training"],
    ["The Illustrator does not grant any licence to use the Artwork to train AI models.", "no-ai-training"],
    ["The Illustrator reserves all rights to use the Artwork for AI training.", "no-ai-training"],
    // reservations and scope exclusions read from their structure, not from one wording
    ["All rights in the Artwork are reserved, including the right to use the Artwork for data mining and for building AI systems.", "no-ai-training"],
    ["The Illustrator expressly reserves the use of the Artwork for text and data mining, including the training of AI models.", "no-ai-training"],
    ["Use of the Artwork to train AI models is not within the scope of the licence granted in Section 2.", "no-ai-training"],
    // a role word that begins a defined term names a thing, not the party bound
    ["Illustrator Materials shall not be used to train any artificial intelligence model.", "no-ai-training"],
    ["The Studio shall ensure that Illustrator Content is not used to train any machine learning model.", "no-ai-training"],
  ])("credited: %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  test.each([
    "All rights in the Artwork are reserved, including the right to use the Artwork for data mining and for building AI systems.",
    "The Illustrator expressly reserves the use of the Artwork for text and data mining, including the training of AI models.",
    "Use of the Artwork to train AI models is not within the scope of the licence granted in Section 2.",
  ])("a reservation or exclusion is not read as a grant: %s", (text) => {
    expect(analyze([{ text }]).findings.map((f) => f.ruleId)).toEqual([]);
  });

  // a reservation protects only when the freelancer's side keeps the right: the party is the
  // reserving verb's subject (or the one the passive names), not the last role word before the words
  test.each([
    "The Studio reserves the use of the Artwork for the training of its machine learning models.",
    "All rights in the Artwork, including the right to use it to train machine learning models, are reserved to the Studio.",
    "The Client hereby reserves all rights to use the Artwork for text and data mining and AI training.",
    "Any use of the Artwork for data mining remains reserved exclusively for the Studio.",
  ])("a reservation for the other side is no protection, and is a risk: %s", (text) => {
    const r = analyze([{ text }]);
    expect(r.protections.filter((p) => !p.partial).map((p) => p.kind)).not.toContain("no-ai-training");
    expect(r.findings.length).toBeGreaterThan(0);
  });

  test.each([
    "The Studio acknowledges that the Illustrator has reserved its rights in respect of text and data mining of the Artwork.",
    "All rights to use the Artwork for machine learning are reserved to the Illustrator.",
    "Nothing in this Agreement lets the Studio use the Artwork for data mining, and all such rights are reserved by the Illustrator.",
  ])("a reservation for the freelancer's side is credited: %s", (text) => {
    const r = analyze([{ text }]);
    expect(r.protections.filter((p) => !p.partial).map((p) => p.kind)).toContain("no-ai-training");
    expect(r.findings.map((f) => f.ruleId)).toEqual([]);
  });

  // Issue 11: a protection counts only for what it covers
  test.each<[string, ProtectionKind, RegExp]>([
    ["The Studio's obligations regarding the Artwork survive termination or expiry.", "survival", /does not name an AI restriction/],
    ["Sections 3, 4 and 5 survive termination of this Agreement.", "survival", /Sections 3, 4, 5, which hold no AI restriction/],
    ["Upon termination, all Deliverables shall be deleted and the deletion certified in writing.", "data-deletion", /does not reach training sets and models/],
    ["Upon termination the Studio shall return or destroy all Confidential Information of the Illustrator.", "data-deletion", /does not reach training sets and models/],
    ["The Studio shall not use the Artwork to train AI models without the Illustrator's prior written consent, not to be unreasonably withheld.", "no-ai-training", /not be unreasonably withheld/],
    ["The Studio shall not use the Artwork to train AI models without the Illustrator's prior written consent.", "no-ai-training", /yields to your consent/],
  ])("partial, not credited: %s", (text, kind, why) => {
    const r = analyze([{ text }]);
    expect(r.protections.filter((p) => !p.partial).map((p) => p.kind)).not.toContain(kind);
    const partial = r.protections.find((p) => p.kind === kind && p.partial);
    expect(partial?.partial).toMatch(why);
    expect(r.missing).toContain(kind);
    expect(r.partial).toContain(kind);
    expect(r.breakdown.lowered.join(" ")).toMatch(/Only partly there/);
  });

  test("survival naming the sections that hold the AI restriction covers it", () => {
    const doc = [
      "3. Use of the Artwork. The Studio shall not use the Artwork to train any AI model.",
      "4. Fees. The Studio shall pay the fees within 30 days.",
      "9. Survival. Sections 3 and 4 survive termination of this Agreement.",
    ].map((text) => ({ text }));
    const r = analyze(doc);
    const s = r.protections.find((p) => p.kind === "survival")!;
    expect(s.partial).toBeUndefined();
    expect(r.missing).not.toContain("survival");
    // the same clause pointing at sections without the restriction does not
    const other = analyze([doc[0], doc[1], { text: "9. Survival. Section 4 survives termination of this Agreement." }]);
    expect(other.protections.find((p) => p.kind === "survival")?.partial).toMatch(/Section 4, which holds no AI restriction/);
  });

  test("the freelancer's own duty to return the client's material is no deletion protection", () => {
    const r = analyze([{ text: "On termination the Illustrator shall return or destroy all Confidential Information of the Studio." }]);
    expect(r.protections.map((p) => p.kind)).not.toContain("data-deletion");
  });

  test("a contractor-side prohibition is neither a risk nor a protection", () => {
    const r = analyze([{ text: "The Illustrator shall not use the Studio's customer data to train AI models." }]);
    expect(r.findings).toEqual([]);
    expect(r.protections).toEqual([]);
  });

  test.each([
    [{}, "defaults"],
    [{ agency: "Client", contractor: "Designer", work: "Deliverables" }, "role names"],
    [{ agency: "Northwind Studio Inc.", contractor: "Sam Lee", work: "Artwork" }, "proper names"],
  ] as Array<[Record<string, string>, string]>)("the generated addendum is still recognised in full (%#: %s)", (parties) => {
    const doc = buildAddendum({ parties }).map((p) => ({ text: p.text }));
    const r = analyze([{ text: "The Client may use the Deliverables for its campaign." }, ...doc]);
    expect(r.missing).toEqual([]);
  });

  test("helpers: who acts, and whether the sentence is about the work", () => {
    expect(actorBefore("The Client shall delete", 17)).toBe("agency");
    expect(actorBefore("On the Client's request, the Contractor shall delete", 46)).toBe("contractor");
    expect(actorBefore("Either party may audit", 17)).toBe("mutual");
    expect(actorBefore("All copies shall be deleted", 20)).toBeNull();
    expect(concernsWorkOrAi("The Deliverables survive.")).toBe(true);
    expect(concernsWorkOrAi("The payment obligations survive.")).toBe(false);
  });
});
