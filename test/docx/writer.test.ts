import { DocxWriter } from "../../src/docx/writer";
import type { EditRequest } from "../../src/docx/writer";
import { MINIMAL_EDIT_TABLE } from "../support/minimalEditTable";
import { DATE, OTHER, docx, documentXml, ids, partText, span, texts } from "./helpers";

async function open(body: string, options?: Parameters<typeof docx>[1]) {
  const bytes = await docx(body, options);
  return { bytes, review: await DocxWriter.open(bytes, { date: DATE }) };
}

function edit(text: string, paragraph: number, words: string, replacement: string, comment = "Why: plain words."): EditRequest {
  return { paragraph, ...span(text, words), replacement, comment, paragraphText: text };
}

const FORMATTED =
  `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Client may use the </w:t></w:r>` +
  `<w:r><w:rPr><w:i/><w:color w:val="C00000"/></w:rPr><w:t>Deliverables for any purpose whatsoever</w:t></w:r><w:r><w:t>.</w:t></w:r></w:p>`;

describe("writing suggestions as tracked changes", () => {
  it("replaces only the risky words, splitting runs and keeping their formatting", async () => {
    const { bytes, review } = await open(FORMATTED);
    const text = review.paragraphs()[0].text;
    const [res] = await review.apply([edit(text, 0, "for any purpose", "only for the Project")]);
    expect(res.status).toBe("applied");
    const out = await review.save();
    const xml = await documentXml(out);
    expect(xml).toContain(
      `<w:r><w:rPr><w:i/><w:color w:val="C00000"/></w:rPr><w:t xml:space="preserve">Deliverables </w:t></w:r><w:commentRangeStart w:id="1"/>` +
        `<w:del w:id="2" w:author="TermScore" w:date="${DATE}"><w:r><w:rPr><w:i/><w:color w:val="C00000"/></w:rPr><w:delText xml:space="preserve">for any purpose</w:delText></w:r></w:del>` +
        `<w:ins w:id="3" w:author="TermScore" w:date="${DATE}"><w:r><w:rPr><w:i/><w:color w:val="C00000"/></w:rPr><w:t xml:space="preserve">only for the Project</w:t></w:r></w:ins>` +
        `<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>` +
        `<w:r><w:rPr><w:i/><w:color w:val="C00000"/></w:rPr><w:t xml:space="preserve"> whatsoever</w:t></w:r>`
    );
    expect(xml).toContain(`<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Client may use the </w:t></w:r>`);
    expect(await texts(out, "reject")).toEqual(await texts(bytes, "reject"));
    expect(await texts(out, "accept")).toEqual(["Client may use the Deliverables only for the Project whatsoever."]);
  });

  it("spans several runs, tabs and a hyperlink; rejecting restores exactly", async () => {
    const body =
      `<w:p><w:r><w:t xml:space="preserve">Use for </w:t></w:r><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">internal </w:t><w:tab/></w:r>` +
      `<w:hyperlink r:id="rId7"><w:r><w:t xml:space="preserve">business purposes and</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> more</w:t></w:r></w:p>`;
    const { bytes, review } = await open(body);
    const text = review.paragraphs()[0].text;
    expect(text).toBe("Use for internal \tbusiness purposes and more");
    await review.apply([edit(text, 0, "internal \tbusiness purposes", "this Project")]);
    const out = await review.save();
    expect(await texts(out, "reject")).toEqual(await texts(bytes, "reject"));
    expect(await texts(out, "accept")).toEqual(["Use for this Project and more"]);
    const xml = await documentXml(out);
    expect(xml).toContain(`<w:hyperlink r:id="rId7"><w:del`);
    expect(xml).toMatch(/<w:del [^>]*><w:r><w:rPr><w:u w:val="single"\/><\/w:rPr><w:delText xml:space="preserve">internal <\/w:delText><w:tab\/><\/w:r><\/w:del>/);
  });

  it("applies several edits in one paragraph, in any order, and refuses overlaps, bad and stale requests", async () => {
    const text = "Licensee may use it for any purpose and for internal business purposes, forever.";
    const { review } = await open(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`);
    const results = await review.apply([
      edit(text, 0, "for any purpose", "for the Project"),
      edit(text, 0, "internal business purposes", "the Project"),
      edit(text, 0, "any purpose and", "X"),
      // words that are not at its range in the text it was made for: a bad request (as in Word, test/host/requestChecks)
      { ...edit(text, 0, "forever", "until termination"), original: "for ever" },
      { ...edit(text, 0, "forever", "until termination"), paragraphText: text.replace("Licensee", "Licensor") },
      { ...edit(text, 0, "forever", "until termination"), paragraph: 5 },
    ]);
    expect(results.map((r) => [r.status, r.reason])).toEqual([["applied", undefined], ["applied", undefined], ["failed", "overlap"], ["failed", "bad-request"], ["stale", "stale"], ["stale", "stale"]]);
    expect(review.paragraphs()[0].text).toBe("Licensee may use it for the Project and for the Project, forever.");
  });

  it("redlines only the words that differ: shared leading and trailing words are kept", async () => {
    const text = "Agency may aggregate the Deliverables.";
    const { bytes, review } = await open(`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>${text}</w:t></w:r></w:p>`);
    await review.apply([edit(text, 0, "aggregate", "aggregate (but not to train AI)"), edit(text, 0, ".", ", never for AI.")]);
    const out = await review.save();
    const xml = await documentXml(out);
    expect(xml).not.toContain("<w:del ");
    expect(xml).toContain(
      `<w:commentRangeStart w:id="3"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">aggregate</w:t></w:r><w:ins w:id="4" w:author="TermScore" w:date="${DATE}"><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> (but not to train AI)</w:t></w:r></w:ins><w:commentRangeEnd w:id="3"/>`
    );
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">, never for AI<\/w:t><\/w:r><\/w:ins><w:r><w:rPr><w:b\/><\/w:rPr><w:t xml:space="preserve">\.<\/w:t><\/w:r><w:commentRangeEnd/);
    expect(await texts(out, "accept")).toEqual(["Agency may aggregate (but not to train AI) the Deliverables, never for AI."]);
    expect(await texts(out, "reject")).toEqual(await texts(bytes, "reject"));
  });

  it("writes comments.xml, its relationship and content type, with the author, date and text", async () => {
    const { review } = await open(FORMATTED);
    const text = review.paragraphs()[0].text;
    await review.apply([edit(text, 0, "for any purpose", "only for the Project", "This lets them use your work anywhere.\nSecond line.")]);
    const out = await review.save();
    const comments = (await partText(out, "word/comments.xml"))!;
    expect(comments).toContain(`<w:comment w:id="1" w:author="TermScore" w:date="${DATE}" w:initials="T">`);
    expect(comments).toContain("This lets them use your work anywhere.");
    expect(comments).toContain("<w:annotationRef/>");
    expect(comments.match(/<w:p>/g)).toHaveLength(2);
    expect(await partText(out, "word/_rels/document.xml.rels")).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/comments" Target="comments.xml"/);
    expect(await partText(out, "[Content_Types].xml")).toContain(`<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>`);
  });

  it("uses the author given", async () => {
    const bytes = await docx(FORMATTED);
    const review = await DocxWriter.open(bytes, { author: "Ana Freelancer", date: DATE });
    const text = review.paragraphs()[0].text;
    await review.apply([edit(text, 0, "for any purpose", "for the Project")]);
    const out = await review.save();
    const xml = await documentXml(out);
    expect(xml.match(/w:author="Ana Freelancer"/g)).toHaveLength(2);
    expect(await partText(out, "word/comments.xml")).toContain(`w:author="Ana Freelancer" w:date="${DATE}" w:initials="AF"`);
  });

  it("keeps existing revisions and comments, and new ids never collide with theirs", async () => {
    const body =
      `<w:p><w:commentRangeStart w:id="40"/><w:r><w:t xml:space="preserve">They may use it </w:t></w:r><w:commentRangeEnd w:id="40"/><w:r><w:commentReference w:id="40"/></w:r>` +
      `<w:ins w:id="41" ${OTHER}><w:r><w:t>for any purpose</w:t></w:r></w:ins><w:del w:id="42" ${OTHER}><w:r><w:delText xml:space="preserve"> for the project</w:delText></w:r></w:del>` +
      `<w:bookmarkStart w:id="43" w:name="b"/><w:r><w:t>.</w:t></w:r><w:bookmarkEnd w:id="43"/></w:p>`;
    const existing = `<w:comment w:id="40" w:author="Other Side" w:date="2026-01-02T03:04:05Z"><w:p><w:r><w:t>Their note</w:t></w:r></w:p></w:comment>`;
    const bytes = await docx(body, { comments: existing });
    const review = await DocxWriter.open(bytes, { date: DATE });
    const text = review.paragraphs()[0].text;
    expect(text).toBe("They may use it for any purpose.");
    await review.apply([edit(text, 0, "any purpose", "the Project")]);
    const out = await review.save();
    const xml = await documentXml(out);
    const comments = (await partText(out, "word/comments.xml"))!;
    expect(comments).toContain("Their note");
    expect(comments.match(/<w:comment /g)).toHaveLength(2);
    expect(xml).toContain(`<w:del w:id="42" ${OTHER}><w:r><w:delText xml:space="preserve"> for the project</w:delText></w:r></w:del>`);
    expect(xml).toContain(`<w:commentReference w:id="40"/>`);
    const changeIds = ids(xml, ["ins", "del"]);
    expect(new Set(changeIds).size).toBe(changeIds.length);
    const commentIds = ids(comments, ["comment"]);
    expect(new Set(commentIds).size).toBe(commentIds.length);
    for (const id of [...changeIds, ...commentIds]) if (!["40", "41", "42"].includes(id)) expect(Number(id)).toBeGreaterThan(43);
    // Their insertion is split around ours; our deletion sits inside theirs.
    expect(xml).toMatch(/<w:ins w:id="41" [^>]*><w:r><w:t xml:space="preserve">for <\/w:t><\/w:r><w:commentRangeStart w:id="\d+"\/><w:del w:id="\d+" w:author="TermScore"[^>]*><w:r><w:delText xml:space="preserve">any purpose<\/w:delText><\/w:r><\/w:del><\/w:ins><w:ins w:id="\d+" w:author="TermScore"/);
    expect(await texts(out, "reject")).toEqual(["They may use it  for the project."]);
    expect(await texts(out, "reject")).toEqual(await texts(bytes, "reject"));
    expect(await texts(out, "accept")).toEqual(["They may use it for the Project."]);
  });

  it("comments-only anchors the comment on the words and changes no text", async () => {
    const { bytes, review } = await open(FORMATTED);
    const text = review.paragraphs()[0].text;
    await review.apply([edit(text, 0, "for any purpose", "only for the Project")], { commentOnly: true });
    const out = await review.save();
    const xml = await documentXml(out);
    expect(xml).not.toMatch(/<w:(ins|del) /);
    expect(xml).toMatch(/<w:commentRangeStart w:id="1"\/><w:r><w:rPr><w:i\/><w:color w:val="C00000"\/><\/w:rPr><w:t xml:space="preserve">for any purpose<\/w:t><\/w:r><w:commentRangeEnd w:id="1"\/><w:r><w:commentReference w:id="1"\/><\/w:r>/);
    expect(await texts(out, "accept")).toEqual(await texts(bytes, "accept"));
  });

  it("handles pure insertions and pure deletions, at the start and end of a paragraph", async () => {
    const text = "Vendor may share it with service providers";
    const { bytes, review } = await open(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`);
    const results = await review.apply([
      edit(text, 0, "providers", "providers, but never to train AI", "Add a limit."),
      edit(text, 0, "Vendor", "Subject to Section 9, Vendor", ""),
      edit(text, 0, " with service", "", "Remove sharing."),
    ]);
    expect(results.map((r) => r.status)).toEqual(["applied", "applied", "applied"]);
    const out = await review.save();
    const xml = await documentXml(out);
    expect([...xml.matchAll(/<w:delText[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual([" with service"]);
    expect(await texts(out, "accept")).toEqual(["Subject to Section 9, Vendor may share it providers, but never to train AI"]);
    expect(await texts(out, "reject")).toEqual(await texts(bytes, "reject"));
  });

  it("refuses an empty range as a bad request (the one rule of both hosts: a change names words)", async () => {
    const text = "Vendor may share it with service providers";
    const { review } = await open(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`);
    const results = await review.apply([
      { paragraph: 0, start: text.length, end: text.length, original: "", replacement: ", but never to train AI", comment: "Add a limit." },
      { paragraph: 0, start: 0, end: 0, original: "", replacement: "Subject to Section 9, ", comment: "" },
    ]);
    expect(results.map((r) => [r.status, r.reason])).toEqual([["failed", "bad-request"], ["failed", "bad-request"]]);
    expect(review.paragraphs()[0].text).toBe(text);
  });

  it("refuses to edit inside a field result, and reports it", async () => {
    const body = `<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r><w:fldSimple w:instr=" REF x "><w:r><w:t>any purpose</w:t></w:r></w:fldSimple></w:p>`;
    const { review } = await open(body);
    const text = review.paragraphs()[0].text;
    const [res] = await review.apply([edit(text, 0, "any purpose", "the Project")]);
    expect(res.status).toBe("failed");
    expect(res.message).toMatch(/field/);
  });

  it("never modifies the input bytes", async () => {
    const bytes = await docx(FORMATTED);
    const copy = bytes.slice();
    const review = await DocxWriter.open(bytes, { date: DATE });
    const text = review.paragraphs()[0].text;
    await review.apply([edit(text, 0, "for any purpose", "for the Project")]);
    await review.insertAddendum([{ kind: "title", text: "T" }]);
    await review.save();
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });

  it("is deterministic with an injected date", async () => {
    const run = async () => {
      const bytes = await docx(FORMATTED);
      const review = await DocxWriter.open(bytes, { date: DATE });
      const text = review.paragraphs()[0].text;
      await review.apply([edit(text, 0, "for any purpose", "for the Project")]);
      return documentXml(await review.save());
    };
    expect(await run()).toBe(await run());
  });
});

