/** @jest-environment jsdom */
import * as fs from "fs";
import * as path from "path";
import { analyze, buildAddendum } from "../../src/engine";
import { createDocxHost } from "../../src/docx/browserHost";
import type { ApplyRequest } from "../../src/host/types";
import { openDocx } from "../../src/docx/package";
import { reviewedText } from "../../src/docx/model";
import { docx, documentXml, partText, span, texts } from "./helpers";
import { FakeWord } from "../support/fakeWord";
import { hostFor } from "../word/helpers";
import { addendumComment } from "../../src/engine/fix/placement";

const BODY =
  `<w:p><w:r><w:t xml:space="preserve">This agreement is between Kestrel Studio (the \u201cClient\u201d) and Ana Ruiz (the \u201cFreelancer\u201d).</w:t></w:r></w:p>` +
  `<w:p><w:r><w:t xml:space="preserve">Client may use the Work Product for any purpose.</w:t></w:r></w:p>` +
  `<w:p><w:r><w:t xml:space="preserve">Client may share the Work Product with its service providers.</w:t></w:r></w:p>`;

function requests(paragraphs: { text: string }[]): ApplyRequest[] {
  const report = analyze(paragraphs);
  return report.findings.map((f) => {
    const s = f.suggestions[0];
    return { id: f.id, paragraph: s.paragraph, start: s.start, end: s.end, original: s.original, replacement: s.replacement, comment: s.comment, paragraphText: paragraphs[s.paragraph].text };
  });
}

describe("browser mode: a .docx behind the DocumentHost interface", () => {
  it("reads, applies, adds the addendum once, remembers dismissals and saves new bytes; the caller's buffer is untouched", async () => {
    const bytes = await docx(BODY);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const before = new Uint8Array(buffer).slice();
    const host = await createDocxHost(buffer, "contract.docx", { author: "Ana Ruiz" });
    expect(host.fileName).toBe("contract.docx");
    expect(await host.capabilities()).toMatchObject({ kind: "docx", comments: true, trackChanges: true, insertAtCursor: false });

    const snap = await host.read();
    expect(snap.paragraphs.map((p) => p.text)[1]).toBe("Client may use the Work Product for any purpose.");
    const reqs = requests(snap.paragraphs);
    expect(reqs.length).toBeGreaterThanOrEqual(2);
    const progress: number[] = [];
    const result = await host.apply(reqs, { onProgress: (done) => progress.push(done) });
    expect(result.results.every((r) => r.status === "applied")).toBe(true);
    expect(progress[progress.length - 1]).toBe(reqs.length);

    // The document changed: the same requests are now stale, and the fingerprint moved.
    const again = await host.apply(reqs);
    expect(again.results.every((r) => r.status === "stale")).toBe(true);
    const snap2 = await host.read();
    expect(snap2.fingerprint).not.toBe(snap.fingerprint);
    expect(analyze(snap2.paragraphs).findings).toEqual([]);

    const addendum = buildAddendum({ parties: { agency: "Client", contractor: "Freelancer", work: "Work Product" } });
    expect(await host.insertAddendum(addendum, "end")).toMatchObject({ inserted: true });
    expect(await host.insertAddendum(addendum, "end")).toMatchObject({ inserted: false });

    await host.saveDismissed(["a", "b"]);
    expect(await host.loadDismissed()).toEqual(["a", "b"]);

    const out = await host.save();
    expect(new Uint8Array(buffer)).toEqual(before);
    const doc = (await openDocx(out)).document;
    expect(reviewedText(doc, "reject")).toEqual(reviewedText((await openDocx(before)).document, "reject"));
    expect(reviewedText(doc, "accept").join("\n")).toContain("Prohibition on AI Training");
  });

  it("reports bad files as an error the pane can show", async () => {
    await expect(createDocxHost(Uint8Array.from("not a docx", (c) => c.charCodeAt(0)), "x.docx")).rejects.toThrow(/not a zip/);
  });

  it("src/docx uses no Node-only modules (it runs in the browser)", () => {
    const src = path.join(__dirname, "..", "..", "src");
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
    const all = files(path.join(src, "docx"));
    expect(all.some((f) => f.includes(`${path.sep}write${path.sep}`))).toBe(true);
    for (const f of all) {
      const text = fs.readFileSync(f, "utf8");
      for (const [, i] of text.matchAll(/from\s+"([^"]+)"/g)) {
        const where = i.startsWith(".") ? path.relative(src, path.resolve(path.dirname(f), i)).split(path.sep).join("/") : i;
        expect([f, where]).toEqual([f, expect.stringMatching(/^(jszip|@xmldom\/xmldom|docx\/[\w/]+|engine(\/[\w/]+)?|host\/types)$/)]);
      }
      expect(text).not.toMatch(/\brequire\(|\bBuffer\b|\bprocess\./);
    }
  });
});

