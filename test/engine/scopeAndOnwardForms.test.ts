/**
 * Issue 11: families of real phrasing reached by their structure, each with its own wording here:
 * a grant without limit of time, place or medium; irrevocability said in other words; onward
 * transfer to successors, buyers and other agencies; ideas given by the maker under other names;
 * insights drawn from the work; data that identifies no one; open purposes in lists; consent-first
 * and "in breach of" read as prohibitions; AI systems named by what they do.
 */
import { analyze } from "../../src/engine";

const report = (text: string) => analyze([{ text }]);
const categories = (text: string) => [...new Set(report(text).findings.map((f) => f.category))];
const aiProtections = (text: string) => report(text).protections.filter((p) => p.kind === "no-ai-training");

describe("risky forms, read by structure", () => {
  test.each([
    ["The Broadcaster may screen the Footage for the entire period of copyright protection.", "broad-license"],
    ["The Label may exploit the Masters without any limitation as to time.", "broad-license"],
    ["The Publisher may reproduce the Poems in every format, language and territory.", "broad-license"],
    ["The rights granted in the Photographs may not be revoked for any reason.", "broad-license"],
    ["The Agency may exploit the Copy in all channels, whether existing today or invented in future.", "broad-license"],
    ["The Studio may transfer its rights in the Artwork to any purchaser of its business.", "sublicensing"],
    ["The Client may hand the Wireframes to other studios and freelancers to complete.", "sublicensing"],
    ["The Brand may authorise printers, retailers and other third parties to reproduce the Designs.", "sublicensing"],
    ["Any themes the Writer floats in story meetings may be developed by the Producer in later series.", "feedback"],
    ["The Agency owns every workflow improvement the Developer recommends and may reuse it anywhere.", "feedback"],
    ["If the Illustrator shares rough character suggestions, the Publisher may use them in any title.", "feedback"],
    ["The Platform may keep and sell learnings and patterns gleaned from the Tracks.", "data-aggregation"],
    ["The Publisher may monitor and record listener engagement with the Podcast and exploit it commercially.", "data-aggregation"],
    ["Data which identifies neither the Editor nor any author may be used by the Publisher without limit.", "anonymization"],
    ["Drafts from which all authorship details have been purged may be reused by the Agency.", "anonymization"],
    ["The Company may use the Materials for market testing, pricing analysis and such other purposes as it may select.", "ambiguous-purpose"],
    ["The Client may use the Visuals for research, prototyping and innovation programmes.", "ambiguous-purpose"],
    ["The Network may use the Scripts in any manner not described in the Commission Agreement.", "ambiguous-purpose"],
    ["The Broadcaster may run the Recordings through voice-cloning software.", "ai-training-grant"],
    ["The Client may load the Source Code into a retrieval-augmented generation pipeline.", "ai-training-grant"],
  ])("%s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe("not risks", () => {
  test.each([
    "The Agency will aggregate the spend across all channels and report it to the Client monthly.",
    "The Agency shall keep records from which the Client cannot identify individual staff.",
    "The Contractor will offer the Client weekly progress suggestions.",
    "The Designer will report trends obtained from the survey to the Client.",
    "Either party may assign this Agreement to its successor.",
    "The Photographer's licence to use the Client's logo is not revocable during the Term.",
  ])("%s", (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe("prohibitions said in other words", () => {
  test.each([
    "Any use of the Artwork to train a machine learning model requires the Illustrator's prior affirmative consent.",
    "The Client shall compensate the Author for any use of the Manuscript in AI training in breach of Section 9.",
    "The Client shall not, without attribution, use the Photographs to train an AI model.",
  ])("%s", (text) => {
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text).length).toBeGreaterThan(0);
  });

  test("a model made in breach of the contract's AI restrictions is not an AI system the work is fed to", () => {
    expect(categories("Every model created in breach of the AI restrictions shall be destroyed by the Client.")).not.toContain("ai-training-grant");
  });
});

describe("more of the same families, in other words", () => {
  test.each([
    ["The Broadcaster may exploit the Programme in any territory and language.", "broad-license"],
    ["The Publisher may issue the Novel in editions and formats not envisaged at the date of signature.", "broad-license"],
    ["The Gallery may use the Photographs for the Exhibition and for such other commercial purposes as the Gallery may decide.", "ambiguous-purpose"],
    ["The Brand may keep the Photographs and call on them for whatever campaigns it launches later.", "ambiguous-purpose"],
    ["The Retailer may use the Copy for uses outside the scope of the Brief.", "ambiguous-purpose"],
    ["The Label may use the Recordings to explore new markets and test new formats.", "ambiguous-purpose"],
    ["We derive metrics from how creators edit their projects and may sell those metrics.", "data-aggregation"],
    ["Viewing statistics arising from distribution of the Film belong to the Distributor, which may sell them.", "data-aggregation"],
    ["The Host may record download logs for the Podcast and license the resulting data to advertisers.", "data-aggregation"],
    ["Following deletion of the Photographer's name and credit, the Images may be reused by the Agency.", "anonymization"],
    ["The Agency may pass the Designs to any member of its corporate group.", "sublicensing"],
    ["The Customer may allow its Authorised Users to copy and modify the Source Code.", "sublicensing"],
    ["Suggestions they submit during the beta may be used by the Vendor for any product.", "feedback"],
    ["If the Illustrator suggests edits to the cover, the layout or the typography, the Publisher may adopt them in any edition.", "feedback"],
    ["Any rating or review that a Buyer posts may be republished by the Marketplace in its advertising.", "feedback"],
    ["The Platform may run the Tracks through adaptive learning software so that it can learn to compose similar music.", "ai-training-grant"],
    ["The Voice Actor's voice may be synthesised by the Studio for pick-up lines.", "ai-training-grant"],
  ])("%s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test.each([
    "The Publisher shall send consolidated comments on each chapter, and the Author shall address them in the next draft.",
    "Any comments the Studio gives on the Storyboards are for the Animator's use in revising them.",
    "Statistics about your listeners are made available to you in the dashboard.",
    "The Publisher shall pay the Translator for no additional consideration beyond the Fee; the Translation is licensed for print only.",
    "The Contractor will test new features of the App before launch.",
    "The Client shall not use the Designs for purposes beyond the Statement of Work.",
  ])("not a risk: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });

  test.each([
    "The Producer's voice recordings shall not be cloned or synthesised by any means.",
    "The Agency shall not supply the Illustrations, the sketches or the character sheets to any developer of image-generation or style-transfer technology.",
    "Nothing in this Agreement grants the Licensee any right to imitate, copy or replicate the style of the Painter by automated means.",
  ])("a prohibition: %s", (text) => {
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text).length).toBeGreaterThan(0);
  });
});

describe("a tenth set's families, in other words", () => {
  test.each([
    ["The Studio may keep the Drafts and use them in connection with such new campaigns as the Studio may later pursue.", "ambiguous-purpose"],
    ["The Company may use the Photographs for such other purposes as it reasonably considers useful.", "ambiguous-purpose"],
    ["The Licensee may use the Recordings beyond the licensed purpose wherever it sees a commercial benefit.", "ambiguous-purpose"],
    ["The Client may use the Illustrations for uses not envisaged on the date of signature.", "ambiguous-purpose"],
    ["Any remarks, notes or suggested changes provided by the Editor shall be freely usable by the Publisher.", "feedback"],
    ["After removing personal and customer-identifying details, the Agency may reuse the Scripts in other work.", "anonymization"],
    ["The Vendor may keep tokenised copies of the Files and use them for its own purposes.", "anonymization"],
    ["The licence in clause 3 extends to the Buyer's related bodies corporate, each of which may exercise it.", "sublicensing"],
    ["All rights in the Footage shall be exercisable by the Network's successors and assigns.", "sublicensing"],
  ])("%s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test.each([
    "The Host may store and process the Files solely to the extent necessary to provide the Hosting Services to the Customer.",
    "Data that is excluded from the definition of Confidential Information is listed in clause 12.",
  ])("not a risk: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });

  test.each([
    "The Agency shall not add the Copy to any translation memory or machine translation engine.",
    "The Publisher must not upload the Cover Artwork to any image generator.",
    "The Brand shall not make the Footage available to any AI vendor.",
    "Uploaded sketches are deleted after each session and are never added to our training data.",
    "Training AI models on the Recordings is a separate right that is not granted by this licence.",
  ])("a prohibition: %s", (text) => {
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text).length).toBeGreaterThan(0);
  });

  test.each([
    "Any consent given by the Narrator to voice model training may be withdrawn at any time.",
    "The Illustrator's consent to any machine learning use of the Artwork must be given in writing.",
    "The Studio may ask the Animator for permission to put the Frames into a training dataset.",
    "Any use of the Code to fine-tune a language model requires an opt-in election by the Developer.",
  ])("consent asked for first is a partial prohibition: %s", (text) => {
    expect(categories(text)).toEqual([]);
    const p = aiProtections(text);
    expect(p.length).toBeGreaterThan(0);
  });

  test.each([
    "The Narrator hereby gives its consent to the use of the Recordings for AI training.",
    "The Animator grants the Studio permission to use the Frames to train a machine learning model.",
  ])("consent given is a grant: %s", (text) => {
    expect(categories(text)).toContain("ai-training-grant");
  });

  test("feedback is not fed to an AI system: the word 'feedback' is not 'feed'", () => {
    const text = "You grant us a perpetual licence to incorporate any Feedback into our products and services, including our machine learning models.";
    expect(categories(text)).toContain("feedback");
  });
});

