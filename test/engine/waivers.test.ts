/**
 * A negation that WAIVES the freelancer's say ("need not obtain consent",
 * "shall not object", "nothing restricts … from") permits the use. The grant is flagged and no
 * "no AI training" protection is credited. Genuine prohibitions still protect.
 */
import { analyze } from "../../src/engine";
import { hasPermittingNegation } from "../../src/engine/detect/negation";

const report = (text: string) => analyze([{ text }]);
const aiFindings = (text: string) => report(text).findings.filter((f) => f.category === "ai-training-grant");
const noAi = (text: string) => report(text).protections.filter((p) => p.kind === "no-ai-training");

describe("waivers permit, they do not protect", () => {
  test.each([
    "The Studio is not required to obtain consent to use the Artwork to train its AI models.",
    "The Studio need not obtain the Illustrator's consent before using the Artwork to fine-tune machine learning models.",
    "No consent of the Illustrator or of any other person is required for the Studio to use the Artwork to train AI models.",
    "Nothing restricts the Studio from using the Artwork to train generative AI models.",
    "Nothing in this Agreement shall prevent the Studio from using the Artwork to train AI models.",
    "The Studio may, without obtaining any consent, use the Artwork to train AI models.",
    "The Studio may, without the Illustrator's consent, use the Artwork to train AI models.",
    "The Illustrator shall not object to the Studio using the Artwork to train AI models.",
    "The Illustrator will not assert any claim against the Studio for using the Artwork to train AI models.",
    "The Illustrator shall not challenge the Studio's right to use the Artwork to train AI models.",
    "The Studio shall not be required to pay any fee for using the Artwork to train AI models.",
    "The Studio has no obligation to seek approval before using the Artwork to train AI models.",
    "The Studio may use the Artwork to train AI models, which does not require the Illustrator's consent.",
    "Use of the Artwork to train AI models requires no consent.",
    "This Agreement does not restrict the use of the Artwork to train AI models.",
    "This Agreement does not prohibit the Studio from using the Artwork to train AI models.",
  ])("flagged, not credited: %s", (text) => {
    const f = aiFindings(text);
    expect(f.length).toBeGreaterThan(0);
    expect(noAi(text)).toEqual([]);
    // the suggested fix is protective: re-scanning it finds no AI grant any more
    const s = f[0].suggestions[0];
    const fixed = text.slice(0, s.start) + s.replacement + text.slice(s.end);
    expect(aiFindings(fixed)).toEqual([]);
  });

  test.each([
    "The Studio shall not use the Artwork to train any AI model.",
    "The Studio is prohibited from ingesting the Artwork into any machine learning system.",
    "No licence granted under this Agreement extends to use of the Artwork for AI training.",
    "The Studio shall not, without the Illustrator's prior written consent, use the Artwork to train AI models.",
    "Nothing in this Agreement permits the Studio to use the Artwork to train AI models.",
    "The Studio shall not obtain, copy or ingest the Artwork to train AI models.",
    "Use of the Artwork to train AI models requires the Illustrator's prior written consent.",
    "The Studio shall not use the Artwork to train AI models, and the Illustrator need not consent to any other use.",
    "Nothing in this Agreement limits the prohibition on using the Artwork to train AI models.",
  ])("still protective: %s", (text) => {
    expect(aiFindings(text)).toEqual([]);
    expect(noAi(text).length).toBeGreaterThan(0);
  });

  // Decision: a use allowed "only with the freelancer's prior written consent" is an opt-in, the
  // seed's strongest position after a ban: the freelancer decides. It is credited as a protection.
  test("consent-gated use (opt-in) is treated as protective", () => {
    const text = "The Studio may use the Artwork to train AI models only with the Illustrator's prior written consent.";
    expect(aiFindings(text)).toEqual([]);
    expect(noAi(text).length).toBe(1);
  });

  test("a waiver is no negated lead-in: the list after it grants", () => {
    const r = analyze([{ text: "The Illustrator shall not object to any of the following:" }, { text: "(a) the Studio using the Artwork to train AI models." }]);
    expect(r.findings.filter((f) => f.category === "ai-training-grant").map((f) => f.paragraph)).toEqual([1]);
    expect(r.protections.filter((p) => p.kind === "no-ai-training")).toEqual([]);
  });

  test("a negation in an 'if' condition does not waive the main clause", () => {
    const text = "If the Illustrator does not object in writing, the Studio shall not use the Artwork to train AI models.";
    expect(aiFindings(text)).toEqual([]);
  });

  test("hasPermittingNegation tells waivers from prohibitions", () => {
    expect(hasPermittingNegation("The Studio need not ask")).toBe(true);
    expect(hasPermittingNegation("The Illustrator shall not object to")).toBe(true);
    expect(hasPermittingNegation("The Studio shall not use")).toBe(false);
    expect(hasPermittingNegation("The Studio is not permitted to")).toBe(false);
  });
});
