/**
 * The fix kinds (src/engine/fix/kinds/) write only AI restrictions (issue 12): a replaced purpose
 * keeps every other use, and Accept All on the primary leaves no "solely … this Agreement".
 * The suggestions are built directly, so the wording is tested where clause edits do not cover it.
 */
import { buildSuggestions, type Names } from "../../src/engine/fix/suggest";
import { messages as replaceMessages } from "../../src/engine/fix/kinds/replacePurpose";
import { RULES } from "../../src/engine/rules";

const AI = "train, fine-tune, test or improve any artificial intelligence or machine-learning model";
const names: Names = { agency: "the Studio", contractor: "the Illustrator", work: "the Artwork" };
const rule = (id: string) => RULES.find((r) => r.id === id)!;

/** The sentence with the primary suggestion accepted. */
function acceptPrimary(ruleId: string, text: string, trigger: string): string {
  const start = text.indexOf(trigger);
  const s = buildSuggestions({ rule: rule(ruleId), paragraph: 0, text, sentence: { start: 0, end: text.length }, start, end: start + trigger.length, names, provisoFree: true }).suggestions[0];
  expect(text.slice(s.start, s.end)).toBe(s.original);
  return text.slice(0, s.start) + s.replacement + text.slice(s.end);
}

describe("replace-purpose restricts only AI use", () => {
  test.each([
    ["broad-license/any-purpose", "The Studio may use the Artwork for any lawful purpose.", "for any lawful purpose", `The Studio may use the Artwork for any lawful purpose other than to ${AI}.`],
    ["ai-training-grant/improve-algorithms", "The Studio may process the Artwork to improve its recommendation algorithms.", "to improve its recommendation algorithms", "The Studio shall not process the Artwork to improve its recommendation algorithms."],
    ["ai-training-grant/improve-algorithms", "The Studio may process the Artwork for improving its algorithms.", "for improving its algorithms", "The Studio shall not process the Artwork for improving its algorithms."],
    ["ai-training-grant/improve-algorithms", "The Studio may use the Artwork for any purpose, including to improve its algorithms.", "to improve its algorithms", `The Studio may use the Artwork for any purpose other than to ${AI}.`],
    // a waiver: "but not" would prohibit nothing, so the restriction is stated at the end
    ["ai-training-grant/improve-algorithms", "Nothing in this Agreement restricts the Studio from using the Artwork to improve its algorithms.", "to improve its algorithms", `Nothing in this Agreement restricts the Studio from using the Artwork to improve its algorithms, except that the Studio shall not use the Artwork to ${AI}.`],
    ["ai-training-grant/improve-algorithms", "The Illustrator shall not object to the Studio using the Artwork to improve its algorithms.", "to improve its algorithms", `The Illustrator shall not object to the Studio using the Artwork to improve its algorithms, except that the Studio shall not use the Artwork to ${AI}.`],
  ])("%s: %s", (id, text, trigger, expected) => {
    const after = acceptPrimary(id, text, trigger);
    expect(after).toBe(expected);
    expect(after).not.toMatch(/solely|perform this Agreement|purposes of this Agreement|and never/);
  });

  test("the wording is data: every template names the AI use or the words it keeps", () => {
    for (const [key, template] of Object.entries(replaceMessages)) expect({ key, ok: /\{ai\}|\{aiNoun\}|\{trigger\}|shall not/.test(template) }).toEqual({ key, ok: true });
  });
});
