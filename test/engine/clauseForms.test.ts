/**
 * Legal forms read clause by clause, with no parties defined: who receives a right, what the act
 * and its object are, what a clause only explains or names. Each row is one clause, written for
 * these tests (none is taken from a corpus or a red-team set), with the category it must produce
 * or the protection it must earn.
 */
import { analyze } from "../../src/engine";

const categories = (text: string): string[] => [...new Set(analyze([{ text }]).findings.map((f) => f.category))];
const protections = (text: string): string[] => [...new Set(analyze([{ text }]).protections.filter((p) => !p.partial).map((p) => p.kind))];

describe("direction from unmistakable role words: a right granted to the maker of the work is no risk", () => {
  test.each([
    "The Agency grants the Illustrator a perpetual, worldwide licence to reproduce the Artwork in the Illustrator's own showreel.",
    "Company hereby licenses to Consultant, royalty-free and for any purpose, the templates Company supplies.",
    "We assign to you all rights we may have in the reports you generate with the dashboard.",
    "Any comments the Publisher makes on the Author's drafts may be used by the Author for any purpose.",
  ])("%s", (text) => {
    expect(categories(text)).toEqual([]);
  });

  test.each<[string, string]>([
    // the other side also takes a right in the same clause: still a finding
    ["The Agency grants the Illustrator a licence to show the Artwork, and the Agency may use the Artwork for any purpose.", "broad-license"],
    // either-side words ("Provider", "Vendor") cannot tell the direction alone
    ["Customer grants Provider a perpetual, irrevocable licence to use the Deliverables for any purpose.", "broad-license"],
    // a choice the user has over the other side's use is not the user's right
    ["You can choose in Settings whether we use your uploads to train our models.", "ai-training-grant"],
    ["Contractor grants Company a perpetual licence to use the Designs for any purpose.", "broad-license"],
  ])("%s → %s", (text, category) => {
    expect(categories(text)).toContain(category);
  });
});
