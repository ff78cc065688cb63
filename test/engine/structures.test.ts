/**
 * Sentence shapes, written for TermScore, that a clause reader must get right whatever the words:
 * prohibitions in every grammatical form (passive, "outside the scope", "reserved", consent-gated,
 * restrictions on using a platform rather than the work), open purposes and aggregated data in
 * new wordings, and ordinary terms that only look risky (purposes limited to running the service).
 * A prohibition must be credited as "no-ai-training" and raise no finding.
 */
import { analyze, type Category } from "../../src/engine";

const PROHIBITIONS: string[] = [
  "The Translations shall not be used for any machine learning purpose.",
  "The Licensee shall not use the Recordings to train, develop or improve any music generation system.",
  "The Work shall be excluded from any training dataset maintained by the Publisher or its vendors.",
  "No part of the Work will be ingested into, uploaded to or used as a prompt or retrieval source for any artificial intelligence tool.",
  "Training AI models is not a permitted purpose under this licence.",
  "All rights to use the Work for the training of artificial intelligence are withheld by the Author.",
  "The Author reserves all text and data mining rights in the Work.",
  "The Client shall not use the Deliverables to train any artificial intelligence model.",
  "Neither party may input the other party's Confidential Information into any generative AI tool.",
  "Customer will not, and will not permit any third party to, use the Work Product for the development or training of machine learning algorithms.",
  "Agency is prohibited from using the Contractor Materials to develop, train or improve any AI system.",
  "No license is granted to use the Deliverables for training artificial intelligence.",
  "Company agrees not to ingest the Content into any large language model.",
  "The Publisher shall refrain from using the Works for text and data mining.",
  "Licensee may not use the Licensed Materials for the purpose of training generative AI technologies, including LLMs.",
  "Under no circumstances shall the Client use the Deliverables to create datasets for machine learning.",
  "The Client must not scrape, mine or otherwise extract the Content for use in machine learning.",
  "We do not use your content to train our AI models.",
  "Any use of the Work to train artificial intelligence is expressly excluded from the license granted in Section 3.",
  "For clarity, the foregoing license does not include the right to use the Materials to train AI.",
  "Use of the Deliverables in connection with the training of artificial intelligence is strictly forbidden.",
  "Nothing in this Agreement grants the Client any right to use the Work Product to train AI.",
  "The Author expressly reserves all rights to use the Work for text and data mining, and no such right passes to the Publisher.",
  "Customer Data will not be used to train or improve any machine learning models.",
  "The Agency shall ensure that none of the Deliverables is used as training data for any artificial intelligence system.",
  "Client shall not, directly or indirectly, use, or allow any vendor to use, the Deliverables to train, fine-tune or benchmark any AI model.",
  "The Client shall not permit its service providers to use the Work Product for machine learning purposes.",
  "The rights granted herein exclude the right to use the Content to develop or train artificial intelligence.",
  "Provider will not use Customer Content to train foundation models.",
  "The Company covenants that it will not use the Deliverables as inputs to any generative artificial intelligence.",
  "The Photographs may not be used to train, develop or improve any AI or machine learning technology.",
  "In no event shall the Licensee use the Licensed Content to train a generative model.",
  "The Customer shall not use any Output or Deliverable to develop a competing AI model.",
  "It is agreed that the Client has no right to use the Deliverables in any AI training dataset.",
  "Training of artificial intelligence models on the Works is not permitted under this Agreement.",
  "The Agency may not feed the Designs into any machine learning system.",
  "The Client will not, and will ensure its Affiliates do not, use the Work Product to train any artificial intelligence.",
  "You must not use any automated system, including robots, spiders or scrapers, to collect content from the Site.",
  "We expressly reserve our rights to exclude the Content from text and data mining.",
  "Your files are not used to train our models.",
  "Inputs and Outputs are excluded from model training.",
  "We never train on your data.",
  "Your Content will not be shared with third parties for the purpose of training their models.",
  "Customer Content is used only to provide the Services and is not used for model training or improvement.",
  "WE WILL NOT USE YOUR DATA TO TRAIN AI MODELS.",
  "No Customer Data shall be used for machine learning training purposes.",
  "Provider shall not use Client Data for the training of any artificial intelligence, except with Client's prior written consent.",
  "Our models are not trained on content you upload.",
  "None of your data is used to improve our models.",
  "We do not sell your data or use it to train large language models.",
  "Developer will not allow the source code of the Application to be used as training data.",
  "The Licensee shall not engage in text and data mining of the Work.",
  "Except as set out above, no right is given to use the Work for AI training.",
  "The Client shall not use the Performer's voice or likeness to train synthetic voice models or create a digital replica.",
  "Use of the Content for data mining, robots, or similar data gathering and extraction tools is prohibited.",
  "You agree not to use the Services to train an AI model.",
  "The Customer may not use the Platform to build a dataset for training machine learning models.",
  "Neither the Agency nor its subcontractors may upload the Deliverables to any AI service that retains or trains on uploaded data.",
  "Prompts you submit are not retained and are not used for training.",
  "The Supplier shall not apply any machine learning technique to the Client Materials.",
  "You may not reverse engineer our models or use our outputs to train a model that competes with us.",
  "This Agreement does not grant the Distributor any right to use the Programs for the training of artificial intelligence systems.",
  "Data submitted through the API is not used to train or improve OpenMind models.",
  "Publisher will not license the Work to any third party for use in training generative AI.",
  "The Company shall not, and shall procure that its contractors shall not, use any Deliverable for the purpose of training, testing or validating an artificial intelligence system.",
  "ALL RIGHTS TO USE THE WORKS FOR MACHINE LEARNING ARE RESERVED BY THE AUTHOR.",
  "The license granted in this Section does not extend to training any artificial intelligence model.",
  "Training machine learning models is outside the scope of the license granted to the Client.",
  "The Client is not authorized to use the Deliverables for the training of AI systems.",
  "The Client is not licensed to use the Work Product to develop artificial intelligence.",
  "Neither the Company nor any of its Affiliates shall use the Materials to train, test or improve machine learning models.",
  "No part of the Deliverables may be used to train, fine-tune or otherwise develop any artificial intelligence system.",
  "The Agency shall in no way use the Work to develop generative AI tools.",
  "Except with the Designer's prior written consent, the Client shall not use the Designs to train any AI model.",
  "The Client may use the Deliverables for any lawful purpose other than training artificial intelligence models.",
  "The Agency may use the Work Product for any purpose, except to train or improve machine learning systems.",
  "The Company may use the Content for marketing, but may not use it to train generative AI.",
  "Customer may use the Deliverables for its internal business purposes, which do not include training AI models.",
  "The Client may reproduce and distribute the Deliverables, provided that it shall not use them to train any AI model.",
  "We may use your content to provide the service; we will never use it to train AI models.",
  "Licensee shall not, and shall not authorize others to, use the Licensed Works for the purposes of machine learning, including training large language models.",
  "THE LICENSEE SHALL NOT USE THE CONTENT TO TRAIN, DEVELOP OR IMPROVE ANY ARTIFICIAL INTELLIGENCE OR MACHINE LEARNING MODEL.",
  "The Client acknowledges that the Deliverables may not be used to train AI and agrees to ensure its vendors comply.",
  "Without limiting the foregoing, the Company shall not use any Contractor Materials to train artificial intelligence.",
  "Except as expressly permitted in this Agreement, Client shall not use the Work to train machine learning models.",
  "Agency's rights in the Deliverables are subject to the restriction that they may not be used for AI training.",
];