describe("browser mode: one-click fixes after the addendum", () => {
  it("adds only the missing section to an existing addendum, numbered on; the full addendum is not repeated", async () => {
    const host = await createDocxHost(await docx(BODY), "contract.docx");
    const parties = { agency: "Client", contractor: "Freelancer", work: "Work Product" };
    expect(await host.insertAddendum(buildAddendum({ parties, includeAudit: false }), "end")).toMatchObject({ inserted: true });
    expect(analyze((await host.read()).paragraphs).missing).toEqual(["audit-rights"]);
    expect(await host.insertAddendum(buildAddendum({ parties, only: ["audit-rights"] }), "end")).toMatchObject({ inserted: true });
    const after = (await host.read()).paragraphs.map((p) => p.text);
    expect(after.filter((t) => t === "Prohibition on AI Training")).toHaveLength(1);
    expect(after).toContain("AI-11. Audit Rights");
    expect(analyze((await host.read()).paragraphs).missing).toEqual([]);
    expect(await host.insertAddendum(buildAddendum({ parties }), "end")).toMatchObject({ inserted: false });
  });
});

describe("browser mode: undo any change before download", () => {
  const TWO =
    `<w:p><w:r><w:t xml:space="preserve">This agreement is between Kestrel Studio (the \u201cClient\u201d) and Ana Ruiz (the \u201cFreelancer\u201d).</w:t></w:r></w:p>` +
    `<w:p><w:r><w:t xml:space="preserve">Client may use the Work Product for any purpose and may share it with anyone without restriction.</w:t></w:r></w:p>` +
    `<w:p><w:r><w:t xml:space="preserve">Client may share the Work Product with its service providers.</w:t></w:r></w:p>`;

  it("undoes one suggestion, keeps the others (same paragraph, later ones moved) and the addendum; reject-all still gives the original", async () => {
    const bytes = await docx(TWO);
    const host = await createDocxHost(bytes, "contract.docx", { author: "Ana Ruiz" });
    expect(await host.capabilities()).toMatchObject({ decideChanges: true });
    const original = (await host.read()).paragraphs.map((p) => p.text);
    const p1 = original[1];
    // two edits in one paragraph, applied one after the other (the second found in the text the first left)
    const first: ApplyRequest = { id: "a", paragraph: 1, ...span(p1, "for any purpose"), replacement: "solely for this project", comment: "first", paragraphText: p1 };
    expect((await host.apply([first])).results[0].status).toBe("applied");
    const p1b = (await host.read()).paragraphs[1].text;
    const second: ApplyRequest = { id: "b", paragraph: 1, ...span(p1b, "without restriction"), replacement: "subject to this Agreement", comment: "second", paragraphText: p1b };
    expect((await host.apply([second])).results[0].status).toBe("applied");
    const p2 = original[2];
    const third: ApplyRequest = { id: "c", paragraph: 2, ...span(p2, "its service providers"), replacement: "its service providers bound by the same limits", comment: "third", paragraphText: p2 };
    expect((await host.apply([third])).results[0].status).toBe("applied");
    const parties = { agency: "Client", contractor: "Freelancer", work: "Work Product" };
    expect(await host.insertAddendum(buildAddendum({ parties }), "end")).toMatchObject({ inserted: true });

    // accepting is the other side's; undoing is the user's
    await expect(host.decideChange!("a", true)).rejects.toThrow(/other side/);
    expect(await host.decideChange!("a", false)).toEqual({ changes: 1, warnings: undefined });
    const now = (await host.read()).paragraphs.map((p) => p.text);
    expect(now[1]).toBe("Client may use the Work Product for any purpose and may share it with anyone subject to this Agreement.");
    expect(now[2]).toBe("Client may share the Work Product with its service providers bound by the same limits.");
    expect(now).toContain("Prohibition on AI Training");

    const saved = await host.save();
    expect((await texts(saved, "accept"))[1]).toBe(now[1]);
    expect((await texts(saved, "reject")).slice(0, original.length)).toEqual(original);
    expect(await texts(saved, "reject")).toEqual(original);
    const xml = await documentXml(saved);
    expect(xml).toContain('w:author="Ana Ruiz"');
    expect(await partText(saved, "word/comments.xml")).not.toMatch(/>first</);
    expect(await partText(saved, "word/comments.xml")).toMatch(/>second</);

    // undone once: not again
    await expect(host.decideChange!("a", false)).rejects.toThrow(/not in this copy/);
    // then the one after it: the paragraph is back as it was opened
    await host.decideChange!("b", false);
    expect((await host.read()).paragraphs[1].text).toBe(p1);
  });

  it("takes an inserted addendum back out and keeps the suggestions; reject-all still gives the original", async () => {
    const host = await createDocxHost(await docx(TWO), "contract.docx", { author: "Ana Ruiz" });
    const original = (await host.read()).paragraphs.map((p) => p.text);
    const p2 = original[2];
    const edit: ApplyRequest = { id: "c", paragraph: 2, ...span(p2, "its service providers"), replacement: "its service providers bound by the same limits", comment: "third", paragraphText: p2 };
    expect((await host.apply([edit])).results[0].status).toBe("applied");
    const addendum = buildAddendum({ parties: { agency: "Client", contractor: "Freelancer", work: "Work Product" } });
    expect(await host.insertAddendum(addendum, "end")).toMatchObject({ inserted: true });
    expect((await host.read()).paragraphs.map((p) => p.text)).toContain("Prohibition on AI Training");

    expect(await host.removeAddendum!(addendum.map((a) => a.text))).toEqual({ changes: 1, warnings: undefined });
    const now = (await host.read()).paragraphs.map((p) => p.text);
    expect(now).not.toContain("Prohibition on AI Training");
    expect(now).toHaveLength(original.length);
    expect(now[2]).toBe("Client may share the Work Product with its service providers bound by the same limits.");
    expect(await texts(await host.save(), "reject")).toEqual(original);
    // once out, it is not there to take out again
    await expect(host.removeAddendum!(addendum.map((a) => a.text))).rejects.toThrow(/not in this copy/);
  });
});

