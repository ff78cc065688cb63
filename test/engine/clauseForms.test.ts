/**
 * Legal forms read clause by clause, with no parties defined: who receives a right, what the act
 * and its object are, what a clause only explains or names. Each row is one clause, written for
 * these tests (none is taken from a corpus or a red-team set), with the category it must produce
 * or the protection it must earn.
 */
import { analyze } from "../../src/engine";

const categories = (text: string): string[] => [...new Set(analyze([{ text }]).findings.map((f) => f.category))];
const protections = (text: string): string[] => [...new Set(analyze([{ text }]).protections.filter((p) => !p.partial).map((p) => p.kind))];

describe("direction from unmistakable role words: a right granted to the maker of the work is no risk", () => {
  test.each([
    "The Agency grants the Illustrator a perpetual, worldwide licence to reproduce the Artwork in the Illustrator's own showreel.",
    "Company hereby licenses to Consultant, royalty-free and for any purpose, the templates Company supplies.",
    "We assign to you all rights we may have in the reports you generate with the dashboard.",
    "Any comments the Publisher makes on the Author's drafts may be used by the Author for any purpose.",
  ])("%s", (text) => {
    expect(categories(text)).toEqual([]);
  });

  test.each<[string, string]>([
    // the other side also takes a right in the same clause: still a finding
    ["The Agency grants the Illustrator a licence to show the Artwork, and the Agency may use the Artwork for any purpose.", "broad-license"],
    // either-side words ("Provider", "Vendor") cannot tell the direction alone
    ["Customer grants Provider a perpetual, irrevocable licence to use the Deliverables for any purpose.", "broad-license"],
    // a choice the user has over the other side's use is not the user's right
    ["You can choose in Settings whether we use your uploads to train our models.", "ai-training-grant"],
    ["Contractor grants Company a perpetual licence to use the Designs for any purpose.", "broad-license"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe("AI use named by its act, its object or its recipient rather than by 'train'", () => {
  test.each([
    // the work as model inputs, listed, with a possessive owner of the AI system
    "The Broadcaster may use the Clips as cue sheets, worked examples or reference material for the Broadcaster's generative AI editing suite.",
    "The Licensee may use the Drawings as inputs to, and benchmarks for, any image-synthesis model.",
    // image synthesis and diffusion, predictive analytics and code completion are AI systems
    "Agency may build diffusion models from the Illustrations.",
    "The Buyer may use the Sales Copy to develop predictive analytics models.",
    "Company may use the Scripts written by Contractor to enhance the Company's code-completion tools.",
    // work already inside the other side's models stays there
    "The Client may keep any Transcripts that have been loaded into its ranking models.",
    // teaching software is training it
    "The Museum may use the Photographs to teach its cataloguing software to identify brushwork.",
    // the purposes of machine learning
    "The Agency may use the Contributions for the purposes of machine learning.",
    // handing the work to those who build AI
    "The Publisher may sell the Translations to developers of large language models.",
    "The Label may license the Recordings to AI companies.",
  ])("%s → ai-training-grant", (text) => {
    expect(categories(text)).toContain("ai-training-grant");
  });

  test.each([
    "The Consultant's forecasts will be incorporated into the Client's financial models.",
    "The Developer will write the Client's code-completion plug-in to the Client's specification.",
    "The Agency may share the Scripts with its software developers for the Project.",
    "The Trainer will teach the Client's staff to use the booking software.",
  ])("no AI grant: %s", (text) => {
    expect(categories(text)).not.toContain("ai-training-grant");
  });

  test("a denied right to the purposes of machine learning is a no-AI protection", () => {
    expect(protections("The Studio has no right to use the Contributions for the purposes of machine learning.")).toContain("no-ai-training");
  });
});

describe("ownership: what passes, and what only looks like it", () => {
  test.each([
    "The Narrator shall sign any papers the Studio reasonably needs to perfect its title to the Recordings.",
    "The Animator irrevocably appoints the Studio as its attorney-in-fact to record the Studio's ownership of the Films.",
  ])("securing the other side's title is part of the transfer: %s", (text) => {
    expect(categories(text)).toContain("ownership");
  });

  test.each([
    // a party owning what is named after it takes nothing from the user
    "The Publisher owns all Publisher Materials, including its style sheets.",
    "Client owns all right, title and interest in Client Data.",
  ])("no transfer of the work: %s", (text) => {
    expect(categories(text)).not.toContain("ownership");
  });

  test("the other side passing its own rights on to successors or affiliates is onward sharing, not an assignment of the work", () => {
    const cats = categories("The Studio may transfer its rights in the Animations to any acquirer or affiliate without the Animator's consent.");
    expect(cats).toContain("sublicensing");
    expect(cats).not.toContain("ownership");
  });
});

describe("feedback, anonymisation and processing read by their structure", () => {
  test("ratings and corrections of machine outputs are feedback", () => {
    expect(categories("The Linguist's ratings and corrections of machine translations may be used by the Agency for any purpose.")).toContain("feedback");
  });
  test("work with personal data taken out of it is anonymised work", () => {
    expect(categories("Once identifying details have been stripped from the Case Studies, the Firm may reuse them in its training courses.")).toContain("anonymization");
  });
  test.each([
    "The Bureau may anonymise personal data before passing it to the Client, as the law requires.",
    "The Host may process personal data only as a processor on behalf of the Publisher.",
    "The Service Provider may process the Content only on the Customer's documented instructions.",
  ])("a safeguard or a processor's duty: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });
  test("'without restriction' is no restriction on derived data", () => {
    const report = analyze([{ text: "The Platform may use aggregated data derived from the Uploads without restriction." }]);
    expect(report.protections.map((p) => p.kind)).not.toContain("derivative-data");
    expect(report.findings.map((f) => f.category)).toContain("data-aggregation");
  });
  test("a reason given for a remedy is no grant", () => {
    expect(categories("Because a model cannot unlearn what it was trained on, the Studio agrees that the Artist may seek an injunction against any breach of clause 6.")).toEqual([]);
  });
});

describe("protections credited for what they are, in full or in part", () => {
  const kinds = (text: string) => analyze([{ text }]).protections.map((p) => `${p.kind}${p.partial ? " (partial)" : ""}`);
  test.each<[string, string]>([
    ["On the Writer's written request, the Agency shall erase the Copy and every vector computed from it.", "data-deletion"],
    ["Each quarter the Broadcaster shall certify in writing its compliance with clause 9 and supply evidence of such compliance.", "audit-rights"],
    ["The Publisher shall supply the Writer, on request, with records sufficient to show where the Articles have been used.", "audit-rights"],
    ["The Author shall have the right, on thirty days' notice, to examine the Publisher's systems to confirm that the Work is used only as permitted.", "audit-rights"],
    ["Nothing in this Agreement stops the Illustrator from seeking interim relief to restrain any misuse of the Artwork.", "injunctive-relief"],
    ["Any use of the Footage to train a model would constitute a material breach of this Agreement.", "no-ai-training"],
  ])("%s → %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  test.each<[string, string]>([
    ["The Licensor may audit the Licensee's books of account once in each calendar year.", "audit-rights (partial)"],
    ["Clauses 4 (Fees) and 8 (Confidentiality) survive termination.", "survival (partial)"],
  ])("a protection that does not reach the work is partial: %s", (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  test("the freelancer's own audit by the other side is no protection", () => {
    expect(kinds("The Client may audit the Designer's time sheets once a year.")).not.toContain("audit-rights");
    expect(kinds("The Client may audit the Designer's time sheets once a year.")).not.toContain("audit-rights (partial)");
  });
});

describe("purposes and manners that stretch", () => {
  test.each<[string, string]>([
    ["Members grant the Site a licence to analyse their Posts with automated tools.", "ambiguous-purpose"],
    ["The Publisher may exploit the Illustrations by any and all means.", "broad-license"],
    ["Conversations may be used to improve model quality.", "ai-training-grant"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
  test.each([
    "The Contractor may send the Deliverables to the Client by any means agreed in the SOW.",
    "The Consultant will improve the accuracy of the Client's pricing model.",
    "The Analyst will analyse the sales figures using the Client's spreadsheets.",
  ])("no risk: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe("the other side's own things", () => {
  test.each([
    "The Vendor shall own all right, title and interest in and to the Platform and its documentation.",
    "The Host may keep aggregated, de-identified statistics about the uptime of the Platform.",
  ])("no risk: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });
  test("statistics that take in the user's content are still data made from the work", () => {
    expect(categories("The Host may keep aggregated statistics about the uptime of the Platform and the Content stored on it.")).toContain("data-aggregation");
  });
});

describe("an AI system named as one of the things improved", () => {
  test("a grant: improving products 'including its AI models'", () => {
    expect(categories("The Studio may use the Storyboards to improve its products, including its generative models.")).toContain("ai-training-grant");
  });
  test("a prohibition of the same is a no-AI protection", () => {
    expect(protections("The Studio will not use the Storyboards to develop or enhance its products, including its AI systems.")).toContain("no-ai-training");
  });
});

describe("training people and media not yet invented", () => {
  test("training the other side's own staff with the work is not AI training", () => {
    expect(categories("The Agency may use the Case Studies as examples in training its account staff.")).not.toContain("ai-training-grant");
  });
  test("'now existing or later created' reaches media not yet invented", () => {
    expect(categories("The Network may adapt the Episodes for any of its channels, now existing or later developed.")).toContain("broad-license");
  });
});

describe("open business purposes, ideas disclosed, databases", () => {
  test.each<[string, string]>([
    ["The Studio may use the Artwork to support its business operations.", "ambiguous-purpose"],
    ["The Label may use the Recordings in connection with its business generally.", "ambiguous-purpose"],
    ["Any methods or ideas disclosed by the Editor during the project may be freely used by the Publisher.", "feedback"],
    ["The Archive may load the Transcripts into its research databases.", "data-aggregation"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
  test.each([
    "The Contractor shall perform the Services in connection with its business.",
    "The Client will keep its customer list in a database hosted in the EU.",
  ])("no risk: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });
});

test.each([
  "The Label may use the Songs to train its music models.",
  "The Studio may use the Storyboards and Concept Art for any purpose.",
  "The School may share the Lessons and Slides with its partners.",
])("work named by the media it is made in: %s", (text) => {
  expect(categories(text).length).toBeGreaterThan(0);
});

describe("the issue's long tail, in fresh words", () => {
  test.each<[string, string]>([
    ["The rights licensed here may be exercised by or through the Studio's Affiliates.", "sublicensing"],
    ["The Publisher may derive synthetic versions of the Illustrations.", "ai-training-grant"],
    ["The Platform may pass the Uploads through its machine learning pipelines.", "ai-training-grant"],
    ["The Agency may keep the Articles in a vector store for its assistant.", "ai-training-grant"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
  test("a prohibition of the same is credited", () => {
    expect(protections("The Agency shall not load the Articles into any vector database.")).toContain("no-ai-training");
  });
});

describe("a right the maker keeps", () => {
  test("the maker keeping the AI-training right is a reservation, credited as a no-AI protection", () => {
    const text = "The Illustrator retains all rights to use the Artwork for training AI, and none of them passes to the Publisher.";
    expect(categories(text)).toEqual([]);
    expect(protections(text)).toContain("no-ai-training");
  });
  test.each([
    "The Publisher retains all rights to use the Artwork for training AI.",
    "The Illustrator retains ownership of the Artwork and grants the Publisher a perpetual licence to use it for training AI.",
  ])("the other side keeping it, or the maker giving it away after all, is a grant: %s", (text) => {
    expect(categories(text)).toContain("ai-training-grant");
  });
});

describe("training on something other than the work", () => {
  test("a vendor training on public or licensed data takes nothing of the user's", () => {
    expect(categories("We train our models on licensed content and publicly available text.")).not.toContain("ai-training-grant");
  });
  test("… unless the user's content is named too", () => {
    expect(categories("We train our models on licensed content and on content you upload.")).toContain("ai-training-grant");
  });
  test("developing the project's own thing, described in the SOW, is the service, not an open purpose", () => {
    expect(categories("The Client shall supply sample recordings for the purpose of developing the Voice App described in the SOW.")).toEqual([]);
  });
});

describe("opt-outs: training is the default, whatever the negative words", () => {
  test.each([
    "Members can choose to exclude their uploads from model training in their settings.",
    "If you do not want your recordings used to improve our AI, you can switch this off at any time.",
  ])("%s → ai-training-grant, not a protection", (text) => {
    expect(categories(text)).toContain("ai-training-grant");
    expect(protections(text)).not.toContain("no-ai-training");
  });
  test.each([
    "The Client shall exclude the Footage from any model training.",
    "If the Client uses the Footage to train AI, the Producer may terminate this Agreement.",
  ])("a duty to exclude, or a breach described, is still no grant: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe("residuals and provisos", () => {
  test("'Notwithstanding the foregoing, nothing herein shall restrict X from using … for any purpose' permits", () => {
    expect(categories("Notwithstanding the foregoing, nothing herein shall restrict the Agency from using, for any purpose, the Sketches.")).toContain("broad-license");
  });
  test("… and 'nothing herein shall permit' still prohibits", () => {
    expect(protections("Notwithstanding the foregoing, nothing herein shall permit the Agency to use the Sketches to train AI.")).toContain("no-ai-training");
  });
  test("improving the other side's analytical or scoring models with the work is AI training", () => {
    expect(categories("The Lender may use the Valuation Reports to refine its scoring models.")).toContain("ai-training-grant");
  });
});

test("accounting for money received from sub-licences grants nothing; the sub-licence right itself does", () => {
  expect(categories("The Label shall account to the Artist for all income received from sublicensing the Recordings.")).toEqual([]);
  expect(categories("The Label may sublicense the Recordings to streaming services.")).toContain("sublicensing");
});

describe("consent at will, and removal from training sets", () => {
  test("a ban the maker may lift 'for any reason' it chooses is a full prohibition", () => {
    const p = analyze([{ text: "The Agency shall not use the Copy for AI training except with the Writer's written consent, which the Writer may refuse for any reason." }]).protections;
    expect(p.some((x) => x.kind === "no-ai-training" && !x.partial)).toBe(true);
  });
  test("a ban that yields to consent not unreasonably withheld stays partial", () => {
    const p = analyze([{ text: "The Agency shall not use the Copy for AI training without the Writer's consent, not to be unreasonably withheld." }]).protections;
    expect(p.some((x) => x.kind === "no-ai-training" && x.partial)).toBe(true);
  });
  test("removing the work 'from any training corpus' is a deletion duty, not a grant", () => {
    const text = "On the Writer's request, the Agency shall remove the Copy from any training corpus.";
    expect(categories(text)).toEqual([]);
    expect(protections(text)).toContain("data-deletion");
  });
});