describe("the addendum", () => {
  const ADDENDUM = [
    { kind: "title" as const, text: "Prohibition on AI Training" },
    { kind: "heading" as const, level: 2, text: "1. Definitions", number: "1" },
    { kind: "body" as const, text: "\u201cAI\u201d means any machine-learning system." },
  ];

  it("is appended before the final sectPr as a tracked insertion, paragraph marks included, in the body's own look", async () => {
    const { bytes, review } = await open(`<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:sz w:val="21"/></w:rPr><w:t>The last clause of this contract, long enough to be an ordinary body paragraph.</w:t></w:r></w:p>`);
    const place = await review.insertAddendum(ADDENDUM);
    expect(place).toEqual({ reason: "end" });
    const out = await review.save();
    const xml = await documentXml(out);
    // the title: bold, in the body's font and size, no heading style (whose numbering would show)
    expect(xml).toMatch(/<w:ins [^>]*><w:r><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"\/><w:b\/><w:bCs\/><w:sz w:val="21"\/><\/w:rPr><w:t xml:space="preserve">Prohibition on AI Training<\/w:t>/);
    expect(xml).not.toMatch(/w:pStyle w:val="Heading/);
    expect(xml).toMatch(/<w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"\/><w:sz w:val="21"\/><\/w:rPr><w:t xml:space="preserve">\u201cAI\u201d means/);
    expect(xml.indexOf("Prohibition")).toBeLessThan(xml.indexOf("<w:sectPr"));
    expect(await texts(out, "accept")).toEqual(["The last clause of this contract, long enough to be an ordinary body paragraph.", "Prohibition on AI Training", "1. Definitions", "\u201cAI\u201d means any machine-learning system.", ""]);
    // Reject-all gives back the original exactly: no paragraph is left behind, the last one keeps its properties.
    expect(await texts(out, "reject")).toEqual(await texts(bytes, "reject"));
    expect(xml).toMatch(/<w:p><w:pPr><w:jc w:val="both"\/><\/w:pPr><\/w:p><w:sectPr/);
  });

  it("goes before the signature block, with a comment on its title", async () => {
    const clause = (t: string) => `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    const plain = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    const body =
      plain("This Services Agreement is made between Kestrel Studio and Ana Ruiz, who agree as follows.") +
      clause("1. Ana Ruiz will design the Deliverables described in the statement of work agreed between them.") +
      plain("2. Kestrel Studio will pay each invoice within thirty days after it receives the invoice.") +
      plain("IN WITNESS WHEREOF, the parties have signed this Agreement.") +
      plain("By: ________________") +
      plain("Name: Ana Ruiz");
    const { bytes, review } = await open(body);
    const place = await review.insertAddendum(ADDENDUM, { comment: (where) => `Why it is here: ${where}.` });
    expect(place).toEqual({ before: 3, reason: "signature-block" });
    const out = await review.save();
    const accepted = await texts(out, "accept");
    expect(accepted.slice(3, 7)).toEqual(["Prohibition on AI Training", "1. Definitions", "\u201cAI\u201d means any machine-learning system.", "IN WITNESS WHEREOF, the parties have signed this Agreement."]);
    expect(await texts(out, "reject")).toEqual(await texts(bytes, "reject"));
    const comments = (await partText(out, "word/comments.xml"))!;
    expect(comments).toContain("Why it is here: signature-block.");
    const xml = await documentXml(out);
    expect(xml).toMatch(/<w:commentRangeStart w:id="\d+"\/><w:ins [^>]*><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Prohibition on AI Training/);
    // the model follows the document order: a later edit finds its paragraph
    expect(review.paragraphs()[6].text).toBe("IN WITNESS WHEREOF, the parties have signed this Agreement.");
  });

  it("keeps the schema order of the last paragraph's properties (mark rPr before pPrChange)", async () => {
    const { bytes, review } = await open(`<w:p><w:pPr><w:jc w:val="center"/><w:pPrChange w:id="9" ${OTHER}><w:pPr/></w:pPrChange></w:pPr><w:r><w:t>End.</w:t></w:r></w:p>`);
    await review.insertAddendum(ADDENDUM);
    const out = await review.save();
    const xml = await documentXml(out);
    expect(xml).toMatch(/<w:p><w:pPr><w:jc w:val="center"\/><w:rPr><w:ins w:id="\d+" w:author="TermScore"[^>]*\/><\/w:rPr><w:pPrChange w:id="9"/);
    const all = ids(xml, ["ins", "del", "pPrChange"]);
    expect(new Set(all).size).toBe(all.length);
    expect(await texts(out, "reject")).toEqual(await texts(bytes, "reject"));
  });

  it("never uses the document's heading styles, whose list numbering would prefix the sections", async () => {
    const bytes = await docx(`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>1. Terms</w:t></w:r></w:p><w:p><w:r><w:t>Text of the only clause, long enough to be taken for the body text of the contract.</w:t></w:r></w:p>`);
    const review = await DocxWriter.open(bytes, { date: DATE });
    await review.insertAddendum(ADDENDUM);
    const reread = await DocxWriter.open(await review.save());
    const added = reread.paragraphs().slice(2, 5);
    expect(added.map((p) => p.text)).toEqual(["Prohibition on AI Training", "1. Definitions", "\u201cAI\u201d means any machine-learning system."]);
    expect(added.every((p) => !p.headingLevel)).toBe(true);
  });
});

describe("the minimal-edit table, written into a .docx", () => {
  const decode = (s: string) => s.replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  test.each(MINIMAL_EDIT_TABLE)("$original → $replacement", async ({ original, replacement, deleted, inserted }) => {
    const text = `Clause one: ${original} end`;
    const { bytes, review } = await open(`<w:p><w:r><w:t xml:space="preserve">${text.replace(/&/g, "&amp;")}</w:t></w:r></w:p>`);
    const [res] = await review.apply([edit(text, 0, original, replacement)]);
    expect(res.status).toBe("applied");
    const out = await review.save();
    const xml = await documentXml(out);
    const dels = [...xml.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((m) => decode(m[1])).join("");
    const inss = [...xml.matchAll(/<w:ins [^>]*>(.*?)<\/w:ins>/g)].map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => decode(t[1])).join("")).join("");
    expect([dels, inss]).toEqual([deleted, inserted]);
    expect(await texts(out, "accept")).toEqual([`Clause one: ${replacement} end`]);
    expect(await texts(out, "reject")).toEqual(await texts(bytes, "reject"));
  });
});

describe("the engine's planner decides what the .docx writer writes", () => {
  test("the list's order is the priority: a later overlapping edit is not written, even when it starts first", async () => {
    const text = "Licensee may use it for any purpose.";
    const { review } = await open(`<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`);
    const results = await review.apply([edit(text, 0, "any purpose", "this Project"), edit(text, 0, "for any", "only for")]);
    expect(results.map((r) => [r.status, r.reason])).toEqual([["applied", undefined], ["failed", "overlap"]]);
    expect(review.paragraphs()[0].text).toBe("Licensee may use it for this Project.");
  });
});
