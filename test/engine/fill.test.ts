/**
 * The one placeholder filler (src/engine/fix/fill.ts), used by the redlines, the fallback positions
 * and the comments alike: one table of template × document → words.
 */
import { fill } from "../../src/engine/fix/fill";
import { AI_NOUNS, AI_VERBS, type Names } from "../../src/engine/fix/wording";
import { DEFAULT_CONVENTIONS, type Conventions } from "../../src/engine/fix/conventions";

const conventions = (over: Partial<Conventions>): Conventions => ({ ...DEFAULT_CONVENTIONS, ...over });

const US_CURLY: Names = { agency: "the Studio", contractor: "the Designer", work: "the Deliverables", conventions: conventions({ project: "the Project" }) };
const UK_STRAIGHT: Names = { agency: "the Publisher", contractor: "the Author", work: "the Manuscript", conventions: conventions({ spelling: "en-GB", curlyQuotes: false }) };
const BARE: Names = { agency: "Buyer", contractor: "Maker", work: "the Work Product" };

describe("fill", () => {
  test.each<[string, Names, string, Record<string, string> | undefined, string]>([
    ["names", US_CURLY, "{agency} shall not use {work}", undefined, "the Studio shall not use the Deliverables"],
    ["capitalised names", US_CURLY, "{Agency} pays {Contractor} for {Work}", undefined, "The Studio pays The Designer for The Deliverables"],
    ["plural work: them, themselves", US_CURLY, "derived from {it}, not {work} {itself}", undefined, "derived from them, not the Deliverables themselves"],
    ["singular work: it, itself", UK_STRAIGHT, "derived from {it}, not {work} {itself}", undefined, "derived from it, not the Manuscript itself"],
    ["AI verbs and nouns", BARE, "to {ai}; no {aiNoun}", undefined, `to ${AI_VERBS}; no ${AI_NOUNS}`],
    ["the document's project", US_CURLY, "limited to {project}", undefined, "limited to the Project"],
    ["no project read: the project", BARE, "limited to {project}", undefined, "limited to the project"],
    ["US spelling of the template", US_CURLY, "every transfer or licence of {work}", undefined, "every transfer or license of the Deliverables"],
    ["UK spelling of the template", UK_STRAIGHT, "anonymized data under the license", undefined, "anonymised data under the licence"],
    ["curly quotes by default", BARE, '"{trigger}" is open-ended', { trigger: "for any purpose" }, "\u201cfor any purpose\u201d is open-ended"],
    ["straight quotes where the document writes them", UK_STRAIGHT, "\u201c{trigger}\u201d is open-ended", { trigger: "for any purpose" }, '"for any purpose" is open-ended'],
    // the document's own words are kept exactly: a redline never respells what it keeps
    ["extra values verbatim", US_CURLY, "{words} ({qualifier})", { words: "a licence to \u201cPromote\u201d", qualifier: "but not to {ai}" }, "a licence to \u201cPromote\u201d (but not to {ai})"],
    ["an unknown placeholder stays", US_CURLY, "{agency} and {nothing}", undefined, "the Studio and {nothing}"],
    ["an extra with no value stays", US_CURLY, "{agency} and {lead}", { trigger: "x" }, "the Studio and {lead}"],
  ])("%s", (_, names, template, extra, expected) => {
    expect(fill(template, names, extra)).toBe(expected);
    // memoised per document: the same answer the second time
    expect(fill(template, names, extra)).toBe(expected);
  });

  test("nothing is kept across documents: the same template in another document's names", () => {
    expect(fill("{agency} may use {work}", US_CURLY)).toBe("the Studio may use the Deliverables");
    expect(fill("{agency} may use {work}", UK_STRAIGHT)).toBe("the Publisher may use the Manuscript");
  });
});
