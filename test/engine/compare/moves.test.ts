import { compareVersions } from "../../../src/engine/compare";
import type { Paragraph } from "../../../src/engine/types";
import { BASE, P31, P32, P52, PROHIBITION, moveProhibition } from "../../fixtures/moves";
import { ROUND1, at } from "../../fixtures/rounds";

const paras = (list: readonly string[]): Paragraph[] => list.map((text) => ({ text }));
const compare = (after: readonly string[], before: readonly string[] = BASE) => compareVersions(paras(before), paras(after));
const i31 = at("3.1", BASE);

describe("a sentence they moved is one move, judged where it now stands", () => {
  it("moved into the next clause, words unchanged and nothing new governing them: reported as moved, to accept", () => {
    const r = compare(moveProhibition("3.2"));
    expect(r.changes).toHaveLength(1);
    const c = r.changes[0];
    expect(c).toMatchObject({ kind: "protection-moved", beforeParagraph: i31, afterParagraph: i31, response: { action: "accept" } });
    expect(c.how).toBeUndefined();
    expect(c.moved).toMatchObject({ text: PROHIBITION, now: PROHIBITION, from: i31, to: at("3.2", BASE), fromSection: "3.1", toSection: "3.2", whole: false });
    expect(c.protections).toContain("no-ai-training");
    expect(r.summary.counts["protection-moved"]).toBe(1);
    // not a deletion here and an insertion there
    expect(r.summary.counts["protection-deleted"] + r.summary.counts["protection-weakened"]).toBe(0);
    expect(r.summary.otherEdits).toBe(0);
  });

  it("moved under an 'except as …' lead-in: weakened, restored where it stood", () => {
    const r = compare(moveProhibition("5.2"));
    expect(r.changes).toHaveLength(1);
    const c = r.changes[0];
    expect(c).toMatchObject({ kind: "protection-weakened", how: "moved-under-exception", afterParagraph: i31, after: P31.replace(` ${PROHIBITION}`, "") });
    expect(c.summary).toMatch(/from section 3\.1 into section 5\.2, where “Except as the Agency needs for its internal business purposes” now governs it/);
    expect(c.response).toMatchObject({ action: "restore", wording: P31 });
    expect(c.moved?.toText).toBe(`${P52} ${PROHIBITION}`);
  });

  it("moved into a list whose lead-in carries an exception (a new paragraph): weakened", () => {
    const after = moveProhibition("zzz");
    after.splice(at("5.2", after) + 1, 0, "5.3 Except for the Agency's internal business purposes, the following apply:", `(a) ${PROHIBITION}`);
    const r = compare(after);
    expect(r.changes.map((c) => [c.kind, c.how])).toEqual([["protection-weakened", "moved-under-exception"]]);
    expect(r.changes[0].moved).toMatchObject({ to: at("(a)", after), whole: false });
  });

  it("moved into a section the survival clause does not name: weakened", () => {
    const r = compare(moveProhibition("2.1"));
    expect(r.changes.map((c) => [c.kind, c.how])).toEqual([["protection-weakened", "moved-out-of-survival"]]);
    expect(r.changes[0].summary).toMatch(/into section 2\.1, which the survival clause does not name/);
    // the same move with section 2 added to the survival clause gives as much as before
    const kept = moveProhibition("2.1").map((t) => t.replace("Sections 3 and 5 shall", "Sections 2, 3 and 5 shall"));
    expect(compare(kept).changes.map((c) => c.kind)).toEqual(["protection-moved"]);
  });

  it("a one-sentence clause merged into another paragraph: the clause is gone, restored as a paragraph where it stood", () => {
    const before = [...ROUND1.slice(0, at("5.1") + 1), P52, ...ROUND1.slice(at("Prohibition on AI Training"))];
    const sentence = ROUND1[at("3.2")].replace(/^3\.2 /, "");
    const after = before.filter((t) => !t.startsWith("3.2")).map((t) => (t === P52 ? `${P52} ${sentence}` : t));
    const r = compare(after, before);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({ kind: "protection-weakened", how: "moved-under-exception", after: null, before: ROUND1[at("3.2")], insertAfter: at("3.1", after), insertAfterText: ROUND1[at("3.1")] });
  });

  it("a whole paragraph moved and renumbered into an unnamed section: weakened; a plain move of a clause that is no protection stays unlisted", () => {
    const prohibition = `3.2 ${PROHIBITION}`;
    const before = [...BASE.slice(0, i31), P31.replace(` ${PROHIBITION}`, ""), prohibition, ...BASE.slice(i31 + 2)];
    const after = before.filter((t) => t !== prohibition);
    after.splice(at("2.1", after) + 1, 0, `2.2 ${PROHIBITION}`);
    const r = compare(after, before);
    expect(r.changes.map((c) => [c.kind, c.how, c.moved?.whole])).toEqual([["protection-weakened", "moved-out-of-survival", true]]);
    // restored where it stood (after 3.1), their moved copy in 2.2 left as it is
    expect(r.changes[0]).toMatchObject({ before: prohibition, after: `2.2 ${PROHIBITION}`, afterParagraph: at("2.2", after), insertAfter: at("3.1", after), insertAfterText: before[i31] });
    // a sentence that is no protection moved: counted, not listed
    const plain = BASE.filter((t) => t !== P32).map((t) => (t.startsWith("5.1") ? `${t} ${P32.slice(4)}` : t));
    const q = compare(plain);
    expect(q.changes).toEqual([]);
    expect(q.summary.otherEdits).toBe(1);
  });

  it("reworded on the way ('shall not' to 'may'): weakened, and the move is named", () => {
    const r = compare(moveProhibition("3.2").map((t) => (t.startsWith("3.2") ? t.replace("shall not use", "may use") : t)));
    expect(r.changes.map((c) => [c.kind, c.how])).toEqual([["protection-weakened", "prohibition-to-permission"]]);
    expect(r.changes[0].summary).toMatch(/^They moved .* into section 3\.2, and on the way: they turned your prohibition into a permission/);
  });

  it("moved and reworded past recognition (fewer than 8 in 10 words kept): not a move, but the weakening is still reported, as the prohibition taken out where it stood and the risky grant where it went", () => {
    const reworded = "The Agency may, with notice to the Illustrator, use the Artwork and its sketches to train or evaluate artificial intelligence tools.";
    const after = moveProhibition("3.2").map((t) => (t.startsWith("3.2") ? t.replace(PROHIBITION, reworded) : t));
    const r = compare(after);
    expect(r.changes.map((c) => [c.kind, c.how ?? null, c.afterParagraph])).toEqual([
      ["protection-weakened", "protection-lost", i31],
      ["risky-grant-inserted", null, at("3.2", BASE)],
    ]);
    const [lost, risky] = r.changes;
    expect(lost.moved).toBeUndefined();
    // said as what happened (the words are gone from 3.1), not as a prohibition "turned into (nothing)"
    expect(lost.summary).toMatch(/^They took your prohibition out of the clause: “The Agency shall not use the Artwork/);
    expect(lost.summary).not.toMatch(/nothing/);
    expect(lost.response).toMatchObject({ action: "restore", wording: P31 });
    expect(risky.inserted.join(" ")).toContain("with notice to the Illustrator");
    // a single "not" taken out is still a prohibition turned into a permission
    const notOnly = compare(BASE.map((t) => (t === P31 ? P31.replace("shall not use", "shall use") : t)));
    expect(notOnly.changes.map((c) => [c.kind, c.how])).toEqual([["protection-weakened", "prohibition-to-permission"]]);
  });

  it("their other edit in the clause the sentence left is judged on its own", () => {
    const after = moveProhibition("3.2").map((t) => (t.startsWith("3.1") ? t.replace("in the campaigns named in each order", "for any purpose") : t));
    const r = compare(after);
    expect(r.changes.map((c) => c.kind).sort()).toEqual(["protection-moved", "risky-grant-inserted"]);
    const risky = r.changes.find((c) => c.kind === "risky-grant-inserted")!;
    // restoring it leaves the moved sentence where it now is
    expect(risky.before).toBe("3.1 The Agency may reproduce and publish the Artwork in the campaigns named in each order.");
    expect(risky.after).toBe("3.1 The Agency may reproduce and publish the Artwork for any purpose.");
  });
});
