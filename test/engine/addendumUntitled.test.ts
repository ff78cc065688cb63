/**
 * Issue 17: the other side deleted our addendum's title. The addendum is still ours: found by its
 * "AI-n." sections (and its introduction), so the next review neither adds a second addendum nor
 * writes suggestions into our own definitions. A contract's own "2. Definitions" is no addendum.
 */
import { analyze, buildAddendum } from "../../src/engine";
import { findAddendumStart } from "../../src/engine/fix/placement";
import { ADDENDUM_ALREADY_COMPLETE, planAddendumInsertion } from "../../src/engine/fix/addendumPlan";
import type { Paragraph } from "../../src/engine/types";

const parties = { agency: "the Client", contractor: "the Designer", work: "the Deliverables" };
const BODY: Paragraph[] = [
  { text: "This agreement is between Lumen Works Ltd (the \u201cClient\u201d) and Noor Haddad (the \u201cDesigner\u201d)." },
  { text: "1. The Designer will prepare the Deliverables described in the statement of work." },
  { text: "2. The Client will pay each invoice within thirty days." },
];
const SIGNED: Paragraph[] = [{ text: "IN WITNESS WHEREOF, the parties have signed this Agreement." }, { text: "By: ____________" }];
const addendum = (): Paragraph[] => buildAddendum({ parties }).map((p) => ({ text: p.text }));
/** The addendum as the other side left it: its title deleted, everything else kept. */
const untitled = (): Paragraph[] => addendum().slice(1);

describe("our addendum with its title deleted", () => {
  const doc = [...BODY, ...untitled(), ...SIGNED];

  test("is found at its introduction", () => {
    expect(findAddendumStart(doc)).toBe(BODY.length);
    expect(doc[BODY.length].text).toMatch(/^This addendum/);
  });

  test("is read as the addendum: no finding inside it, and it counts as present", () => {
    const r = analyze(doc);
    expect(r.findings.filter((f) => f.paragraph >= BODY.length && f.paragraph < BODY.length + untitled().length)).toEqual([]);
    expect(r.addendumPresent).toBe(true);
  });

  test("a second whole addendum is not planned: nothing is missing", () => {
    const plan = planAddendumInsertion(doc, buildAddendum({ parties }));
    expect(plan).toEqual({ insert: null, message: ADDENDUM_ALREADY_COMPLETE });
  });

  test("without its introduction too, it starts at its first section", () => {
    const bare = [...BODY, ...untitled().slice(1), ...SIGNED];
    expect(findAddendumStart(bare)).toBe(BODY.length);
    expect(bare[BODY.length].text).toMatch(/^AI-1\./);
  });
});

test("a contract's own numbered 'Definitions' and 'Remedies' sections are no addendum", () => {
  const own: Paragraph[] = [...BODY, { text: "3. Definitions" }, { text: "Words in capitals have the meaning given in the schedule." }, { text: "4. Remedies" }, { text: "Each party may seek an injunction." }, ...SIGNED];
  expect(findAddendumStart(own)).toBe(-1);
});
