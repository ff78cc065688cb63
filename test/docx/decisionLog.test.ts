import JSZip from "jszip";
import { readDecisionLog, writeDecisionLog } from "../../src/docx/decisionLog";
import { openDocx } from "../../src/docx/package";
import { serializeDecisionLog } from "../../src/engine/compare";
import type { Decision } from "../../src/engine/compare";
import { ROUND1, blocksOf } from "../fixtures/rounds";
import { createDocx } from "../../src/docx/create";

const D: Decision[] = [
  { target: "f-1", subject: "suggestion", action: "applied", by: "Priya Nandakumar", at: "2026-11-02T09:00:00Z", edit: { prefix: "a ", removed: "b", inserted: "c", suffix: " d" } },
  { target: "t-1", subject: "their-change", action: "rejected", by: "Priya Nandakumar", at: "2026-11-09T09:00:00Z", reason: "No carve-outs." },
];

async function save(pkg: Awaited<ReturnType<typeof openDocx>>): Promise<JSZip> {
  return JSZip.loadAsync(await pkg.zip.toBytes());
}

describe("the decision log as a custom XML part of the .docx", () => {
  it("is written as Word stores custom XML (item, properties, relationships, content types) and read back", async () => {
    const bytes = await createDocx(blocksOf(ROUND1));
    const pkg = await openDocx(bytes);
    expect(await readDecisionLog(pkg)).toEqual({ decisions: [], rebuild: false });
    expect(await writeDecisionLog(pkg, D)).toBe("customXml/item1.xml");
    const zip = await save(pkg);
    const rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
    expect(rels).toMatch(/Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/customXml" Target="..\/customXml\/item1.xml"/);
    expect(await zip.file("customXml/_rels/item1.xml.rels")!.async("string")).toMatch(/customXmlProps" Target="itemProps1.xml"/);
    expect(await zip.file("customXml/itemProps1.xml")!.async("string")).toMatch(/ds:schemaRef ds:uri="urn:termscore:decision-log:1"/);
    const ct = await zip.file("[Content_Types].xml")!.async("string");
    expect(ct).toMatch(/PartName="\/customXml\/itemProps1.xml" ContentType="application\/vnd.openxmlformats-officedocument.customXmlProperties\+xml"/);
    expect(ct).toMatch(/Extension="xml"/);
    // the text is untouched
    const original = await JSZip.loadAsync(bytes);
    expect(await zip.file("word/document.xml")!.async("string")).toBe(await original.file("word/document.xml")!.async("string"));
    const again = await openDocx(await zip.generateAsync({ type: "uint8array" }));
    expect(await readDecisionLog(again)).toMatchObject({ decisions: D, rebuild: false, path: "customXml/item1.xml" });
    // a second write replaces the part, no second one
    await writeDecisionLog(again, D.slice(0, 1));
    const z2 = await save(again);
    expect(Object.keys(z2.files).filter((n) => /^customXml\/item\d+\.xml$/.test(n))).toEqual(["customXml/item1.xml"]);
  });

  it("a corrupt log: a clear message; rebuilt from what can be read; the contract untouched; other custom XML kept", async () => {
    const pkg = await openDocx(await createDocx(blocksOf(ROUND1)));
    await writeDecisionLog(pkg, D);
    pkg.zip.set("customXml/item1.xml", serializeDecisionLog(D).replace('action="rejected"', 'action="???"'));
    pkg.zip.set("customXml/item2.xml", '<reviewers xmlns="urn:example:other"><r>Juan</r></reviewers>');
    const bytes = await pkg.zip.toBytes();
    const broken = await openDocx(bytes);
    const read = await readDecisionLog(broken);
    expect(read.problem).toMatch(/damaged \(1 entry unreadable\): 1 decision was recovered, and the log was rebuilt\. The contract itself is untouched\./);
    await writeDecisionLog(broken, read.decisions);
    const z = await save(broken);
    const before = await JSZip.loadAsync(bytes);
    expect(await z.file("word/document.xml")!.async("string")).toBe(await before.file("word/document.xml")!.async("string"));
    expect(await z.file("customXml/item2.xml")!.async("string")).toMatch(/Juan/);
    const fixed = await readDecisionLog(await openDocx(await z.generateAsync({ type: "uint8array" })));
    expect(fixed).toMatchObject({ decisions: D.slice(0, 1), rebuild: false });
    expect(fixed.problem).toBeUndefined();
  });
});
