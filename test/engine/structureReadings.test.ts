/**
 * Issue 11, more readings by structure (each in TermScore's own wording): purposes "as the other side
 * considers appropriate" and other legitimate interests, lists of planning and research purposes,
 * derived statistics a party builds up, names removed as the condition of passing work on, redacted
 * copies reused, synthetic training examples, voices modelled and replicated, automated tutors
 * answering in the maker's manner; on the protective side, opt-in consent, "no model is trained on",
 * a duty to forbid sub-licensees, text-and-data-mining rights the maker has reserved, neural engines,
 * image-generation features; and metadata the maker supplies, kept intact, as a neutral clause.
 */
import { analyze } from "../../src/engine";

const report = (text: string) => analyze([{ text }]);
const categories = (text: string) => [...new Set(report(text).findings.map((f) => f.category))];
const aiProtections = (text: string) => report(text).protections.filter((p) => p.kind === "no-ai-training");

describe("risky forms, read by structure", () => {
  test.each([
    ["The Studio may use the Storyboards for such additional purposes as are reasonably connected with its business.", "ambiguous-purpose"],
    ["The Museum may use the Photographs for educational, archival and other purposes as the Museum considers appropriate.", "ambiguous-purpose"],
    ["The Agency may retain the Copy for audit, staff onboarding and other legitimate business interests.", "ambiguous-purpose"],
    ["The Broadcaster may use the Footage for general platform optimisation.", "ambiguous-purpose"],
    ["The Publisher may consult the Manuscripts for list planning, market research and similar activities.", "ambiguous-purpose"],
    ["We may use your uploaded portfolios to develop related apps and services.", "ambiguous-purpose"],
    ["The Client may build a database of metrics and benchmarks extracted from the Recordings.", "data-aggregation"],
    ["We track how viewers engage with your videos, such as watch time and shares, and may license that information to advertisers.", "data-aggregation"],
    ["The Agency may pass the Designs to other clients provided that the Designer's name is removed from them.", "anonymization"],
    ["So long as the results cannot be traced back to the Author, the Publisher may use the Stories in aggregated form without restriction.", "anonymization"],
    ["The Studio may keep a redacted copy of the Scripts, with character names and client references removed, and reuse it freely.", "anonymization"],
    ["The Writer agrees that the Articles may be used to generate synthetic training examples.", "ai-training-grant"],
    ["The Performer grants the Studio the right to model and replicate her vocal performance with voice-synthesis technology.", "ai-training-grant"],
    ["Lessons written by the Tutor may be used to build automated teaching assistants that answer students in the Tutor's manner.", "ai-training-grant"],
    ["Any entity controlling, controlled by or under common control with the Client may use the Designs as if it were the Client.", "sublicensing"],
    ["The Contributor grants the Foundation and anyone who receives software from it a perpetual, irrevocable licence to copy and distribute the Contributions.", "broad-license"],
    ["The Platform may release any Submission into the public domain.", "broad-license"],
    ["Every sketch made during the engagement will be and remain the exclusive property of the Agency.", "ownership"],
    ["The Studio will own each storyboard that the Animator prepares under this Agreement.", "ownership"],
    ["The synthetic AI narrator built from the Recordings belongs to the Publisher.", "ai-training-grant"],
    ["The Licensee need not delete model weights trained on the Photographs when the licence ends.", "ai-training-grant"],
    ["We use the collected Transcripts to fine-tune Orca-Scribe-3B.", "ai-training-grant"],
    ["The Host may use your Posts to make ongoing improvements to the Platform.", "ambiguous-purpose"],
    ["Uploaded Designs help inform improvements to our tools.", "ambiguous-purpose"],
    ["We may store your Files for backups, moderation and model evaluation.", "ai-training-grant"],
    ["Your Content is utilised for profiling, advertising and market research.", "ambiguous-purpose"],
    ["There is no limit on how long the Label may keep and use aggregated data derived from the Tracks.", "data-aggregation"],
    ["You grant us a licence to bundle your Recordings into datasets and sub-license them to approved AI companies.", "ai-training-grant"],
    ["If you send us ideas, you agree that we are free to use them without paying you.", "feedback"],
    ["Each third design (or each second one if sharing is switched off) becomes the property of the Marketplace.", "ownership"],
    ["Your Recordings may be used for: speech recognition, language models and analytics.", "ai-training-grant"],
    ["We may use your Prompts and the resulting Images to run, support, train and improve our features.", "ai-training-grant"],
    ["Our AI tools may draw on the Lyrics you post.", "ai-training-grant"],
    ["The Illustrator retains no rights in the Artwork once the fee is paid.", "ownership"],
    ["We may use your Recordings for internal business purposes related to audio research.", "ambiguous-purpose"],
    ["Only our staff and the third parties who help us run the site will have access to your uploads.", "sublicensing"],
    ["We disclose your Content only to those of our employees, contractors and affiliated companies that need to know it.", "sublicensing"],
    ["You grant the Project, and anyone who receives software from the Project, a licence to copy your Patches.", "sublicensing"],
    ["The Customer gives a general authorisation for the Vendor to engage sub-processors to process the Content.", "sublicensing"],
    ["Your Posts may be shared with outside researchers.", "sublicensing"],
    ["Your Drawings will be released under a Creative Commons licence.", "broad-license"],
    ["We may pass your Reviews to partners in a way that does not reveal your identity.", "anonymization"],
    ["Personal Information does not include aggregated or de-identified data.", "anonymization"],
    ["De-identified copies already added to our benchmark sets cannot be removed.", "anonymization"],
    ["When you close your account, your Stories are deleted or anonymised.", "anonymization"],
    ["We analyse how readers interact and engage with your Articles.", "data-aggregation"],
    ["We may compile statistics about the Songs you upload for our advertisers.", "data-aggregation"],
    ["Your uploads give us information for the future development of the app.", "ambiguous-purpose"],
    ["The Label may use the Singer's recordings to build a neural voice.", "ai-training-grant"],
    ["The Publisher shall own all rights in the companion app built under this Agreement.", "ownership"],
  ])("%s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
});

describe("protections and neutral clauses", () => {
  test.each([
    "If the Agency wants to use the Sketches for machine learning, it needs the Illustrator's prior opt-in, which she may decline.",
    "The Client confirms that its AI tools are configured so that no Contractor files are kept by the tool's vendor or used to train the vendor's models.",
    "The Publisher shall require each sub-licensee, by contract, to refrain from using the Book to train any AI model.",
    "The Publisher shall include in each sub-licence a term forbidding the sub-licensee from using the Poems to develop generative AI.",
    "The Client acknowledges that the Writer has reserved all text-and-data-mining rights in the Essays.",
    "We will not use your photos to build or refine image-generation features.",
    "The Voice Recordings shall not be incorporated into the Studio's neural engines.",
    "Before any Footage is used in an AI project, the Broadcaster must obtain the Actor's agreement, which may be withheld.",
    "The Brand shall ensure that no AI model is trained or conditioned on the Influencer's content.",
    "The Licensee shall not use the Photographs as prompts or reference images for any generative tool.",
    "Use of the Articles for machine learning is explicitly prohibited.",
    "We block AI crawlers and scrapers from collecting your portfolio.",
    "Scrapers must treat the Gallery as off-limits for model training.",
    "Bots of any kind\u2014whether run by us or by others\u2014are prohibited from copying, indexing or mining the Poems for AI purposes.",
    "Creators must expressly consent to any AI use of their Tracks.",
    "Our assistant itself doesn't learn from the Drafts you paste in.",
    "The service does not consume your Sketches for training.",
    "Get written consent from the Narrator before using the Recordings to build a neural voice.",
    // the negation is about 210 characters before the AI words (the window was 180)
    "The Photographs may not be copied, scraped, harvested, aggregated, mined, indexed, processed, reproduced, adapted or otherwise exploited, in whole or in part, for the purposes of developing, validating, benchmarking or operating any machine learning or artificial intelligence system.",
  ])("credited as no AI training: %s", (text) => {
    expect(report(text).findings).toEqual([]);
    expect(aiProtections(text).length).toBeGreaterThan(0);
  });

  test.each([
    "The Licensee shall preserve all metadata embedded by the Photographer in the image files.",
    "Captions and credit lines supplied by the Photographer are metadata, and the Licensee shall keep them intact.",
    "All brand guidelines and logos supplied by the Client will be owned by the Client.",
    "The Developer may keep offering the same or similar services to other clients.",
    "Users retain full ownership of their prompts and creative input.",
    "The Designer will use the Client's feedback to revise the drafts.",
    "You confirm that your Input does not contain anyone else's trade secrets.",
    "We process the files you upload to provide our service to you.",
    "The Client may copy the Designs for internal purposes related to this Agreement.",
    "Vector embeddings of your Notes are deleted within 30 days of your request.",
    "You keep any copyright in the Input that you upload to the Service.",
    "You grant us a limited licence to process your Files as necessary to provide the Service.",
  ])("no finding: %s", (text) => {
    expect(report(text).findings).toEqual([]);
  });

  // data handed to the maker ("shall provide the Writer with …", "supplied to the Freelancer") flows to it;
  // a purpose ("to provide you with …") or a right given in the same clause does not
  test.each([
    ["Each quarter the Publisher shall provide the Writer with aggregated sales statistics for the Books.", []],
    ["Aggregated engagement statistics for the Videos will be supplied to the Creator each month.", []],
    ["The Publisher shall provide the Writer with aggregated statistics on the Books and may use those statistics for any purpose.", ["broad-license", "data-aggregation"]],
    ["To provide you with the service, we share your uploads with our hosting partners.", ["sublicensing"]],
    // affiliates kept to the licensee's own use; short extracts quoted to promote the work
    ["The Client's affiliates may view the Reports only as end users and shall receive no independent licence.", []],
    ["The Client's affiliates may use the Designs for any purpose.", ["broad-license", "sublicensing"]],
    ["The Magazine may quote short extracts from the Essay, of no more than two hundred words, to advertise the issue.", []],
  ])("%s", (text, expected) => {
    expect(categories(text).sort()).toEqual(expected);
  });

  // "No A, B or C will be …": the commas of the subject's list start no new clause; a subject that names
  // an AI use ("Files processed by the AI Tools") under a negated predicate ("is not kept or used for training")
  test.each([
    "No Sketches, Drafts or Final Files will be passed to outside model developers for their own training.",
    "Recordings processed by the AI Tools are not kept, logged or used for training after the job ends.",
  ])("protective, no finding: %s", (text) => {
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text).length).toBeGreaterThan(0);
  });
  // consent refused after the act it would cover; consent that is given, or not needed, grants
  test.each([
    ["Consent to AI training is not given and shall not be inferred from payment or silence.", []],
    ["Consent to the use of the Sketches for model training is expressly withheld.", []],
    ["Consent to AI training is given by ticking the box in the Order Form.", ["ai-training-grant"]],
    ["Consent to AI training is not required.", ["ai-training-grant"]],
  ])("%s", (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  test("a new clause after a comma still ends the negation", () => {
    expect(categories("The Agency shall not resell the Designs, and the Agency may use them to train AI models.")).toEqual(["ai-training-grant"]);
    expect(categories("Recordings processed by the AI Tools may be used to improve the AI Tools and are not shared with advertisers.")).not.toEqual([]);
  });

  // a name in title case holding a negation word ("Fair Block", "Never Ending Studios") negates nothing;
  // a condition naming feedback whose main clause grants a licence takes it; public licences "placed under";
  // "for legitimate business purposes" with no possessive
  test.each([
    ["By uploading a track you grant Fair Block Records an irrevocable licence to stream it and the artwork.", ["broad-license"]],
    ["The Studio grants Never Ending Media a perpetual licence to broadcast the Footage.", ["broad-license"]],
    ["If you send us suggestions, you grant us a licence to use them to improve our apps.", ["feedback"]],
    ["Each accepted Translation will be placed under the CC-BY-4.0 licence.", ["broad-license"]],
    ["We may keep your recordings as the law requires or for legitimate business purposes.", ["ambiguous-purpose"]],
    // data built from the work: a modifier between "aggregated" and "data", data derived from one side's monitoring of the other's use
    ["The Studio keeps all aggregated engagement data drawn from the Videos.", ["data-aggregation"]],
    ["Platform Materials include any information derived from the Platform's monitoring of the Creator's access to or use of the Service.", ["data-aggregation"]],
    // capitals for emphasis still negate
    ["The Client may NOT use the Photographs to train any AI model.", []],
    ["If you send us ideas, you keep all rights in them.", []],
  ])("%s", (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  // improving named as one purpose in a list of them, or after "and to"; not the maker's own duty to improve what it delivers
  test.each([
    ["We process your uploads to keep the app running, improve its features and performance, and fix faults.", ["ambiguous-purpose"]],
    ["The Agency may use the Photographs to promote its services and to improve its own website.", ["ambiguous-purpose"]],
    ["We use your Recordings to run the service and improve the user experience.", ["ambiguous-purpose"]],
    ["The Developer agrees to design, build and test the App, improve its performance and fix defects.", []],
    ["The Contractor will use the Client's feedback to revise the Designs and improve their quality.", []],
    ["The Designer will collect the Client's comments, make improvements to the drafts and deliver the final files.", []],
  ])("%s", (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  // a worldwide, royalty-free licence whose use is named and closed by "only" or "limited to" is not broad
  test.each([
    ["The Photographer grants the Magazine a worldwide, royalty-free licence to reproduce the Photographs in the spring issue only.", []],
    ["The Illustrator grants the Publisher a worldwide, royalty-free licence to print the Drawings, which is limited to the first edition.", []],
    ["The Photographer grants the Magazine a worldwide, royalty-free licence to reproduce the Photographs in any medium.", ["broad-license"]],
    // a licence whose only purpose is running the service for the user
    ["By uploading, you grant us a worldwide, royalty-free licence to host, copy and display your photos for the purpose of providing our services.", []],
    ["By uploading, you grant us a worldwide, royalty-free licence to host your photos for the purpose of providing our services, and for advertising.", ["broad-license"]],
    // perpetual or irrevocable stays broad, whatever the stated use
    ["The Photographer grants the Magazine a perpetual, irrevocable licence to reproduce the Photographs in the spring issue only.", ["broad-license"]],
  ])("%s", (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
  // an option offered to the user to stop the use is an opt-out: the use is the default, a grant;
  // the maker's own AI tools, whoever withholds consent to them, are no restriction on training with the work
  test.each([
    ["Members can choose not to have our recommendation models learn from their Reviews.", ["ai-training-grant"]],
    ["Users may elect not to have their Recordings used to improve our speech models.", ["ai-training-grant"]],
  ])("%s", (text, expected) => {
    expect(categories(text)).toEqual(expected);
    expect(aiProtections(text)).toEqual([]);
  });
  test.each([
    "The Agency has not consented to the Illustrator using generative AI tools.",
    "The Publisher has not consented to the use of AI writing assistants by the Author.",
    "The Brand does not consent to the Photographer's use of AI retouching tools.",
  ])("the maker's own AI use, no credit: %s", (text) => {
    expect(aiProtections(text)).toEqual([]);
  });
  test("consent withheld to the other side's AI use of the work is still credited", () => {
    expect(aiProtections("The Illustrator has not consented to the Agency using the Artwork to train AI tools.").length).toBeGreaterThan(0);
  });
});

// terms kept as Markdown: emphasis marks do not hide a prohibition or a grant; improvement as a
// purpose noun, the other side's own app improved with the work; prompts are the user's work; a
// model trained for the user alone is the user's own
describe("markup, purposes and own models", () => {
  test.each([
    ["Mining the Essays for **machine learning** datasets is **strictly prohibited**.", []],
    ["You grant us a **worldwide, royalty-free licence** to use your Sketches to host, **train and improve** our features.", ["ai-training-grant", "broad-license"]],
    ["We keep your Files for thirty days for troubleshooting and improvement purposes.", ["ambiguous-purpose"]],
    ["We may use your prompts to improve our services.", ["ambiguous-purpose"]],
    ["Photos you submit help improve our app.", ["ambiguous-purpose"]],
    ["We may use your Recordings to enhance our website.", ["ambiguous-purpose"]],
    ["The Developer will use the Client Materials to improve the Application.", []],
    ["The Sketches you upload are used only to fine-tune your own custom model.", []],
    ["We use your Sketches to improve our models and to fine-tune your custom model.", ["ai-training-grant"]],
    // work sent or forwarded on; a third party with a word before it; usage patterns analysed
    ["The Studio may forward the Storyboards to third-party rendering services.", ["sublicensing"]],
    ["We may send your Photos to any interested third party.", ["sublicensing"]],
    ["The Drafts are sent to the Client for approval.", []],
    ["Your Files are never sent to any third party.", []],
    ["The Publisher may analyse reading patterns in the Stories over time.", ["data-aggregation"]],
    // "copy" is the work only as a noun ("the marketing copy"); the verb ("to use, copy and modify the Weights") names no work
    ["The Lab grants the Member a royalty-free licence to use, copy and modify the Weights solely for non-commercial research purposes.", []],
    ["The Agency may use the Copy for research purposes.", ["ambiguous-purpose"]],
    ["The Museum may copy the Photographs for research purposes.", ["ambiguous-purpose"]],
    // "non-revokable" is irrevocable; data "not linked to" a person is de-identified; insights in aggregate;
    // development of features named as a purpose; licensing such rights on; use in other users' works;
    // ownership granted or acquired
    ["The Illustrator grants the Gallery a non-revokable licence to print the Drawings.", ["broad-license"]],
    ["The Archive may keep the Interviews in a form that is not linked to your identity.", ["anonymization"]],
    ["The Studio may draw aggregated audience insights from the Videos.", ["data-aggregation"]],
    ["The licence covers hosting, feature development and promotion of the Podcasts.", ["ambiguous-purpose"]],
    ["The product development team will review the Designs.", []],
    ["The Publisher may exercise the serial rights in the Novel or license such rights to magazines.", ["sublicensing"]],
    ["We may allow your Clips to be remixed by other creators.", ["sublicensing"]],
    ["On full payment, the Client is granted full ownership of the Illustrations.", ["ownership"]],
    ["The Agency grants the Designer full ownership of her own portfolio pieces.", []],
    // permission to license the work on; a party named "Vendor" is not a third party, "our transcription vendor" is
    ["The Model gives the Photographer permission to use and license the Portraits in any book.", ["sublicensing"]],
    ["We share the Recordings with our transcription vendor.", ["sublicensing"]],
    ["The Customer grants to Vendor a licence to access the Customer Content solely to perform the Services.", []],
    ["Your Files are stored on servers run by our hosting partners.", ["sublicensing"]],
    // a subject's own modifier ("the assistant built into our app uses AI") feeds nothing into AI; what the user
    // owns stays the user's; other students; improving two named systems
    ["The assistant built into our app uses AI to answer questions from the knowledge it was trained on.", []],
    ["The assistant integrated into our app uses AI to answer questions from the information it was trained on.", []],
    ["You own all AI-assisted content you make with the editor.", []],
    ["Tutors may share your Essays with other students in the class.", ["sublicensing"]],
    ["We use your Posts to improve our ranking and recommendation systems.", ["ambiguous-purpose"]],
    // consent asked of the user first; a licence whose only purpose is the named party providing the service;
    // improving a named quality "of" AI models; viewable by others; trends and usage monitored; a licence the maker keeps
    ["We may ask for your explicit consent to share your Photos with third parties.", []],
    ["We may share your Photos with third parties, and we may request your consent to do so.", ["sublicensing"]],
    ["You grant Acme a licence to host, copy and process the Files you upload solely for the purpose of Acme providing the Services to you.", []],
    ["Your Recordings are vital for improving the speed, accuracy and capabilities of our speech recognition models.", ["ai-training-grant"]],
    ["Your Stories may be viewable by other readers of the Site.", ["sublicensing"]],
    ["Photos you post in the forums can be viewed, copied and used by others.", ["sublicensing"]],
    ["We may share your Photos with these hosting providers.", ["sublicensing"]],
    ["We monitor and analyse trends, usage and activities across the Platform.", ["data-aggregation"]],
    ["Contributor retains a perpetual, worldwide licence to reproduce and distribute its Contributions.", []],
    // work released under a public licence, with the work named between; a licence to process whose only purpose, closing the sentence, is the service
    ["By posting, you are releasing your Sketches under a Creative Commons Attribution licence.", ["broad-license"]],
    ["You grant us a licence to process your Files to provide the Service.", []],
    ["You grant us a licence to process your Files to provide the Service and to improve our products.", ["ambiguous-purpose", "data-aggregation"]],
    // a licence granted to the maker, whoever grants it; relicensing the work under any licence; recipients set out after a colon
    ["The Foundation grants the Contributor a worldwide, royalty-free licence to use and distribute the Contribution.", []],
    ["The Label may license the Tracks under any other licence it chooses.", ["sublicensing"]],
    ["The Agency may disclose the Designs to: - its subcontractors; - its affiliates.", ["sublicensing"]],
    // one idea as much as many; data about the user's interactions with the work, tracked; data collected only to make the service work
    ["The Studio is free to use any Idea you submit, royalty-free, for any purpose.", ["broad-license", "feedback"]],
    ["We collect data about your interactions with your Videos and sell reports to advertisers.", ["data-aggregation"]],
    ["We track your interactions with the Podcasts and use the data to sell insights.", ["data-aggregation"]],
    ["We collect data about your interactions with the Editor, such as the commands you use, to provide proper functionality of the Service.", []],
    // a third party with an article is a recipient; a third party who brings a claim is not
    ["We may share your Photos with a third party.", ["sublicensing"]],
    ["If you send us images, you agree to defend us against any claim by a third party that we are using their copyright.", []],
  ])("%s", (text, expected) => {
    expect(categories(text).sort()).toEqual(expected);
  });
});

describe("issue 11, fresh sets S to U: sub-processors, relicensing, nouns that are not acts, purposes kept to the project", () => {
  test.each([
    // an authorisation to engage or appoint sub-processors, or to act as one, passes the data onward
    ["The Customer gives general written authorisation for Larkspur Cloud to engage the sub-processors listed in Annex 2.", ["sublicensing"]],
    ["The Controller authorises the Processor to appoint Subprocessors, and each Subprocessor to appoint further Subprocessors.", ["sublicensing"]],
    ["The Controller gives general authorisation for any reseller it names to act as a Sub-processor under this addendum.", ["sublicensing"]],
    ["The Processor and its affiliated companies may engage third-party sub-processors in connection with the hosting service.", ["sublicensing"]],
    ["The transcription service relies on third-party sub-processors (including two speech vendors) to work.", ["sublicensing"]],
    ["The Processor shall not engage sub-processors without the Controller's written consent.", []],
    // relicensing the work under other terms; an irrevocable copyright given
    ["The maintainers have the right to relicense the Library (including your Patch) under different terms later.", ["sublicensing"]],
    ["By sending a pull request, you grant the maintainers a worldwide and irrevocable but non-exclusive copyright in your Patch.", ["broad-license"]],
    // recipients named as categories; "the licences you grant" is a noun, not a grant to you
    ["We disclose your Recordings to the categories of service providers listed below.", ["sublicensing"]],
    ["You agree that the licences you grant in your Recordings are perpetual and irrevocable.", ["broad-license"]],
    // improving the other side's app named as the purpose of a licence; the user's own supply of content names no right
    ["You grant Tidepool a licence to copy and display your Photos for the purpose of operating and improving the App.", ["ambiguous-purpose"]],
    ["The Client will supply the Content for the purpose of improving the Website.", []],
    // nouns that are not acts: a design's "combination" of elements; "your inputs" sent onward are shared, not trained on
    ["The Studio will own the particular combination of elements that makes up the final Design.", []],
    ["The Agency may combine the Designs with other client materials.", ["data-aggregation"]],
    ["Your inputs are forwarded to third-party AI services for processing.", ["sublicensing"]],
    ["The Agency may input the Drafts into any generative AI tool.", ["ai-training-grant"]],
    // data processed only to provide the service, said first; a deletion certified is no de-identification
    ["In order for us to run the Service, you agree that we may process and store your Files in other countries.", []],
    ["To run the Service, we may process your Files and also use them to improve our products.", ["ambiguous-purpose", "data-aggregation"]],
    ["Within 30 days the Processor shall certify in writing that all personal data has been deleted.", []],
    ["The Agency may reuse the Transcripts once personal data has been removed.", ["anonymization"]],
    // a perpetual licence kept to this project is not a broad licence
    ["We will own the source files and license their use to you, exclusively and in perpetuity for this project only.", []],
    ["The Illustrator grants the Client a perpetual, irrevocable licence to use the Artwork solely for the Campaign.", []],
    ["The Illustrator grants the Client a perpetual, irrevocable licence to use the Artwork for the Campaign and any other purpose.", ["ambiguous-purpose", "broad-license"]],
    // what the maker makes "is owned by" the other side, said in the present; the other side's own materials are not the work
    ["All data products prepared by Party B are owned by Party A.", ["ownership"]],
    ["Client Materials are owned by the Client.", []],
    ["Drawings made by the Client are owned by the Client.", []],
    // an exclusive right to use and sell the work held by the other side; the maker's own exclusive right is no risk
    ["The Publisher shall have the exclusive right to use, adapt and sell the Illustrations.", ["ownership"]],
    ["The Illustrator has the exclusive right to use the Illustrations.", []],
    // the other side using its own data for its AI names no right over the work; with the work beside it, it does
    ["Lumen Press keeps the right to use its own archive and content to build and run Lumen Press's own AI systems.", []],
    ["Lumen Press may use its own archive and the Manuscripts to build AI systems.", ["ai-training-grant"]],
  ])("%s", (text, expected) => {
    expect(categories(text).sort()).toEqual(expected);
  });

  test("a logo block is a noun, not a prohibition; blocking AI crawlers still protects", () => {
    expect(aiProtections("You grant us a licence to show your Work in our portfolio, our website logo block and social media, and for purposes of internal training.")).toEqual([]);
    expect(aiProtections("We block all AI crawlers from using your Content for training.").length).toBeGreaterThan(0);
  });

  test("'nothing on these Pages may be used to … develop any machine learning system' prohibits, with the place named between", () => {
    const text = "Nothing on these Pages may be used to benchmark, align or otherwise develop or operate any machine learning system.";
    expect(aiProtections(text).length).toBeGreaterThan(0);
    expect(categories(text)).toEqual([]);
    // a waiver is no prohibition
    expect(categories("Nothing in this Agreement restricts the Studio from using the Photos to train AI models.")).toEqual(["ai-training-grant"]);
  });
});

describe("issue 11, fresh sets V to X (tuning halves)", () => {
  test.each([
    // residual know-how kept in memory is not the work; the work beside it still is
    ["The Consultant's staff may use, for its own business purposes, any generalised knowledge and skills they retain in their unaided memories.", []],
    ["The Agency may use the Deliverables and any general know-how for its own business purposes.", ["ambiguous-purpose"]],
    // the makers granting are no recipients; a purpose of promoting and providing the service limits the licence
    ["By listing items in the Market, sellers grant the platform a non-exclusive, worldwide, royalty-free licence to copy and display the content for the purpose of promoting and providing the services.", []],
    ["Our vendors may access and use your Content.", ["sublicensing"]],
    // a licence granted to the maker, named first; a personal-use licence to a buyer
    ["The Videographer is granted a non-exclusive, perpetual licence to use the footage produced under this Agreement in her showreel.", []],
    ["The Client is granted a non-exclusive, perpetual licence to use the Footage.", ["broad-license"]],
    ["The Photographer grants each buyer a non-exclusive perpetual personal-use licence to download the Images.", []],
    // the other side may copyright the work in its own name
    ["The Performer agrees that the Label may copyright all recordings of the Songs in its own name.", ["ownership"]],
    ["The Photographer may copyright the Images in her own name.", []],
    ["All intellectual property in code written by the Intern on Lab projects is properly assigned to the Lab.", ["ownership"]],
    ["You hereby grant and assign to the Studio all rights and interests in all Inventions.", ["ownership"]],
    // generating an AI model from the work; AI generation of images is no training
    ["The Singer's session recordings will be used solely for AI model generation.", ["ai-training-grant"]],
    ["The Tool offers AI generation of images from text prompts.", []],
    // a purpose list after a colon; a condition whose main clause names its holders in brackets
    ["We use the photos you upload to: * Provide and improve our services * Send you updates", ["ambiguous-purpose"]],
    ["If you send us suggestions about the Editor, then we (and anyone we authorise) may use such suggestions without obligation to you.", ["feedback"]],
    // a named group's subsidiaries are recipients; "no affiliates" names none
    ["Northgate may share the Recordings with Northgate subsidiaries and business partners worldwide.", ["sublicensing"]],
    ["We may share your Photos with no affiliates.", []],
    // statistical analyses run on the user's files, with the user's permission
    ["You give us permission to run statistical analyses on your Files.", ["data-aggregation"]],
  ])("%s", (text, expected) => {
    expect(categories(text).sort()).toEqual(expected);
  });

  test("consent said to be mandatory before an AI use gates it: a partial protection, not a grant", () => {
    const text = "The Narrator's consent is mandatory before the Publisher may use the Recordings to train any voice model.";
    expect(categories(text)).toEqual([]);
    expect(aiProtections(text)[0]?.partial).toBeTruthy();
  });
});

describe("issue 11: the new readings kept narrow (a review's counter-examples)", () => {
  test.each([
    // notice or access given to the maker is no licence to it: the grant of the work stays a risk
    ["Once the Freelancer is given written notice, the Deliverables may be used to train AI models.", ["ai-training-grant"]],
    ["Acme grants the Freelancer a licence to reproduce the Deliverables for any purpose in perpetuity.", []],
    // the other side's own data beside the work is no excuse; an operational lead-in does not cover mining
    ["The Studio may use its own data and the Photographs to train its AI models.", ["ai-training-grant"]],
    ["To operate the Platform, we may mine your content and compile it into datasets.", ["data-aggregation"]],
    // a project limit that is not the end of the clause limits nothing
    ["The Photographer grants the Client a perpetual, irrevocable licence to use the Photographs solely in connection with the Project, its successors and any other campaign.", ["broad-license"]],
    // "we" in terms of service is the other side; a hyphenated verb and each party's own marks are not ownership
    ["We have the exclusive right to use, modify and sell any content you upload.", ["ownership"]],
    ["We may copyright any content you upload.", ["ownership"]],
    ["The Client will copyright-clear all music used in the Videos.", []],
    ["Each party retains the exclusive right to use its own trademarks and logos.", []],
    ["The Designer, as author, has the exclusive right to reproduce the Designs.", []],
    ["Templates developed by the Agency for other clients are owned by the Agency.", []],
    // third-party tools without the work, invoices and payments, the maker's own relicensing, the project website
    ["We use third-party services to host our website.", []],
    ["We rely on sub-processors to send invoices and collect payments.", []],
    ["The Freelancer may license the Work under any other terms after the exclusivity period ends.", []],
    ["Either party may license its own pre-existing materials under any terms it chooses.", []],
    ["The Client may use the Deliverables for the purposes of improving the website.", []],
    ["The Consultant may draw insights from the Client's data to prepare the report.", []],
    // residuals beside the work; feedback taken by a longer main clause; recipients "following"
    ["The Publisher may use, for its internal business purposes, the Illustrations and any general know-how gained from them.", ["ambiguous-purpose"]],
    ["If you submit Feedback, the Company and its affiliates may use it for any purpose without compensation.", ["broad-license", "feedback", "sublicensing"]],
    ["We disclose your Recordings to the following categories of service providers.", ["sublicensing"]],
    // a party owning only what it supplied itself is no transfer; owning what the maker creates is, in a contraction too
    ["You own all text, images and data you provided, unless a third party owns them.", []],
    ["The Client retains all materials that the Client supplied for the campaign.", []],
    ["The Client owns all Deliverables and all materials the Client provided.", ["ownership"]],
    ["You'll own the visual elements that I create for this project.", ["ownership"]],
    ["The Agency will own every banner that the Designer produces under this Agreement.", ["ownership"]],
    // "AI" in a company's or a project's name is no AI technology
    ["Created for the Tidewater AI Project by Jordan Lee, March 2026", []],
    ["The Client may use the Designs to develop packaging for Nimbus AI Inc.", []],
    ["Nimbus may use the Designs to improve its AI models.", ["ai-training-grant"]],
    // the work handed to the other side through a delivery service is not shared with that service
    ["Once the edit is done, I will send you the final image via Google Drive.", []],
    ["The Studio will deliver the final images to the Client through a private online gallery.", []],
    ["The Client may share the Images with its partners via Google Drive.", ["sublicensing"]],
    // a section named by its title in capitals grants nothing; the same words as a clause do
    ["The Developer will sign the papers needed for the assignments in Developer Assigns Intellectual Property, and will help enforce them.", []],
    ["Rights in Deliverables Client Owns All Deliverables upon final payment.", ["ownership"]],
    ["The Developer Hereby Assigns All Rights In The Code To The Client.", ["ownership"]],
    // money or rights "derived from" the work are no derived data; tasks assigned are no assignment; "its assigns" is a noun
    ["The Model agrees that the Company may keep all royalties, proceeds or other benefits derived from such photographs.", []],
    ["The web pages for which the Writer will create content will be assigned by the Company to the Writer.", []],
    ["In order to assign work, the Client e-mails the Developer.", []],
    ["The Licensee and its assigns may reproduce the photographs for the campaign.", []],
    ["The Writer assigns the Articles to the Publisher.", ["ownership"]],
    // role words in capitals are read: a licence of the client's likeness to the photographer flows to the user
    ["CLIENT grants PHOTOGRAPHER permission to use CLIENT'S likeness in any and all forms of media.", []],
    // a review's counter-examples: a party's own materials beside a real transfer; sharing beside a delivery channel;
    // "AI project" in lower case; the defined "Work" mined; money derived beside an extraction; tasks given to people
    ["The Client will own all rights in the Photographs, including any reference images the Client provided.", ["ownership"]],
    ["Designer assigns all copyright in the Logo to Company, while Company retains any brand assets Company supplied.", ["ownership"]],
    ["We will send you feedback via email, and we may share the Work with our affiliates and third-party AI vendors.", ["sublicensing"]],
    ["Client may use the Deliverables to develop its internal AI project.", ["ai-training-grant"]],
    ["Licensee may mine Work delivered under this Agreement for patterns.", ["data-aggregation"]],
    ["Client may extract data from the Deliverables and shall own all rights derived from the Deliverables.", ["data-aggregation", "ownership"]],
    ["The Editor assigns the articles to a freelance reporter.", []],
    ["Contractor assigns Work created hereunder to Company.", ["ownership"]],
    // a service named by what it does ("data extraction services") is no act of extraction
    ["The project will provide the Client with tactical data extraction services and insights into its data assets.", []],
    ["The Company may extract data from the Content.", ["data-aggregation"]],
  ])("%s", (text, expected) => {
    expect(categories(text).sort()).toEqual(expected);
  });

  test("blocking the work from AI use still protects; 'nothing posted on this Site may be used to train' prohibits", () => {
    expect(aiProtections("The Platform will block Content from being used to train AI models.").length).toBeGreaterThan(0);
    expect(aiProtections("Nothing posted on this Site may be used to train any machine learning model.").length).toBeGreaterThan(0);
  });
});
