import { analyze, CATEGORIES, checkRules, RULES, type RuleData } from "../../src/engine";
import { applySuggestions } from "../support/applySuggestions";
import { findingsOf, runRuleTable } from "./ruleTester";
import { scanDocument } from "../../src/engine/scan/ruleSet";

const AI = "train, fine-tune, test or improve any artificial intelligence or machine-learning model";

describe("rule data", () => {
  test("loads: unique ids, patterns compile, every rule's own examples behave", () => {
    expect(() => checkRules(RULES)).not.toThrow();
  });

  // V8 (Node, Chromium, Edge's WebView2) stops optimising a regular expression whose source is
  // longer than 20 KB (kRegExpTooLargeToOptimize): ai-training-use at 20.7 KB ran 5x slower on
  // real contract text than at 19.9 KB. Every pattern a rule compiles stays below that cliff.
  test("no rule pattern is large enough to lose V8's regular-expression optimisations (20 KB)", () => {
    const sizes = RULES.flatMap((r) => [r.pattern, ...("requires" in r && r.requires ? r.requires : []), "unless" in r && r.unless ? r.unless : "", "unlessAfter" in r && r.unlessAfter ? r.unlessAfter : ""].map((src) => [r.id, src.length] as const));
    expect(sizes.filter(([, n]) => n >= 20 * 1024)).toEqual([]);
  });

  test("every category of the issue has rules, and every rule explains itself", () => {
    expect(new Set(RULES.map((r) => r.category))).toEqual(new Set(CATEGORIES));
    for (const r of RULES) {
      expect(r.message.length).toBeGreaterThan(20);
      expect(r.rationale.length).toBeGreaterThan(20);
      expect(r.examples.invalid.length).toBeGreaterThan(0);
      expect(r.examples.valid.length).toBeGreaterThan(0);
      expect(r.anchors.length).toBeGreaterThan(0);
    }
    expect(RULES.filter((r) => r.category === "ai-training-grant").every((r) => r.severity === "high")).toBe(true);
  });

  test("the loader refuses a rule whose example fails, a duplicate id and a bad pattern", () => {
    const base = RULES[0] as RuleData;
    const broken: RuleData = { ...base, id: "ai-training-grant/broken", examples: { invalid: ["Nothing risky here."], valid: [] } };
    expect(() => checkRules([...RULES, broken])).toThrow(/does not flag its invalid example/);
    expect(() => checkRules([...RULES, { ...base }])).toThrow(/duplicate rule id/);
    expect(() => checkRules([{ ...base, id: "ai-training-grant/bad", pattern: "(" }])).toThrow(/does not compile/);
    const wrongValid: RuleData = { ...base, id: "ai-training-grant/wrong-valid", examples: { invalid: [], valid: ["Client may use the Work Product to train its AI models."] } };
    expect(() => checkRules([wrongValid])).toThrow(/flags its valid example/);
  });

  test("rules past the anchor index's own bits share one and still run (two extra rules after the built-in ones)", () => {
    const extra = (n: number, word: string): RuleData => ({
      ...(RULES[0] as RuleData),
      id: `ai-training-grant/extra-${n}`,
      pattern: `\\b${word}\\b`,
      requires: [],
      anchors: [word],
      examples: { invalid: [`The Client may ${word} the Deliverables.`], valid: ["The Client pays the fee."] },
    });
    const crs = checkRules([...RULES, extra(1, "plonk"), extra(2, "zorble")]);
    expect(crs.length).toBe(RULES.length + 2);
    const ids = (text: string) => scanDocument([{ text }], crs).findings.map((f) => f.ruleId);
    expect(ids("The Client may zorble the Deliverables.")).toContain("ai-training-grant/extra-2");
    expect(ids("The Client may zorble the Deliverables.")).not.toContain("ai-training-grant/extra-1");
  });

  test("every rule: each suggestion of each invalid example, once applied, no longer triggers that rule", () => {
    for (const rule of RULES) {
      for (const text of rule.examples.invalid) {
        const found = findingsOf(analyze([{ text }]), rule.id);
        expect(found.length).toBeGreaterThan(0);
        for (const f of found) {
          expect(f.suggestions[0].position).toBe("primary");
          for (const s of f.suggestions) {
            const out = applySuggestions([{ text }], [s])[0].text;
            expect(out).not.toBe(text);
            expect({ rule: rule.id, out, again: findingsOf(analyze([{ text: out }]), rule.id).map((x) => x.trigger) }).toEqual({ rule: rule.id, out, again: [] });
          }
        }
      }
    }
  });
});

