import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { main } from "../../src/cli";
import { createDocx } from "../../src/docx/create";
import { openDocx } from "../../src/docx/package";
import { reviewedText } from "../../src/docx/model";
import { DRAFT, ROUND1, at, blocksOf } from "../fixtures/rounds";
import { docx } from "../docx/helpers";
import { THEM, comment, commented, del, deletedP, ins, p, run as xrun } from "../docx/roundsXml";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-compare-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => void (out += typeof t === "string" ? t : ""), err: (t) => void (err += t), cwd: dir });
  return { code, out, err };
}

const file = (name: string): string => path.join(dir, name);

/** Round one: the agency's draft reviewed by the freelancer. */
async function roundOne(): Promise<{ applied: number; accepted: string[] }> {
  fs.writeFileSync(file("draft.docx"), await createDocx(blocksOf(DRAFT)));
  const r = await run("review", file("draft.docx"), "-o", file("ours.docx"), "--author", "Priya Nandakumar", "--date", "2026-11-02T09:00:00Z", "--no-playbook", "--json");
  expect(r.code).toBe(0);
  const applied = (JSON.parse(r.out) as { applied: number }).applied;
  const accepted = reviewedText((await openDocx(fs.readFileSync(file("ours.docx")))).document, "accept");
  return { applied, accepted };
}

describe("termscore review writes the decision log; scan shows it", () => {
  it("every applied suggestion is logged with who and when, and scan --json exports it", async () => {
    const { applied } = await roundOne();
    expect(applied).toBeGreaterThanOrEqual(2);
    const s = await run("scan", file("ours.docx"), "--json", "--no-playbook");
    const report = JSON.parse(s.out) as { decisionLog: { decisions: Array<{ action: string; by: string; at: string; subject: string; edit?: unknown }> }; theirChanges?: { suggestions: Array<{ fate: string }> } };
    expect(report.decisionLog.decisions).toHaveLength(applied + 1);
    for (const d of report.decisionLog.decisions) expect(d).toMatchObject({ action: "applied", by: "Priya Nandakumar", at: "2026-11-02T09:00:00Z", subject: "suggestion", edit: expect.any(Object) });
    // nothing of theirs yet; our suggestions are all still open
    expect(report.theirChanges?.suggestions.every((x) => x.fate === "open")).toBe(true);
    const text = await run("scan", file("ours.docx"), "--no-playbook");
    expect(text.out).toMatch(new RegExp(`Decision log: ${applied + 1} decisions`));
    expect(text.out).toMatch(/applied\s+suggestion .* — Priya Nandakumar/);
    // a second review keeps the first round's log and adds its own
    const again = await run("review", file("ours.docx"), "-o", file("ours2.docx"), "--author", "Priya Nandakumar", "--date", "2026-11-03T09:00:00Z", "--no-playbook", "--json");
    expect(again.code).toBe(0);
    const s2 = JSON.parse((await run("scan", file("ours2.docx"), "--json", "--no-playbook")).out) as { decisionLog: { decisions: Array<{ at: string }> } };
    // every decision of round one is kept as it was; whatever the second review decided comes after, dated by it
    expect(s2.decisionLog.decisions.slice(0, applied + 1)).toEqual(report.decisionLog.decisions);
    for (const d of s2.decisionLog.decisions.slice(applied + 1)) expect(d.at).toBe("2026-11-03T09:00:00Z");
  });
});