describe("browser mode: the comment on the addendum's title (issue 12, item 5)", () => {
  const addendumComments = async (bytes: Uint8Array) => [...((await partText(bytes, "word/comments.xml")) ?? "").matchAll(/<w:comment\b[^>]*w:author="([^"]*)"[^>]*>([\s\S]*?)<\/w:comment>/g)].map((m) => ({ author: m[1], text: [...m[2].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("").replace(/&apos;/g, "'") })).filter((c) => /asks to add this addendum/.test(c.text));

  it("is the writer's sentence for the place chosen, by the review's author; replayed when a suggestion is undone, gone when the addendum is", async () => {
    const host = await createDocxHost(await docx(BODY), "contract.docx", { author: "Ana Ruiz" });
    const original = (await host.read()).paragraphs.map((p) => p.text);
    const reqs = requests((await host.read()).paragraphs);
    expect((await host.apply(reqs)).results.every((r) => r.status === "applied")).toBe(true);
    const addendum = buildAddendum({ parties: { agency: "Client", contractor: "Freelancer", work: "Work Product" } });
    const parties = { agency: "the Client", contractor: "the Freelancer" };
    expect(await host.insertAddendum(addendum, "end", { parties })).toMatchObject({ inserted: true, place: "end" });
    const sentence = addendumComment("the Client", "the Freelancer", "end");
    expect(await addendumComments(await host.save())).toEqual([{ author: "Ana Ruiz", text: sentence }]);
    expect(await documentXml(await host.save())).toMatch(/<w:commentRangeStart w:id="\d+"\/>(?:(?!<\/w:p>)[\s\S])*Prohibition on AI Training/);

    // undoing a suggestion replays the addendum, its comment with it
    await host.decideChange!(reqs[0].id, false);
    expect(await addendumComments(await host.save())).toEqual([{ author: "Ana Ruiz", text: sentence }]);
    expect(await texts(await host.save(), "reject")).toEqual(original);
    // undoing the addendum takes its comment too
    await host.removeAddendum!(addendum.map((a) => a.text));
    expect(await addendumComments(await host.save())).toEqual([]);
    expect(await texts(await host.save(), "reject")).toEqual(original);
  });

  it("without the parties, no comment", async () => {
    const host = await createDocxHost(await docx(BODY), "contract.docx", { author: "Ana Ruiz" });
    expect(await host.insertAddendum(buildAddendum(), "end")).toMatchObject({ inserted: true });
    expect(await addendumComments(await host.save())).toEqual([]);
  });
});

