/**
 * Issue 11: prohibitions written in forms other than "shall not" — a wish that must first go through
 * a licence or consent, a purported grant declared void, "is not, and shall not be deemed to be, a
 * permitted use", "nothing authorises", a lead-in of exclusions, "reserves the rights … against" —
 * and processing flowed down under data-protection terms, which is no onward grant of the work.
 */
import { analyze } from "../../src/engine";

const report = (text: string) => analyze([{ text }]);
const categories = (text: string) => [...new Set(report(text).findings.map((f) => f.category))];
const aiProtections = (text: string) => report(text).protections.filter((p) => p.kind === "no-ai-training");

describe("prohibitions in other forms", () => {
  test.each([
    "Should the Agency wish to use the Artwork with any AI system, it must first obtain a separate written licence from the Illustrator.",
    "Any purported licence of the Deliverables for the training of artificial intelligence shall be void.",
    "For this Agreement, the training of any machine learning model on the Deliverables is not, and shall not be deemed to be, a permitted use.",
    "Nothing authorises the Client to license the Designs to developers of artificial intelligence.",
    "The licence of the Work is subject to the following exclusions: (a) use in any machine-learning training set; (b) resale.",
    "The Translator expressly reserves the rights in the Translations against text and data mining.",
    "The Client may not enter the Copy as a prompt into any generative AI tool.",
    "The Publisher will not use the Recordings to create any synthetic narration voice.",
  ])("credited, not flagged: %s", (text) => {
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text).length).toBeGreaterThan(0);
  });

  test("a wish that must go through notice and the maker's consent is a partial prohibition", () => {
    const text = "Where the Publisher wishes to use any Poem for machine learning, it shall notify the Writer, explain the use and obtain the Writer's written consent.";
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text)[0]?.partial).toMatch(/consent/);
  });

  test.each([
    "The Company reserves the rights to use the Deliverables for machine learning.",
    "Any licence of the Deliverables for the training of artificial intelligence shall be royalty-free.",
  ])("still a grant: %s", (text) => {
    expect(categories(text)).toContain("ai-training-grant");
  });
});

describe("processing flowed down under data-protection terms", () => {
  test("sub-processors running the service under data protection obligations: no onward grant", () => {
    expect(categories("The Provider may use sub-processors to run the Services, provided that it imposes data protection obligations on each of them.")).toEqual([]);
  });
  test("sub-processors hosting the work itself are still named", () => {
    expect(categories("The Provider may use sub-processors to host the Deliverables, provided that it imposes data protection obligations on each of them.")).toContain("sublicensing");
  });
});
