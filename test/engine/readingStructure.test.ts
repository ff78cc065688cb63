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

describe("negations read by what they negate", () => {
  test.each([
    "The Designer shall not use the Studio's Confidential Information to train any AI model.",
    "The Supplier shall not disclose the Customer's Confidential Information to anyone other than its employees who need to know it.",
  ])("a use of their confidential information forbidden is not a waiver of confidentiality: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });

  test("'nor shall' after a comma carries its negation", () => {
    const text = "The Studio shall not resell the Artwork as stock, nor shall it use the Artwork to train any AI model.";
    expect(categories(text)).toEqual([]);
    expect(credited(text).length).toBeGreaterThan(0);
  });

  test("a status taken away still permits", () => {
    expect(categories("Aggregated Data shall not be Confidential Information and the Company may use it for any purpose.")).toContain("data-aggregation");
  });
});

describe("feedback flows one way", () => {
  test.each([
    "The Writer shall reflect the Client's reasonable feedback in revised drafts of the Deliverables.",
    "The Designer will address comments from the Studio within five business days and use them to revise the layouts.",
  ])("the other side's comments to the maker take nothing: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });

  test.each([
    "Any changes to the Studio's workflow suggested by the Designer may be adopted and exploited by the Studio without payment.",
    "Feature requests and bug reports the Developer submits may be used by the Company to develop its products.",
    "The Client may use the Writer's suggestions and its own feedback to improve its services.",
  ])("the maker's suggestions, however named, are feedback: %s", (text) => {
    expect(categories(text)).toContain("feedback");
  });
});

describe("grants in ordinary phrasings", () => {
  test.each<[string, Category]>([
    ["The Studio may use the Artwork for purposes of developing, testing and enhancing its software and algorithms.", "ai-training-grant"],
    ["The Agency may pool the Writer's articles with material from other writers to build a combined corpus.", "data-aggregation"],
    ["All content and materials created by the Designer under this Agreement shall vest in the Studio.", "ownership"],
  ])("flagged: %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test.each([
    "Title to the equipment shall vest in the Client upon payment.",
    "The Provider may compile de-identified statistics about the use of its own Platform, provided that no Customer Content is included.",
  ])("not flagged: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe("the maker keeps the right to decide", () => {
  test.each([
    "The Designer retains all rights to authorise or prohibit the use of the Designs for AI training, and no such authorisation is given under this Agreement.",
    "The Translator retains the exclusive right to permit or refuse any use of the Translations to train machine translation engines.",
  ])("credited: %s", (text) => {
    expect(categories(text)).toEqual([]);
    expect(credited(text).length).toBeGreaterThan(0);
  });

  test("keeping ownership but licensing the training is still a grant", () => {
    expect(categories("The Translator retains ownership of the Translations but grants the Client a licence to use them to train machine translation engines.")).toContain("ai-training-grant");
  });
});

describe("the work with its maker's name taken off", () => {
  test.each([
    "Nothing in this Agreement restricts the Studio's use of material that has been stripped of the Designer's name and other identifying details.",
    "The Studio may keep copies of the Photographs with the Photographer's credits removed and reuse them in its own campaigns.",
  ])("flagged: %s", (text) => {
    expect(categories(text)).toContain("anonymization");
  });

  test("credit kept is not anonymisation", () => {
    expect(categories("The Client may use the Photographs with the Photographer's credit displayed as set out in Schedule 2.")).toEqual([]);
  });
});

describe("purposes beyond the project, and data pooled", () => {
  test.each<[string, Category]>([
    ["The Client may use the Deliverables for the purpose of developing other applications.", "ambiguous-purpose"],
    ["The Studio may keep and use the Photographs for its archives, its own projects and the development of future services.", "ambiguous-purpose"],
    ["The Client may use the Deliverables for its internal technology projects.", "ambiguous-purpose"],
    ["The Customer may merge the Materials into its knowledge repository together with material from other suppliers.", "data-aggregation"],
    ["The Licensee may create a corpus of all Content supplied under this Agreement.", "data-aggregation"],
    ["All terminology suggestions, style notes and corrections supplied to the Agency may be used by the Agency for any purpose.", "feedback"],
    ["Each Annotator acknowledges that the Task Outputs will form part of training corpora for the Customer's machine learning products.", "ai-training-grant"],
    ["The Company may use the Work Product for any lawful purpose, including the enhancement of the Company's tools and systems.", "ambiguous-purpose"],
  ])("flagged: %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test.each([
    "The Developer shall use the Client's brand guidelines for the purpose of developing the Application.",
    "The Developer shall merge the approved changes into the main branch of the Application before each release.",
    "The Client shall provide the Consultant with timely feedback on draft Deliverables within five business days.",
    "The Provider may aggregate its own system performance metrics, provided such metrics contain no Customer Content.",
  ])("not flagged: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe("the maker's own opt-out or reserved right protects; anyone else's does not", () => {
  test.each([
    "The Writer expressly reserves the right to use and license the Articles for generative AI training, and the Publisher shall not exercise any such right.",
    "The Writer opts out of any use of the Articles for the development of artificial intelligence systems.",
  ])("credited: %s", (text) => {
    expect(categories(text)).toEqual([]);
    expect(credited(text).length).toBeGreaterThan(0);
  });

  test.each([
    "The Publisher reserves the right to use the Articles to train its machine learning models.",
    "Customers may opt out of the use of their content to train our models by contacting support.",
  ])("still a grant: %s", (text) => {
    expect(categories(text)).toContain("ai-training-grant");
  });
});

describe("duties on the side's own systems are not rights over the work", () => {
  test.each([
    "The Vendor shall anonymise all personal data in the test environment before sharing it with the Client.",
    "The Provider may collect aggregate uptime statistics to measure its performance against the service levels.",
  ])("not flagged: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe("voices and likenesses made from the work", () => {
  test.each([
    "The Narrator agrees that the Audiobook recording may be used to generate a digital voice of the Narrator for the narration of other titles.",
    "The Performer consents to the use of the session recordings to synthesise additional dialogue for sequels.",
    "The Performer grants the Studio the right to create AI-generated simulations of the Performer's voice for advertising.",
  ])("flagged: %s", (text) => {
    expect(categories(text)).toContain("ai-training-grant");
  });

  test("a run-in heading that prohibits governs the sentence after it", () => {
    const text = "Model training prohibited: the purchaser of this licence may not use the Font Software to train any machine learning system.";
    expect(categories(text)).toEqual([]);
    expect(credited(text).length).toBeGreaterThan(0);
  });

  test("a processor's staff authorised to process personal data is a confidentiality duty", () => {
    expect(categories("The Processor shall ensure that persons authorised to process the Personal Data have committed themselves to confidentiality.")).toEqual([]);
  });

  test("development of current and future products is an open purpose", () => {
    expect(categories("The Company may use the Submission in connection with the development of its current and future products and services.")).toContain("ambiguous-purpose");
  });
});
