/**
 * A second table of sentence shapes, written for TermScore by a reviewer who did not read the rules
 * (MSAs, SOWs, SaaS and AI terms; risky, protective and neutral). Sentences it still gets wrong are
 * listed in the README's open work, not here: every row below must hold.
 */
import { analyze, type Category } from "../../src/engine";

const RISKY: Array<[Category, string]> = [
  [
    "ai-training-grant",
    "Customer grants Provider the right to use Customer Content to train, retrain and fine-tune the machine learning models that power the Service.",
  ],
  [
    "ai-training-grant",
    "By submitting Inputs, you agree that we and our affiliates may use such Inputs and the resulting Outputs to develop and improve our artificial intelligence technologies.",
  ],
  [
    "ai-training-grant",
    'Unless you disable the "Help improve our models" toggle in your workspace settings, conversations you have with the assistant may be reviewed and used as training data.',
  ],
  [
    "ai-training-grant",
    "Agency may incorporate the Deliverables into datasets used for the development, training and evaluation of generative AI systems operated by Agency or its technology partners.",
  ],
  [
    "ai-training-grant",
    "The Contractor acknowledges that writing samples, drafts and revisions delivered hereunder may be ingested into Client's large language model pipelines.",
  ],
  [
    "ai-training-grant",
    "Provider may create vector embeddings from uploaded documents and retain those embeddings to enhance retrieval quality across its customer base.",
  ],
  [
    "ai-training-grant",
    "Company shall be entitled to use the Work Product to generate synthetic data and to teach its systems to produce content in a similar style and voice.",
  ],
  [
    "ai-training-grant",
    "Content you make publicly available through the Platform may be used by us to train models, including models made available to third parties.",
  ],
  [
    "ai-training-grant",
    "We will not use your private files to train our foundation models; however, we may use them to train and improve smaller task-specific models, such as classifiers and ranking systems.",
  ],
  [
    "ai-training-grant",
    "Subject to Section 7.2, Client may feed any Deliverable, in whole or in part, into automated systems for the purpose of model training, benchmarking or evaluation.",
  ],
  [
    "ai-training-grant",
    "Where you have consented through the in-product banner, recordings of your sessions may be used for the purposes of training our speech recognition models.",
  ],
  [
    "ai-training-grant",
    "The Illustrator's artwork may be used by the Publisher to build reference libraries for image-generation tools that emulate the Illustrator's distinctive style.",
  ],
  [
    "ai-training-grant",
    "Translations supplied by the Vendor will be added to Client's translation memory and may be used to train and tune its neural machine translation engines.",
  ],
  [
    "broad-license",
    "Contractor hereby grants to Client a perpetual, irrevocable, worldwide, royalty-free licence to use, reproduce, modify and exploit the Pre-Existing Materials for any purpose whatsoever.",
  ],
  [
    "broad-license",
    "You grant us a non-exclusive, transferable, sublicensable, fully paid-up licence to host, store, reproduce, adapt, publish and distribute your User Content in any media now known or later developed.",
  ],
  [
    "broad-license",
    "To the extent any Background IP is embedded in the Deliverables, Consultant grants Company an unrestricted, perpetual licence to use such Background IP in any manner Company sees fit.",
  ],
  [
    "broad-license",
    "Client may use, copy, modify and create derivative works of the Deliverables without restriction and without further compensation to Designer.",
  ],
  [
    "broad-license",
    "The licence granted in this Section 5 is irrevocable and shall survive any termination or expiry of this Agreement for any reason.",
  ],
  [
    "broad-license",
    "Photographer grants Agency an unlimited licence to exploit the Images in all media, formats and territories throughout the universe in perpetuity.",
  ],
  [
    "broad-license",
    "By uploading Content, you grant Company and its successors a worldwide, irrevocable right to use that Content in connection with any of Company's present or future products.",
  ],
  [
    "broad-license",
    "Each Party's rights in the Licensed Materials, once granted under this Clause 9, cannot be withdrawn, and the Recipient may exercise them for whatever purposes it determines.",
  ],
  [
    "broad-license",
    '"Licensed Use" means any use of the Work, in any form, whether now known or hereafter devised, for any purpose.',
  ],
  [
    "ambiguous-purpose",
    "Client may use the Deliverables, and any materials furnished by Contractor, for its internal business purposes.",
  ],
  [
    "ambiguous-purpose",
    "We may use information you provide to improve, develop and enhance our products and services.",
  ],
  [
    "ambiguous-purpose",
    "Provider may process Customer Data for research, analytics and product development purposes.",
  ],
  [
    "ambiguous-purpose",
    "Notwithstanding anything to the contrary, Agency may retain copies of the Work Product for archival, quality assurance and service improvement purposes.",
  ],
  [
    "ambiguous-purpose",
    "Information collected through the Services is used to operate our business, including to conduct research and to develop new features and offerings.",
  ],
  [
    "ambiguous-purpose",
    "Customer authorises Supplier to use Customer Materials to the extent necessary to improve the Supplier Platform and its related services.",
  ],
  [
    "data-aggregation",
    "Provider shall own all Usage Data and may use it for any lawful purpose during and after the Term.",
  ],
  [
    "data-aggregation",
    "We collect telemetry, logs and metadata generated by your use of the Software and may combine it with data from other customers.",
  ],
  [
    "data-aggregation",
    '"Derived Data" means any data derived from Customer Data through processing by the Service, and Provider shall retain all rights in Derived Data.',
  ],
  [
    "data-aggregation",
    "Vendor may compile aggregated datasets from information processed on behalf of all clients and commercialise such datasets.",
  ],
  [
    "data-aggregation",
    "Service Generated Data, including statistics and patterns derived from Customer Content, belongs exclusively to the Company.",
  ],
  [
    "data-aggregation",
    "Agency may aggregate the Deliverables with works supplied by other contractors to form a consolidated content corpus.",
  ],
  [
    "data-aggregation",
    "Client shall be entitled to collect and store the metadata associated with each file submitted by the Contractor, including revision histories and editorial comments.",
  ],
  [
    "data-aggregation",
    "The Platform automatically collects interaction data, such as prompts, clickstreams and edits, which may be retained indefinitely and combined into datasets.",
  ],
  [
    "data-aggregation",
    "Company may compile the Contributor's annotations and labels into a proprietary dataset that Company shall own outright.",
  ],
  [
    "feedback",
    "Contractor grants Client a perpetual, royalty-free licence to use any comments, corrections or suggestions provided by Contractor in connection with Client's tools.",
  ],
  [
    "feedback",
    "All Feedback shall be deemed the sole property of Company, and Customer hereby assigns to Company all right, title and interest therein.",
  ],
  [
    "feedback",
    "Any ratings, thumbs-up or thumbs-down signals, edits to generated responses and other feedback you submit may be used by us for any purpose.",
  ],
  [
    "feedback",
    "Where Freelancer corrects, rewrites or annotates content produced by Client's automated tools, such corrections constitute Feedback which Client may use without restriction.",
  ],
  [
    "feedback",
    '"Feedback" means suggestions, comments and ideas relating to the Services, and Vendor may incorporate Feedback into its offerings without compensation or attribution.',
  ],
  [
    "feedback",
    "You agree that we are free to use any suggestions you send us for the purposes of improving our platform.",
  ],
  [
    "anonymization",
    "Provider may use Customer Data that has been de-identified or anonymized for any purpose, including after termination of this Agreement.",
  ],
  [
    "anonymization",
    "Once personal information has been aggregated or anonymized such that it no longer identifies you, we may use and share it without restriction.",
  ],
  [
    "anonymization",
    "Nothing in this Section restricts Vendor from using de-identified data derived from the Deliverables.",
  ],
  [
    "anonymization",
    "The confidentiality obligations in Clause 12 do not apply to data that has been anonymised in accordance with Supplier's internal standards.",
  ],
  [
    "anonymization",
    "Pseudonymized copies of your content may be retained by us after account deletion for statistical and development purposes.",
  ],
  [
    "anonymization",
    "We may share de-identified information with our partners, who may use it to build and improve their own services.",
  ],
  [
    "anonymization",
    "Anonymous and aggregate information is not subject to the deletion obligations in this DPA.",
  ],
  [
    "sublicensing",
    "Client may sublicense any of its rights in the Deliverables to its affiliates, contractors and business partners without notice to Designer.",
  ],
  [
    "sublicensing",
    "We may share your content with our third-party service providers, including providers of artificial intelligence services, to help us deliver the Services.",
  ],
  [
    "sublicensing",
    "Agency may grant sublicences under this Agreement through multiple tiers.",
  ],
  [
    "sublicensing",
    "The Company may disclose the Work Product to any member of its corporate group and to such third parties as it may engage to process the same.",
  ],
  [
    "sublicensing",
    "Customer Data may be made available to Provider's subprocessors, a current list of which is available on request.",
  ],
  [
    "sublicensing",
    "Licensee shall be entitled to transfer or sublicense the rights granted herein to any third party of its choosing.",
  ],
  [
    "sublicensing",
    "You authorize us to make your submissions available to other companies, organizations or individuals who partner with us for syndication, broadcast, distribution or publication.",
  ],
  [
    "sublicensing",
    "All rights granted to Client hereunder extend to Client's Affiliates, licensees and successors in interest.",
  ],
  [
    "ownership",
    "All Deliverables shall be considered works made for hire, and to the extent they are not, Contractor hereby assigns all rights therein to Client.",
  ],
  [
    "ownership",
    "Consultant hereby irrevocably assigns to Company all right, title and interest in and to any Work Product, including all intellectual property rights.",
  ],
  [
    "ownership",
    "The Client shall own all intellectual property in anything created by the Freelancer under this SOW, whether or not delivered.",
  ],
  [
    "ownership",
    "Upon payment, title to all copyrights in the Designs passes to Agency, and Designer waives all moral rights to the fullest extent permitted by law.",
  ],
  [
    "ownership",
    "Everything you create using our tools, including the underlying prompts and project files, will be owned by us.",
  ],
  [
    "ownership",
    "The Supplier assigns by way of present assignment of future rights all copyright in the Materials to the Customer.",
  ],
  [
    "ownership",
    '"Work Made for Hire" includes all text, code, images and other materials prepared by the Contractor within the scope of this Agreement, which shall belong exclusively to the Client from creation.',
  ],
];

