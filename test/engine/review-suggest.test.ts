/**
 * Code review defects 3–6 and 10: redlines must read as grammatical contract text, keep the
 * rights the project needs, remove opt-out defaults, and qualify whole lists.
 */
import { analyze, applySuggestions } from "../../src/engine";
import { endsInVerbOrAdjective, isPlural } from "../../src/engine/fix/suggest";
import type { Finding } from "../../src/engine/types";

const one = (text: string) => analyze([{ text }]);
const primary = (f: Finding) => f.suggestions[0];
const acceptAll = (text: string): string => {
  const r = one(text);
  return applySuggestions([{ text }], r.findings.map(primary))[0].text;
};
const fallback = (f: Finding, position: string) => f.suggestions.find((s) => s.position === position);
/** No parenthesis right after a verb or adjective trigger, i.e. between it and its object or noun. */
const SPLIT = /\b(?:aggregate|compile|process|derive|anonymized|de-identified|sublicense)\s+\(/i;

describe("review 3: verb and adjective triggers get the end-of-sentence proviso", () => {
  test.each([
    ["The Studio may use anonymized or de-identified Artwork for benchmarking.", "anonymization"],
    ["The Studio may aggregate and compile the Artwork with other client files.", "data-aggregation"],
    ["The Studio has the right to store, copy and process the Artwork.", "data-aggregation"],
    ["The Studio may derive insights from the Artwork.", "data-aggregation"],
  ])("%s", (text, category) => {
    const f = one(text).findings.find((x) => x.category === category)!;
    expect(f).toBeDefined();
    expect(endsInVerbOrAdjective(f.trigger)).toBe(true);
    const after = acceptAll(text);
    expect(after).not.toMatch(SPLIT);
    expect(after).toMatch(/, provided that the Studio may not use the Artwork or data derived from it to train, fine-tune, test or improve any artificial intelligence or machine-learning model\.$/);
    expect(one(after).findings).toEqual([]);
  });

  test("three findings in one sentence: one proviso, the others short, the whole reads well", () => {
    const text = "The Studio may aggregate the Artwork, sublicense it and use anonymized or de-identified Artwork for benchmarking.";
    const r = one(text);
    expect(r.findings.map((f) => f.category).sort()).toEqual(["anonymization", "data-aggregation", "sublicensing"]);
    const after = acceptAll(text);
    expect(after).toBe(
      "The Studio may aggregate the Artwork, sublicense it (other than for AI training) and use anonymized or de-identified Artwork (other than for AI training) for benchmarking, provided that the Studio may not use the Artwork or data derived from it to train, fine-tune, test or improve any artificial intelligence or machine-learning model.",
    );
    expect((after.match(/provided that/g) ?? []).length).toBe(1);
    expect(one(after).findings).toEqual([]);
  });

  test("a data noun's qualifier follows its whole phrase, not the middle of it", () => {
    const after = acceptAll("The Studio may collect usage data and metadata generated from the Artwork and may retain anonymized data derived from it after termination.");
    expect(after).toMatch(/usage data and metadata generated from the Artwork \(which may not be used to train/);
    expect(after).toMatch(/anonymized data derived from it \(which never includes the Artwork/);
    expect(one(after).findings).toEqual([]);
  });

  test("noun triggers keep their parenthetical qualifier", () => {
    const f = one("The Studio may use the Artwork for internal business purposes.").findings[0];
    expect(primary(f).replacement).toMatch(/^for internal business purposes \(which do not include/);
  });
});

describe("review 4: the modal flips only when the AI use is its only verb", () => {
  test("other rights are kept", () => {
    const text = "The Studio may reproduce, distribute and display the Artwork and use it as training data for its models.";
    const after = acceptAll(text);
    expect(after).toBe("The Studio may reproduce, distribute and display the Artwork but may not use it as training data for its models.");
    expect(one(after).findings).toEqual([]);
    expect(one(after).protections.map((p) => p.kind)).toContain("no-ai-training");
  });

  test("a lone AI use still flips the modal", () => {
    const f = one("The Studio may use the Artwork as training data.").findings[0];
    expect(primary(f)).toMatchObject({ original: "may", replacement: "shall not" });
  });
});

describe("review 5: opt-out defaults", () => {
  test("the primary fix removes the opt-out condition, and no second opt-out is offered", () => {
    const text = "The Studio may use the Artwork to train its AI models, unless the Illustrator opts out in writing.";
    const f = one(text).findings[0];
    expect(fallback(f, "opt-out")).toBeUndefined();
    const after = acceptAll(text);
    expect(after).not.toMatch(/opts? out/);
    expect(after).toBe("The Studio may use the Artwork solely to perform this Agreement and never to train, fine-tune, test or improve any artificial intelligence or machine-learning model.");
  });

  test("the opt-out edit never swallows another finding in between", () => {
    const r = one("We may use your Content to train our models and share it with our partners, unless you opt out.");
    expect(r.findings.map((f) => f.category).sort()).toEqual(["ai-training-grant", "sublicensing"]);
  });

  test("a leading opt-out is removed and the sentence recapitalised", () => {
    const after = acceptAll("Unless you opt out, we may use your Content to train our models.");
    expect(after).toMatch(/^We may use your Content solely to perform this Agreement and never to train/);
  });

  test("without an opt-out, the opt-out fallback is offered at the end of the sentence", () => {
    const f = one("The Studio may use the Artwork to train its AI models.").findings[0];
    expect(fallback(f, "opt-out")?.replacement).toMatch(/right to opt out of that use at any time by written notice\.$/);
  });
});

describe("review 6: the project-scope fallback", () => {
  test.each([
    "The Studio may share the Artwork with Anthropic.",
    "The Studio may use the Artwork for research and analytics.",
    "The Studio may derive insights from the Artwork.",
  ])("is one end-of-sentence form: %s", (text) => {
    const f = one(text).findings[0];
    const s = fallback(f, "project-scope")!;
    expect(s.original).toBe(".");
    expect(s.replacement).toBe(", in each case solely for the project described in this Agreement.");
    // once accepted, the sentence is recognised as already fixed
    const after = text.slice(0, s.start) + s.replacement + text.slice(s.end);
    expect(one(after).findings).toEqual([]);
  });

  test("a whole purpose phrase is still replaced", () => {
    const f = one("The Studio may use the Artwork for research.").findings[0];
    expect(fallback(f, "project-scope")).toMatchObject({ original: "for research", replacement: "solely for the project described in this Agreement" });
  });
});

describe("review 10: lesser wording", () => {
  test("a singular purpose takes 'does'", () => {
    const f = one("The Studio may use the Artwork for research.").findings[0];
    expect(primary(f).replacement).toMatch(/^for research \(which does not include/);
  });

  test("the ownership comment agrees in number with the work", () => {
    const plural = one('Contractor hereby assigns to Client all right, title and interest in the Deliverables (the "Deliverables").').findings[0];
    expect(primary(plural).comment).toMatch(/train AI on them\b/);
    const singular = one('Contractor hereby assigns to Client all right, title and interest in the Work Product (the "Work Product").').findings[0];
    expect(primary(singular).comment).toMatch(/train AI on it\b/);
  });

  test("the feedback fix qualifies the whole list", () => {
    const f = one("The Studio may use any feedback, suggestions and ideas the Illustrator provides.").findings[0];
    expect(primary(f).original).toBe("feedback, suggestions and ideas");
    expect(primary(f).replacement).toMatch(/^feedback, suggestions and ideas \(limited to comments about/);
  });

  test("isPlural", () => {
    expect(isPlural("the Deliverables")).toBe(true);
    expect(isPlural("the Work Product")).toBe(false);
    expect(isPlural("analytics")).toBe(false);
  });
});
