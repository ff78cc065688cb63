import { alignParagraphs, alignKey, compareVersions, ourChangeFrom, survivalDays, suggestionFates, wordDiff } from "../../../src/engine/compare";
import type { Paragraph } from "../../../src/engine/types";
import { EDITS, ROUND1, at, edit } from "../../fixtures/rounds";

const paras = (list: readonly string[]): Paragraph[] => list.map((text) => ({ text }));
const compare = (after: readonly string[], before: readonly string[] = ROUND1) => compareVersions(paras(before), paras(after));

describe("paragraph alignment", () => {
  it("ignores numbering, case, quotes and spacing in the key", () => {
    expect(alignKey("3.2 The Agency shall  not")).toBe(alignKey("4.2 the agency shall not"));
    expect(alignKey("(b) Client may")).toBe(alignKey("(c) Client may"));
    expect(alignKey("Section 7. Term")).toBe(alignKey("Section 9. Term"));
    expect(alignKey("\u201cArtwork\u201d")).toBe(alignKey('"Artwork"'));
  });

  it("survives an inserted section that renumbers everything after it", () => {
    const renum = ["Illustration Services Agreement", ROUND1[1], "1. Services", ROUND1[3], "2. Delivery", "2.1 The Illustrator shall deliver files in PNG format.", "3. Fees", "3.1 The Agency shall pay each invoice within thirty days of receipt.", "4. Use of the Artwork", "4.1 The Agency may reproduce and publish the Artwork in the campaigns named in each order.", "4.2 The Agency shall not use the Artwork to train, fine-tune or evaluate any artificial intelligence or machine learning model."];
    const rows = alignParagraphs(ROUND1.slice(0, 9), renum);
    const pairs = rows.filter((r) => r.kind === "same").map((r) => [r.before, r.after]);
    expect(pairs).toEqual([[0, 0], [1, 1], [2, 2], [3, 3], [4, 6], [5, 7], [6, 8], [7, 9], [8, 10]]);
    expect(rows.filter((r) => r.kind === "inserted").map((r) => r.after)).toEqual([4, 5]);
  });

  it("pairs an edited paragraph, and lists deleted and moved ones", () => {
    const after = ROUND1.slice();
    after[at("2.1")] = EDITS.fees.text;
    const moved = after.splice(at("5.1", after), 1)[0];
    after.splice(3, 0, moved);
    after.splice(at("3.1", after), 1);
    const rows = alignParagraphs(ROUND1, after);
    expect(rows.find((r) => r.before === at("2.1"))).toMatchObject({ kind: "changed", after: at("2.1", after) });
    expect(rows.find((r) => r.before === at("3.1"))).toMatchObject({ kind: "deleted" });
    expect(rows.find((r) => r.before === at("5.1"))).toMatchObject({ kind: "moved", movedTo: 3 });
    expect(rows.find((r) => r.after === 3)).toMatchObject({ kind: "moved", movedTo: at("5.1") });
    // every paragraph of both sides appears exactly once
    expect(rows.filter((r) => r.before !== undefined).map((r) => r.before).sort((a, b) => a! - b!)).toEqual(ROUND1.map((_, i) => i));
    expect(rows.filter((r) => r.after !== undefined).map((r) => r.after).sort((a, b) => a! - b!)).toEqual(after.map((_, i) => i));
  });

  it("word diff names the inserted and deleted runs", () => {
    expect(wordDiff("The Agency shall not use it.", "The Agency may use it for anything.")).toEqual({ inserted: ["may", "for anything"], deleted: ["shall not"] });
  });

  it("reads survival periods", () => {
    expect(survivalDays("shall survive termination for five years")).toBe(5 * 365);
    expect(survivalDays("shall survive for 18 months after termination")).toBe(540);
    expect(survivalDays("shall survive termination")).toBe(Infinity);
    expect(survivalDays("shall survive indefinitely")).toBe(Infinity);
    expect(survivalDays("payment within thirty days")).toBeNull();
  });
});