const PROHIBITIONS: string[] = [
  "Client shall not use the Deliverables to train, fine-tune or otherwise improve any artificial intelligence or machine learning model.",
  "The use of any Work Product for the training of machine learning systems is strictly prohibited.",
  "Neither Party may input the other Party's Confidential Information into any generative AI tool.",
  "Agency shall not, and shall ensure that its subcontractors do not, ingest the Contractor's materials into any large language model.",
  "We do not use your content to train our AI models.",
  "Customer Content will never be used to train, retrain or improve any model, whether ours or a third party's.",
  "No right is granted to Client to use the Work for text and data mining, including for the purpose of developing AI systems.",
  "NOTHING IN THIS AGREEMENT GRANTS CUSTOMER OR ANY THIRD PARTY THE RIGHT TO USE THE DELIVERABLES AS TRAINING DATA FOR ANY ARTIFICIAL INTELLIGENCE SYSTEM.",
  "The licence granted in Section 4 excludes any right to use the Licensed Materials to develop, train or validate machine learning models.",
  "Notwithstanding Section 6.1, Client may not use the Deliverables or any portion thereof to train generative AI.",
  "Under no circumstances may the Publisher use the Manuscript, in whole or in part, to train or test any artificial intelligence technology.",
  "Provider will not use Customer Data or Outputs to train or improve its models or any third-party models.",
  "Scraping, crawling, or any automated extraction of the Content for the purpose of building datasets or training AI models is prohibited.",
  "Client agrees that it will not upload, submit or otherwise provide the Freelancer's work to any third-party AI platform that may retain or learn from it.",
  "The Deliverables may be used solely for the Project and for no other purpose; in particular, they may not be used to train any AI system.",
  "Vendor shall refrain from using Customer Materials for model training purposes of any kind.",
  "Reproduction of the Work for the purposes of text and data mining is expressly reserved by the Author within the meaning of Article 4(3) of Directive (EU) 2019/790.",
  "Any use of the Illustrations to train, fine-tune or prompt image-generation models, or to imitate the Illustrator's style, is forbidden without the Illustrator's separate written consent.",
  "Company agrees that no portion of the Contributor's work shall be used, directly or indirectly, in the training of any neural network.",
  "Contractor's work product is not to be used for AI or ML training.",
  "Client shall not permit any third party, including its affiliates, vendors and AI service providers, to use the Deliverables for training machine learning models.",
  "Section 9 (No AI Training). Customer shall not use any Deliverable to train, fine-tune, benchmark or evaluate any AI model.",
  "AI Training Restriction: Agency may not use Freelancer's work to develop or improve artificial intelligence.",
  "Your prompts, files and outputs are excluded from the data we use to train our models.",
  "We do not, and will not, permit our third-party model providers to use your data to train their models.",
  "Inputs and Outputs are not used for model training, and our subprocessors are contractually prohibited from doing so.",
  "The Studio shall neither use nor allow others to use the Artwork as training material for any machine learning system.",
  "At no time shall the Company utilize the Consultant's reports, code or documentation in connection with the training of artificial intelligence.",
  "The Parties agree that the Work Product shall be excluded from any dataset used to train or improve artificial intelligence models.",
  "It is agreed that Licensee's rights do not extend to using the Content for the purpose of machine learning or model development.",
  "Client represents and warrants that it will not use the Translations to train machine translation engines or other language models.",
  "Without limiting Section 3, Client must not use, and must not authorise any person to use, the Materials to create embeddings, vector indices or retrieval datasets.",
  "The Recipient is prohibited from using the Disclosing Party's Confidential Information to train, develop or improve any AI or machine-learning system.",
  "Supplier undertakes that Customer Data will not be processed for the purposes of training artificial intelligence models.",
  "Except as necessary to provide the Services to Customer, Provider shall not use Customer Data, and in no event shall Provider use Customer Data to train any machine learning model.",
  "In no event will the Deliverables, or any derivative thereof, be used for training, fine-tuning or validation of any AI system by or on behalf of Client.",
  "Use of the Work to train AI is not permitted.",
  "The Designer reserves all rights not expressly granted, including the right to authorise or refuse the use of the Designs for AI training.",
  "No content obtained from the Contractor may be used to improve machine learning models, whether by Client, its Affiliates or its service providers.",
  "We don't train on your data. Period.",
  "Your content is yours: we will not use it to train the AI features in the Product or any other model.",
  "Business customer data is not used to train our models by default, and we will not change this without your opt-in consent.",
  "Data submitted through the API is excluded from model training.",
  "Neither Client nor any person acting on its behalf shall use Freelancer's deliverables, drafts or communications to train, test or fine-tune AI models.",
  "Consultant's materials shall not, at any time during or after the Term, be ingested into, uploaded to or processed by any generative artificial intelligence tool.",
  "Agency is not permitted to use the Work for machine learning, and this restriction survives termination.",
  "Client acknowledges that the Contractor has not granted, and Client will not exercise, any right to use the Work Product in the development of AI systems.",
  "It shall be a material breach of this Agreement for the Client to use the Deliverables to train any artificial intelligence system.",
  "Prohibited Uses. Licensee shall not: (a) sell or rent the Content; (b) remove any copyright notices; (c) use the Content to train, develop or improve any machine-learning model; or (d) use the Content in any defamatory manner.",
  "Client will not, directly or through any third party, (i) reverse engineer the Deliverables, (ii) resell them, or (iii) use them as inputs for training artificial intelligence.",
  "The following uses of the Work Product are prohibited: machine learning training, dataset creation, and text and data mining.",
  "Client shall not, and shall cause its employees, contractors, affiliates, licensees, successors and assigns not to, whether directly or indirectly and whether for commercial or non-commercial purposes, use any Deliverable to train an AI model.",
  "In respect of the Deliverables, the training, fine-tuning, validation or improvement of any artificial intelligence or machine learning system, whether by Client or any third party engaged by Client, including its cloud and analytics vendors, shall be prohibited.",
  "Any use of Freelancer Materials, including drafts, notes, source files and final deliverables, for the purposes of developing, training or refining artificial intelligence technologies, is expressly excluded from the scope of the licence.",
  "Client's right to use the Deliverables shall not be construed to include the right to use them for AI training.",
  "For the avoidance of doubt, internal business purposes do not include the training or improvement of any artificial intelligence model.",
  "Aggregated or de-identified data derived from the Deliverables may not be used to train machine learning models.",
  "Feedback does not include the Deliverables, and Client may not use the Deliverables to improve its AI tools.",
  "Provider shall not sublicense or disclose Customer Content to any third party for the purpose of training AI models.",
  "Usage Data shall not include Customer Content, and Provider will not use Customer Content to train or improve its machine learning models.",
  "Even where the Client owns the Deliverables, the Client agrees not to use them to train AI.",
  "We will never sell your data or use it to train AI.",
  "Unless the Contractor has separately agreed in a signed writing specific to that use, Client shall not use the Work for machine-learning training.",
  "Neither Vendor nor its subprocessors will use Customer Personal Data for the training of AI, machine learning or large language models.",
  "Creating datasets from, or training algorithms on, the Deliverables is outside the permitted use and is not authorised.",
  "Client agrees to refrain from feeding the Artwork into any AI image generator.",
  "The Agency acknowledges that it has no right to, and undertakes that it will not, use the Copy to teach, train or refine any generative model.",
  "You retain all rights to your content, and we do not use it to develop or improve our AI models.",
  "Our AI features process your inputs only to generate a response for you and do not use them to train models.",
  "Client shall ensure that the Deliverables are not used in the training of any AI or machine-learning system.",
  "THE LICENSE DOES NOT PERMIT USE OF THE WORK FOR THE TRAINING OF ARTIFICIAL INTELLIGENCE.",
  "Customer retains the right to prohibit, and hereby does prohibit, the use of Customer Data to train Provider's models.",
  "Vendor may not leverage any Client materials to build, train, or enhance its own AI products.",
  "Any permission to use the Photographs excludes their use in connection with machine learning datasets or AI model training.",
  "Both parties agree not to use the other's content to train AI systems.",
  "Client shall not use the Deliverables to train machine learning models without Freelancer's prior written consent, which may be withheld in Freelancer's sole discretion.",
];