describe("an eleventh set's families (long clauses), in other words", () => {
  test.each([
    ["The Label may make the Stems, in whole or in part, available to developers of AI music models.", "ai-training-grant"],
    ["The Studio may use the Sketches as conditioning images for its diffusion models.", "ai-training-grant"],
    ["The Agency may export the Copy to any machine translation engine supplier.", "ai-training-grant"],
    ["The Broadcaster may air the Footage for any length of time.", "broad-license"],
    ["The Publisher takes every right in the Poems, including rights not yet recognised by law.", "broad-license"],
    ["The Faculty may use the Slides for such further institutional purposes as the Provost may approve.", "ambiguous-purpose"],
    ["The Client may make the Code available to its staff for experiments beyond the scope of the Project.", "ambiguous-purpose"],
    ["The Platform may use the Recordings for analytics, benchmarking and quality-assurance purposes.", "ambiguous-purpose"],
    ["The Publisher may exploit all reader and reading-behaviour data relating to the Book.", "data-aggregation"],
    ["The Tester's notes on the onboarding flow may be used by the Vendor without limitation.", "feedback"],
    ["Ideas put forward by the Writer in the room belong to the Network, which is free to develop them.", "feedback"],
    ["Scripts in which client identifiers have been obscured may be reused by the Studio.", "anonymization"],
    ["The Platform may sell the Photographs through its network of resellers and partner sites.", "sublicensing"],
    ["The College may permit partner institutions and funders to exercise its rights in the Commissioned Work.", "sublicensing"],
  ])("%s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  test.each([
    "The Agency may share the Designs with its affiliates solely for the purpose of approving them for the launch.",
    "The parties will discuss any proposed use of the Content beyond the scope of this Agreement.",
    "Nothing in this Agreement obliges the Client to use the Deliverables.",
  ])("not a risk: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });

  test.each([
    "The repository shall carry a reservation of text and data mining rights in the Thesis.",
    "The licence excludes any right to copy the Images into a training corpus.",
    "Any machine learning use of the Footage is limited to tools that the Videographer has approved.",
    "Any AI training use of the Scans requires (a) a separate written licence signed by the Archivist.",
  ])("a prohibition or gate: %s", (text) => {
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text).length).toBeGreaterThan(0);
  });

  test("a condition whose main clause has notice first and consent before going ahead gates the use", () => {
    const text = "Where the Label wishes to use the Songs for AI purposes, it shall first notify the Composer, describing the model, and shall proceed only if the Composer gives express consent.";
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text).length).toBeGreaterThan(0);
  });
});