const RISKY: Array<[Category, string]> = [
  [
    "ai-training-grant",
    "Provider may use Inputs and Outputs to fine-tune the models that power the Service.",
  ],
  [
    "ai-training-grant",
    "The Agency may use the Images as training data, provided that no Image is reproduced in the output.",
  ],
  [
    "sublicensing",
    "The Agency may disclose the Translation to any third party engaged by it.",
  ],
  [
    "ai-training-grant",
    '"Permitted Purpose" means any lawful purpose, including training the Agency\'s AI models.',
  ],
  [
    "ambiguous-purpose",
    "The Agency may use the Deliverables for its internal business purposes.",
  ],
  [
    "ambiguous-purpose",
    "Client may use the Materials to improve its products and services.",
  ],
  [
    "ambiguous-purpose",
    "We may use your Content to develop new features and services.",
  ],
  [
    "ambiguous-purpose",
    "Provider may use Customer Data for research and development.",
  ],
  [
    "ambiguous-purpose",
    "The Customer may use the Work Product for analytics and product development purposes.",
  ],
  [
    "ambiguous-purpose",
    "The Company may use the Submissions to operate, maintain, and improve the Company's offerings.",
  ],
  [
    "ambiguous-purpose",
    "Vendor may use information derived from the Services for its legitimate business interests.",
  ],
  [
    "ambiguous-purpose",
    "We use the information we collect to provide, improve and develop our services and to create new technologies.",
  ],
  [
    "ambiguous-purpose",
    "The Agency may use the Deliverables for such other purposes as it may determine from time to time.",
  ],
  [
    "ambiguous-purpose",
    "Licensee may use the Content for research, innovation and the enhancement of its platforms.",
  ],
  [
    "data-aggregation",
    "Provider may aggregate Customer Data with data from other customers and use such aggregated data for any purpose.",
  ],
  [
    "data-aggregation",
    "The Agency may compile statistics and other information derived from the Deliverables and use them without restriction.",
  ],
  [
    "data-aggregation",
    "We may combine the information you provide with information from other sources to create usage insights.",
  ],
  [
    "data-aggregation",
    "Company may derive insights, trends and statistics from the Work Product and retain them after termination.",
  ],
  [
    "data-aggregation",
    "Vendor may collect and analyze data relating to the use of the Services and the content processed by them.",
  ],
  [
    "data-aggregation",
    "The Client may create benchmarks and compilations using the Contractor's Deliverables combined with other data.",
  ],
  [
    "data-aggregation",
    "Service Provider may use data generated from the Customer's use of the Services, in aggregate form, to improve its offerings.",
  ],
  [
    "data-aggregation",
    "The Distributor may pool the Programs' metadata with other catalog data for analysis.",
  ],
  [
    "ai-training-grant",
    "Unless you opt out in your settings, we may use your content to improve our models.",
  ],
  [
    "ai-training-grant",
    "The Agency may use the Deliverables to create synthetic training data.",
  ],
  [
    "ai-training-grant",
    "Client may index and embed the Work Product for retrieval by its AI assistant.",
  ],
  [
    "ai-training-grant",
    "The Company may use the Recordings to create a digital replica of the Performer's voice.",
  ],
  [
    "ai-training-grant",
    "The Customer may input the Deliverables into generative AI tools.",
  ],
  [
    "ai-training-grant",
    "Licensee may use the Works as prompts for generative models.",
  ],
  ["ai-training-grant", "Our models are trained on the content you upload."],
  [
    "ai-training-grant",
    "The Agency may apply machine learning techniques to the Deliverables.",
  ],
  [
    "ai-training-grant",
    "The Studio may use the Artwork as reference material for its generative AI tools.",
  ],
];

