import { compareVersions } from "../../../src/engine/compare";
import { explainEdit } from "../../../src/engine/compare/recognise";
import { analyze } from "../../../src/engine/analyze";
import type { OurChange } from "../../../src/engine/compare";
import type { Finding, Paragraph } from "../../../src/engine/types";
import { DRAFT, ROUND1, at } from "../../fixtures/rounds";

const paras = (list: readonly string[]): Paragraph[] => list.map((text) => ({ text }));
const i31 = at("3.1", DRAFT);
const i32 = at("3.2", DRAFT);
/** What TermScore writes for the draft's 3.1 (primary: AI training out of "any purpose") and 3.2 (the permission turned into a prohibition). */
const OUR31 = "3.1 The Agency may reproduce and publish the Artwork for any purpose other than to train, fine-tune, test or improve any artificial intelligence or machine-learning model.";
const OUR32 = "3.2 The Agency shall not use the Artwork to train its machine learning models.";
const unconfirmed = (paragraph: number, original: string, pending = true): OurChange => ({ id: `tracked-p${paragraph}`, prefix: "", removed: "", inserted: "", suffix: "", pending, unconfirmed: { paragraph, original, author: "Priya Nandakumar" } });

describe("our suggestions told by their wording when the decision log does not list them", () => {
  it("the changes the engine would write for those clauses are ours: no change of theirs, each suggestion's fate told, ready for the log", () => {
    const ours = DRAFT.map((t, i) => (i === i31 ? OUR31 : i === i32 ? OUR32 : t));
    const r = compareVersions(paras(ours), paras(ours), { ours: [unconfirmed(i31, DRAFT[i31]), unconfirmed(i32, DRAFT[i32])] });
    expect(r.changes).toEqual([]);
    expect(r.notOurs).toEqual([]);
    const ids = analyze(paras(DRAFT)).findings.filter((f) => f.paragraph === i31 || f.paragraph === i32).map((f) => f.id);
    expect(r.recognised!.map((o) => o.id)).toEqual(ids);
    expect(r.recognised![0]).toMatchObject({ ruleId: "broad-license/any-purpose", label: "Exclude AI training from the purpose", removed: "purpose", pending: true });
    expect(r.recognised![1]).toMatchObject({ ruleId: "ai-training-grant/train-models", removed: "may", inserted: "shall not" });
    expect(r.suggestions.map((s) => [s.id, s.fate])).toEqual(ids.map((id) => [id, "open"]));
  });

  it("a fallback position is recognised too", () => {
    const f = analyze(paras(DRAFT)).findings.find((x) => x.paragraph === i31)!;
    const s = f.suggestions.find((x) => x.position === "opt-out")!;
    const text = DRAFT[i31].slice(0, s.start) + s.replacement + DRAFT[i31].slice(s.end);
    const r = compareVersions(paras(DRAFT.map((t, i) => (i === i31 ? text : t))), paras(DRAFT.map((t, i) => (i === i31 ? text : t))), { ours: [unconfirmed(i31, DRAFT[i31])] });
    expect(r.recognised!.map((o) => [o.id, o.label])).toEqual([[f.id, "Right to opt out"]]);
  });

  it("changes under our name in words the engine would not write (a colleague who shares the name) are theirs, judged as theirs", () => {
    // the same name weakened the prohibition in ROUND1's 3.2 and changed the fee: neither is a suggestion of ours
    const j32 = at("3.2");
    const mayUse = ROUND1[j32].replace("shall not use", "may use");
    const fee = ROUND1[at("2.1")].replace("thirty", "sixty");
    const now = ROUND1.map((t, i) => (i === j32 ? mayUse : i === at("2.1") ? fee : t));
    const r = compareVersions(paras(now), paras(now), { ours: [unconfirmed(j32, ROUND1[j32]), unconfirmed(at("2.1"), ROUND1[at("2.1")])] });
    expect(r.recognised).toEqual([]);
    expect(r.notOurs).toEqual([at("2.1"), j32]);
    expect(r.changes.map((c) => [c.kind, c.how, c.before, c.after])).toEqual([["protection-weakened", "prohibition-to-permission", ROUND1[j32], mayUse]]);
    expect(r.summary.otherEdits).toBe(1);
  });

  it("a risky clause inserted whole under our name is theirs; our addendum under its own title is ours", () => {
    const risky = "3.3 The Agency may use the Artwork and any sketches to train its generative AI tools.";
    const addendum = ROUND1.slice(at("Prohibition on AI Training"));
    const now = [...ROUND1.slice(0, at("3.2") + 1), risky, ...ROUND1.slice(at("3.2") + 1)];
    const base = now.length - addendum.length;
    const marks = [unconfirmed(at("3.2") + 1, ""), ...addendum.map((_, k) => unconfirmed(base + k, "", false))];
    const r = compareVersions(paras(now), paras(now), { ours: marks });
    expect(r.notOurs).toEqual([at("3.2") + 1]);
    expect(r.changes.map((c) => [c.kind, c.after])).toEqual([["risky-grant-inserted", risky]]);
    expect(r.recognised).toEqual([expect.objectContaining({ id: "addendum", paragraphs: addendum, pending: false })]);
    expect(r.suggestions).toEqual([expect.objectContaining({ id: "addendum", fate: "accepted" })]);
  });

  it("a paragraph of our addendum that shows nothing of ours (their deletion recorded alone, as LibreOffice does) neither breaks the addendum nor counts as theirs", () => {
    const addendum = ROUND1.slice(at("Prohibition on AI Training"));
    const base = ROUND1.length - addendum.length;
    const marks = addendum.map((t, k) => unconfirmed(base + k, k === 2 ? t : "", false));
    const r = compareVersions(paras(ROUND1), paras(ROUND1), { ours: marks });
    expect(r.notOurs).toEqual([]);
    expect(r.recognised).toEqual([expect.objectContaining({ id: "addendum", paragraphs: addendum })]);
  });

  it("several suggestions in one clause are found together; part of one is not enough", () => {
    const f = analyze(paras(DRAFT)).findings.filter((x) => x.paragraph === i31);
    expect(explainEdit(DRAFT[i31], OUR31, f)?.map((x) => x.suggestion.label)).toEqual(["Exclude AI training from the purpose"]);
    // two findings in one clause, each with its own suggestion (made up here: the pure search over them)
    const text = "The Agency may publish the Artwork for any purpose and may train models on it.";
    const sug = (ruleId: string, original: string, replacement: string, position: "primary" | "opt-out" = "primary") => {
      const start = text.indexOf(original);
      return { id: ruleId, ruleId, paragraph: 0, suggestions: [{ position, label: ruleId, paragraph: 0, start, end: start + original.length, original, replacement, comment: "" }] } as unknown as Finding;
    };
    const pair = [sug("a", "for any purpose", "in the named campaigns"), sug("b", "may train", "shall not train")];
    const both = "The Agency may publish the Artwork in the named campaigns and shall not train models on it.";
    expect(explainEdit(text, both, pair)?.map((x) => x.finding.ruleId)).toEqual(["a", "b"]);
    expect(explainEdit(text, both.replace("shall not train", "may train"), pair)?.map((x) => x.finding.ruleId)).toEqual(["a"]);
    expect(explainEdit(text, both.replace("shall not", "shall not ever"), pair)).toBeNull();
    // our wording with a word of someone else's in it: not ours
    expect(explainEdit(DRAFT[i31], OUR31.replace("train,", "train or"), f)).toBeNull();
    expect(explainEdit(DRAFT[i31], DRAFT[i31], f)).toBeNull();
  });
});
