/**
 * Grants phrased through a purpose, a nominalised purpose, a consent that may be withheld at will,
 * or feedback named by other nouns: each table row is one clause and the category it must (or must
 * not) produce. Written for these tests; none is taken from a corpus.
 */
import { analyze } from "../../src/engine";

const categories = (text: string): string[] => [...new Set(analyze([{ text }]).findings.map((f) => f.category))];
const credited = (text: string): boolean => analyze([{ text }]).protections.some((p) => p.kind === "no-ai-training" && !p.partial);

describe("purposes that open the work to development", () => {
  test.each([
    ["The Agency may use the Deliverables in connection with the refinement of the Agency's tools.", "ambiguous-purpose"],
    ["Client may use the Work Product for the purposes of enhancing its platforms and workflows.", "ambiguous-purpose"],
    ["The Studio may use the Artwork to innovate and build new offerings.", "ambiguous-purpose"],
    ["The Publisher may use the Manuscript for any legitimate business purpose.", "broad-license"],
    ["Licensee may use the Photographs without restriction as to purpose or medium.", "broad-license"],
    ["Customer may exploit the Materials in whatever manner Customer chooses.", "broad-license"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test.each([
    "The Agency may use the Deliverables solely in connection with the Project.",
    "The Contractor may use its own tools to build the Deliverables.",
    "The licence is granted without restriction as to the number of copies made for the Project.",
  ])("no risk: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe("feedback by other names", () => {
  test.each([
    "Concepts put forward by the Illustrator during briefings may be adopted by the Agency.",
    "Editorial ideas the Writer offers may be used by the Publisher in any of its titles.",
  ])("%s", (text) => {
    expect(categories(text)).toContain("feedback");
  });
  test("a comment schedule grants nothing", () => {
    expect(categories("The Illustrator will share observations on the brief at each weekly call.")).toEqual([]);
  });
});

describe("prohibitions in other forms", () => {
  test("consent the user may withhold in its sole discretion keeps the prohibition whole", () => {
    expect(credited("Without the Writer's prior written consent, which the Writer may withhold in its sole discretion, the Agency shall not use the Copy to train any AI model.")).toBe(true);
  });
  test("a licence that excludes text and data mining is a prohibition", () => {
    expect(credited("The licence excludes any right to use the Images for text and data mining.")).toBe(true);
  });
});

describe("onward recipients, anonymity conditions and ownership by becoming property", () => {
  test.each([
    ["The Agency may allow its hosting providers and collaborators to use the Deliverables.", "sublicensing"],
    ["The Studio's distributors may each exercise the rights in the Footage.", "sublicensing"],
    ["Once stripped of identifying details, the Copy may be reused by the Agency in other campaigns.", "anonymization"],
    ["Provided that the Writer is not credited as the author, the Publisher may adapt the Articles.", "anonymization"],
    ["Each Deliverable becomes the Client's property once it is delivered.", "ownership"],
    ["The Designer grants the Agency a right, which may not be revoked, to use the Artwork in whatever manner the Agency chooses.", "broad-license"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test("serving other clients is not sharing the work", () => {
    expect(categories("Nothing in this Agreement prevents the Consultant from providing similar services to other clients.")).toEqual([]);
  });
});

test("settings that prevent the work from being used to train are a prohibition, not a grant", () => {
  const text = "The Agency shall choose settings in any AI tool that prevent the Deliverables from being used to train its models.";
  expect(categories(text)).toEqual([]);
  expect(credited(text)).toBe(true);
});

test("an opt-out that would 'prevent us from' using the work leaves the grant standing", () => {
  const text = "We may use your Content to improve and develop our products (but you can opt out to prevent us from using your Content to train our models).";
  expect(categories(text)).toContain("ambiguous-purpose");
  expect(credited(text)).toBe(false);
});

describe("consent by opting in, and a rightsholder's reservation, are protections", () => {
  test.each([
    "We train models on your Content only if you choose to opt in.",
    "Recordings are used to train our speech models once you turn on the setting that allows it.",
    "The Author expressly reserves the Book against text and data mining under Article 4(3) of the DSM Directive.",
    "The Photographer hereby opts out of the use of the Images for text and data mining and AI training.",
  ])("%s", (text) => {
    expect(categories(text)).toEqual([]);
    expect(analyze([{ text }]).protections.some((p) => p.kind === "no-ai-training")).toBe(true);
  });

  test.each([
    "We may train models on your Content unless you opt out.",
    "The Agency reserves the right to use the Deliverables from time to time to train its models.",
    "The Agency reserves the right to use the Deliverables to train machine learning models.",
  ])("still a grant: %s", (text) => {
    expect(categories(text)).toContain("ai-training-grant");
  });
});

describe("a prohibition of AI training settles the general rights of its own clause", () => {
  const prohibition = "The Agency shall not use the Deliverables to train any artificial intelligence model.";
  test.each([
    ["The Agency may use the Deliverables to improve its services.", "ambiguous-purpose"],
    ["The Agency may use the Deliverables for any purpose.", "broad-license"],
    ["Suggestions the Designer offers may be used by the Agency for its own titles.", "feedback"],
  ])("%s", (grant, category) => {
    // alone, the grant is a finding; with the prohibition in the same clause it is settled
    expect(categories(grant)).toContain(category);
    expect(categories(`${grant} ${prohibition}`)).not.toContain(category);
    // a prohibition in another clause does not settle it
    const apart = analyze([{ text: grant }, { text: prohibition }]).findings.map((f) => f.category);
    expect(apart).toContain(category);
  });

  test.each([
    ["The Agency may compile statistics and aggregated data from the Deliverables and use them for any purpose.", "data-aggregation"],
    ["The Agency may share the Deliverables with its third-party service providers.", "sublicensing"],
  ])("data made from the work and onward sharing stay findings: %s", (grant, category) => {
    expect(categories(`${grant} ${prohibition}`)).toContain(category);
  });

  test("a prohibition that yields to consent settles nothing", () => {
    const text = "The Agency may use the Deliverables to improve its services. Without the Designer's consent, not to be unreasonably withheld, the Agency shall not use the Deliverables to train AI models.";
    expect(categories(text)).toContain("ambiguous-purpose");
  });
});

describe("forms read from the clause's structure", () => {
  test.each([
    // a condition that names the feedback, a main clause that takes it
    ["Should the Writer pass on any suggestions, the Publisher may adopt them in later editions.", "feedback"],
    ["If the Designer sends the Agency feedback, the Agency may use it without compensation.", "feedback"],
    // an unlimited purpose written as a list of the limits it does not have
    ["The Licensee may reproduce the Photographs without limitation as to duration, territory or medium.", "broad-license"],
    // "any of its business operations" is an open purpose like "any of its business purposes"
    ["The Label may use the Recordings for any of its commercial operations.", "ambiguous-purpose"],
    // new work in the maker's style, and prompting an AI system with the work, are AI uses of it
    ["The Agency may use the Deliverables to create new artwork in the distinctive style of the Artist.", "ai-training-grant"],
    ["We may generate images in your style from the Content you upload.", "ai-training-grant"],
    ["The Studio may prompt third-party generative AI tools with the Storyboards.", "ai-training-grant"],
    // rights "under this Agreement" exercised through affiliates
    ["The Client's rights under this Agreement in the Deliverables may be exercised by or through its Affiliates.", "sublicensing"],
    ["Our hosting partners may access the Recordings to help us run the Platform.", "sublicensing"],
    // a licence to change the work and put it out, with no purpose named
    ["You license us to store, reproduce, adapt, publish and distribute the Photos you post.", "broad-license"],
    // training a system, and a list of development verbs before "algorithms"
    ["The Publisher may use the Manuscripts to train and refine the systems behind its recommendations.", "ai-training-grant"],
    ["The Client may use the Deliverables to develop, test and refine its matching algorithms.", "ai-training-grant"],
    // ownership by acquisition, and of "everything" the maker creates
    ["Once the fees are paid, the Broadcaster acquires all rights in the Footage.", "ownership"],
    ["Anything the Photographer shoots on the assignment is the property of the Magazine.", "ownership"],
    // a licence the licensee may pass on: "transferable", not "non-transferable"
    ["The Client receives an exclusive and transferable licence to the Illustrations.", "sublicensing"],
    // data made by the maker's own use: "generated by the Contractor's use of"
    ["The Company may analyse data generated by the Contractor's use of the Platform.", "data-aggregation"],
    // AI products by name, and pasting or submitting the work into them
    ["The Agency may submit the Deliverables to ChatGPT or other AI tools.", "ai-training-grant"],
    ["The Client may paste the Articles into Midjourney or Stable Diffusion prompts.", "ai-training-grant"],
    // a cross-reference elsewhere in the sentence leaves the grant a grant
    ["Subject to Section 3 (Fees), the Client may use the Deliverables for any purpose.", "broad-license"],
    // a defined purpose with no limit: the definition is where the risk is
    ['"Permitted Purpose" means any lawful purpose whatsoever, including resale.', "broad-license"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test.each([
    // the condition names feedback, the main clause takes nothing or limits it
    "If the Designer sends the Agency feedback, the Agency will not use it to train any model.",
    "If the Client gives feedback on a draft, the Contractor shall revise the draft within five days.",
    // a statement of work is not the work
    "The Contractor may combine the hours of each statement of work on a single invoice.",
    // a style the parties agreed, or the client's own, is not the maker's
    "The Designer shall prepare the layouts in the style of the Client's existing brochures.",
    "The Contractor shall promptly notify the Client of any defect in the Deliverables.",
    // people are trained, payments are processed: neither is the work
    "The Contractor will train the Client's support staff to use the booking platform.",
    "We rely on outside service providers to handle card payments for the Services.",
    // a licence with a purpose
    "The Magazine may edit, translate and publish the Articles solely in its print edition.",
    // the vendor's own product, and a licence that cannot be passed on
    "The Vendor grants the Customer a transferable licence to use the Software.",
    "The Client receives a non-exclusive, non-transferable licence to the Illustrations.",
    "The Buyer acquires full title to the printed goods on delivery.",
    "The Contractor shall submit the Deliverables to the Client for approval.",
    "The Client may paste the approved text into its website.",
    // a section's title quoted in a cross-reference grants nothing
    "The Client may use the Deliverables as set out in Section 5 (Use for Any Purpose Without Restriction).",
    // a defined purpose with a limit
    '"Purpose" means the promotion of the Client\'s spring campaign.',
  ])("no finding: %s", (text) => {
    expect(categories(text).filter((c) => c !== "ai-training-grant")).toEqual([]);
  });

  test("a right the contract's defined roles show flowing to the user ('used by' the user) is no risk to it", () => {
    const parties = 'This Agreement is between Lantern Media LLC (the "Client") and Ada Moreno (the "Contractor"), who makes the Deliverables.';
    const clause = "Any suggestions the Client gives about the Contractor's templates may be used by the Contractor to improve those templates.";
    // without defined roles, an unmistakable maker's role word already tells the direction; an either-side word does not
    expect(categories(clause)).toEqual([]);
    expect(categories(clause.replace(/Contractor/g, "Supplier"))).toContain("feedback");
    const report = analyze([{ text: parties }, { text: clause }], { roles: { user: "Contractor", other: "Client" } });
    expect(report.findings.filter((f) => f.paragraph === 1).map((f) => f.category)).toEqual([]);
  });
});

test("a defined purpose or use is never read as the work", () => {
  const report = analyze([
    { text: 'This Agreement is between Lantern Media LLC (the "Client") and Ada Moreno (the "Contractor").' },
    { text: '"Permitted Purpose" means any purpose whatsoever.' },
    { text: "The Client may use the Permitted Purpose." },
  ]);
  expect(report.roles.candidates.works).not.toContain("Permitted Purpose");
  expect(report.roles.work).not.toBe("Permitted Purpose");
});
