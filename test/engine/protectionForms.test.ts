/**
 * Protections in the forms contracts use beyond the keyword: deletion from training sets and models
 * without a termination trigger, audits by verification or granted access, audits the other side
 * submits to, survival in plain words ("remain in force", "remain bound by"). Sentences written for
 * TermScore; each credits its kind in full. And the mirror cases: the audit of the freelancer, a
 * payment obligation that remains in force, credit nothing.
 */
import { analyze, type ProtectionKind } from "../../src/engine";

const PREAMBLE = 'This Agreement is between Fernhill Digital Inc. (the "Client") and Priya Natarajan (the "Consultant"), who supplies the Work Product.';
const credited = (clause: string): string[] =>
  analyze([{ text: PREAMBLE }, { text: clause }])
    .protections.filter((p) => p.paragraph === 1 && !p.partial)
    .map((p) => p.kind);

const CREDITED: Array<[ProtectionKind, string]> = [
  ["data-deletion", "If the Client breaches Section 8, it shall purge the Work Product from each training corpus it holds and certify the purge in writing."],
  ["data-deletion", "Within sixty days after the end of the engagement, the Client shall erase every copy of the Work Product held in any dataset or AI system."],
  ["data-deletion", "The Client shall remove the Work Product from all machine learning datasets and models on the Consultant's written request."],
  ["audit-rights", "The Consultant may, on not less than fifteen business days' written notice and no more than twice in any year, audit the Client's systems to check its compliance with the AI restrictions in this Agreement."],
  ["audit-rights", "The Consultant shall be entitled to verify the Client's compliance with Section 6 (No AI Training), and the Client shall supply such logs as the Consultant reasonably requests."],
  ["audit-rights", "The Client shall permit the Consultant's nominated auditor to inspect the datasets used to train its AI models."],
  ["audit-rights", "The Client grants the Consultant access to its training records for the purpose of verifying that the Work Product has not been used for machine learning."],
  ["audit-rights", "Once a year the Consultant may require the Client to submit to an audit of its compliance with the restrictions on machine learning use of the Work Product."],
  ["survival", "The restrictions on using the Work Product for machine learning shall remain in force after the termination of this Agreement."],
  ["survival", "After this Agreement ends, the Client shall remain bound by its obligations not to use the Work Product to train AI models."],
];

const NOT_CREDITED: Array<[ProtectionKind, string]> = [
  ["audit-rights", "The Client may audit the Consultant's records relating to the AI tools used to produce the Work Product."],
  ["audit-rights", "The Consultant shall permit the Client to inspect the Consultant's AI usage logs."],
  ["survival", "The Client's obligation to pay the fees shall remain in force after the termination of this Agreement."],
];

describe("protections in their many forms are credited", () => {
  test.each(CREDITED)("%s: %s", (kind, clause) => {
    expect(credited(clause)).toContain(kind);
  });
});

describe("look-alikes credit nothing", () => {
  test.each(NOT_CREDITED)("%s: %s", (kind, clause) => {
    expect(credited(clause)).not.toContain(kind);
  });
});

describe("a consent gate says whose consent opens it", () => {
  const partialOf = (clause: string) => analyze([{ text: PREAMBLE }, { text: clause }]).protections.find((p) => p.paragraph === 1 && p.kind === "no-ai-training");
  test("the user's consent, refusable in its absolute discretion: a whole prohibition", () => {
    const p = partialOf("Except with the Consultant's prior written consent, which the Consultant may give or withhold in its absolute discretion, the Client shall not use the Work Product for any machine learning purpose.");
    expect(p).toBeDefined();
    expect(p!.partial).toBeUndefined();
  });
  test("the user's plain consent: partial, and the advice is to make it refusable at will", () => {
    expect(partialOf("The Client shall not use the Work Product to train AI models without the Consultant's prior written consent.")?.partial).toMatch(/yields to your consent/);
  });
  test("the other side's own approval: a permission in disguise", () => {
    expect(partialOf("The Client shall not use the Work Product to train any AI system unless such use has first been approved in writing by the Client's board.")?.partial).toMatch(/other side's own approval/);
  });
  test("consent deemed given on silence", () => {
    expect(partialOf("The Client shall not use the Work Product to train AI models without the Consultant's consent, which shall be deemed given if the Consultant does not reply within five days.")?.partial).toMatch(/deemed given/);
  });
});
