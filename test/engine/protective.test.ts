/** Protective language is never a risk, and is credited; words in other senses are not risks. */
import { analyze } from "../../src/engine";

const risky = (paragraphs: string[]) => analyze(paragraphs.map((text) => ({ text }))).findings;
const kinds = (paragraphs: string[]) => analyze(paragraphs.map((text) => ({ text }))).protections.map((p) => p.kind);

describe("protective language", () => {
  test.each([
    "The Client shall not use the Deliverables to train, test or improve any AI model.",
    "The Client is strictly prohibited from ingesting the Work Product into any machine learning system.",
    "The Client owns the copyright, but retains no license to use the work for AI training.",
    "No licence granted in this Agreement permits use of the Deliverables for machine learning training.",
    "The Agency may use the Deliverables for any purpose except training artificial intelligence models.",
    "The Agency may use the Deliverables in its campaigns, provided that it does not use them to train any AI model.",
    "Use of the Work Product to train generative AI models is prohibited.",
    "The Studio will not, and will ensure that its affiliates do not, use the Materials to fine-tune any language model.",
    "The Agency may use the Deliverables to train AI models only with the Contractor's prior written consent.",
    "The Author reserves all rights to use the Work for generative AI training.",
  ])("credited, not flagged: %s", (text) => {
    expect(risky([text]).filter((f) => f.category === "ai-training-grant")).toEqual([]);
    expect(kinds([text])).toContain("no-ai-training");
  });

  test("a negated lead-in governs the list that follows it, in separate paragraphs", () => {
    const doc = [
      "The Client shall not:",
      "(a) use the Work Product to train any machine learning model;",
      "(b) share the Work Product with third parties; or",
      "(c) include the Work Product in training datasets.",
      "The Client may use the Work Product to train its AI models.",
    ];
    const f = risky(doc);
    expect(f.map((x) => x.paragraph)).toEqual([4]);
    expect(analyze(doc.map((text) => ({ text }))).protections.filter((p) => p.kind === "no-ai-training").map((p) => p.paragraph)).toEqual([1, 3]);
  });

  test("a negated lead-in governs a list after a colon in the same paragraph", () => {
    expect(risky(["The Client shall not: (a) use the Deliverables to train AI models; (b) sublicense the Deliverables; or (c) share them with AI vendors."])).toEqual([]);
  });

  test("a negation does not reach past a contrast", () => {
    const f = risky(["The Agency will not sell the Deliverables, but may use them to train its machine learning models."]);
    expect(f.map((x) => x.ruleId)).toEqual(["ai-training-grant/train-models"]);
  });

  test("a negation inside a condition does not govern the main clause", () => {
    const f = risky(["If the Client does not object in writing, the Agency may use the Deliverables to train its AI models."]);
    expect(f.map((x) => x.category)).toEqual(["ai-training-grant"]);
  });

  test("'including but not limited to' and 'without limitation' are not negations", () => {
    expect(risky(["The Agency may use the Deliverables for purposes including but not limited to training machine learning models."]).length).toBeGreaterThan(0);
    expect(risky(["The Agency may, without limitation, use the Deliverables to train AI models."]).length).toBeGreaterThan(0);
  });

  test("an opt-out default is still a grant", () => {
    expect(risky(["The Agency may use the Content to train its AI models; the Contractor may opt out in the account settings."]).map((f) => f.category)).toContain("ai-training-grant");
  });
});

describe("words in other senses", () => {
  test.each([
    "The Contractor will provide two days of training to the Client's staff.",
    "The Agency will train its employees to use the new design system.",
    "All files will be delivered in a machine-readable format.",
    "The Vendor grants the Customer a perpetual, irrevocable license to use the Software and Documentation for its internal business purposes.",
    "The Contractor will build a data model for the Client's reporting dashboard.",
    "Either party may assign this Agreement to a successor without consent.",
    "The Contractor shall keep records for audit purposes.",
  ])("not a risk: %s", (text) => {
    expect(risky([text])).toEqual([]);
  });
});

describe("exclusions and exceptions", () => {
  test("an exception after an AI exclusion still grants what it grants", () => {
    const f = risky(["The Agency may not use the Work to train models, except that it may use anonymized data for analytics."]);
    // One finding per clause: "for analytics" is the purpose of the anonymized data, so the
    // anonymization finding carries it (its fix already limits what the data may be used for).
    expect(f.map((x) => x.category)).toEqual(["anonymization"]);
  });

  test("an AI exclusion later in the sentence limits the grant before it", () => {
    expect(risky(["The Agency may use the Deliverables for any purpose, provided that it does not use them to train any AI model."])).toEqual([]);
  });
});

describe("negations that permit", () => {
  test.each([
    "The Client does not need the Contractor's consent to use the Work to train AI models.",
    "No consent is required for the Agency to use the Deliverables to train its AI models.",
    "The Agency is not restricted from using the Deliverables to train machine learning models.",
    "Nothing in this Agreement prevents the Agency from using the Deliverables to train its AI models.",
    "Contractor acknowledges that Company is under no obligation to refrain from using the Deliverables to train AI.",
    "The Agency may not only publish the Deliverables but also use them to train its AI models.",
  ])("a grant, not a protection: %s", (text) => {
    const r = analyze([{ text }]);
    expect(r.findings.map((f) => f.category)).toContain("ai-training-grant");
    expect(r.protections.map((p) => p.kind)).not.toContain("no-ai-training");
  });

  test("a liability disclaimer is neither a grant nor a protection", () => {
    const r = analyze([{ text: "The Agency shall not be liable for any use of the Deliverables to train AI models by third parties." }]);
    expect(r.findings).toEqual([]);
    expect(r.protections).toEqual([]);
  });
});

describe("more protective wordings", () => {
  test.each([
    "Under no circumstances may the Client use the Deliverables to train an AI model.",
    "The Agency shall ensure that none of the Deliverables are used to train machine learning models.",
    "The Agency covenants that it will never feed the Work Product into any large language model.",
    "It is agreed that the Client will make no use of the Materials for machine learning purposes.",
    "The Deliverables may be used only for the Campaign and may not be used to develop or improve any AI system.",
    "The licence granted in Section 4 excludes any right to use the Deliverables for training artificial intelligence.",
    "Any use of the Deliverables for AI training is a material breach of this Agreement.",
    "The Client shall not, directly or indirectly, use the Work Product in connection with the training of any neural network.",
    "The Agency must not sublicense, sell or share the Deliverables with any third party for AI training.",
    "Client agrees that it will not, and will not allow others to, scrape, mine or ingest the Content into any machine learning system.",
    "The Agency is prohibited from using anonymized or aggregated data derived from the Deliverables to train models.",
  ])("not flagged, credited: %s", (text) => {
    const r = analyze([{ text }]);
    expect(r.findings).toEqual([]);
    expect(r.protections.map((p) => p.kind)).toContain("no-ai-training");
  });
});
