/**
 * The rules read the contract's own name for the work (issue 11: "reached through the document
 * model"): a contract that calls its work "the Mixes" is read with that word wherever a rule looks
 * for the work. Contracts written for these tests.
 */
import { analyze } from "../../src/engine";
import { rules } from "../../src/engine/scan/ruleSet";
import { rulesForWork } from "../../src/engine/scan/workTerm";

const doc = (...texts: string[]) => texts.map((text) => ({ text }));

describe("the document's own work term", () => {
  const MIXES = doc(
    'MUSIC PRODUCTION AGREEMENT between Lowtide Records LLC ("Label") and Remy Okoro ("Producer").',
    '1. The Producer shall create and deliver remixes of the Label\'s catalogue tracks (the "Mixes").',
    "2. The Producer assigns to the Label all copyright in the Mixes.",
    "3. The Label may share the Mixes with its affiliates and technology partners.",
    "4. The Label may add the Mixes to its databases.",
  );

  test("clauses that name the work only by the contract's term are read: sharing onward and pooling into databases", () => {
    const r = analyze(MIXES);
    expect(r.roles.work).toBe("Mixes");
    const cats = r.findings.map((f) => f.category);
    expect(cats).toContain("sublicensing");
    expect(cats).toContain("data-aggregation");
    // and the same clause with a word that names nothing of the user's is not
    const other = analyze([...MIXES.slice(0, 3), { text: "3. The Label may share the Invoices with its affiliates and technology partners." }]);
    expect(other.findings.map((f) => f.category)).not.toContain("sublicensing");
  });

  test("terms the rules know, activities, parties, licences and AI words leave the rules as they are", () => {
    const crs = rules();
    for (const work of ["Deliverables", "Services", "Label", "Enterprise License", "Models", "Platform", "Work Product"]) {
      expect(rulesForWork(crs, { work, user: "Producer", other: "Label" })).toBe(crs);
    }
    const widened = rulesForWork(crs, { work: "Mixes", user: "Producer", other: "Label" });
    expect(widened).not.toBe(crs);
    expect(widened).toHaveLength(crs.length);
    // compiled once per term
    expect(rulesForWork(crs, { work: "the Mixes", user: "Producer", other: "Label" })).toBe(widened);
  });
});