describe("their changes, judged", () => {
  it("a 'shall not' turned into 'may' is a weakened protection, countered with a fallback", () => {
    const r = compare(edit(ROUND1, "3.2", EDITS.shallNotToMay.text));
    expect(r.changes).toHaveLength(1);
    const c = r.changes[0];
    expect(c).toMatchObject({ kind: "protection-weakened", how: "prohibition-to-permission", beforeParagraph: at("3.2"), afterParagraph: at("3.2") });
    expect(c.before).toBe(ROUND1[at("3.2")]);
    expect(c.after).toBe(EDITS.shallNotToMay.text);
    expect(c.rules).toEqual(expect.arrayContaining(["no-ai-training", "ai-training-grant/train-models"]));
    expect(c.response.action).toBe("counter");
    expect(c.response.position).toBe("opt-out");
    expect(c.response.wording).not.toBe(c.after);
    expect(c.summary).toMatch(/prohibition into a permission/);
  });

  it("an exception added is reported with its words; a consent qualifier as consent", () => {
    const ex = compare(edit(ROUND1, "3.2", EDITS.exception.text)).changes;
    expect(ex).toHaveLength(1);
    expect(ex[0]).toMatchObject({ kind: "protection-weakened", how: "exception-added" });
    expect(ex[0].inserted.join(" ")).toMatch(/except for its internal business purposes/);
    expect(["restore", "counter"]).toContain(ex[0].response.action);
    const co = compare(edit(ROUND1, "3.2", EDITS.consent.text)).changes;
    expect(co).toHaveLength(1);
    expect(co[0]).toMatchObject({ kind: "protection-weakened", how: "consent-added" });
  });

  it("a carve-out for what the law requires is proposed for acceptance", () => {
    const r = compare(edit(ROUND1, "3.2", EDITS.lawful.text)).changes;
    expect(r).toHaveLength(1);
    expect(r[0].how).toBe("exception-added");
    expect(r[0].response.action).toBe("accept");
  });

  it("survival shortened", () => {
    const r = compare(edit(ROUND1, "4.1", EDITS.survival.text)).changes;
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ kind: "protection-weakened", how: "survival-shortened", response: { action: "restore", wording: ROUND1[at("4.1")] } });
    expect(r[0].summary).toMatch(/5 years became 1 year/);
  });

  it("a prohibition narrowed (uses or AI terms taken out of what it forbids) is weakened and restored; a rewording that keeps its reach is not", () => {
    const verbs = compare(edit(ROUND1, "3.2", "3.2 The Agency shall not use the Artwork to train any artificial intelligence or machine learning model.")).changes;
    expect(verbs.map((c) => [c.kind, c.how])).toEqual([["protection-weakened", "scope-narrowed"]]);
    expect(verbs[0].summary).toMatch(/narrowed what your protection forbids: they took out \u201c, fine-tune or evaluate\u201d/);
    expect(verbs[0].response).toMatchObject({ action: "restore", wording: ROUND1[at("3.2")] });
    const field = compare(edit(ROUND1, "3.2", "3.2 The Agency shall not use the Artwork to train, fine-tune or evaluate any large language model.")).changes;
    expect(field.map((c) => [c.kind, c.how])).toEqual([["protection-weakened", "scope-narrowed"]]);
    expect(field[0].summary).toMatch(/artificial intelligence or machine learning/);
    const addendum = ROUND1.map((t) => (t.startsWith("1. The Agency shall not use the Artwork") ? t.replace("to train, fine-tune or test", "to train") : t));
    expect(compare(addendum).changes.map((c) => [c.kind, c.how])).toEqual([["protection-weakened", "scope-narrowed"]]);
    // the same reach in other words, or a wider one: nothing to report
    expect(compare(edit(ROUND1, "3.2", "3.2 The Agency shall not use the Artwork to train, fine-tune or evaluate any AI or machine-learning model.")).changes).toEqual([]);
    expect(compare(edit(ROUND1, "3.2", "3.2 The Agency shall not use the Artwork to train, fine-tune, test, improve or evaluate any artificial intelligence or machine learning model.")).changes).toEqual([]);
    // a use taken out of a grant in the same clause narrows the grant, not the protection
    const both = "3.2 The Agency may develop and publish campaigns with the Artwork but shall not use it to train any artificial intelligence model.";
    expect(compare(edit(ROUND1, "3.2", both.replace("develop and publish", "publish")), edit(ROUND1, "3.2", both)).changes).toEqual([]);
  });

  it("limiting words put into a prohibition (only some models, only some conduct, only for a while) narrow it; the same words in a grant beside it do not", () => {
    const base = ROUND1[at("3.2")];
    const limited: Array<[string, string]> = [
      [base.replace("any artificial", "any third-party artificial"), "third-party"],
      [base.replace(" model.", " model made available to the public."), "made available to the public"],
      [base.replace("shall not use", "shall not knowingly use"), "knowingly"],
      [base.replace(" model.", " model during the term."), "during the term"],
      [base.replace("shall not use", "shall use reasonable efforts not to use"), "use reasonable efforts"],
    ];
    for (const [text, words] of limited) {
      const r = compare(edit(ROUND1, "3.2", text)).changes;
      expect(r.map((c) => [c.kind, c.how, c.response.action])).toEqual([["protection-weakened", "scope-narrowed", "restore"]]);
      expect(r[0].summary).toBe(`They narrowed what your protection forbids: they added \u201c${words}\u201d, which leaves the rest outside it.`);
    }
    // "use" replaced by a narrower act
    expect(compare(edit(ROUND1, "3.2", base.replace("shall not use", "shall not sell"))).changes[0]).toMatchObject({ how: "scope-narrowed", deleted: ["use"] });
    // already limited that way: nothing new
    const thirdParty = base.replace("any artificial", "any third-party artificial");
    expect(compare(edit(ROUND1, "3.2", thirdParty.replace(" model.", " model or third-party tool.")), edit(ROUND1, "3.2", thirdParty)).changes).toEqual([]);
    // the grant they qualify is theirs to narrow
    const both = "3.2 The Agency may publish the Artwork in campaigns, but shall not use it to train any artificial intelligence model.";
    expect(compare(edit(ROUND1, "3.2", both.replace("in campaigns", "in commercial campaigns")), edit(ROUND1, "3.2", both)).changes).toEqual([]);
  });

  it("a suggestion of ours they narrowed is altered, not to be accepted: our wording proposed again", () => {
    const draft = "3.1 The Agency may reproduce and publish the Artwork for any purpose.";
    const ins = " other than to train, fine-tune, test or improve any artificial intelligence or machine-learning model";
    const mine = ourChangeFrom("s1", draft, draft.lastIndexOf("."), draft.lastIndexOf("."), ins, { ruleId: "broad-license/any-purpose", label: "Exclude AI training from the purpose" });
    const ours = `${draft.slice(0, -1)}${ins}.`;
    const before = ROUND1.map((t) => (t.startsWith("3.1") ? ours : t));
    const after = before.map((t) => (t === ours ? ours.replace("fine-tune, test or improve", "fine-tune") : t));
    const r = compareVersions(paras(before), paras(after), { ours: [mine] });
    expect(r.suggestions.map((f) => f.fate)).toEqual(["altered"]);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({ kind: "suggestion-altered", suggestion: "s1", response: { action: "restore", wording: ours } });
    expect(r.changes[0].summary).toMatch(/^They altered your suggestion \(exclude ai training from the purpose\)\. They narrowed what your protection forbids: they took out \u201c, test or improve\u201d/);
    // an alteration that keeps every use and AI term is still theirs to word: read and accept
    const reworded = before.map((t) => (t === ours ? ours.replace("any purpose other than", "any purpose except") : t));
    const ok = compareVersions(paras(before), paras(reworded), { ours: [mine] });
    expect(ok.changes.map((c) => [c.kind, c.response.action])).toEqual([["suggestion-altered", "accept"]]);
  });

  it("a deleted protection paragraph, an addendum section and the addendum title", () => {
    const r = compare(edit(edit(ROUND1, "3.2", null), "3. The Illustrator may audit", null));
    expect(r.changes.map((c) => c.kind)).toEqual(["protection-deleted", "addendum-section-removed"]);
    expect(r.changes[0].response).toMatchObject({ action: "restore", wording: ROUND1[at("3.2")] });
    const t = compare(edit(ROUND1, "Prohibition on AI Training", null));
    expect(t.changes).toHaveLength(1);
    expect(t.changes[0].kind).toBe("addendum-section-removed");
    expect(t.changes[0].summary).toMatch(/title of your addendum/);
  });

  it("a risky grant inserted as a new clause", () => {
    const after = ROUND1.slice();
    after.splice(at("3.2") + 1, 0, EDITS.riskyGrant);
    const r = compare(after);
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({ kind: "risky-grant-inserted", before: null, after: EDITS.riskyGrant, afterParagraph: at("3.2") + 1 });
    expect(r.changes[0].rules.length).toBeGreaterThan(0);
  });

  it("edits that touch no protection and no risk are counted, never listed", () => {
    const r = compare(edit(edit(ROUND1, "2.1", EDITS.fees.text), "5.1", "5.1 Each party shall keep the other party's confidential information secret for three years."));
    expect(r.changes).toEqual([]);
    expect(r.summary.otherEdits).toBe(2);
    expect(compare(ROUND1).changes).toEqual([]);
  });

  it("a clean copy with renumbered sections and one weakening reports only that weakening", () => {
    const after = ROUND1.slice();
    after.splice(4, 0, "2. Delivery", "2.1 The Illustrator shall deliver files in PNG format.");
    const renum = after.map((t) => t.replace(/^(\d)\.(\d )/, (_m, a: string, b: string) => (Number(a) >= 2 && !t.startsWith("2.1 The Illustrator") ? `${Number(a) + 1}.${b}` : `${a}.${b}`)).replace(/^(\d)\. ([A-Z][a-z]+)$/, (m, a: string, w: string) => (Number(a) >= 2 && w !== "Delivery" ? `${Number(a) + 1}. ${w}` : m)));
    const i = renum.findIndex((t) => t.includes("shall not use the Artwork to train"));
    renum[i] = renum[i].replace(" model.", " model, except for its internal business purposes.");
    expect(renum[i].startsWith("4.2")).toBe(true);
    const r = compare(renum);
    expect(r.changes.map((c) => [c.kind, c.how, c.afterParagraph])).toEqual([["protection-weakened", "exception-added", i]]);
  });

  it("attaches their comment to the change it sits on and keeps others apart", () => {
    const after = edit(ROUND1, "3.2", EDITS.exception.text);
    const r = compareVersions(paras(ROUND1), paras(after), { comments: [{ author: "Dana Cole", text: "We need this for our moodboards.", paragraph: at("3.2") }, { author: "Dana Cole", text: "Fees are fine.", paragraph: at("2.1") }] });
    expect(r.changes[0].comments.map((c) => c.text)).toEqual(["We need this for our moodboards."]);
    expect(r.comments.map((c) => c.text)).toEqual(["Fees are fine."]);
  });
});

