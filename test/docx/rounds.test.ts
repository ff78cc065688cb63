import { openDocx, serializeXml } from "../../src/docx/package";
import { readRounds, oursBy } from "../../src/docx/roundRead";
import { theirChanges } from "../../src/docx/rounds";
import { formatRoundText } from "../../src/engine/compare/format";
import JSZip from "jszip";
import { readDecisionLog } from "../../src/docx/decisionLog";
import { createDocx } from "../../src/docx/create";
import { reviewDocx } from "../../src/docx/review";
import { DRAFT, ROUND1, at, blocksOf } from "../fixtures/rounds";
import { docx } from "./helpers";
import { THEM, US, comment, commented, del, deletedP, ins, insDeleted, insertedP, moveFromP, moveToP, p, run } from "./roundsXml";

const plain = (i: number): string => p(ROUND1[i]);

/**
 * Round two as the agency returns it: our round-one suggestion on 3.1 still tracked; their edits on
 * top (3.2 weakened, our 3.1 wording deleted inside our insertion and their own put back, the audit
 * section deleted whole, 5.1 moved up, fees changed, a comment on 3.2); then our round-three
 * deletion inside their insertion on the addendum's first section.
 */
async function returned(): Promise<Uint8Array> {
  const body: string[] = [];
  for (let i = 0; i < ROUND1.length; i++) {
    const text = ROUND1[i];
    if (i === at("1.1")) {
      body.push(plain(i), moveToP(ROUND1[at("5.1")], "move1"));
    } else if (i === at("2.1")) body.push(p("2.1 The Agency shall pay each invoice within ", del("thirty"), ins("forty-five"), " days of receipt."));
    else if (i === at("3.1")) {
      // ours (round one): "in the campaigns named in each order" for "for any purpose"; theirs: our words deleted, theirs back
      body.push(p("3.1 The Agency may reproduce and publish the Artwork ", del("for any purpose", US), insDeleted("in the campaigns named in each order", US, THEM), ins("for any purpose"), "."));
    } else if (i === at("3.2")) body.push(p(commented(70, run("3.2 The Agency ")), del("shall not"), ins("may"), " use the Artwork to train, fine-tune or evaluate any artificial intelligence or machine learning model."));
    else if (i === at("5.1")) body.push(moveFromP(text, "move1"));
    else if (text.startsWith("1. The Agency shall not use the Artwork")) {
      // theirs: an exception; ours (round three): deleted inside their insertion
      body.push(p(text.replace(/\.$/, ""), ins("", THEM, `<w:del w:id="990" w:author="${US}" w:date="2026-11-10T09:00:00Z"><w:r><w:delText xml:space="preserve">, except for its internal business purposes</w:delText></w:r></w:del>`), "."));
    } else if (text.startsWith("3. The Illustrator may audit")) body.push(deletedP(text));
    else body.push(plain(i));
  }
  return docx(body.join(""), { comments: comment(70, "We need to test our tools on real client work.") });
}