describe("termscore scan of a file returned with their tracked changes", () => {
  it("lists each change that touches a protection, by them, with before, after, the rule, the response and their comment beside it; --json carries the same", async () => {
    const body = ROUND1.map((text, i) =>
      i === at("3.2")
        ? p(commented(71, xrun("3.2 The Agency ")), del("shall not"), ins("may"), " use the Artwork to train, fine-tune or evaluate any artificial intelligence or machine learning model.")
        : i === at("2.1")
          ? p("2.1 The Agency shall pay each invoice within ", del("thirty"), ins("forty-five"), " days of receipt.")
          : text.startsWith("3. The Illustrator may audit")
            ? deletedP(text)
            : p(text)
    ).join("");
    fs.writeFileSync(file("theirs.docx"), await docx(body, { comments: comment(71, "Our studio trains its own style models.") + comment(72, "Fees are fine.") }));
    const text = await run("scan", file("theirs.docx"), "--no-playbook");
    expect(text.code).toBe(0);
    expect(text.out).toMatch(new RegExp(`Their changes \\(${THEM}\\): 2 touch your protections or add a risk; 1 other edit not listed\\.`));
    const item = text.out.slice(text.out.indexOf("1. Protection weakened"), text.out.indexOf("2. "));
    expect(item).toMatch(new RegExp(`\\(paragraph ${at("3.2") + 1}\\) \u2014 ${THEM}`));
    expect(item).toMatch(/They turned your prohibition into a permission/);
    expect(item).toMatch(/Before: .*shall not/);
    expect(item).toMatch(/After: .*may use the Artwork/);
    expect(item).toMatch(/Touches: .*no-ai-training/);
    expect(item).toMatch(/Their comment \(Dana Cole\): Our studio trains its own style models\./);
    expect(item).toMatch(/Proposed: /);
    expect(text.out).toMatch(/2\. Addendum section removed/);
    expect(text.out).not.toMatch(/Their comment \(Dana Cole\): Fees are fine/);
    const json = JSON.parse((await run("scan", file("theirs.docx"), "--no-playbook", "--json")).out) as { theirChanges: { changes: Array<{ kind: string; author: string; comments: Array<{ text: string }> }> } };
    expect(json.theirChanges.changes.map((c) => [c.kind, c.author, c.comments.map((m) => m.text)])).toEqual([
      ["protection-weakened", THEM, ["Our studio trains its own style models."]],
      ["addendum-section-removed", THEM, []],
    ]);
  });
});

