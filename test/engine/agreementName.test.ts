import { agreementName, readConventions } from "../../src/engine/fix/conventions";
import { agreementPhrase, buildAddendum } from "../../src/engine/fix/addendum";
import type { Paragraph } from "../../src/engine/types";

const doc = (...texts: string[]): Paragraph[] => texts.map((text) => ({ text }));

const MSA = doc(
  "MASTER SERVICES AGREEMENT",
  "This Master Services Agreement (the \u201cMSA\u201d) is entered into by Northwind Studio Inc. (the \u201cClient\u201d) and Sam Lee (the \u201cContractor\u201d).",
  "1. Services. The Contractor shall provide the services described in each Statement of Work under this MSA.",
  "2. Term. This MSA continues until terminated in accordance with Section 9.",
);
const CONTRACT = doc(
  "This Contract (this \u201cContract\u201d) is made between Blue Fin Media LLC (the \u201cAgency\u201d) and Ana Ruiz (the \u201cConsultant\u201d).",
  "The Consultant shall deliver the Work Product described in this Contract.",
);
const MEANS = doc(
  "1. Definitions. \u201cAgreement\u201d means this master services agreement, its schedules and every order under it.",
  "2. The Contractor grants the Client a licence to use the Deliverables.",
);
const LONG_NAME = doc(
  "This Master Services Agreement (the \u201cMaster Services Agreement\u201d) is made between the Client and the Contractor.",
  "Nothing in this Master Services Agreement limits the Client's rights in its own materials.",
);
const HEREINAFTER = doc("This services contract (hereinafter referred to as the \u201cContract\u201d) is made between the Studio and the Designer.", "Fees are set out in Schedule 1.");
const THIS_LABEL = doc("This document (this \u201cAgreement\u201d) is made between the Client and the Contractor.");
const NOTHING = doc("The freelancer will design a logo for the client.", "Payment is due within 30 days of invoice.");
const UNDEFINED_SELF = doc("WEB DESIGN CONTRACT", "Under this Contract the Designer shall deliver the Designs.", "This Contract ends when the Designs are delivered.");
const OTHER_AGREEMENT = doc(
  "The Vendor shall process personal data under the data processing agreement attached as Exhibit B (the \u201cData Processing Agreement\u201d) and the service level terms (the \u201cSLA\u201d).",
  "The Vendor shall comply with the Data Processing Agreement.",
);

describe("the contract's own name for itself", () => {
  it.each([
    ["MSA", MSA, "MSA"],
    ["Contract", CONTRACT, "Contract"],
    ["Agreement defined by 'means this'", MEANS, "Agreement"],
    ["a long defined name", LONG_NAME, "Master Services Agreement"],
    ["hereinafter referred to as the Contract", HEREINAFTER, "Contract"],
    ["(this \"Agreement\")", THIS_LABEL, "Agreement"],
    ["an undefined but consistent self-reference", UNDEFINED_SELF, "Contract"],
    ["nothing", NOTHING, null],
    ["only another agreement defined (a DPA, an SLA)", OTHER_AGREEMENT, null],
  ])("%s", (_name, paragraphs, expected) => {
    expect(agreementName(paragraphs.map((p) => p.text).join("\n"))).toBe(expected);
    expect(readConventions(paragraphs).agreement).toBe(expected);
  });

  it("phrases it mid-sentence with one article", () => {
    expect(agreementPhrase("MSA")).toBe("the MSA");
    expect(agreementPhrase("the Agreement")).toBe("the Agreement");
    expect(agreementPhrase(null)).toBe("the agreement");
    expect(agreementPhrase("")).toBe("the agreement");
  });

  it("names the project-scope fallback's contract by its name", () => {
    const c = readConventions(doc(...MSA.map((p) => p.text.replace("each Statement of Work under ", "the project under ").replace(/Statement of Work/g, "order"))));
    expect(c.project).toBe("the project described in this MSA");
    expect(readConventions(doc("The freelancer will complete the project by June.")).project).toBe("the project described in this agreement");
  });
});

describe("the addendum names the contract", () => {
  const text = (paragraphs: Paragraph[]) => {
    const c = readConventions(paragraphs);
    return buildAddendum({ parties: { agency: "Client", contractor: "Contractor", work: "Deliverables" }, agreement: c.agreement, spelling: c.spelling })
      .map((p) => p.text)
      .join("\n");
  };

  it.each([
    ["MSA", MSA, "the MSA"],
    ["Contract", CONTRACT, "the Contract"],
    ["Agreement", MEANS, "the Agreement"],
    ["Master Services Agreement", LONG_NAME, "the Master Services Agreement"],
  ])("%s: every reference uses the defined name, grammatically", (_n, paragraphs, phrase) => {
    const t = text(paragraphs);
    expect(t).not.toMatch(/\bthe agreement\b/);
    expect(t).toContain(`This addendum forms part of ${phrase} between the Client and the Contractor`);
    expect(t).toContain(`Terms defined in ${phrase} have the same meaning here.`);
    expect(t).toContain(`No license or right granted under ${phrase} includes Training`.replace("license", /licence/.test(paragraphs.map((p) => p.text).join(" ")) ? "licence" : "license"));
    expect(t).toContain(`termination or expiry of ${phrase},`);
    expect(t).toContain(`for every purpose ${phrase} allows other than Training`);
    // no doubled or stray article around the name
    expect(t).not.toMatch(/\b(?:the|this) (?:the|this)\b/i);
    expect(t).not.toMatch(new RegExp(`\\b(?:a|an|this) ${phrase.slice(4)}\\b`));
  });

  it("falls back to 'the agreement' when the contract names itself nothing", () => {
    const t = text(NOTHING);
    expect(t).toContain("This addendum forms part of the agreement between the Client and the Contractor");
    expect(t).toContain("No license or right granted under the agreement includes Training");
    expect(t).not.toMatch(/\bthe (?:Agreement|Contract|MSA)\b/);
  });

  it("never respells the contract's own name", () => {
    const t = buildAddendum({ agreement: "Software License Agreement", spelling: "en-GB" }).map((p) => p.text).join("\n");
    expect(t).toContain("No licence or right granted under the Software License Agreement");
  });
});

test("a document that is itself a statement of work names its own project", () => {
  const doc = (...texts: string[]) => texts.map((text) => ({ text }));
  expect(readConventions(doc("STATEMENT OF WORK No. 4", "This Statement of Work is issued under the Master Agreement.")).project).toBe("the project described in this Statement of Work");
  // an MSA that refers to statements of work still points at the applicable one
  expect(readConventions(doc("MASTER SERVICES AGREEMENT", "Each project is described in a Statement of Work.")).project).toBe("the project described in the applicable Statement of Work");
});
