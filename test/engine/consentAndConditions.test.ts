/**
 * Issue 11: an act named in a condition ("If the Agency wishes to …", "Should the Client decide to …")
 * is read with its main clause — consent first (a partial prohibition), a plain refusal (a
 * prohibition), or a permission (a grant) — and consent required "before" the act gates it.
 * Also: AI systems named by what they do (style transfer, programs able to generate works in a
 * style, synthetic speech), and purposes tied to the receiver's business or operations.
 */
import { analyze } from "../../src/engine";

const report = (text: string) => analyze([{ text }]);
const categories = (text: string) => [...new Set(report(text).findings.map((f) => f.category))];
const aiProtections = (text: string) => report(text).protections.filter((p) => p.kind === "no-ai-training");

describe("an AI use named in a condition", () => {
  test.each([
    "If the Agency wants to use the Artwork for training a machine learning model, the Agency shall first seek the Illustrator's written permission.",
    "Should the Publisher decide to use the Poems to fine-tune a language model, it must first obtain the Author's consent in writing.",
  ])("consent first is a partial prohibition: %s", (text) => {
    expect(categories(text)).toEqual([]);
    const p = aiProtections(text);
    expect(p).toHaveLength(1);
    expect(p[0].partial).toMatch(/consent/);
  });

  test("a refusal in the main clause prohibits", () => {
    const text = "If the Agency wants to use the Artwork to train any AI model, it may not do so.";
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text).filter((p) => !p.partial)).toHaveLength(1);
  });

  test.each([
    "Should the Brand wish to use the Footage to train an AI model, it may do so on thirty days' notice to the Videographer.",
    "If the Client elects to use the Designs for machine learning purposes, the Client is free to do so without further payment.",
  ])("a permission in the main clause grants: %s", (text) => {
    expect(categories(text)).toContain("ai-training-grant");
    expect(aiProtections(text)).toEqual([]);
  });

  test("a condition that describes a price or a breach grants nothing and protects nothing", () => {
    const text = "If the Brand uses the Footage to train an AI model, the Brand shall pay the Videographer a further fee.";
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text)).toEqual([]);
  });
});

describe("consent required before the act", () => {
  test("the maker's consent, refusable at will, is a full prohibition", () => {
    const text = "The Narrator's approval is required before any Recording is used to train a voice model, and the Narrator may refuse it in the Narrator's sole discretion.";
    expect(categories(text)).toEqual([]);
    const p = aiProtections(text);
    expect(p).toHaveLength(1);
    expect(p[0].partial).toBeFalsy();
  });

  test("consent described at length before 'required' still gates the act (partial)", () => {
    const text = "The Writer's consent, given in a separate signed document, shall be required before the Manuscript is used in connection with machine learning development.";
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text)[0]?.partial).toMatch(/consent/);
  });
});

describe("AI systems named by what they do", () => {
  test.each([
    "The Agency may run the Illustrations through style-transfer tools to produce campaign variants.",
    "The Foundry may use the Glyphs to build software able to generate typefaces in the same manner.",
    "The Studio may use the Session Recordings to produce synthetic speech for later episodes.",
    "The Network may feed the Scripts into its dialogue-generation service.",
  ])("flagged as AI use: %s", (text) => {
    expect(categories(text)).toContain("ai-training-grant");
  });

  test.each([
    "The Agency shall not put the Illustrations into any style-transfer tool.",
    "The Foundry will not use the Glyphs to build software able to generate typefaces.",
  ])("prohibited: %s", (text) => {
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text).length).toBeGreaterThan(0);
  });

  test("a marketing lead-generation service is not AI", () => {
    expect(categories("The Agency will provide lead-generation services for the Client's spring campaign.")).toEqual([]);
  });
});

describe("purposes tied to the receiver's business", () => {
  test.each([
    "The Agency may use the Deliverables for any purpose connected with its business.",
    "The Client may use the Work Product for any purpose reasonably related to its present or future operations.",
  ])("an open purpose: %s", (text) => {
    expect(categories(text)).toContain("ambiguous-purpose");
  });

  test("a purpose tied to this Agreement is not open", () => {
    expect(categories("Client may use the Deliverables for any purpose connected with this Agreement.")).toEqual([]);
  });
});

describe("feedback named in a list before who gave it", () => {
  test("ideas or critiques the maker gives, taken without payment", () => {
    const text = "Any notes, ideas or critiques that the Writer gives on the Producer's slate may be used by the Producer without payment.";
    expect(categories(text)).toContain("feedback");
  });
});