const NEUTRAL: string[] = [
  "Contractor shall maintain adequate training for its personnel on data protection and information security.",
  "Client shall provide Contractor with access to the data and systems reasonably required to perform the Services.",
  "Each party shall comply with applicable data protection laws in connection with its processing of personal data under this Agreement.",
  "Contractor may use AI-assisted tools, such as grammar checkers and code completion, in preparing the Deliverables, provided it discloses such use to Client upon request.",
  "Vendor grants Customer a non-exclusive, non-transferable licence to use the Software during the Subscription Term for Customer's internal business operations.",
  "Subject to these Terms, we grant you a limited, revocable, non-sublicensable licence to access and use the App on devices you own.",
  "Contractor shall not aggregate Client Data with data belonging to its other clients.",
  "The Consultant will deliver a financial model in Excel format, together with a written memorandum explaining its assumptions.",
  "The Supplier shall train the Customer's staff in the use of the System for up to five (5) days.",
  "Client is responsible for the accuracy and completeness of all data it provides to Contractor.",
  "Client's data will be used only to perform the Services for Client and for no other purpose.",
  "Contractor retains ownership of its pre-existing tools and know-how, and nothing herein transfers such ownership to Client.",
  "Customer may export its data at any time during the Term in a standard machine-readable format.",
  "Upon termination, Provider shall delete Customer Data within sixty (60) days, except as required by law.",
  "The Deliverables will include a machine learning model that predicts customer churn, trained on data supplied by Client.",
  "Contractor shall develop, train and deploy a recommendation model for Client using Client's historical sales data, as described in Exhibit A.",
  "We use cookies and similar technologies to remember your preferences and keep you signed in.",
  "You must be at least 18 years old to use the Services.",
  "Each party shall keep the other's Confidential Information confidential and use it only to perform its obligations under this Agreement.",
  "Feedback on draft deliverables should be provided by Client within five business days.",
  "Designer may display the final Designs in its portfolio after public release by Client.",
  "Provider will maintain administrative, physical and technical safeguards designed to protect Customer Data.",
  "Customer shall not, and shall not permit any third party to, use the Services or any Output to develop a competing product or to train a model that competes with the Services.",
  "You may not use automated means to scrape or crawl the Services or extract data from them except as permitted by our API terms.",
  "Licensee shall not reverse engineer, decompile or disassemble the Software.",
  "The Consultant will conduct market research interviews with twenty of Client's customers and summarise the results.",
  "The Agency shall not sublicense the Freelancer's work without the Freelancer's written consent.",
  "Nothing in this Agreement assigns to Client ownership of Contractor's pre-existing materials.",
  "Contractor is an independent contractor and not an employee of Client.",
  "The Services include configuring the Client's AI chatbot to answer questions using the Client's own help-centre articles.",
  "Vendor represents that the Software does not contain any viruses, malware or other harmful code.",
  "The Translator shall return the translated text within ten business days of receipt of the source file.",
  "Client grants Contractor a limited licence to use Client's trademarks solely to perform the Services during the Term.",
  "Personal data will be stored in data centres located within the European Economic Area.",
  "We may update these Terms from time to time and will notify you of material changes by email.",
  "The Photographer will deliver no fewer than forty edited high-resolution images in JPEG format.",
  "Subscriber is responsible for maintaining the confidentiality of its account credentials.",
  "Provider's liability under this Agreement shall not exceed the fees paid in the twelve months preceding the claim.",
  "The Consultant shall attend weekly status meetings and provide written progress reports.",
  "Data Subject requests received by Processor shall be forwarded to Controller without undue delay.",
  'The AI features of the Service are provided "as is" and outputs may be inaccurate; you should review all outputs before relying on them.',
  "As between you and us, you own the Outputs generated for you by the Service.",
  "Contractor shall not use Client's Confidential Information for any purpose other than performing the Services.",
  "The Client may request up to two rounds of revisions to each Deliverable at no additional charge.",
  "Anonymised survey responses will be reported to Client only in summary form, with no individual respondent identified.",
  "Vendor shall provide Customer with a copy of its most recent SOC 2 Type II report upon request.",
  "The Freelancer will use Client's licensed stock image account to source photographs for the campaign.",
  "Customer may designate up to ten Authorized Users who may access the Platform under Customer's account.",
  "The Developer shall document all source code and provide it to the Client via a private Git repository.",
  "The Client acknowledges that the Contractor may engage subcontractors with the Client's prior written consent, and the Contractor remains responsible for their performance.",
  "Client acknowledges that the Contractor uses a transcription service to prepare meeting notes.",
  "Provider's affiliates may provide support services to Customer, subject to the same confidentiality obligations as Provider.",
  "Licensor grants Licensee a licence to the Font Software for use on up to five workstations.",
  'THE SERVICES ARE PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING ANY WARRANTY OF MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE.',
  "IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR ANY INDIRECT, INCIDENTAL OR CONSEQUENTIAL DAMAGES ARISING OUT OF THIS AGREEMENT.",
  "Vendor shall indemnify Customer against third-party claims that the Software infringes any patent or copyright.",
  '"Confidential Information" means all non-public information disclosed by one party to the other, whether orally or in writing.',
  '"Services" means the consulting services described in each Statement of Work.',
  "The Client shall provide brand guidelines, logos and copy for use in the Deliverables.",
  "Supplier retains all right, title and interest in the Platform, including all improvements to it, and no rights are granted except as expressly set out herein.",
  "Customer is responsible for obtaining all necessary consents for any personal data it uploads to the Service.",
  "The Contractor shall complete the onboarding training module on the Client's code of conduct before starting work.",
  "Response times for support tickets are set out in the Service Level Agreement attached as Schedule 2.",
  "Vendor's Documentation is licensed to Customer for use solely in connection with Customer's authorised use of the Service.",
  "Client may use the Deliverables for the purposes described in the Statement of Work.",
  "The licence granted to Client is limited to the territory of Canada and expires on 31 December 2027.",
  "Usage of the Platform is subject to the Acceptable Use Policy, which limits the number of API calls per minute.",
  "Background: The Company operates an online learning platform and wishes to engage the Writer to produce course materials.",
  "Vendor will notify Customer of any Security Incident affecting Customer Data within 72 hours.",
  "Users may delete their account at any time from the Settings page, after which their profile will no longer be visible.",
  "The Consultant may use its own laptop and software licences in performing the Services.",
  "Client agrees to credit the Illustrator by name wherever the Illustrations are published.",
  "The Contractor will test the model's accuracy against the validation dataset and report the results to Client.",
  "Provider may use Customer's name and logo in customer lists with Customer's prior written approval.",
  "We will retain your information for as long as your account is active or as needed to provide you services.",
  "Contractor warrants that the Deliverables will be its original work and will not infringe the rights of any third party.",
  "Each party retains all rights in its own trademarks, and no licence to the other party's marks is granted except as expressly stated.",
  "This Agreement shall be governed by the laws of the State of New York.",
];

describe("reviewer-written shapes", () => {
  test.each(RISKY)("flags %s: %s", (category, text) => {
    expect(analyze([{ text }]).findings.map((f) => f.category)).toContain(
      category,
    );
  });
  test.each(PROHIBITIONS)(
    "a whole prohibition, credited, not flagged: %s",
    (text) => {
      const report = analyze([{ text }]);
      expect(report.findings.map((f) => f.ruleId)).toEqual([]);
      expect(
        report.protections.filter(
          (p) => p.kind === "no-ai-training" && !p.partial,
        ),
      ).not.toHaveLength(0);
    },
  );
  test.each(NEUTRAL)("not flagged: %s", (text) => {
    expect(analyze([{ text }]).findings.map((f) => f.ruleId)).toEqual([]);
  });
});
