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

  it("each change under our name is judged on its own: our suggestion beside a colleague's edit in the same clause is ours, the edit theirs", () => {
    const f31 = analyze(paras(DRAFT)).findings.filter((f) => f.paragraph === i31);
    // the colleague (same name) also let the Agency sublicense, in the clause we fixed
    const both = OUR31.replace("reproduce and publish", "reproduce, publish and sublicense");
    const now = DRAFT.map((t, i) => (i === i31 ? both : t));
    const r = compareVersions(paras(now), paras(now), { ours: [unconfirmed(i31, DRAFT[i31])] });
    expect(r.recognised!.map((o) => o.id)).toEqual(f31.map((f) => f.id));
    expect(r.notOurs).toEqual([i31]);
    // their edit is judged against the clause with our suggestion in: it is theirs, our suggestion is not theirs
    const sub = r.changes.concat().map((c) => [c.before, c.after]);
    for (const [before] of sub) if (before !== null) expect(before).toBe(OUR31);
    expect(r.suggestions.map((x) => x.fate)).toEqual(f31.map(() => "open"));
    // before, the whole clause was taken for theirs: nothing of ours recognised in it
  });

  it("a logged suggestion in wording of the user's own (a playbook's) stays ours beside a colleague's change in the same clause", () => {
    const custom = DRAFT[i31].replace("for any purpose", "in the campaigns named in each order");
    const risky = custom.replace("The Agency may reproduce", "The Agency may train its machine learning models on the Artwork, and may reproduce");
    const k = DRAFT[i31].indexOf("for any purpose");
    const logged: OurChange = { id: "pb-31", label: "Limit to the campaigns", prefix: DRAFT[i31].slice(0, k), removed: "for any purpose", inserted: "in the campaigns named in each order", suffix: ".", pending: true };
    const now = DRAFT.map((t, i) => (i === i31 ? risky : t));
    const r = compareVersions(paras(now), paras(now), { ours: [logged, unconfirmed(i31, DRAFT[i31])] });
    expect(r.notOurs).toEqual([i31]);
    // their grant is judged against the clause with our logged wording in, not as a rewrite of the whole clause
    const grant = r.changes.find((c) => c.afterParagraph === i31)!;
    expect(grant).toMatchObject({ kind: "risky-grant-inserted", before: custom, after: risky });
    expect(r.suggestions.find((x) => x.id === "pb-31")?.fate).toBe("open");
  });

  it("no cap on the changes in one clause: fourteen edits of theirs and our suggestion, each judged", () => {
    const f31 = analyze(paras(DRAFT)).findings.filter((f) => f.paragraph === i31);
    const words = ["Illustration", "Services", "Agreement"];
    // a long clause of our own making, with fourteen separate edits under our name beside our suggestion
    const tailWas = Array.from({ length: 14 }, (_, k) => ` Clause note ${k + 1} stays as written by ${words[k % 3]}.`).join("");
    const tailNow = Array.from({ length: 14 }, (_, k) => ` Clause note ${k + 1} stays as amended by ${words[k % 3]}.`).join("");
    const was = DRAFT[i31] + tailWas;
    const draft = DRAFT.map((t, i) => (i === i31 ? was : t));
    const now = DRAFT.map((t, i) => (i === i31 ? OUR31 + tailNow : t));
    const r = compareVersions(paras(now), paras(now), { ours: [unconfirmed(i31, draft[i31])] });
    expect(r.recognised!.map((o) => o.id)).toEqual(analyze(paras(draft)).findings.filter((f) => f.paragraph === i31).map((f) => f.id));
    expect(f31.length).toBeGreaterThan(0);
    expect(r.notOurs).toEqual([i31]);
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
