/**
 * Clauses that look like grants over the work but are about something else, and a prohibition in
 * the passive voice (issue 11: ≤ 3 % of protective and neutral clauses flagged; no protective clause
 * flagged). Each neutral form has a risky twin that must still be found. Sentences written for these tests.
 */
import { analyze } from "../../src/engine";

const flags = (text: string) => analyze([{ text }]).findings.map((f) => f.category);

describe("look-alikes that pass nothing of the work on", () => {
  test.each([
    [
      "data protection: sub-processors of personal data",
      "The Processor may appoint sub-processors to process personal data on the Controller's behalf, after notice to the Controller.",
      "The Processor may appoint sub-processors to process the Content and personal data on the Controller's behalf.",
    ],
    [
      "usage data kept to run the service: support and billing",
      "The Provider may collect and use information about the Customer's use of the Software to provide support and to bill the Customer.",
      "The Provider may collect and use information about the Customer's use of the Software to improve its products.",
    ],
  ])("%s", (_form, neutral, risky) => {
    expect(flags(neutral)).toEqual([]);
    expect(flags(risky).length).toBeGreaterThan(0);
  });
});

describe("a prohibition in the passive voice", () => {
  test("'may not be processed by machine learning algorithms' protects; 'may be analysed by AI tools' grants", () => {
    const no = analyze([{ text: "The Client agrees that the Photographs are licensed for human viewing only and may not be processed by machine learning algorithms." }]);
    expect(no.findings).toEqual([]);
    expect(no.protections.map((p) => p.kind)).toContain("no-ai-training");
    expect(flags("The Client may have the Photographs analysed by artificial intelligence tools.")).toContain("ai-training-grant");
  });

  test("training 'on conversations' with no determiner: a ban protects, a permission grants, staff training is neither", () => {
    const no = analyze([{ text: "By default, we do not train on conversations from business accounts." }]);
    expect(no.findings).toEqual([]);
    expect(no.protections.map((p) => p.kind)).toContain("no-ai-training");
    expect(flags("We may train on conversations and uploads from free accounts.")).toContain("ai-training-grant");
    expect(flags("Employees must be trained on messages they receive from customers.")).toEqual([]);
  });

  test("'must obtain the Author's consent before using the Work to train': a prohibition, partial unless consent may be refused at will", () => {
    const gated = analyze([{ text: "The Client shall first obtain the Designer's written approval before it uses the Artwork to fine-tune any generative model." }]);
    expect(gated.findings).toEqual([]);
    expect(gated.protections.find((p) => p.kind === "no-ai-training")?.partial).toMatch(/consent/);
    const atWill = analyze([{ text: "The Publisher must obtain the Author's prior written consent, which may be withheld at the Author's absolute discretion, before using the Work to train any AI system." }]);
    expect(atWill.findings).toEqual([]);
    expect(atWill.protections.find((p) => p.kind === "no-ai-training")?.partial).toBeUndefined();
    // an approval of something else, then a permission: still a grant
    expect(flags("The Client must obtain the Designer's approval of the final colours, and may use the Artwork to train its AI models.")).toContain("ai-training-grant");
  });
});

describe("a double negation: 'not excluded from' training includes the work", () => {
  test("'is excluded from model training' protects; 'is not excluded from …' grants and is no protection", () => {
    const no = analyze([{ text: "Articles the Writer uploads are excluded from model training." }]);
    expect(no.findings).toEqual([]);
    expect(no.protections.map((p) => p.kind)).toContain("no-ai-training");
    const yes = analyze([{ text: "Articles the Writer uploads are not excluded from the datasets the Company uses to train its models." }]);
    expect(yes.findings.map((f) => f.category)).toEqual(["ai-training-grant"]);
    expect(yes.protections.map((p) => p.kind)).not.toContain("no-ai-training");
    // the double negation is nothing in a clause about something else
    const other = analyze([{ text: "No claim is excluded from the limitation of liability in Section 9." }]);
    expect(other.findings).toEqual([]);
    expect(other.protections.map((p) => p.kind)).not.toContain("no-ai-training");
  });
});

describe("a prohibition named after the phrase must be about the phrase", () => {
  test.each([
    ["permission needed for another act", "The Client may use the Deliverables to train its AI models, although it will need our permission to resell them."],
    ["a licence needed for other uses", "The Client may use the Deliverables to train its AI models and will need a separate licence for any other use."],
    ["a switch they may turn back on", "We have disabled model training on the Deliverables, but may re-enable it at any time."],
    ["off by default, on at their discretion", "Model training on Customer Content is disabled by default, and we may enable it at our discretion."],
  ])("%s: still a grant, no protection", (_form, text) => {
    const r = analyze([{ text }]);
    expect(r.findings.map((f) => f.category)).toContain("ai-training-grant");
    expect(r.protections.map((p) => p.kind)).not.toContain("no-ai-training");
  });

  test.each([
    ["switched off for good", "We have disabled model training on the Deliverables."],
    ["off unless the user turns it on", "Model training on your content is disabled by default; you can turn it on in Settings."],
  ])("%s: a protection", (_form, text) => {
    const r = analyze([{ text }]);
    expect(r.findings).toEqual([]);
    expect(r.protections.map((p) => p.kind)).toContain("no-ai-training");
  });
});

describe("a consent gate written as a need: 'will need X's permission to use … to train'", () => {
  test("prohibits, partly (consent may unlock it); needing the work itself to train grants", () => {
    const gate = analyze([{ text: "The Client will need the Contractor's permission to use the Deliverables to train AI models." }]);
    expect(gate.findings).toEqual([]);
    const p = gate.protections.find((x) => x.kind === "no-ai-training");
    expect(p?.partial).toMatch(/consent/);
    expect(flags("The Agency needs the Deliverables to train its machine learning models.")).toContain("ai-training-grant");
  });
});