runRuleTable("ai-training-grant/train-models", {
  valid: [
    "The Client shall not use the Deliverables to train any machine learning model.",
    "The Contractor will run two training sessions for the Client's staff on the new content models.",
    "Client may not, without Contractor's prior written consent, use the Work Product to fine-tune any language model.",
    "If the Client does not pay, the Client shall not use the Work Product to train any AI model.",
    "Use of the Deliverables to train neural networks is strictly prohibited.",
  ],
  invalid: [
    {
      text: "The Agency may use the Deliverables to train its machine learning models.",
      trigger: "to train its machine learning models",
      output: "The Agency shall not use the Deliverables to train its machine learning models.",
      positions: ["opt-out"],
    },
    {
      text: "Client will not sell the Content, but may use it to fine-tune large language models.",
      trigger: "to fine-tune large language models",
    },
    {
      text: "Company may train AI models on the Work Product.",
      trigger: "train AI models",
      output: "Company shall not train AI models on the Work Product.",
    },
  ],
});

runRuleTable("ai-training-grant/improve-ai", {
  valid: ["Client will not use the Work Product to improve any machine learning algorithm.", "Contractor will develop a responsive website for Client."],
  invalid: [
    {
      text: "Client may use the Work Product to improve its machine learning algorithms.",
      trigger: "to improve its machine learning algorithms",
      output: "Client shall not use the Work Product to improve its machine learning algorithms.",
    },
  ],
});

runRuleTable("ai-training-grant/ai-training-use", {
  valid: ["Agency shall not include the Deliverables in any training dataset.", "Client shall keep the files in machine-readable form."],
  invalid: [
    { text: "Agency may use the Deliverables for machine learning purposes.", trigger: "for machine learning purposes" },
    { text: "Company may upload the Work Product into generative AI tools.", trigger: "upload the Work Product into generative AI tools", output: "Company shall not upload the Work Product into generative AI tools." },
  ],
});

runRuleTable("ai-training-grant/ai-purpose-listed", {
  valid: ["Agency may use the Content for the purposes of marketing and reporting."],
  invalid: [
    {
      text: "Agency may use the Content for the purposes of marketing, analytics, machine learning and quality assurance.",
      trigger: "machine learning",
      output: "Agency may use the Content for the purposes of marketing, analytics and quality assurance.",
    },
  ],
});

runRuleTable("broad-license/any-purpose", {
  valid: ["Client shall not use the deliverables for any purpose other than the Project.", "Either party may terminate this Agreement for any reason.", "Client may use the Deliverables for any purpose related to the Project."],
  invalid: [
    {
      text: "Client may use the deliverables for any purpose.",
      trigger: "for any purpose",
      output: "Client may use the deliverables for any purpose other than to train, fine-tune, test or improve any artificial intelligence or machine-learning model.",
      positions: ["opt-out"],
    },
  ],
});

runRuleTable("broad-license/perpetual-irrevocable", {
  valid: ["Vendor grants Customer a perpetual license to use the Software and its Documentation.", "The licence ends when this Agreement ends."],
  invalid: [
    {
      text: "Contractor grants the Agency a perpetual, irrevocable licence to use the Deliverables.",
      trigger: "perpetual, irrevocable",
      output: `Contractor grants the Agency a perpetual, irrevocable licence to use the Deliverables, provided that the Agency shall not use the Deliverables or any data derived from them to ${AI}.`,
    },
  ],
});

runRuleTable("broad-license/any-media", {
  valid: ["Client may publish the Work in print and on its website."],
  invalid: [{ text: "Client may publish the Work in any media now known or hereafter devised.", trigger: "in any media now known or hereafter devised" }],
});

runRuleTable("ambiguous-purpose/internal-purposes", {
  valid: ["Customer may install the Software for its internal business purposes.", "Client shall not use the data for internal business purposes."],
  invalid: [
    {
      text: "Client may process the data for internal business purposes.",
      trigger: "for internal business purposes",
      output: `Client may process the data for internal business purposes, provided that Client shall not use the Work Product, any data derived from it or any dataset that includes it to ${AI}.`,
    },
  ],
});

