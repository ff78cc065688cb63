/**
 * Redlines must read as grammatical contract text, keep the
 * rights the project needs, remove opt-out defaults, and qualify whole lists.
 */
import { analyze } from "../../src/engine";
import { applySuggestions } from "../support/applySuggestions";
import { isPlural } from "../../src/engine/fix/plural";
import { endsInVerbOrAdjective } from "../../src/engine/fix/slots";
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

const AI = "train, fine-tune, test or improve any artificial intelligence or machine-learning model";

describe("one restriction per clause, at its end, whatever word the trigger ends with", () => {
  test.each([
    ["The Studio may use anonymized or de-identified Artwork for benchmarking.", "anonymization", `, provided that the Studio shall not use the Artwork or any data derived from it, in any form and whether or not anonymized or de-identified, to ${AI}.`],
    ["The Studio may aggregate and compile the Artwork with other client files.", "data-aggregation", `, provided that the Studio shall not use the Artwork, any data derived from it or any dataset that includes it to ${AI}.`],
    ["The Studio has the right to store, copy and process the Artwork.", "data-aggregation", `, provided that the Studio shall not use the Artwork, any data derived from it or any dataset that includes it to ${AI}.`],
    ["The Studio may derive insights from the Artwork.", "data-aggregation", `, provided that the Studio shall not use the Artwork, any data derived from it or any dataset that includes it to ${AI}.`],
  ])("%s", (text, category, ending) => {
    const f = one(text).findings.find((x) => x.category === category)!;
    expect(f).toBeDefined();
    expect(endsInVerbOrAdjective(f.trigger)).toBe(true);
    const after = acceptAll(text);
    expect(after).not.toMatch(SPLIT);
    expect(after.endsWith(ending)).toBe(true);
    expect(one(after).findings).toEqual([]);
  });

  test("three findings in one sentence: one edit, shared, the restriction stated once", () => {
    const text = "The Studio may aggregate the Artwork, sublicense it and use anonymized or de-identified Artwork for benchmarking.";
    const r = one(text);
    expect(r.findings.map((f) => f.category).sort()).toEqual(["anonymization", "data-aggregation", "sublicensing"]);
    const edits = new Set(r.findings.map((f) => JSON.stringify(primary(f))));
    expect(edits.size).toBe(1);
    const after = acceptAll(text);
    expect(after).toBe(
      `The Studio may aggregate the Artwork, sublicense it and use anonymized or de-identified Artwork for benchmarking, provided that the Studio shall not use the Artwork or any data derived from it to ${AI}, shall not allow anyone who receives the Artwork to do so, and shall bind each recipient to this restriction in writing.`,
    );
    expect((after.match(/artificial intelligence/g) ?? []).length).toBe(1);
    expect(one(after).findings).toEqual([]);
  });

  test("data nouns are never split by a parenthesis", () => {
    const after = acceptAll("The Studio may collect usage data and metadata generated from the Artwork and may retain anonymized data derived from it after termination.");
    expect(after).not.toMatch(/\(/);
    expect(after).toMatch(/after termination, provided that the Studio shall not use the Artwork or any data derived from it, in any form/);
    expect(one(after).findings).toEqual([]);
  });

  test("'for any purpose' keeps every purpose but AI training", () => {
    const after = acceptAll("The Studio may use the Artwork for any lawful purpose.");
    expect(after).toBe(`The Studio may use the Artwork for any lawful purpose other than to ${AI}.`);
  });
});

describe("the modal flips only when the AI use is its only verb", () => {
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

  test("'may also' flips as a whole", () => {
    const after = acceptAll("The Agency may use the Deliverables to train its AI models and may also share them with vendors to fine-tune language models.");
    expect(after).toBe("The Agency shall not use the Deliverables to train its AI models and shall not share them with vendors to fine-tune language models.");
  });
});

describe("opt-out defaults", () => {
  test("the primary fix removes the opt-out condition with the AI purpose, and no second opt-out is offered", () => {
    const text = "The Studio may use the Artwork to train its AI models, unless the Illustrator opts out in writing.";
    const f = one(text).findings[0];
    expect(fallback(f, "opt-out")).toBeUndefined();
    const after = acceptAll(text);
    expect(after).not.toMatch(/opts? out/);
    // the AI use was the permission's only purpose: it becomes a prohibition, never a general "may use"
    expect(after).toBe("The Studio shall not use the Artwork to train its AI models.");
  });

  test("the opt-out edit never swallows another finding in between", () => {
    const r = one("We may use your Content to train our models and share it with our partners, unless you opt out.");
    expect(r.findings.map((f) => f.category).sort()).toEqual(["ai-training-grant", "sublicensing"]);
  });

  test("a leading opt-out never turns a prohibition into a permission", () => {
    const after = acceptAll("Unless you opt out, we may use your Content to train our models.");
    expect(after).not.toMatch(/shall not use your Content to train our models/);
    expect(after).toMatch(/, but not to train, fine-tune/);
  });

  test("without an opt-out, the opt-out fallback is offered at the end of the sentence", () => {
    const f = one("The Studio may use the Artwork to train its AI models.").findings[0];
    expect(fallback(f, "opt-out")?.replacement).toMatch(/once the Illustrator has opted out of that use by written notice, which the Illustrator may give at any time\.$|has opted out of that use by written notice, which .* may give at any time\.$/);
  });
});

describe("the project-scope fallback names the contract's project", () => {
  const SOW = { text: "The Illustrator will create the artwork described in each Statement of Work." };
  test.each([
    "The Studio may share the Artwork with Anthropic.",
    "The Studio may use the Artwork for research and analytics.",
    "The Studio may derive insights from the Artwork.",
  ])("is one end-of-sentence form: %s", (text) => {
    const r = analyze([SOW, { text }]);
    const f = r.findings[0];
    const s = fallback(f, "project-scope")!;
    expect(s.original).toBe(".");
    // a sub-licence's recipients stay bound in this position too
    expect(s.replacement).toMatch(/is limited to the project described in the applicable Statement of Work, and no model so trained or improved may be used for any other purpose(?:\.|; the Studio shall not allow anyone who receives the Artwork to use it otherwise, and shall bind each recipient to this restriction in writing\.)$/);
    const after = text.slice(0, s.start) + s.replacement + text.slice(s.end);
    expect(analyze([SOW, { text: after }]).findings).toEqual([]);
  });

  test("a contract that describes no project gets no project-scope position", () => {
    const f = one("The Studio may use the Artwork for research.").findings[0];
    expect(fallback(f, "project-scope")).toBeUndefined();
  });
});

describe("lesser wording", () => {
  test("the ownership comment agrees in number with the work", () => {
    const plural = one('Contractor hereby assigns to Client all right, title and interest in the Deliverables (the "Deliverables").').findings[0];
    expect(primary(plural).comment).toMatch(/not to use the Deliverables for AI training/);
    expect(primary(plural).replacement).toMatch(/any data derived from them/);
    const singular = one('Contractor hereby assigns to Client all right, title and interest in the Work Product (the "Work Product").').findings[0];
    expect(primary(singular).replacement).toMatch(/any data derived from it\b/);
  });

  test("the feedback fix keeps the feedback right and takes the work out of it", () => {
    const after = acceptAll("The Studio may use any feedback, suggestions and ideas the Illustrator provides about the Artwork.");
    expect(after).toMatch(/provides about the Artwork, provided that this right does not extend to the Artwork, and the Studio shall not use any feedback to train/);
  });

  test("isPlural", () => {
    expect(isPlural("the Deliverables")).toBe(true);
    expect(isPlural("the Work Product")).toBe(false);
    expect(isPlural("analytics")).toBe(false);
  });
});