describe("one fingerprint algorithm in both hosts", () => {
  it("Word and a .docx holding the same paragraphs agree; any change of text changes it", async () => {
    const lines = ["Client may use the Work Product for any purpose.", "Payment is due within thirty days."];
    const body = lines.map((t) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`).join("");
    const docxSnap = await (await createDocxHost(await docx(body), "contract.docx")).read();
    const wordSnap = await hostFor(new FakeWord(lines)).read();
    expect(wordSnap.paragraphs.map((p) => p.text)).toEqual(lines);
    expect(docxSnap.fingerprint).toBe(wordSnap.fingerprint);
    const other = await hostFor(new FakeWord([lines[0], "Payment is due within sixty days."])).read();
    expect(other.fingerprint).not.toBe(wordSnap.fingerprint);
  });
});

describe("browser mode, round two: the user's own suggestions are known by the name it reviews under", () => {
  it("with the decision log stripped, the suggestions written under the user's name are its own, not the other side's", async () => {
    const host = await createDocxHost(await docx(BODY), "contract.docx", { author: "Ana Ruiz" });
    const paragraphs = (await host.read()).paragraphs;
    const applied = (await host.apply(requests(paragraphs))).results.filter((r) => r.status === "applied");
    expect(applied.length).toBe(2);
    // the file comes back with no decision log (a colleague's tool, a "clean" export)
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(await host.save());
    for (const n of Object.keys(zip.files).filter((f) => /^customXml\//.test(f))) zip.remove(n);
    const stripped = await zip.generateAsync({ type: "uint8array" });

    const same = await createDocxHost(stripped.slice(), "back.docx", { author: "Ana Ruiz" });
    const mine = await same.theirChanges!();
    expect(mine.report.changes).toEqual([]);
    expect(mine.theirAuthors).toEqual([]);
    expect(mine.report.suggestions.map((x) => x.fate)).toEqual(["open", "open"]);
    expect(mine.problem).toMatch(/^2 of your suggestions were recognised by their wording .*decision log is missing/);

    // without the name, nothing tells them apart: they read as another author's changes
    const stranger = await createDocxHost(stripped.slice(), "back.docx");
    const theirs = await stranger.theirChanges!();
    expect(theirs.theirAuthors).toEqual(["Ana Ruiz"]);
  });
});
