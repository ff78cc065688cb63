/** Browser mode, issue 17: their changes, the decision log and compare-with-a-file, through the pane's worker. */
import { inProcess } from "./inProcessWorker";
import JSZip from "jszip";
import { createDocx } from "../../src/docx/create";
import { reviewDocx } from "../../src/docx/review";
import { parseDecisionLog } from "../../src/engine/compare";
import { docxOpener, workerEngine } from "../../src/taskpane/worker/remote";
import { buildAddendum } from "../../src/engine";
import { EDITS, ROUND1, edit } from "../fixtures/rounds";
import { DRAFT, blocksOf } from "../fixtures/rounds";
import { docx, documentXml, ids, partText, texts } from "../docx/helpers";
import { THEM, del, deletedP, ins, moveFromP, moveToP, p } from "../docx/roundsXml";


describe("round two in browser mode", () => {
  it("their tracked changes judged; a decision recorded goes into the downloaded copy's log, text untouched", async () => {
    const body = [
      p("This agreement is between Harbor Light Media (the \u201cAgency\u201d) and Priya Nandakumar (the \u201cIllustrator\u201d)."),
      p("3.2 The Agency ", del("shall not"), ins("may"), " use the Artwork to train, fine-tune or evaluate any artificial intelligence or machine learning model."),
    ].join("");
    const host = await docxOpener(inProcess()).open(await docx(body), "returned.docx");
    const r = await host.theirChanges!();
    expect(r.theirAuthors).toEqual([THEM]);
    expect(r.report.changes.map((c) => c.how)).toEqual(["prohibition-to-permission"]);
    const all = await host.recordDecisions!([{ target: r.report.changes[0].id, subject: "their-change", action: "countered", by: "", at: "2026-11-10T09:00:00Z", reason: "Offered the opt-out." }]);
    expect(all).toEqual([expect.objectContaining({ by: "TermScore", action: "countered", reason: "Offered the opt-out." })]);
    expect((await host.loadDecisions!()).decisions).toEqual(all);
    const saved = await JSZip.loadAsync(await host.save());
    const item = Object.keys(saved.files).find((n) => /^customXml\/item\d+\.xml$/.test(n))!;
    expect(parseDecisionLog(await saved.file(item)!.async("string")).decisions).toEqual(all);
    const original = await JSZip.loadAsync(await docx(body));
    expect(await saved.file("word/document.xml")!.async("string")).toBe(await original.file("word/document.xml")!.async("string"));
  });

  it("compare with a file: the open clean copy against the version we sent", async () => {
    const ours = await reviewDocx(await createDocx(blocksOf(DRAFT)), { author: "Priya Nandakumar", date: "2026-11-02T09:00:00Z" });
    const { reviewedText } = await import("../../src/docx/model");
    const { openDocx } = await import("../../src/docx/package");
    const accepted = reviewedText((await openDocx(ours.bytes)).document, "accept");
    const clean = accepted.filter((t) => !/^AI-\d+\. Audit Rights$/.test(t));
    const host = await docxOpener(inProcess()).open(await createDocx(blocksOf(clean)), "clean.docx");
    const r = await host.compareWith!(ours.bytes, "ours.docx");
    expect(r.report.changes.map((c) => c.kind)).toEqual(["addendum-section-removed"]);
    expect(r.decisions).toEqual(ours.decisions);
    await expect(host.compareWith!(new Uint8Array([1, 2, 3]), "broken.docx")).rejects.toThrow(/broken\.docx: not a \.docx/);
  });

  it("a protection they deleted whole is restored where it stood, as our tracked insertion with a comment; undo keeps it", async () => {
    const intro = "This agreement is between Harbor Light Media (the \u201cAgency\u201d) and Priya Nandakumar (the \u201cIllustrator\u201d).";
    const grant = "2.1 The Agency may use the Artwork for its marketing.";
    const ban = "2.2 The Agency shall not use the Artwork to train, fine-tune or evaluate any artificial intelligence or machine learning model.";
    const after = "2.3 Each party keeps its own records.";
    const body = [p(intro), p(grant), deletedP(ban), p(after)].join("");
    const original = await docx(body);
    const host = await docxOpener(inProcess()).open(original, "returned.docx", { author: "Priya Nandakumar" });
    const r = await host.theirChanges!();
    const gone = r.report.changes.find((c) => c.after === null)!;
    expect(gone).toMatchObject({ kind: "protection-deleted", before: ban, insertAfter: 1, insertAfterText: grant });
    // an edit elsewhere first, so undo has something to replay around the restored paragraph
    const applied = await host.apply([{ id: "f1", paragraph: 1, start: grant.indexOf("marketing"), end: grant.indexOf("marketing") + 9, original: "marketing", replacement: "own marketing", comment: "Narrowed.", paragraphText: grant }]);
    expect(applied.results[0].status).toBe("applied");
    await host.restoreParagraph!({ after: gone.insertAfter!, afterText: gone.insertAfterText ?? null, text: gone.before!, comment: "We cannot accept this deletion." });
    // the pane reads the paragraph back in its place
    expect((await host.read()).paragraphs.slice(0, 4).map((x) => x.text)).toEqual([intro, "2.1 The Agency may use the Artwork for its own marketing.", ban, after]);
    const saved = await host.save();
    expect(await texts(saved, "accept")).toEqual([intro, "2.1 The Agency may use the Artwork for its own marketing.", ban, after]);
    // rejecting everything gives back what they sent
    expect(await texts(saved, "reject")).toEqual(await texts(original, "reject"));
    const xml = await documentXml(saved);
    const restored = xml.slice(xml.lastIndexOf("<w:p>", xml.indexOf(">2.2 The Agency shall not use the Artwork", xml.indexOf("Priya Nandakumar\" w:date"))), xml.indexOf("2.3 Each party"));
    expect(restored).toMatch(/<w:pPr><w:rPr><w:ins w:id="\d+" w:author="Priya Nandakumar"/);
    expect(restored).toMatch(/<w:commentReference w:id="\d+"\/>/);
    expect(await partText(saved, "word/comments.xml")).toMatch(/w:author="Priya Nandakumar"[^>]*>.*We cannot accept this deletion\./s);
    const used = ids(xml, ["ins", "del", "commentRangeStart"]);
    expect(used.length).toBe(new Set(used).size);
    // undo the other change: the restored paragraph is replayed with the rest
    await host.decideChange!("f1", false);
    expect(await texts(await host.save(), "accept")).toEqual([intro, grant, ban, after]);
    // a paragraph to go after that is no longer there: a plain error, nothing written
    await expect(host.restoreParagraph!({ after: 1, afterText: "Not in this document.", text: ban, comment: "x" })).rejects.toThrow(/changed since their changes were read/);
  });

  it("a protection they moved whole (under their exception) is put back where it stood; their moved copy stays for the user to decide", async () => {
    const grant = "2.1 The Agency may use the Artwork for its marketing.";
    const ban = "2.2 The Agency shall not use the Artwork to train, fine-tune or evaluate any artificial intelligence or machine learning model.";
    const records = "2.3 Each party keeps its own records.";
    const lead = "3. Except for the Agency's internal business purposes, the following apply:";
    const moved = `(a) ${ban.slice(4)}`;
    const original = await docx([p(grant), moveFromP(ban, "m1"), p(records), p(lead), moveToP(moved, "m1")].join(""));
    const host = await docxOpener(inProcess()).open(original, "returned.docx", { author: "Priya Nandakumar" });
    const c = (await host.theirChanges!()).report.changes[0];
    expect(c).toMatchObject({ kind: "protection-weakened", how: "moved-under-exception", before: ban, after: moved, moved: { whole: true }, insertAfter: 0, insertAfterText: grant });
    await host.restoreParagraph!({ after: c.insertAfter!, afterText: c.insertAfterText ?? null, text: c.before!, comment: "We cannot accept this move." });
    const saved = await host.save();
    expect(await texts(saved, "accept")).toEqual([grant, ban, records, lead, moved]);
    expect(await texts(saved, "reject")).toEqual(await texts(original, "reject"));
    expect(await partText(saved, "word/comments.xml")).toMatch(/We cannot accept this move\./);
  });

  it("the restored paragraph takes the deleted one's own formatting; a paragraph deleted at the very start goes back first", async () => {
    const numbered = (text: string) => `<w:p><w:pPr><w:pStyle w:val="ListNumber"/><w:rPr><w:del w:id="801" w:author="${THEM}" w:date="2026-11-08T10:00:00Z"/></w:rPr></w:pPr><w:del w:id="802" w:author="${THEM}" w:date="2026-11-08T10:00:00Z"><w:r><w:rPr><w:b/></w:rPr><w:delText xml:space="preserve">${text}</w:delText></w:r></w:del></w:p>`;
    const ban = "The Agency shall not use the Artwork to train any artificial intelligence model.";
    const rest = "The Agency may use the Artwork for its own marketing.";
    const original = await docx([numbered(ban), p(rest)].join(""));
    const host = await docxOpener(inProcess()).open(original, "first.docx");
    const gone = (await host.theirChanges!()).report.changes.find((c) => c.after === null)!;
    expect(gone.insertAfter).toBe(-1);
    await host.restoreParagraph!({ after: gone.insertAfter!, afterText: gone.insertAfterText ?? null, text: gone.before!, comment: "Back, please." });
    const saved = await host.save();
    expect(await texts(saved, "accept")).toEqual([ban, rest]);
    expect(await texts(saved, "reject")).toEqual(await texts(original, "reject"));
    const xml = await documentXml(saved);
    const at = xml.indexOf('w:author="TermScore"');
    const first = xml.slice(xml.lastIndexOf("<w:p>", at), xml.indexOf("</w:p>", at) + 6);
    expect(first).toMatch(/<w:pStyle w:val="ListNumber"\/>/);
    expect(first).toMatch(/<w:ins [^>]*w:author="TermScore"[^>]*>(?:(?!<\/w:ins>).)*<w:b\/>/s);
    expect(first).not.toContain("w:del ");
  });

  it("Word's round two is judged in the worker (the engine stays out of the page)", async () => {
    const engine = workerEngine(inProcess(), { buildAddendum });
    const r = await engine.compareRound(ROUND1.map((text) => ({ text })), edit(ROUND1, "3.2", EDITS.consent.text).map((text) => ({ text })), { ours: [], comments: [] });
    expect(r.changes.map((c) => c.how)).toEqual(["consent-added"]);
  });
});

