/**
 * Issue 11: more families of real phrasing reached by their structure (each with its own wording
 * here): purposes another party may designate, and lists of open initiatives; numerical copies of
 * the work (embeddings, vectors) and work used as reference data for automated models; a restriction
 * said not to reach a use; a licence that "may not be revoked"; the assignment named as a noun;
 * protected data defined to leave anonymised data out; the maker's own proposals; onward lists
 * joined by "and"; and, on the protective side, a negated AI use that is the term of a permission
 * ("only where … is not used to train"), a duty to prevent a use, and a restriction that
 * anonymisation "does not lift"; consent to an act "must be given", an opt-out the maker has made,
 * a run-in list after a heading's colon, and what only looks like a grant (services provided to
 * third parties, outputs "you" own, training the model the maker is engaged to build).
 */
import { analyze } from "../../src/engine";

const report = (text: string) => analyze([{ text }]);
const categories = (text: string) => [...new Set(report(text).findings.map((f) => f.category))];
const aiProtections = (text: string) => report(text).protections.filter((p) => p.kind === "no-ai-training");

describe("risky forms, read by structure", () => {
  test.each([
    ["The Label may use the Recordings for such further purposes as the Distributor may nominate.", "ambiguous-purpose"],
    ['"Permitted Purposes" includes campaign planning and such other purposes as the Agency may specify.', "ambiguous-purpose"],
    ["The Retailer may use the Photographs for internal strategy and planning purposes.", "ambiguous-purpose"],
    ["The Museum may rely on the Articles to support its research, outreach and audience-growth initiatives.", "ambiguous-purpose"],
    ["The Publisher may calculate vector representations of the Poems and keep them.", "ai-training-grant"],
    ["The Client may reuse the Transcripts as reference data for its automated scoring models.", "ai-training-grant"],
    ["The non-disclosure duties in clause 12.3 shall not apply to use of the Drawings to fine-tune any model.", "ai-training-grant"],
    ["Participant answers may be fed into AI systems run by the Sponsor.", "ai-training-grant"],
    ["The Network may use the Performer's footage to produce deepfakes.", "ai-training-grant"],
    ["The licence to the Illustrations may not be withdrawn.", "broad-license"],
    ["The licence granted under this clause is unrestricted in scope.", "broad-license"],
    ["Payment is due only after the Writer's assignment to the Publisher of all right, title and interest in the Novel.", "ownership"],
    ["The Platform may store data created by or derived from the Seller's use of the Listings.", "data-aggregation"],
    ["The Marketplace may collect statistics about how well your Designs perform and keep them.", "data-aggregation"],
    ["The Editor's structural proposals may be adopted by the Publisher in any edition.", "feedback"],
    ["Should the Consultant offer any process ideas, the Client may implement them freely.", "feedback"],
    ['"Client Materials" excludes anonymised data, which the Agency may use for its own purposes.', "anonymization"],
    ["Upon deletion of the Narrator's identifiers, the Studio may reuse the Recordings in any way.", "anonymization"],
    ["The Confidentiality undertakings do not extend to de-identified data derived from the Reports.", "anonymization"],
    ["The Distributor may grant rights in the Film to its sub-agents, exhibitors and licensees.", "sublicensing"],
    ["The Studio may assign its rights in the Character Designs to any acquirer.", "sublicensing"],
    ["The Agency may pass the Copy to any person at its discretion.", "sublicensing"],
    ["Consent to the use of the Content for AI training is hereby given.", "ai-training-grant"],
    ["The Publisher may use the Manuscripts to assemble datasets for its automated editing models.", "ai-training-grant"],
    ["The Platform may keep the Translations as examples for reinforcement learning.", "ai-training-grant"],
    ["Nothing in this Order limits how the Client may use or adapt the Photographs after payment.", "broad-license"],
    ["The Retailer may use the Designs for product-improvement purposes.", "ambiguous-purpose"],
    ["The Buyer may keep the Drawings and use them to explore, build or test other products.", "ambiguous-purpose"],
    ["The Client may use the Deliverables in any current or future line of business.", "ambiguous-purpose"],
    ["The Studio may make such other use of the Artwork as it reasonably considers useful.", "ambiguous-purpose"],
    ["The Agency may build and keep a database of the Copy and use it in its business.", "data-aggregation"],
    ["The Label may collect metrics relating to the Recordings and exploit them commercially.", "data-aggregation"],
    ["Any dashboards or learnings derived by the Client from the Reports shall belong to the Client.", "data-aggregation"],
    ["Clause 7 (Client Data) shall not apply to usage data, which the Host may keep and exploit.", "data-aggregation"],
    ["The Author's editorial notes on the house style may be published by the Publisher without credit.", "feedback"],
    ["Pooled Data, being the Content combined with other data so that no individual can be identified, may be used by the Platform.", "anonymization"],
    ["Once personal data and customer logos have been removed, the Agency may reuse the Presentations.", "anonymization"],
    ["Images from which the model's face and the Photographer's byline have been removed may be reused by the Client.", "anonymization"],
    ["Any subcontractor or replacement supplier engaged by the Client may copy and adapt the Code.", "sublicensing"],
    ["The Host shall permit its cloud vendor to ingest the Photographs for training.", "ai-training-grant"],
    ["The Studio may use the Recordings to synthesise, simulate or recreate the Narrator's voice.", "ai-training-grant"],
    ["Nothing in this Schedule limits the Publisher's right to adapt or exploit the Illustrations.", "broad-license"],
    ["The licence to the Designs extends to any use the Agency may devise.", "broad-license"],
    ["The Client may use the Drawings in connection with research and development activities.", "ambiguous-purpose"],
    ["The Brand may reuse the Photographs for other campaigns it may launch.", "ambiguous-purpose"],
    ["The Agency may draw on the Articles for its general business needs.", "ambiguous-purpose"],
    ["The Platform shall have no obligation to keep confidential or pay for any feedback the Designer submits.", "feedback"],
    ["The Client may share the Recordings provided that the Singer's name and contact details have first been removed.", "anonymization"],
    ["The Agency may strip credits and identifying details from the Photographs and reuse them.", "anonymization"],
    ["Data that cannot be traced back to the Writer may be kept and used by the Publisher.", "anonymization"],
    ["Nothing in clause 9 obliges the Client to delete anonymised copies of the Code, which it may keep using.", "anonymization"],
    ["This licence is freely assignable by the Label to any purchaser of its catalogue.", "sublicensing"],
    ["The Agency may build a database of the tags, styles and ratings of the Writer's articles.", "data-aggregation"],
    ["Our models continuously learn from the Designs you upload.", "ai-training-grant"],
    ["Winning entries join the image library on which our AI tools are trained.", "ai-training-grant"],
    ["We may use the code you store with us, other than private projects, to train our AI models.", "ai-training-grant"],
    ["We may create synthetic samples from your Recordings to expand the training corpora of our voice tools.", "ai-training-grant"],
    ["Your Photographs remain yours, but you give us an unlimited licence to edit them.", "broad-license"],
    ["We may use the Recordings in any medium and for any duration.", "broad-license"],
    ["We keep a non-terminable licence to all Content uploaded before deletion.", "broad-license"],
    ["On acceptance the Buyer obtains perpetual ownership of every Design the Seller made for it.", "broad-license"],
    ["The Marketplace may use your Photographs for purposes it determines.", "ambiguous-purpose"],
    ["Engagement analytics for your Videos may be stored by us and sold.", "data-aggregation"],
    ["Statistics about your editing habits may be kept and used by us.", "data-aggregation"],
    ["By sending us an idea for a feature, you agree we may use your idea freely.", "feedback"],
    ["Pooled information that cannot reasonably be linked to you is owned by us and may be used freely.", "anonymization"],
    ["On a sale of our business, your Content and our licence to it may be transferred to the acquiring entity.", "sublicensing"],
    ["The Client may ingest the Code, with all its comments, test files and build scripts, into code-generation tools it runs.", "ai-training-grant"],
    ["The Agency may use the Photographs as reference material for generating synthetic imagery.", "ai-training-grant"],
    ["The Licensee may use the Subtitles as parallel training data for its machine translation engines.", "ai-training-grant"],
    ["The Studio may put the Artwork into datasets used to teach automated tools to draw.", "ai-training-grant"],
    ["This Agreement and the licences hereunder may be assigned by the Client to any successor of its business.", "sublicensing"],
    ["The Publisher may authorise third parties, including audio producers and printers, to exercise the rights granted hereunder.", "sublicensing"],
    ["The Client may make the Deliverables available to its outsourcing providers and other third parties.", "sublicensing"],
    ["The Host may analyse information relating to the provision, use and performance of the Content.", "data-aggregation"],
    ["Any statistics or trend analyses derived from the Reports may be kept by the Client.", "data-aggregation"],
    ["The Agency may keep the revision history associated with the Writer's drafts and use it to build profiles.", "data-aggregation"],
    ["Once the Recordings are altered so that the Narrator cannot reasonably be identified, the Studio may exploit them.", "anonymization"],
    ["Once the Author's name and biographical details have been redacted, the Publisher may use the Manuscript.", "anonymization"],
    ["The Content may be used to enhance and extend the Host's infrastructure and service capabilities.", "ambiguous-purpose"],
    ["The Distributor may use the Content for purposes including marketing and innovation.", "ambiguous-purpose"],
    ["The Buyer may use the Drawings for its general corporate purposes.", "ambiguous-purpose"],
    ["The Developer waives any claim in respect of improvements the Client makes from the Developer's input or observations.", "feedback"],
    ["Where the Writer submits proposals for sequels, the Studio shall be under no obligation to treat them as confidential.", "feedback"],
    ["If the Designer pitches slogans or campaign names, the Brand may adopt them in any campaign.", "feedback"],
    ["The Agency need not credit or keep confidential any commentary the Writer offers on its strategy.", "feedback"],
    ["The Illustrator's colour queries and layout proposals may be reused by the Studio for other clients.", "feedback"],
    ["The Client may crop the Photographs and publish them anywhere for ever.", "broad-license"],
    ["Editing analytics on the Translations may be captured and kept by the Agency.", "data-aggregation"],
    ["As long as no single Narrator can be singled out, we may use pooled data drawn from the Recordings.", "anonymization"],
    ["The Studio may use the Footage for experimentation purposes.", "ambiguous-purpose"],
    ["We may clone, replicate or otherwise model your voice using the Recordings.", "ai-training-grant"],
    ["The Brand may pass the Content to its media agencies for further distribution.", "sublicensing"],
  ])("%s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe("protections and neutral clauses", () => {
  test.each([
    '"Licensed Use" excludes any use of the Footage as training data for machine learning.',
    "The Vendor may use AI tools on the Code only if the Code is not used to train any model.",
    "Survey answers will be used only for the report and will not be fed into any AI system.",
    "The Network shall not use the Performer's footage to produce deepfakes or synthetic presenters.",
    "No anonymised copy of the Scans may be used for AI training; anonymisation does not lift this restriction.",
    "Licence Terms: the Client shall not (a) resell the Code; (b) remove notices; or (c) use the Code as input to any machine-learning training process.",
    "The Licensor's rights include the exclusive right to permit or forbid text-and-data mining of the Images, and no such permission is granted here.",
    "Consent to any machine learning use of the Recordings must be given separately and in writing.",
    "The Client notes that the Writer has opted out of all AI training uses of the Articles.",
    "The Publisher shall obtain the Author's separate licence, which the Author may refuse, before using the Novel for any AI development.",
    "No licence is given to use the Subtitles as parallel-corpus data for machine translation engines.",
    "The Illustrator withholds permission for the Drawings to be used in connection with any generative AI.",
    "The Client agrees that synthetic data shall not be generated from the Designer's Sketches.",
    "Use of the Footage for machine learning is opt-in only.",
    "Nothing in this licence permits the Songs to be shared with AI vendors for model improvement.",
    '"Model Training" means any use of data to adjust a model\'s weights; the Client shall not engage in Model Training using the Code.',
    "Should the Agency wish to use the Sketches for AI purposes, it must submit a written request, and the Artist may refuse.",
    "The Writer expressly reserves the right to license the Columns for generative AI training.",
    "Scraping any Track to train a model breaches these Terms.",
    "Recordings shall not be used to synthesise, clone or model the Singer's voice.",
    "If we ever want to use your Designs to train AI, we will ask for your permission first, and you may say no.",
    "Songs opted out by the Artist are excluded from every subsequent training run.",
    "The rights kept by the Author include the right to permit or forbid use of the Novel in machine learning, and no such use is licensed hereunder.",
    "The Licensor reserves its text and data mining rights in the Images, and nothing herein shall be construed as a licence for text and data mining.",
    "Comments provided by the Editor shall not be used by the Publisher to train any language model.",
    "The Author reserves the text and data mining rights in the Novel.",
    "You keep your work, and nothing you upload will be used to build any AI system.",
    "The Photographs are licensed for print only; machine-learning and AI-generation uses are expressly excluded.",
    "The Designer's consent to any AI-related use of the Sketches must be given separately in writing.",
  ])("credited as no AI training: %s", (text) => {
    expect(report(text).findings).toEqual([]);
    expect(aiProtections(text).length).toBeGreaterThan(0);
  });

  test.each([
    "The Publisher shall prevent automated scraping of the Book for AI training.",
    "The Studio may use the Artwork for such other purposes as the parties may agree in writing.",
    "If the Deliverables are not used to train any model, the fee is lower.",
    "Either party may provide data engineering services to third parties.",
    "You own all Outputs that you create with the Service.",
    "The Designer owns all rights in the portfolio pieces it creates for itself.",
    "Upon request, the Client shall delete the Code from its datasets and retrain any affected model without it.",
    "This agreement is non-exclusive and does not prevent the Illustrator from licensing similar work to others.",
    "Each third-party model vendor may access your text only to generate your own output.",
    "The Contractor will learn from the Client's comments on each draft.",
    "The Vendor shall design, train and deploy the support chatbot described in Schedule B using the Client's help articles.",
    "The Host confirms that the Content is kept separate from the data used to train its models.",
    "The Client may ask the Writer to stop using generative tools for the drafts.",
    "The Publisher shall pay the Author half of the receipts from each sublicence it grants.",
    "The licence in clause 3 does not extend to the creation of datasets from the Code.",
    "The Client shall supply the labelled records needed for the training of the model that the Developer is engaged to build.",
  ])("no finding: %s", (text) => {
    expect(report(text).findings).toEqual([]);
  });
});
