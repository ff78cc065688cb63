/**
 * Clause forms read from their legal structure (issue 11): who trains whose model on whose
 * data, what a state of a setting says ("switched off"), what an object belongs to ("content on the
 * Service"), reuse beyond the engagement and by whom, who may authorise whom, and whether a negation
 * forbids or only takes a protection away ("shall not be Confidential Information"). Every risky form
 * has a look-alike twin. All sentences are written for these tests.
 */
import { analyze } from "../../src/engine";

const categories = (text: string): string[] => [...new Set(analyze([{ text }]).findings.map((f) => f.category))];
const credited = (text: string): boolean => analyze([{ text }]).protections.some((p) => p.kind === "no-ai-training");

describe("who trains whose model on whose data", () => {
  test.each<[string, string, string]>([
    [
      "the trainer's own model on its own data is no right over anyone's work",
      "The Portal lets you fine-tune classifiers on your own labelled datasets.",
      "The Portal may fine-tune its classifiers on the Deliverables.",
    ],
    [
      "the datasets a customer uploads to train its own models",
      "You are responsible for the datasets you upload to train your custom models.",
      "We may use the datasets you upload to train our models.",
    ],
    [
      "a model trained by its owner on the owner's Customer Data",
      "Customer may use the Platform to build and train its own models on Customer Data.",
      "Provider may use the Platform to build and train its own models on the Deliverables.",
    ],
    [
      "what the other side's models are trained on, named as its own sources",
      "Our translation models are trained on purchased, open-source and synthetic data sets.",
      "Our translation models are trained on licensed data sets and on the Translations you deliver.",
    ],
  ])("%s", (_form, neutral, risky) => {
    expect(categories(neutral)).toEqual([]);
    expect(categories(risky)).toContain("ai-training-grant");
  });
});