describe("data about the provider's own systems, or said to leave the work out", () => {
  test.each([
    "The Host may publish aggregated statistics on the availability and latency of its own cloud servers.",
    "The Provider may gather anonymous crash information from its mobile app to fix defects, and such crash information will not contain any Client Content.",
  ])("not a right over the work: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });

  test.each([
    "The Agency may compile aggregated statistics on the performance of the Deliverables and sell them.",
    "The Provider may gather anonymous usage information, and such usage information may include Client Content.",
  ])("still flagged: %s", (text) => {
    expect(categories(text).length).toBeGreaterThan(0);
  });
});

describe("development and strategy named as purposes", () => {
  test.each([
    "The Client may use the Deliverables for development purposes.",
    "The Client may use the Deliverables for strategic, operational and development purposes.",
  ])("an open purpose: %s", (text) => {
    expect(categories(text)).toContain("ambiguous-purpose");
  });
  test("a purpose tied to this Agreement is not open", () => {
    expect(categories("The Client may use the Deliverables for development purposes under this Agreement.")).toEqual([]);
  });
});

describe("uses not yet contemplated, imitations of a style, a separate licence first", () => {
  test("future initiatives 'not yet contemplated' are an open purpose", () => {
    expect(categories("The Client may use the Deliverables for its brand, and for future projects not yet contemplated.")).toContain("ambiguous-purpose");
  });
  test("a tool not yet known is not a purpose", () => {
    expect(categories("The Contractor may use new tools not yet known to the Client.")).toEqual([]);
  });
  test("no right to create imitations of the maker's style protects", () => {
    const text = "Nothing in this Agreement grants the Agency any right to use the Artwork to create imitations of the Illustrator's style by automated means.";
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text)).toHaveLength(1);
  });
  test("a wish to train that must first go through a separate licence is a prohibition", () => {
    const text = "If the Agency wishes to use the Artwork to train a machine learning model, the Agency shall notify the Illustrator and the parties shall negotiate a separate licence before any such use.";
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text)).toHaveLength(1);
  });
});

describe("purposes left open by the receiver's own judgment, or by a limit taken away", () => {
  test.each([
    "The Studio may use the Illustrations for such internal and developmental purposes as it considers appropriate.",
    "The Company may use the Code for such further purposes as the Company may from time to time identify.",
    "The Client's use of the Deliverables is not limited to the purposes described in the Statement of Work.",
    "The Client may make any use of the Deliverables that it considers beneficial to its operations.",
  ])("an open purpose: %s", (text) => {
    expect(categories(text)).toContain("ambiguous-purpose");
  });
  test.each([
    "The Designer may use the Client's logo for such purposes as the Client may approve.",
    "The Contractor's liability is not limited to the fees paid.",
    "The Client shall not use the Deliverables for any purpose other than the Project.",
  ])("not flagged: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe("models named by a list of what they do, speech and coding systems", () => {
  test.each([
    "We may use the resulting patterns from your Uploads to build and improve our recommendation, tagging and content-generation models.",
    "The Publisher may use the Recordings to develop text-to-speech voices.",
    "The Company may use the Contributions to evaluate automated coding agents.",
  ])("flagged: %s", (text) => {
    expect(categories(text)).toContain("ai-training-grant");
  });
  test("prohibited: credited", () => {
    const text = "We will not use your Uploads to improve our recommendation and tagging models.";
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text)).toHaveLength(1);
  });
  test("a pricing model is not AI", () => {
    expect(categories("The Company will improve its own pricing models.")).toEqual([]);
  });
});

describe("text and data mining named as a use of the work", () => {
  test.each([
    "The Member waives any objection to the inclusion of Member Content in text-and-data mining activities undertaken by us.",
    "The Contributor grants the Publisher a licence to make the Article available for text and data mining by its licensees.",
  ])("flagged as AI training: %s", (text) => {
    expect(categories(text)).toContain("ai-training-grant");
  });
  test.each(["The Publisher reserves all rights in the Articles with respect to text and data mining.", "The Licensee shall not use the Photographs for text and data mining."])("prohibited or reserved: %s", (text) => {
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text).length).toBeGreaterThan(0);
  });
});

describe("research named as a programme the work serves", () => {
  test("flagged", () => {
    expect(categories("The Client may use the Deliverables as part of its research and development programme.")).toContain("ambiguous-purpose");
  });
  test("the project's own research is not", () => {
    expect(categories("The Contractor will attend meetings as part of the research project under this Agreement.")).toEqual([]);
  });
});

/** One wording of "consent first", read the same way after a condition and inside a prohibition (one fragment, two readings). */
const CONSENT_FIRST = [
  "must first obtain the Illustrator's written consent",
  "shall in each case seek the Illustrator's prior approval",
  "is required to obtain the Illustrator's written permission",
  "agrees to request the Illustrator's authorisation",
];

describe("consent first, one wording for both readings", () => {
  test.each(CONSENT_FIRST)("after a condition: %s", (gate) => {
    const text = `If the Studio wishes to use the Artwork to train a machine learning model, the Studio ${gate}.`;
    expect(categories(text)).toEqual([]);
    const p = aiProtections(text);
    expect(p).toHaveLength(1);
    expect(p[0].partial).toMatch(/consent|approv|permission|authori/i);
  });

  test.each(CONSENT_FIRST)("in a prohibition: %s", (gate) => {
    const text = `The Studio shall not use the Artwork to train any machine learning model, and the Studio ${gate} before any such use.`;
    const p = aiProtections(text);
    expect(p.length).toBeGreaterThan(0);
    expect(p.every((x) => x.partial)).toBe(true);
  });
});
