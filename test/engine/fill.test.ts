/**
 * The one placeholder filler (src/engine/fix/fill.ts), used by the redlines, the fallback positions
 * and the comments alike: one table of template × document → words.
 */
import { fill, thirdPerson } from "../../src/engine/fix/fill";
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

  const WE_TO_YOU: Names = { agency: "Brightwell Ltd", contractor: "the Freelancer", work: "the Submissions", voice: { agency: "we", contractor: "you" } };
  const I_TO_YOU: Names = { agency: "the Client", contractor: "the Artist", work: "the Artwork", voice: { agency: "you", contractor: "I" } };
  test.each<[string, Names, string, string]>([
    ["a pronoun subject, its verb agreeing", WE_TO_YOU, "; however, {agency} covenants, for itself and its successors, that", "; however, we covenant, for ourselves and our successors, that"],
    ["a pronoun possessive", WE_TO_YOU, "subject to {contractor}'s right to opt out", "subject to your right to opt out"],
    ["has → have", WE_TO_YOU, "once {contractor} has opted out, which {contractor} may give", "once you have opted out, which you may give"],
    ["an object after a verb or preposition", WE_TO_YOU, "which gives {agency} no right; received from {agency}", "which gives us no right; received from us"],
    ["capitalised at a sentence start", WE_TO_YOU, "{Agency} shall not use {work}", "We shall not use the Submissions"],
    ["I and you", I_TO_YOU, "{agency} acquires no right; once {contractor} has opted out; {contractor}'s notice", "you acquire no right; once I have opted out; my notice"],
    ["the client as you, for itself", I_TO_YOU, "{agency} covenants, for itself and its successors", "you covenant, for yourself and your successors"],
    ["a party in the third person is left as it is", { ...US_CURLY, voice: { contractor: "we" } }, "{agency} covenants, for itself and its successors", "the Studio covenants, for itself and its successors"],
    ["the work in the terms' words", { ...WE_TO_YOU, voice: { agency: "we", contractor: "you", work: { of: "the Submissions", as: "your photos" } } }, "use {work} or data derived from {it}", "use your photos or data derived from them"],
  ])("voice: %s", (_, names, template, expected) => {
    expect(fill(template, names)).toBe(expected);
  });

  test("voice: the work in the terms' words only where it is the document's own work term (a clause's own object keeps its words)", () => {
    const names: Names = { ...WE_TO_YOU, voice: { agency: "we", contractor: "you", work: { of: "the Submissions", as: "your photos" } } };
    expect(fill("use {work}", { ...names, work: "the promotional materials" })).toBe("use the promotional materials");
    expect(fill("use {work}", names)).toBe("use your photos");
  });

  test("voice: comments name the parties in the third person (thirdPerson)", () => {
    expect(fill("{Agency} keeps {agency}'s rights", thirdPerson(WE_TO_YOU))).toBe("Brightwell Ltd keeps Brightwell Ltd's rights");
    expect(thirdPerson(US_CURLY)).toBe(US_CURLY);
  });

  test("nothing is kept across documents: the same template in another document's names", () => {
    expect(fill("{agency} may use {work}", US_CURLY)).toBe("the Studio may use the Deliverables");
    expect(fill("{agency} may use {work}", UK_STRAIGHT)).toBe("the Publisher may use the Manuscript");
  });
});