describe("AI systems named by what they make or how they talk", () => {
  test.each<[string, string]>([
    ["The Producer may use the Treatments to develop and improve automated story-generation systems.", "ai-training-grant"],
    ["The Agency may paste the Copy into a publicly available chatbot.", "ai-training-grant"],
    ["Vendor may use your Tickets to develop and improve the models that power our assistant.", "ai-training-grant"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test("a ban on putting the work into a chatbot is credited; the other side's own chatbot is neither", () => {
    const text = "The Buyer shall not, and shall make sure its staff do not, paste any Deliverable into a public chatbot.";
    expect(categories(text)).toEqual([]);
    expect(credited(text)).toBe(true);
    expect(categories("Our help desk answers some questions with an AI chatbot.")).toEqual([]);
  });

  test("a right to use the work 'in connection with machine learning' reserved to the maker protects; given away, it grants", () => {
    const reserved = "Every right to use the Artwork in connection with machine learning is reserved to the Illustrator.";
    expect(categories(reserved)).toEqual([]);
    expect(credited(reserved)).toBe(true);
    expect(categories("The Gallery may use the Artwork in connection with machine learning.")).toContain("ai-training-grant");
  });
});

describe("restrictions on users of a platform", () => {
  test("'develop models that compete' with the Service is a (partial) prohibition, not a grant", () => {
    const text = "Members may not use the Service, or anything it outputs, to build models that compete with it.";
    expect(categories(text)).toEqual([]);
    expect(credited(text)).toBe(true);
  });

  test("content on the Service is the platform's: using it to train is not a grant over the user's work", () => {
    expect(categories("Members may not use any content on the Service to distil a language model.")).toEqual([]);
    expect(categories("We may use content on the Service, including your posts, to train our models.")).toContain("ai-training-grant");
  });

  test("a training setting that is switched off protects; one that is on by default grants", () => {
    const off = "Model training on your team's documents is switched off unless an owner opts in.";
    expect(categories(off)).toEqual([]);
    expect(credited(off)).toBe(true);
    expect(categories("Model training on your team's documents is switched on unless an owner opts out.")).toContain("ai-training-grant");
  });
});

describe("data that leaves the work out, and a negation that takes a protection away", () => {
  test("aggregate statistics that include none of the work are not data made from it", () => {
    expect(categories("The Host may publish aggregate market statistics that do not include any Customer Content.")).toEqual([]);
    expect(categories("The Host may publish aggregate statistics compiled from the Customer Content.")).toContain("data-aggregation");
  });

  test("a definition of a dataset grants nothing", () => {
    expect(categories('"Corpus" refers to an organised set of text samples used to train language Models.')).toEqual([]);
  });

  test("'shall not be Confidential Information' permits: the anonymised data is still found and no derived-data protection is credited", () => {
    const r = analyze([{ text: "De-identified and aggregated data derived from the Platform shall not be Confidential Information and may be used by the Host without restriction." }]);
    expect(r.findings.map((f) => f.category)).toContain("anonymization");
    expect(r.protections.map((p) => p.kind)).not.toContain("derivative-data");
  });

  test("identifying details removed, then used: an anonymisation carve-out", () => {
    expect(categories("The Agency may reuse the Interviews once all information identifying the Speaker has been removed.")).toContain("anonymization");
  });
});

describe("purposes beyond the engagement, and who holds them", () => {
  test.each<[string, string]>([
    ["Client may use the Designs for general business purposes.", "ambiguous-purpose"],
    ["The Label may use the Recordings for purposes related to its business, as it decides.", "ambiguous-purpose"],
    ["The Agency may reuse the Artwork in connection with other client engagements.", "ambiguous-purpose"],
    ["The Studio may adapt the Storyboards for future productions.", "ambiguous-purpose"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test.each([
    "The Consultant may reuse its general know-how for other clients.",
    "The Designer may show the Artwork in its portfolio and reuse its methods on other projects.",
    "Nothing in this Agreement stops the Writer from writing for other clients.",
  ])("the maker's own reuse is no risk: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe("authorising others to use the work", () => {
  test("the right to authorise its customers to use the work is sharing; the other side's own service is not", () => {
    expect(categories("The rights granted to the Buyer include the right to authorise its customers to use the Deliverables.")).toContain("sublicensing");
    expect(categories("Customer may permit its end users, agents and outsourcers to access and use the Work Product.")).toContain("sublicensing");
    expect(categories("The Customer may permit its Affiliates to use the Hosted Services under its subscription.")).toEqual([]);
    expect(categories("The Buyer shall not permit its customers to use the Deliverables.")).toEqual([]);
  });
});

describe("feedback", () => {
  test("'use reasonable efforts to give feedback' is a duty to comment; improvements proposed by the maker are feedback", () => {
    expect(categories("The Client will use reasonable efforts to give feedback on each proof within three days.")).toEqual([]);
    expect(categories("The Client may use, without payment, any improvements proposed by the Designer.")).toContain("feedback");
  });
});

describe("rights that flow to the user, and licences that are the vendor's own", () => {
  test("'You may use Outputs for any purpose' is the user's right; with a grant to the other side in the same clause it is a finding", () => {
    expect(categories("You may use the Output for any lawful purpose, commercial ones included.")).toEqual([]);
    expect(categories("You may use the Output for any purpose, and we may use your Uploads for any purpose.")).toContain("broad-license");
  });

  test("the maker's own use of its Deliverables is no risk; the other side's is", () => {
    expect(categories("The Contractor may use the Deliverables in its portfolio for any purpose.")).toEqual([]);
    expect(categories("The Client may use the Deliverables for any purpose.")).toContain("broad-license");
  });

  test("perpetual licences a customer bought from a vendor grant nothing over the work", () => {
    expect(categories("Perpetual licences bought before the price change remain valid.")).toEqual([]);
    expect(categories("Contractor grants Client a perpetual licence to the Designs.")).toContain("broad-license");
  });

  test("an unrestricted licence, adjectives between, and use 'in any way'", () => {
    expect(categories("By uploading, you grant the Gallery an unrestricted, worldwide licence to use your Photos in any way.")).toContain("broad-license");
    expect(categories("The Broadcaster may not alter the Footage in any way.")).toEqual([]);
  });

  test("a user's own models: customers training custom classifiers, fine-tuned models the user creates", () => {
    expect(categories("Customers can train custom classifiers with the tools in the dashboard.")).toEqual([]);
    expect(categories("Fine-tuned models you create stay within your organisation.")).toEqual([]);
    expect(categories("Customer may train custom classifiers on the Deliverables.")).toContain("ai-training-grant");
  });
});

describe("training switched off or excluded", () => {
  test("'we have disabled model training' and 'excluded from training' are credited; staff excluded from training sessions are not", () => {
    for (const text of ["We have disabled model training on all workspace content.", "Files shared through the team plan are excluded from training."]) {
      expect(categories(text)).toEqual([]);
      expect(credited(text)).toBe(true);
    }
    expect(credited("Staff on probation are excluded from training sessions.")).toBe(false);
    expect(categories("Files shared through the free plan are used for model training.")).toContain("ai-training-grant");
  });
});

describe("rights exercised by others, named by the act", () => {
  test.each<[string, string]>([
    ["The licence granted in clause 4 may be exercised by the Buyer's group companies.", "sublicensing"],
    ["The Licensee may extend the benefit of this licence to its Affiliates and their contractors.", "sublicensing"],
    ["The Client may delegate the exercise of its rights in the Designs to any agent acting for it.", "sublicensing"],
    ["The Broadcaster may appoint sub-distributors to exploit the Programmes abroad.", "sublicensing"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test.each([
    "The Licensee may not assign this licence without the Licensor's written consent.",
    "The Customer may extend the licence to the Software to its Affiliates.",
    "Either party may delegate its obligations to subcontractors.",
  ])("no right over the work passes: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe("a further-assurance assignment of 'such rights'", () => {
  test("'execute the documents needed to assign such rights to the Company' transfers ownership; 'shall not assign such rights' does not", () => {
    expect(categories("If any rights in the Designs do not vest automatically, the Designer shall sign whatever is needed to assign such rights to the Studio.")).toContain("ownership");
    expect(categories("The Studio shall not assign such rights to any third party.")).toEqual([]);
  });
});

describe("open purposes named by their shape", () => {
  test.each<[string, string]>([
    ["The Brand may use the Photographs for advertising, packaging and other commercial purposes.", "ambiguous-purpose"],
    ["The Label may use the Recordings for such purposes as the Label may in its discretion determine.", "ambiguous-purpose"],
    ["We may use your uploads for purposes such as security, analytics and research.", "ambiguous-purpose"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test("purposes the statement of work sets out are not open", () => {
    expect(categories("The Brand may use the Photographs for advertising, packaging and other purposes set out in the Statement of Work.")).toEqual([]);
  });
});

describe("data about how the work performs or is used", () => {
  test.each<[string, string]>([
    ["The Label may track how the Recordings are played and keep those figures for its own use.", "data-aggregation"],
    ["Vendor may gather information about the performance of the Deliverables on the Client's site and use it to improve its services.", "data-aggregation"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test("statistics on the performance of the other side's own service are not data from the work", () => {
    expect(categories("The Host may keep statistics on the performance of the Platform to plan capacity.")).toEqual([]);
  });
});

describe("negations that forbid, and negations that only look like one", () => {
  test("permission withheld protects; permission given grants", () => {
    const text = "The Illustrator withholds consent for the Artwork to be used to train AI models.";
    expect(categories(text)).toEqual([]);
    expect(credited(text)).toBe(true);
    expect(categories("The Illustrator gives consent for the Artwork to be used to train AI models.")).toContain("ai-training-grant");
  });

  test("an exception for one use does not reach a list the grant reopens after a comma", () => {
    expect(categories("The Studio may use the Designs for any purpose except resale, including to train AI models.")).toContain("ai-training-grant");
    const excepted = "The Studio may use the Designs for any purpose except to train AI models.";
    expect(categories(excepted)).toEqual([]);
    expect(credited(excepted)).toBe(true);
  });

  test("'there is no restriction on' permits", () => {
    expect(categories("There is no restriction on the Buyer's use of the Deliverables for artificial intelligence training.")).toContain("ai-training-grant");
    expect(categories("There is a restriction on the Buyer's use of the Deliverables for artificial intelligence training: it is not allowed.")).toEqual([]);
  });
});

describe("permission needed, said after the use", () => {
  test("'…, you'll need to get our permission' gates the use; 'you will not need our permission' grants it", () => {
    const gated = "To use the Photographs to train artificial intelligence, you'll need to get our permission.";
    expect(categories(gated)).toEqual([]);
    expect(credited(gated)).toBe(true);
    expect(categories("To use the Photographs to train artificial intelligence, you will not need our permission.")).toContain("ai-training-grant");
  });
});

describe("the party that performs or makes is not a recipient", () => {
  test("'Provider may perform the Services through its Affiliates' delegates performance; providing the work to affiliates shares it", () => {
    expect(categories("Provider may perform the Services through its Affiliates and remains responsible for their performance.")).toEqual([]);
    expect(categories("Provider may provide the Content to its Affiliates.")).toContain("sublicensing");
  });

  test("what a party makes and keeps passes nothing; what one makes and another owns does", () => {
    expect(categories("Any modifications to the Platform made by the Host shall be owned by the Host.")).toEqual([]);
    expect(categories("Any modifications to the Deliverables made by the Host shall be owned by the Customer.")).toContain("ownership");
  });
});

describe("AI used as a feature or for safety, not trained on the work", () => {
  test.each([
    "We use machine learning to improve spam detection.",
    "Your notes may be processed by AI systems to provide the features you request.",
    "Uploads are scanned with machine learning tools to detect malware and abuse.",
  ])("no grant: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });

  test.each([
    "The Platform may use the Uploads with machine learning to improve its services.",
    "The Client may run the Work Product through any AI tool to provide services to its own customers.",
    "The Publisher may have the Manuscript analysed by artificial intelligence tools.",
  ])("a grant: %s", (text) => {
    expect(categories(text)).toContain("ai-training-grant");
  });
});

describe("definitions that carry a prohibition or an open purpose", () => {
  test("a term named as prohibited, defined by training, is credited; a neutral AI term's definition is neither", () => {
    const text = '"Prohibited AI Use" means any use of the Designs to train or improve an AI system, and the Studio shall not engage in any Prohibited AI Use.';
    expect(categories(text)).toEqual([]);
    expect(credited(text)).toBe(true);
    // a term whose name is no negation the reader knows stays a definition: no grant
    expect(categories('"Restricted AI Use" means any use of the Designs to train or improve an AI system.')).toEqual([]);
    const plain = '"AI Use" means any use of the Designs to train an AI system.';
    expect(categories(plain)).toEqual([]);
    expect(credited(plain)).toBe(false);
  });

  test("a permitted purpose defined as the other side's business purposes is open; one defined by the project is not", () => {
    expect(categories('"Permitted Purpose" means the Brand\'s business purposes generally.')).toContain("ambiguous-purpose");
    expect(categories('"Permitted Purpose" means the promotion of the Launch described in Schedule 2.')).toEqual([]);
  });
});

describe("feedback, recipients and usage data in other words", () => {
  test.each<[string, string]>([
    ["Comments the Narrator makes on the Studio's booking portal may be used by the Studio to improve that portal.", "feedback"],
    ["We may share your uploads with companies in our corporate family.", "sublicensing"],
    ["The Brand may analyse how the Deliverables are used on its channels and keep the resulting statistics.", "data-aggregation"],
    ["The Host may retain technical logs generated from the Customer's use of the Content and use them for product planning.", "data-aggregation"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test.each([
    "The Consultant shall give written comments on the draft report within ten days.",
    "We share payment details with our payment processor to process your transactions.",
    "The Studio develops and sells AI-powered editing software.",
  ])("none: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });

  test("improving AI-powered products with the work is still a grant", () => {
    expect(categories("The Studio may use the Footage to improve its AI-powered editing software.")).toContain("ai-training-grant");
  });
});

test("an auditor reviewing records of the use of the work is an audit, not usage data", () => {
  const r = analyze([{ text: "The Designer may, at its own cost, appoint an auditor to review the Studio's records relating to the use of the Designs." }]);
  expect(r.findings).toEqual([]);
  expect(r.protections.map((p) => p.kind)).toContain("audit-rights");
});