const NEUTRAL: string[] = [
  '"AI Training" means any use of the Work to develop, train, test or improve a machine learning model.',
  '7.1 In this clause, "Machine Learning Purposes" means training, fine-tuning or evaluating any artificial intelligence model.',
  "The Contractor may use AI tools to assist in preparing the Deliverables, provided that it discloses such use to the Client.",
  "Contractor shall not use generative AI in creating the Deliverables without Client's prior written approval.",
  "Client grants Contractor a limited license to use the Client Materials solely to perform the Services.",
  "Each party retains all rights in its pre-existing materials.",
  "Provider grants Customer a non-exclusive license to use the Software for its internal business purposes.",
  "We use machine learning to detect fraud and to protect your account.",
  "Our AI features are powered by third-party model providers, which process your inputs only to generate outputs for you.",
  "You own the outputs generated by the AI features, and we claim no rights in them.",
  "The Company will provide training to the Contractor's staff on its content management system.",
  "The Consultant may use general skills, know-how and experience acquired in performing the Services.",
  "Nothing in this Agreement restricts either party from independently developing similar works.",
  "Contractor may display the Deliverables in its portfolio with Client's consent.",
  "Customer may not sublicense, resell or distribute the Software.",
  "The fees include two hours of training on how to update the website.",
  "The Vendor shall process Customer Personal Data only on the documented instructions of the Customer.",
  "Customer retains all right, title and interest in and to Customer Data.",
  "The Licensee shall not modify, adapt, translate or create derivative works of the Licensed Materials.",
  "Any AI-generated material included in the Deliverables shall be identified as such by the Contractor.",
  "The Client acknowledges that the Agency uses artificial intelligence tools in its creative process, subject to Section 7.",
  "Provider may collect usage metrics about the Platform solely to operate, secure and support the Platform.",
  "We may use your email address to send you service announcements.",
  "The Customer shall have the right to audit the Supplier's compliance with this Section once per year.",
  "If the Client uses the Deliverables to train an AI model, the Contractor may terminate this Agreement immediately.",
  "The Contractor hereby assigns to the Client all right, title and interest in the Deliverables, subject to Section 9 (No AI Training).",
  "Developer grants Company a license to use the Developer Tools solely in connection with the App.",
  "The Agency may process the Deliverables solely to perform the Services and host the website.",
  "Vendor may collect telemetry only to provide, secure and troubleshoot the Services.",
  "Provider may aggregate Customer Data solely for billing and to comply with law.",
];

