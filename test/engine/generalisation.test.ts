/**
 * Sentences written for TermScore in wordings the rules were not built from (different verbs,
 * nouns and sentence shapes): a check that the rules follow legal patterns rather than fixed
 * phrases. Each risky sentence must be flagged in its category; protective and neutral ones
 * must not be flagged at all.
 */
import { analyze, type Category } from "../../src/engine";

const RISKY: Array<[Category, string]> = [
  ["ai-training-grant", "Company reserves the right to use any Submission to build and refine its generative models."],
  ["ai-training-grant", "Customer agrees that Provider may leverage Customer Inputs to enhance the accuracy of its AI."],
  ["ai-training-grant", "The Publisher may make the Manuscript available to third-party developers of large language models."],
  ["ai-training-grant", "Licensee may use the Licensed Images as training material for its image-generation systems."],
  ["ai-training-grant", "Agency may allow its technology partners to use the Deliverables to train their models."],
  ["ai-training-grant", "By default, content you create may be used to train our models; you can change this in Settings."],
  ["ai-training-grant", "Your uploaded drafts may be used to improve our AI models unless you turn this setting off."],
  ["broad-license", "The Client may use, adapt and exploit the Work for any purpose whatsoever without further payment."],
  ["broad-license", "Freelancer grants Client an exclusive, transferable, perpetual licence to the Creative Assets."],
  ["broad-license", "Studio may exploit the Artwork in all media throughout the universe in perpetuity."],
  ["ambiguous-purpose", "Agency may use the Deliverables for its internal purposes."],
  ["ambiguous-purpose", "The Company may use the Materials to develop and improve its offerings."],
  ["data-aggregation", "Provider owns all Usage Data and may use it without restriction."],
  ["feedback", "Contractor hereby assigns to Company all rights in any suggestions or ideas Contractor provides regarding the Services."],
  ["anonymization", "After termination, Agency may keep the Deliverables in de-identified form."],
  ["sublicensing", "Client may sublicense its rights to any third party without Contractor's consent."],
  ["sublicensing", "Agency may transfer the Content to its group companies and their service providers."],
  ["ownership", "The Work Product is the exclusive property of the Client from creation."],
  ["ownership", "All intellectual property rights in the Deliverables vest in the Agency upon payment."],
  ["ai-training-grant", "Customer authorizes Vendor to use Customer Content to train, evaluate and improve Vendor's foundation models."],
  ["ai-training-grant", "Client may use the Work Product with any AI tool of its choosing, including to generate derivative works."],
  ["ai-training-grant", "We may share your content with our partners who help us build AI features."],
  ["data-aggregation", "The Agency may incorporate the Deliverables into datasets used to develop its proprietary algorithms."],
  ["broad-license", "The Agency may use the Work in any manner it sees fit."],
  ["broad-license", "Contractor grants Client an irrevocable right to use, modify and distribute the Deliverables."],
  ["ambiguous-purpose", "The Agency may retain copies of the Deliverables indefinitely for its records and for product research."],
  ["anonymization", "Client may use aggregated and de-identified versions of the Materials for benchmarking."],
  ["sublicensing", "The Client may license the Deliverables to third parties."],
];

const PROTECTIVE = [
  "Client will not use the Deliverables, in whole or in part, to train, retrain or fine-tune any machine learning model.",
  "Neither the Agency nor any of its affiliates may input the Deliverables into any generative AI system.",
  "The Agency agrees to refrain from using the Work Product for the development of artificial intelligence.",
  "No right is granted to use the Materials for text and data mining or AI training.",
  "The restrictions in this Section apply equally to any metadata and derived data.",
  "Contractor may terminate immediately if Client uses the Deliverables to train any AI model.",
  "The Agency must delete the Work Product from any training dataset within 30 days of termination.",
  "Any use of the Work to develop machine learning models requires Contractor's separate written consent and an additional fee.",
];

const NEUTRAL = [
  "The Contractor will train the Client's marketing team on the new brand guidelines.",
  "The Consultant will design a data model for the Client's CRM.",
  "The Client shall provide the Contractor with all materials reasonably required for the project.",
  "This Agreement may be signed in counterparts, each of which is an original.",
  "Either party may assign this Agreement to a successor in interest.",
  "The Contractor may use open-source software components in the Deliverables.",
  "The Client's feedback on drafts must be sent within five business days.",
  "The Contractor will deliver the files in machine-readable formats such as SVG and PDF.",
  "The Consultant will test the website on major browsers before launch.",
  "Each party's names and logos are the exclusive property of that party.",
  "All information exchanged shall be for all purposes regarded as confidential.",
];

describe("generalisation", () => {
  test.each(RISKY)("flags %s: %s", (category, text) => {
    expect(analyze([{ text }]).findings.map((f) => f.category)).toContain(category);
  });
  test.each(PROTECTIVE)("protective, not flagged: %s", (text) => {
    expect(analyze([{ text }]).findings).toEqual([]);
  });
  test.each(NEUTRAL)("neutral, not flagged: %s", (text) => {
    expect(analyze([{ text }]).findings).toEqual([]);
  });
});
