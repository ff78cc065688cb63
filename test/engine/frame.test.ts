/**
 * An AI-training phrase that is the subject of a protection — the restriction it names, the remedy
 * that stops it, the audit that checks it, the removal that undoes it — grants nothing. Sentences
 * written for TermScore; each must raise no finding. And the frame never hides a grant that follows
 * it in its own clause.
 */
import { analyze } from "../../src/engine";

const PREAMBLE = 'This Agreement is between Harbour Lane Media Ltd (the "Client") and Tomas Reyes (the "Contractor"), who supplies the Deliverables.';
const findingsIn = (clause: string) => analyze([{ text: PREAMBLE }, { text: clause }]).findings.filter((f) => f.paragraph === 1);

const FRAMED: string[] = [
  "The Contractor may seek injunctive relief to restrain any ingestion of the Deliverables into a machine learning system.",
  "The Client shall keep records of every use of the Deliverables in connection with any AI system and shall make them available to the Contractor.",
  "The Contractor may, once a year and on thirty days' notice, audit the Client's AI training datasets to confirm that the Deliverables are absent from them.",
  "The limitations in this Section on the use of the Deliverables for machine learning continue to apply after termination.",
  "Any clause restricting the use of the Deliverables for training neural networks shall survive the end of this Agreement.",
  "The Client acknowledges that any unauthorized use of the Deliverables for model training would cause irreparable harm to the Contractor.",
  "The Client acknowledges that use of the Deliverables to train an AI model would cause the Contractor irreparable harm.",
  "On request, the Client shall remove the Deliverables and any data derived from them from all machine learning training sets within ten days.",
  "Each year the Client shall certify its compliance with the prohibition on artificial intelligence training in Section 9.",
];

const GRANTS: string[] = [
  "Notwithstanding the restrictions on disclosure in Section 4, the Client may use the Deliverables to train its machine learning models.",
  "The Client may remove the Contractor's name from the Deliverables and may use them to train artificial intelligence models.",
  "Subject to compliance with Section 6, the Client is entitled to use the Deliverables to train AI models.",
];

describe("the subject of a protection is no grant", () => {
  test.each(FRAMED)("%s", (clause) => {
    expect(findingsIn(clause).map((f) => `${f.ruleId}: ${f.trigger}`)).toEqual([]);
  });
});

describe("a grant after a frame in the same clause is still a grant", () => {
  test.each(GRANTS)("%s", (clause) => {
    expect(findingsIn(clause).map((f) => f.category)).toContain("ai-training-grant");
  });
});

test("a double negative permits: 'nothing … shall be construed as preventing' the use is a grant", () => {
  const clause = "Nothing in this Agreement shall be construed as preventing the Client from using the Deliverables as training data for its artificial intelligence tools.";
  expect(findingsIn(clause).map((f) => f.category)).toContain("ai-training-grant");
  expect(analyze([{ text: PREAMBLE }, { text: clause }]).protections.filter((p) => p.kind === "no-ai-training")).toEqual([]);
});