describe("the fate of our suggestions", () => {
  const p = "3.1 The Agency may reproduce and publish the Artwork for any purpose.";
  const start = p.indexOf("for any purpose");
  const ours = ourChangeFrom("f1", p, start, start + "for any purpose".length, "in the campaigns named in each order", { label: "Limit the licence" });

  it("accepted, rejected, altered, gone", () => {
    const accepted = suggestionFates([ours], ["3.1 The Agency may reproduce and publish the Artwork in the campaigns named in each order."]);
    expect(accepted[0]).toMatchObject({ fate: "accepted", paragraph: 0 });
    // renumbered: still found
    expect(suggestionFates([ours], ["x", "5.1 The Agency may reproduce and publish the Artwork in the campaigns named in each order."])[0]).toMatchObject({ fate: "accepted", paragraph: 1 });
    expect(suggestionFates([ours], [p])[0]).toMatchObject({ fate: "rejected", now: p });
    const altered = "3.1 The Agency may reproduce and publish the Artwork in any campaign of the Agency.";
    expect(suggestionFates([ours], [altered])[0]).toMatchObject({ fate: "altered", now: altered });
    expect(suggestionFates([ours], ["Nothing here."])[0].fate).toBe("rejected");
    expect(suggestionFates([{ ...ours, pending: true }], ["3.1 The Agency may reproduce and publish the Artwork in the campaigns named in each order."])[0].fate).toBe("open");
  });

  it("the same wording accepted in one clause and rejected in another: each clause's own fate", () => {
    const ins = " other than to train, fine-tune, test or improve any artificial intelligence or machine-learning model";
    const c2 = "2.1 The Agency may use the Photographs for any purpose.";
    const c6 = "6.3 The Agency may use the Sketches for any purpose whatsoever in its business.";
    const a = ourChangeFrom("s2", c2, c2.indexOf("."), c2.indexOf("."), ins);
    const b = ourChangeFrom("s6", c6, c6.indexOf(" in its business"), c6.indexOf(" in its business"), ins);
    const accepted2 = c2.replace(".", `${ins}.`);
    const fates = suggestionFates([a, b], ["1. Terms", accepted2, "5. Other", c6]);
    expect(fates.map((f) => [f.id, f.fate, f.paragraph])).toEqual([
      ["s2", "accepted", 1],
      ["s6", "rejected", 3],
    ]);
  });

  it("counts the fates in the summary", () => {
    const r = compareVersions(paras([p]), paras([p]), { ours: [ours, { ...ours, id: "f2" }] });
    expect(r.summary.suggestions).toEqual({ total: 2, accepted: 0, rejected: 2, altered: 0, open: 0 });
  });
});