runRuleTable("ambiguous-purpose/improve-services", {
  valid: ["Contractor will improve the website's loading speed.", "Company may not use the Content to improve its products."],
  invalid: [{ text: "Company may use the Content to improve its products and services.", trigger: "to improve its products and services" }],
});

runRuleTable("data-aggregation/derived-data", {
  valid: ["Agency shall not compile the Work Product into any dataset.", "The invoice lists the hours worked."],
  invalid: [{ text: "Agency may collect and use usage data generated from the Deliverables.", trigger: "usage data" }],
});

runRuleTable("feedback/feedback-rights", {
  valid: ["The Consultant will send comments on the draft each Friday.", "Client shall not use any feedback from Contractor to train AI models."],
  invalid: [{ text: "Client may use any feedback Contractor provides without restriction.", trigger: "feedback" }],
});

runRuleTable("anonymization/anonymized-use", {
  valid: ["Agency shall not use anonymized data derived from the Deliverables.", "The survey responses are anonymous."],
  invalid: [{ text: "Agency may retain and use anonymized data derived from the Deliverables.", trigger: "anonymized data" }],
});

runRuleTable("sublicensing/share-third-parties", {
  valid: ["Agency shall not disclose the Deliverables to any third party.", "Either party may assign this Agreement to an affiliate."],
  invalid: [
    {
      text: "Agency may share the Deliverables with its affiliates and service providers.",
      trigger: "its affiliates and service providers",
      output: `Agency may share the Deliverables with its affiliates and service providers, provided that Agency shall not use the Deliverables or any data derived from them to ${AI}, shall not allow anyone who receives the Deliverables to do so, and shall bind each recipient to this restriction in writing.`,
    },
  ],
});

runRuleTable("sublicensing/sublicense", {
  valid: ["Client may not sublicense the Deliverables.", "Client receives a non-sublicensable licence to the Deliverables."],
  invalid: [{ text: "Client may sublicense the Deliverables to its customers.", trigger: "sublicense" }],
});

runRuleTable("ownership/work-for-hire", {
  valid: ["The Consultant is hired for a term of six months."],
  invalid: [
    {
      text: "All Deliverables shall be works made for hire.",
      trigger: "works made for hire",
      output: `All Deliverables shall be works made for hire; however, the Agency covenants, for itself and its successors, assignees and licensees, that none of them will use the Deliverables or any data derived from them to ${AI}, and the Agency shall make every transfer or license of the Deliverables subject to this covenant.`,
    },
  ],
});

runRuleTable("ownership/assignment", {
  valid: ["Neither party may assign this Agreement without consent.", "Contractor retains all rights in its pre-existing tools."],
  invalid: [{ text: "Contractor hereby assigns to Client all right, title and interest in the Work Product.", trigger: "hereby assigns to Client all right, title and interest" }],
});

runRuleTable("broad-license/perpetuity-universe", {
  valid: ["The Studio has offices throughout the world."],
  invalid: [
    {
      text: "Studio may exploit the Artwork in all media throughout the universe in perpetuity.",
      trigger: "in all media throughout the universe in perpetuity",
      output: `Studio may exploit the Artwork in all media throughout the universe in perpetuity, provided that Studio shall not use the Artwork or any data derived from it to ${AI}.`,
    },
  ],
});

runRuleTable("ai-training-grant/ai-training-use", {
  valid: ["Client will provide Contractor with training data for the model Contractor builds."],
  invalid: [{ text: "Agency may use the Materials as prompts for large language models.", trigger: "as prompts for large language models" }],
});

describe("the three parts of the AI-use rule (ai-training-use, ai-system-use, ai-derived-use)", () => {
  // each part keeps only the valid examples about its own wording: together they must flag none of them
  const PARTS = ["ai-training-grant/ai-training-use", "ai-training-grant/ai-system-use", "ai-training-grant/ai-derived-use"];
  const valid = RULES.filter((r) => PARTS.includes(r.id)).flatMap((r) => [...r.examples.valid]);
  test.each(valid)("none flags: %s", (text) => {
    expect(analyze([{ text }]).findings.filter((f) => PARTS.includes(f.ruleId))).toEqual([]);
  });
  // 17 KB: 3 KB of room below the cliff, checked on every change (the third part was split off when
  // the second passed 17 KB)
  test("each pattern stays well under V8's 20 KB line", () => {
    for (const id of PARTS) expect(new RegExp(RULES.find((r) => r.id === id)!.pattern).source.length).toBeLessThan(17 * 1024);
  });
});
