/**
 * Issue 11: readings from the clause's structure rather than from one wording — who keeps a right,
 * whose name begins a defined term, what a "claim" is, whose style is imitated, what a metric is about.
 */
import { analyze } from "../../src/engine";
import type { Category } from "../../src/engine/types";

const report = (text: string) => analyze([{ text }]);
const categories = (text: string) => [...new Set(report(text).findings.map((f) => f.category))];
const credited = (text: string) => report(text).protections.filter((p) => p.kind === "no-ai-training" && !p.partial);

describe("denying a right is not waiving a claim", () => {
  test.each([
    "The Client will not claim any right to use the Designs to train machine learning models.",
    "The Designer has not granted, and the Client will not claim, any right to use the Designs to train machine learning models.",
    "The Studio shall not assert any licence to use the Artwork for the training of AI systems.",
  ])("a disclaimer of the right protects: %s", (text) => {
    expect(categories(text)).toEqual([]);
    expect(credited(text).length).toBeGreaterThan(0);
  });

  test.each([
    "The Designer will not assert any claim against the Client for using the Designs to train machine learning models.",
    "The Designer shall not claim against the Client for any use of the Designs to train AI models.",
  ])("a waiver of claims still permits: %s", (text) => {
    expect(categories(text)).toContain("ai-training-grant");
    expect(credited(text)).toEqual([]);
  });
});

describe("the work turned into new work in its maker's style, or fed to a generation platform", () => {
  test.each<[string, Category]>([
    ["The Studio may use the Artwork to create new works in the Illustrator's style using automated tools.", "ai-training-grant"],
    ["The Publisher may commission other writers to produce articles in the Writer's distinctive voice.", "ai-training-grant"],
    ["The Agency may feed the Copy into its content-generation platform to improve the platform's outputs.", "ai-training-grant"],
    ["The Client may load the Scripts into its video generation pipeline.", "ai-training-grant"],
  ])("flagged: %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test.each([
    "The Designer will prepare the layouts in the Client's house style.",
    "The Illustrator shall create the Artwork in the Illustrator's own style.",
  ])("not flagged: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe("metrics about the other side's own platform are not data made from the work", () => {
  test.each([
    "The Provider may collect usage metrics about the Platform to operate and secure it.",
    "The Host may keep statistics about its network and use them to plan capacity.",
  ])("not flagged: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });

  test.each([
    "The Provider may collect usage metrics about the Platform's users and the Content they upload.",
    "The Agency may collect usage data generated from the Deliverables.",
  ])("still flagged: %s", (text) => {
    expect(categories(text)).toContain("data-aggregation");
  });
});