describe("termscore compare OLD.docx NEW.docx", () => {
  it("a clean copy with renumbered sections: the weakened addendum, the removed section and our rejected suggestion, nothing else", async () => {
    const { applied, accepted } = await roundOne();
    const clean = accepted.slice();
    // they put their own words back in 3.1 (our suggestion rejected)
    const i31 = clean.findIndex((t) => t.startsWith("3.1"));
    clean[i31] = DRAFT.find((t) => t.startsWith("3.1"))!;
    // an exception in the addendum's prohibition, its audit section gone
    const title = clean.findIndex((t) => /Prohibition on AI Training/.test(t));
    const prohibition = clean.findIndex((t, k) => k > title && /shall not/.test(t) && /train/.test(t));
    expect(prohibition).toBeGreaterThan(title);
    clean[prohibition] = clean[prohibition].replace(/\.$/, ", except for its internal business purposes.");
    const audit = clean.findIndex((t, k) => k > title && /audit/i.test(t));
    expect(audit).toBeGreaterThan(title);
    clean.splice(audit, 1);
    // a new section 2 renumbers the rest; fees changed
    const renumbered = clean.map((t, k) => (k > title ? t : t.replace(/^([2-5])(\.\d?)?(\s)/, (_m, n: string, rest: string | undefined, sp: string) => `${Number(n) + 1}${rest ?? ""}${sp}`).replace("within thirty days", "within forty-five days")));
    renumbered.splice(renumbered.findIndex((t) => t.startsWith("3. Fees")), 0, "2. Delivery", "2.1 The Illustrator shall deliver layered files.");
    fs.writeFileSync(file("returned.docx"), await createDocx(blocksOf(renumbered)));

    const r = await run("compare", file("ours.docx"), file("returned.docx"), "--json", "--no-playbook");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as {
      changes: Array<{ kind: string; how?: string; response: { action: string } }>;
      suggestions: Array<{ fate: string; proposed: string }>;
      summary: { otherEdits: number; suggestions: { total: number; rejected: number; accepted: number } };
      decisionLog: { decisions: unknown[] };
    };
    expect(json.changes.map((c) => [c.kind, c.how ?? null])).toEqual([
      ["suggestion-rejected", null],
      ["protection-weakened", "exception-added"],
      ["addendum-section-removed", null],
    ]);
    // our suggestions: the addendum (one, altered: a section gone, one reworded) and each clause fix
    expect(json.summary.suggestions.total).toBe(applied + 1);
    expect(json.summary.suggestions.rejected).toBe(1);
    expect(json.summary.suggestions.accepted).toBe(applied - 1);
    expect(json.suggestions.find((x) => x.fate === "altered")).toMatchObject({ proposed: expect.stringMatching(/^Prohibition on AI Training/) });
    expect(json.decisionLog.decisions).toHaveLength(applied + 1);
    const text = await run("compare", file("ours.docx"), file("returned.docx"), "--no-playbook");
    expect(text.out).toMatch(/Their changes: 3 touch your protections or add a risk; \d+ other edits? not listed/);
    expect(text.out).toMatch(/Protection weakened/);
    expect(text.out).toMatch(/Your suggestions: \d+ — \d+ accepted, 1 rejected, 1 altered/);
    expect(text.out).toMatch(/Your suggestion rejected/);
  });

  it("the same file returned untouched: nothing of theirs, every suggestion of ours still open", async () => {
    const { applied } = await roundOne();
    fs.copyFileSync(file("ours.docx"), file("untouched.docx"));
    const r = await run("compare", file("ours.docx"), file("untouched.docx"), "--json", "--no-playbook");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { changes: unknown[]; suggestions: Array<{ id: string; fate: string }> };
    expect(json.changes).toEqual([]);
    // each logged suggestion once (the tracked change written for it is the same suggestion), all open
    expect(json.suggestions).toHaveLength(applied + 1);
    expect(json.suggestions.map((x) => x.fate)).toEqual(json.suggestions.map(() => "open"));
  });

  it("usage: two .docx files", async () => {
    expect((await run("compare", "a.docx")).err).toMatch(/compare needs two files/);
    expect((await run("compare", "a.docx", "b.docx", "--position", "opt-out")).err).toMatch(/--position belongs to review, not compare/);
    const missing = await run("compare", file("nope.docx"), file("nope2.docx"));
    expect(missing.code).toBe(2);
  });

  it("a hand-edited decision log: a clear message, the log rebuilt by the next review, the contract untouched", async () => {
    await roundOne();
    const zip = await JSZip.loadAsync(fs.readFileSync(file("ours.docx")));
    const item = Object.keys(zip.files).find((n) => /^customXml\/item\d+\.xml$/.test(n))!;
    expect(item).toBeDefined();
    const xml = await zip.file(item)!.async("string");
    zip.file(item, xml.replace('action="applied"', 'action="accepted"'));
    const docBefore = await zip.file("word/document.xml")!.async("string");
    fs.writeFileSync(file("edited.docx"), await zip.generateAsync({ type: "uint8array" }));
    const s = await run("scan", file("edited.docx"), "--no-playbook");
    expect(s.code).toBe(0);
    expect(s.err).toMatch(/edited outside TermScore/);
    // scan writes nothing
    const stillEdited = await JSZip.loadAsync(fs.readFileSync(file("edited.docx")));
    expect(await stillEdited.file("word/document.xml")!.async("string")).toBe(docBefore);
    // corrupt: the next review reports it and rebuilds the log
    zip.file(item, xml.slice(0, Math.floor(xml.length / 2)));
    fs.writeFileSync(file("corrupt.docx"), await zip.generateAsync({ type: "uint8array" }));
    expect((await run("scan", file("corrupt.docx"), "--no-playbook")).err).toMatch(/damaged/);
    const rev = await run("review", file("corrupt.docx"), "-o", file("rebuilt.docx"), "--no-playbook", "--json");
    expect(rev.code).toBe(0);
    expect(rev.err).toMatch(/damaged.*rebuilt/);
    const after = await run("scan", file("rebuilt.docx"), "--no-playbook", "--json");
    expect(after.err).toBe("");
    const rebuilt = (JSON.parse(after.out) as { decisionLog: { problem?: string; decisions: Array<{ reason?: string }> } }).decisionLog;
    expect(rebuilt.problem).toBeUndefined();
    // the suggestions the cut lost were told by their wording by the review and logged, dated by it
    expect(rebuilt.decisions.filter((d) => /Recognised from its tracked change/.test(d.reason ?? "")).length).toBeGreaterThan(0);
  });

  it("scan of a log edited by hand: the message, the rebuilt log (a suggestion it dropped recognised by its wording); --save-log writes a copy with it, the original untouched", async () => {
    const { applied } = await roundOne();
    const zip = await JSZip.loadAsync(fs.readFileSync(file("ours.docx")));
    const item = Object.keys(zip.files).find((n) => /^customXml\/item\d+\.xml$/.test(n))!;
    const xml = await zip.file(item)!.async("string");
    // someone deleted the first clause suggestion's entry by hand
    const entries = xml.match(/ {2}<ts:decision [\s\S]*?(?:\/>|<\/ts:decision>)\n/g)!;
    const dropped = entries.find((e) => !/target="addendum"/.test(e))!;
    const target = /target="([^"]+)"/.exec(dropped)![1];
    zip.file(item, xml.replace(dropped, ""));
    fs.writeFileSync(file("dropped.docx"), await zip.generateAsync({ type: "uint8array" }));
    const original = fs.readFileSync(file("dropped.docx"));

    const s = await run("scan", file("dropped.docx"), "--no-playbook");
    expect(s.code).toBe(0);
    expect(s.err).toMatch(/edited outside TermScore/);
    expect(s.err).toMatch(/1 of your suggestions was recognised by its wording/);
    expect(s.out).toMatch(new RegExp(`Decision log, rebuilt \\(the file is unchanged; --save-log COPY\\.docx writes a copy with it\\): ${applied + 1} decisions`));
    const json = JSON.parse((await run("scan", file("dropped.docx"), "--no-playbook", "--json")).out) as { decisionLog: { decisions: Array<{ target: string; reason?: string }>; rebuilt?: boolean } };
    expect(json.decisionLog.rebuilt).toBe(true);
    expect(json.decisionLog.decisions.find((d) => d.target === target)).toMatchObject({ reason: expect.stringMatching(/Recognised from its tracked change/) });

    const saved = await run("scan", file("dropped.docx"), "--no-playbook", "--save-log", file("dropped.log.docx"));
    expect(saved.code).toBe(0);
    expect(saved.err).toMatch(/wrote .*dropped\.log\.docx: a copy of .*dropped\.docx with its decision log rebuilt; .*dropped\.docx itself is unchanged/);
    expect(saved.out).toMatch(/Decision log, rebuilt \(saved in .*dropped\.log\.docx\)/);
    // the original byte for byte; the copy's contract part the same as the original's
    expect(Buffer.compare(fs.readFileSync(file("dropped.docx")), original)).toBe(0);
    const copy = await JSZip.loadAsync(fs.readFileSync(file("dropped.log.docx")));
    expect(await copy.file("word/document.xml")!.async("string")).toBe(await zip.file("word/document.xml")!.async("string"));
    // the copy scans clean: no message, every suggestion in its log
    const again = await run("scan", file("dropped.log.docx"), "--no-playbook", "--json");
    expect(again.err).toBe("");
    const log = (JSON.parse(again.out) as { decisionLog: { decisions: Array<{ target: string }>; problem?: string; rebuilt?: boolean } }).decisionLog;
    expect(log.problem).toBeUndefined();
    expect(log.rebuilt).toBeUndefined();
    expect(log.decisions.map((d) => d.target).sort()).toEqual(json.decisionLog.decisions.map((d) => d.target).sort());
  });

  it("--save-log: one .docx in, never over the input", async () => {
    await roundOne();
    expect((await run("scan", file("ours.docx"), "--save-log", file("ours.docx"), "--no-playbook")).err).toMatch(/refusing to overwrite the input/);
    expect((await run("scan", file("ours.docx"), "--save-log", file("copy.txt"))).err).toMatch(/--save-log needs the name of the copy to write, ending in \.docx/);
    expect((await run("scan", file("ours.docx"), file("draft.docx"), "--save-log", file("copy.docx"))).err).toMatch(/--save-log writes one copy/);
    expect((await run("review", file("ours.docx"), "--save-log", file("copy.docx"))).err).toMatch(/--save-log belongs to scan, not review/);
    fs.writeFileSync(file("plain.txt"), "The Agency may train its models on the Artwork.\n");
    expect((await run("scan", file("plain.txt"), "--save-log", file("copy.docx"))).err).toMatch(/not a \.docx/);
    // an intact log: the copy is written, and says nothing was rebuilt
    const ok = await run("scan", file("ours.docx"), "--no-playbook", "--save-log", file("same.docx"));
    expect(ok.err).toMatch(/as it was \(nothing to rebuild\)/);
    expect(fs.existsSync(file("same.docx"))).toBe(true);
  });
});