describe("their tracked changes in a .docx", () => {
  it("reads the views before and after their changes, by author", async () => {
    const pkg = await openDocx(await returned());
    const r = await readRounds(pkg, oursBy([US]));
    const before = r.before.map((x) => x.text);
    const after = r.after.map((x) => x.text);
    // before their changes: ours in, theirs out
    expect(before).toContain("3.1 The Agency may reproduce and publish the Artwork in the campaigns named in each order.");
    expect(before).toContain(ROUND1[at("3.2")]);
    expect(before).toContain(ROUND1[at("5.1")]);
    expect(before.filter((t) => t === ROUND1[at("5.1")])).toHaveLength(1);
    expect(before.some((t) => t.startsWith("3. The Illustrator may audit"))).toBe(true);
    expect(before.some((t) => t.includes("internal business purposes"))).toBe(false);
    // after: everything accepted
    expect(after).toContain("3.1 The Agency may reproduce and publish the Artwork for any purpose.");
    expect(after.some((t) => t.startsWith("3. The Illustrator may audit"))).toBe(false);
    expect(after.indexOf(ROUND1[at("5.1")])).toBe(after.indexOf(ROUND1[at("1.1")]) + 1);
    expect(after.some((t) => t.includes("internal business purposes"))).toBe(false);
    expect(r.theirAuthors).toEqual([THEM]);
    // nesting is named both ways
    expect(r.changes.find((c) => c.text === "in the campaigns named in each order" && c.kind === "deletion")).toMatchObject({ author: THEM, ours: false, nestedIn: { author: US, kind: "insertion" } });
    expect(r.changes.find((c) => c.author === US && c.kind === "deletion" && c.text.includes("internal business"))).toMatchObject({ ours: true, nestedIn: { author: THEM, kind: "insertion" } });
    expect(r.changes.filter((c) => c.kind === "move-from" || c.kind === "move-to").map((c) => c.author)).toEqual([THEM, THEM]);
    expect(r.changes.some((c) => c.kind === "paragraph-deleted" && c.author === THEM)).toBe(true);
  });

  it("judges them: the weakened prohibition, the risky grant over our wording, the deleted audit section; nothing else", async () => {
    const { report } = await theirChanges(await openDocx(await returned()));
    expect(report.changes.map((c) => [c.kind, c.how ?? null])).toEqual([
      // their "for any purpose" over our wording: our suggestion rejected, a risky grant back
      ["suggestion-rejected", null],
      ["protection-weakened", "prohibition-to-permission"],
      ["addendum-section-removed", null],
    ]);
    for (const c of report.changes) expect(c.author).toBe(THEM);
    expect(report.changes[0].rules).toContain("broad-license/any-purpose");
    expect(report.changes[0].summary).toMatch(/They rejected your suggestion\. .*for any purpose/);
    const weakened = report.changes[1];
    expect(weakened.before).toBe(ROUND1[at("3.2")]);
    expect(weakened.comments.map((c) => c.text)).toEqual(["We need to test our tools on real client work."]);
    expect(report.comments).toEqual([]);
    // the fee change and the move are theirs but touch nothing: counted, not listed
    expect(report.summary.otherEdits).toBe(1);
    // our round-one suggestion: they deleted our words and put theirs back
    expect(report.suggestions).toEqual([
      expect.objectContaining({ fate: "rejected", proposed: expect.stringContaining("in the campaigns named in each order") }),
      expect.objectContaining({ fate: "open" }),
    ]);
  });

  it("an addendum title deleted whole, and a paragraph deleted with its neighbour's mark", async () => {
    const body = ROUND1.map((text) => (text === "Prohibition on AI Training" ? deletedP(text) : text.startsWith("3.2") ? deletedP(text) : p(text))).join("");
    const { report } = await theirChanges(await openDocx(await docx(body)));
    expect(report.changes.map((c) => c.kind)).toEqual(["protection-deleted", "addendum-section-removed"]);
    expect(report.changes[1].summary).toMatch(/title of your addendum/);
    expect(report.changes[0].response).toMatchObject({ action: "restore", wording: ROUND1[at("3.2")] });
  });

  it("a risky clause they inserted whole, as their tracked change: reported in a readable sentence, the answer is to take it out", async () => {
    const clause = "3.3 The Agency may also use the Artwork and any sketches to train and improve its generative AI tools.";
    const body = ROUND1.map((text, i) => (i === at("3.2") ? p(text) + insertedP(clause) : p(text))).join("");
    const { report } = await theirChanges(await openDocx(await docx(body)));
    expect(report.changes.map((c) => c.kind)).toEqual(["risky-grant-inserted"]);
    const c = report.changes[0];
    expect(c).toMatchObject({ author: THEM, before: null, after: clause });
    expect(c.rules.some((r) => r.startsWith("ai-training-grant/"))).toBe(true);
    // one sentence that quotes the clause, then the rule's own explanation — no "a new clause that this lets …"
    expect(c.summary).toMatch(/^They inserted a new clause: .*3\.3 The Agency may also use the Artwork.*\. [A-Z][^.]*\./);
    expect(c.summary).not.toMatch(/clause that (?:this|the|it) /i);
    // restoring the draft you sent deletes their clause: no counter-wording written into their grant
    expect(c.response).toMatchObject({ action: "restore", wording: "" });
    expect(c.response.why).toMatch(/Reject the clause they added/);
    expect(formatRoundText(report)).toMatch(/Their changes \(.+\): 1 touches your protections or adds a risk\./);
  });

  it("a document with only our own changes has nothing of theirs", async () => {
    const body = ROUND1.map((text, i) => (i === at("3.1") ? p("3.1 The Agency may reproduce and publish the Artwork ", del("in the campaigns named in each order", US), ins("in the named campaigns", US), ".") : p(text))).join("");
    const { report, read } = await theirChanges(await openDocx(await docx(body)));
    expect(report.changes).toEqual([]);
    expect(report.summary.otherEdits).toBe(0);
    expect(read.theirAuthors).toEqual([]);
    expect(report.suggestions.map((s) => s.fate)).toEqual(["open"]);
  });

  it("a decision log edited by hand: written back as found (in the copy, never the text), so the message that it was rebuilt is true", async () => {
    const reviewed = await reviewDocx(await createDocx(blocksOf(DRAFT)), { author: "Priya Nandakumar", date: "2026-11-02T09:00:00Z" });
    const zip = await JSZip.loadAsync(reviewed.bytes);
    const item = Object.keys(zip.files).find((n) => /^customXml\/item\d+\.xml$/.test(n))!;
    zip.file(item, (await zip.file(item)!.async("string")).replace('action="applied"', 'action="accepted"'));
    const pkg = await openDocx(await zip.generateAsync({ type: "uint8array" }));
    const text = serializeXml(pkg.document);
    const { read } = await theirChanges(pkg);
    expect(read.log.problem).toMatch(/edited outside TermScore.*rebuilt/);
    const stored = await readDecisionLog(pkg);
    expect(stored.problem).toBeUndefined();
    expect(stored.decisions).toEqual(read.log.decisions);
    expect(stored.decisions.map((d) => d.action)).toContain("accepted");
    expect(serializeXml(pkg.document)).toEqual(text);
  });

  it("--author names whose changes are ours: the log does not list them, so they are ours when their wording is TermScore's", async () => {
    // our suggestion for the draft's 3.2 (the permission turned into a prohibition), under Priya's name
    const i32 = at("3.2", DRAFT);
    const ours = DRAFT.map((text, i) => (i === i32 ? p("3.2 The Agency ", del("may", "Priya Nandakumar"), ins("shall not", "Priya Nandakumar"), " use the Artwork to train its machine learning models.") : p(text))).join("");
    const bytes = await docx(ours);
    expect((await theirChanges(await openDocx(bytes))).report.suggestions).toEqual([]);
    const pkg = await openDocx(bytes);
    const named = await theirChanges(pkg, { ours: ["Priya Nandakumar"], date: "2026-11-20T10:00:00Z" });
    expect(named.report.changes).toEqual([]);
    expect(named.report.suggestions).toEqual([expect.objectContaining({ ruleId: "ai-training-grant/train-models", fate: "open" })]);
    // the log (there was none) is rebuilt in the package with it, and that is said
    expect(named.read.log.problem).toMatch(/^1 of your suggestions was recognised by its wording .*decision log is missing/);
    // and what was recognised is also its own field, so nobody has to cut it out of the message
    expect(named.read.log.recognised).toBe(named.read.log.problem);
    const stored = await readDecisionLog(pkg);
    expect(stored.problem).toBeUndefined();
    expect(stored.decisions.map((d) => [d.action, d.by, d.at, d.ruleId, d.edit?.inserted])).toEqual([["applied", "Priya Nandakumar", "2026-11-20T10:00:00Z", "ai-training-grant/train-models", "shall not"]]);
    expect(named.read.log.decisions).toEqual(stored.decisions);
    // a weakening under the same name, in words TermScore never writes, is theirs: reported, by that name
    const weakened = ROUND1.map((text, i) => (i === at("3.2") ? p("3.2 The Agency ", del("shall not", "Priya Nandakumar"), ins("may", "Priya Nandakumar"), " use the Artwork to train, fine-tune or evaluate any artificial intelligence or machine learning model.") : p(text))).join("");
    const w = await theirChanges(await openDocx(await docx(weakened)), { ours: ["Priya Nandakumar"] });
    expect(w.report.changes.map((c) => [c.kind, c.how, c.author])).toEqual([["protection-weakened", "prohibition-to-permission", "Priya Nandakumar"]]);
    expect(w.read.theirAuthors).toEqual(["Priya Nandakumar"]);
  });
});