describe("sentence shapes", () => {
  test.each(PROHIBITIONS)(
    "credited as a prohibition, not flagged: %s",
    (text) => {
      const report = analyze([{ text }]);
      expect(report.findings.map((f) => f.ruleId)).toEqual([]);
      expect(report.protections.map((p) => p.kind)).toContain("no-ai-training");
    },
  );
  test.each(RISKY)("flags %s: %s", (category, text) => {
    expect(analyze([{ text }]).findings.map((f) => f.category)).toContain(
      category,
    );
  });
  test.each(NEUTRAL)("not flagged: %s", (text) => {
    expect(analyze([{ text }]).findings.map((f) => f.ruleId)).toEqual([]);
  });
});

describe("who the clause binds, and what a prohibition covers", () => {
  test.each([
    "The Contractor shall develop, train and deploy a recommendation model for the Client.",
    "The Consultant will fine-tune an open-source language model on the Client's documentation for the Client's exclusive use.",
  ])(
    "the freelancer's own duty to build a model is the service sold, not a grant: %s",
    (text) => {
      expect(analyze([{ text }]).findings).toEqual([]);
    },
  );
  test.each([
    "The Contractor will allow the Client to train its AI models on the Deliverables.",
    "The Contractor shall license the Deliverables to the Client for training artificial intelligence models.",
    "The Client may use the Deliverables to train the models the Contractor shall build.",
  ])("a grant in the freelancer's mouth is still a grant: %s", (text) => {
    expect(analyze([{ text }]).findings.map((f) => f.category)).toContain(
      "ai-training-grant",
    );
  });
  test("a ban on training with the other side's service is credited as partial: it does not cover the user's work", () => {
    const report = analyze([
      { text: "You agree not to use the Services to train an AI model." },
    ]);
    expect(report.findings).toEqual([]);
    const noAi = report.protections.filter((p) => p.kind === "no-ai-training");
    expect(noAi.length).toBeGreaterThan(0);
    expect(
      noAi.every((p) => /does not cover your work/.test(p.partial ?? "")),
    ).toBe(true);
  });
  test.each([
    [
      "Customer Data will not be used to train models unless Customer has enabled the Model Improvement setting.",
      /setting or opt-in/,
    ],
    [
      "Provider shall not use Customer Data to train models, except anonymised data that no longer identifies Customer.",
      /anonymized or aggregated/,
    ],
  ])(
    "a prohibition with a way out is partial, and says which: %s",
    (text, why) => {
      const noAi = analyze([{ text }]).protections.filter(
        (p) => p.kind === "no-ai-training",
      );
      expect(noAi.length).toBeGreaterThan(0);
      expect(noAi.every((p) => why.test(p.partial ?? ""))).toBe(true);
    },
  );
  test("consent the freelancer may refuse at will keeps the prohibition whole; consent not unreasonably withheld does not", () => {
    const atWill = analyze([
      {
        text: "Client shall not use the Deliverables to train machine learning models without Freelancer's prior written consent, which may be withheld in Freelancer's sole discretion.",
      },
    ]);
    expect(
      atWill.protections.some((p) => p.kind === "no-ai-training" && !p.partial),
    ).toBe(true);
    const soft = analyze([
      {
        text: "Client shall not use the Deliverables to train machine learning models without Freelancer's prior written consent, not to be unreasonably withheld.",
      },
    ]);
    expect(
      soft.protections
        .filter((p) => p.kind === "no-ai-training")
        .every((p) => p.partial),
    ).toBe(true);
  });
  test("'nothing in this Section restricts' permits: no derivative-data protection, and the anonymized-data use is flagged", () => {
    const report = analyze([
      {
        text: "Nothing in this Section restricts Vendor from using de-identified data derived from the Deliverables.",
      },
    ]);
    expect(report.protections.map((p) => p.kind)).not.toContain(
      "derivative-data",
    );
    expect(report.findings.map((f) => f.category)).toContain("anonymization");
  });
});