describe("round two in the worker with the user's playbook and roles", () => {
  it("our suggestion written in the playbook's wording, the log stripped: ours only when the playbook travels with the request", async () => {
    const { CONTRACT, TEST_PLAYBOOK } = await import("../engine/playbook/fixtures");
    const reviewed = await reviewDocx(await createDocx(CONTRACT.map((text) => ({ text }))), { author: "Robin Vale", date: "2026-11-02T09:00:00Z", playbook: TEST_PLAYBOOK, addendum: false });
    // the playbook's wording is in the redline
    const zip = await JSZip.loadAsync(reviewed.bytes);
    expect(await zip.file("word/document.xml")!.async("string")).toMatch(/solely for the project described in the Statement of Work/);
    // the decision log stripped (a colleague saved it through a tool that drops custom XML)
    for (const name of Object.keys(zip.files)) if (/^customXml\//.test(name)) zip.remove(name);
    const stripped = await zip.generateAsync({ type: "uint8array" });
    const open = () => docxOpener(inProcess()).open(stripped.slice(), "returned.docx", { author: "Robin Vale" });
    const purpose = "broad-license/any-purpose";
    // without the playbook, the engine would not write that wording: the change reads as someone else's
    const plain = await (await open()).theirChanges!();
    expect(plain.report.recognised?.some((o) => o.ruleId === purpose)).toBe(false);
    expect(plain.theirAuthors).toEqual(["Robin Vale"]);
    // with it (and the roles as confirmed), it is ours: nothing of theirs, the log rebuilt with it
    const withPlaybook = await (await open()).theirChanges!({ playbook: TEST_PLAYBOOK, parties: { agency: "Client", contractor: "Contractor" } });
    expect(withPlaybook.report.recognised?.find((o) => o.ruleId === purpose)).toMatchObject({ inserted: expect.stringMatching(/solely for the project described in the Statement of Work/) });
    expect(withPlaybook.theirAuthors).toEqual([]);
    expect(withPlaybook.report.changes).toEqual([]);
    expect(withPlaybook.decisions.some((d) => d.ruleId === purpose && d.by === "Robin Vale")).toBe(true);
  });

  it("Word's round two: the worker's compareRound judges with the options it is given", async () => {
    const { CONTRACT, TEST_PLAYBOOK } = await import("../engine/playbook/fixtures");
    const engine = workerEngine(inProcess(), { buildAddendum });
    const i = CONTRACT.findIndex((t) => /any purpose/.test(t));
    const ours = CONTRACT.map((t, k) => (k === i ? t.replace("for any purpose", "solely for the project described in the Statement of Work") : t));
    const paras = (list: readonly string[]) => list.map((text) => ({ text }));
    const mine = [{ id: `tracked-p${i}`, prefix: "", removed: "", inserted: "", suffix: "", pending: true, unconfirmed: { paragraph: i, original: CONTRACT[i], author: "Robin Vale" } }];
    const without = await engine.compareRound(paras(ours), paras(ours), { ours: mine, comments: [] });
    expect(without.notOurs).toEqual([i]);
    const withIt = await engine.compareRound(paras(ours), paras(ours), { ours: mine, comments: [], analyze: { playbook: TEST_PLAYBOOK } });
    expect(withIt.notOurs).toEqual([]);
    expect(withIt.recognised?.map((o) => o.ruleId)).toEqual(["broad-license/any-purpose"]);
  });
});
