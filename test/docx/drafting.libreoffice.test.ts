/**
 * Drafting checked by an independent reader (issue 12): LibreOffice opens the reviewed copies of
 * contracts written for these tests, sees the tracked changes and one comment per change plus one on
 * the addendum, Reject All gives back the original, and after Accept All: at most one restriction per
 * clause, the document's spelling, the addendum before the signature block, in the body's font and
 * size, with no list numbering picked up.
 *
 * Needs Debian's libreoffice-writer and python3-uno (see libreoffice.test.ts); skipped without them
 * outside CI.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { analyze, findAddendum } from "../../src/engine";
import { reviewDocx, type ReviewDocxResult } from "../../src/docx/review";
import { createDocx } from "../../src/docx/create";
import { escapeXml } from "../../src/engine/common/escapeXml";
import { DATE } from "./helpers";
import { PYTHON, describeWithLibreOffice } from "../support/libreOffice";

const ROOT = path.join(__dirname, "..", "..");
const ARTIFACTS = path.join(ROOT, "test-artifacts", "docx-drafting");
const SCRIPT = path.join(__dirname, "lo", "lo_check.py");
const maybe = describeWithLibreOffice("drafting checks");

interface Look {
  text: string;
  font: string;
  size: number;
  label: string;
}
interface LoResult {
  file: string;
  ok: boolean;
  error?: string;
  text: string[];
  redlines: Array<{ type: string; author: string }>;
  comments: Array<{ author: string; content: string; anchor: string | null }>;
  rejected: string[];
  accepted: string[];
  acceptedLook: Look[];
}

const FONT = "Georgia";
const HALF_POINTS = 21; // 10.5 pt

/** A contract as Word would hold it: headings in a numbered Heading 2 style, clauses in Georgia 10.5 pt. */
function contractXml(lines: string[]): string {
  const run = (t: string, bold = false) =>
    `<w:r><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}"/>${bold ? "<w:b/>" : ""}<w:sz w:val="${HALF_POINTS}"/></w:rPr><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;
  return lines
    .map((t, i) => {
      if (i === 0) return `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run(t, true)}</w:p>`;
      // "2. Services and Rights": a heading in a style that numbers itself
      if (/^\d+\.\s+[A-Z][\w ,&]+$/.test(t)) return `<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(t, true)}</w:p>`;
      return `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${run(t)}</w:p>`;
    })
    .join("");
}

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

async function withNumbering(bytes: Uint8Array): Promise<Uint8Array> {
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(bytes);
  zip.file("word/numbering.xml", NUMBERING);
  const ct = (await zip.file("[Content_Types].xml")!.async("string")).replace(
    "</Types>",
    `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
  );
  zip.file("[Content_Types].xml", ct);
  const relsPath = "word/_rels/document.xml.rels";
  const rels = (await zip.file(relsPath)!.async("string")).replace(
    "</Relationships>",
    `<Relationship Id="rIdNum1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
  );
  zip.file(relsPath, rels);
  return zip.generateAsync({ type: "uint8array" });
}

const FIXTURES = ["us-services-msa", "uk-licence-agreement", "platform-terms"];

maybe("LibreOffice reads the drafting TermScore writes", () => {
  const cases: Array<{ name: string; lines: string[]; result: ReviewDocxResult }> = [];
  const lo = new Map<string, LoResult>();

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    for (const name of FIXTURES) {
      const lines = fs
        .readFileSync(path.join(ROOT, "test", "fixtures", "drafting", `${name}.txt`), "utf8")
        .split("\n")
        .filter((l) => l.trim());
      const input = await withNumbering(await createDocx([{ xml: contractXml(lines) }]));
      const result = await reviewDocx(input, { date: DATE });
      cases.push({ name, lines, result });
      fs.writeFileSync(path.join(ARTIFACTS, `${name}.in.docx`), input);
      fs.writeFileSync(path.join(ARTIFACTS, `${name}.out.docx`), result.bytes);
    }
    const files = cases.map((c) => path.join(ARTIFACTS, `${c.name}.out.docx`));
    const stdout = execFileSync(PYTHON, [SCRIPT, ...files], { encoding: "utf8", timeout: 170000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LO_TIMEOUT: "150" } });
    for (const line of stdout.split("\n").filter(Boolean)) {
      const r = JSON.parse(line) as LoResult;
      lo.set(path.basename(r.file, ".out.docx"), r);
    }
  }, 180000);

  const get = (name: string): LoResult => {
    const r = lo.get(name);
    if (!r?.ok) throw new Error(`LibreOffice could not read ${name}: ${r?.error}`);
    return r;
  };

  test("tracked changes and one comment per change, plus one explaining the addendum", () => {
    for (const c of cases) {
      const r = get(c.name);
      expect(r.redlines.filter((x) => x.author === "TermScore").length).toBeGreaterThan(0);
      const ours = r.comments.filter((x) => x.author === "TermScore");
      expect(ours.length).toBe(c.result.changes + 1);
      expect(ours.filter((x) => /asks to add this addendum/.test(x.content))).toHaveLength(1);
      expect(new Set(ours.map((x) => x.content)).size).toBe(ours.length);
    }
  });

  test("Reject All gives back the original", () => {
    for (const c of cases) expect(get(c.name).rejected).toEqual(c.lines);
  });

  test("after Accept All: one restriction per clause, nothing left to fix, the document's spelling", () => {
    for (const c of cases) {
      const accepted = get(c.name).accepted;
      const body = accepted.slice(0, findAddendum(accepted.map((text) => ({ text }))));
      for (const t of body) expect({ t, n: (t.match(/artificial intelligence or machine-learning model/g) ?? []).length <= 1 }).toEqual({ t, n: true });
      expect(analyze(accepted.map((text) => ({ text }))).findings).toEqual([]);
      const added = accepted.filter((t) => !c.lines.includes(t)).join("\n");
      if (c.name.startsWith("uk-")) {
        expect(added).not.toMatch(/\blicense\b|\banonymiz/);
        expect(added).toMatch(/\banonymised\b/);
      } else expect(added).not.toMatch(/\blicence\b|\banonymis/);
    }
  });

  test("the addendum: before the signature block where there is one, in the body's font and size, without list numbering", () => {
    for (const c of cases) {
      const r = get(c.name);
      const at = r.accepted.indexOf("Prohibition on AI Training");
      expect(at).toBeGreaterThan(0);
      const sig = r.accepted.findIndex((t) => /^(?:IN WITNESS WHEREOF|Signed for and on behalf)/.test(t));
      if (c.name === "platform-terms") expect(c.result.addendumPlace).toBe("end");
      else {
        expect(c.result.addendumPlace).toBe("signature-block");
        expect(sig).toBeGreaterThan(at);
      }
      const addendum = r.acceptedLook.filter((p) => p.text === "Prohibition on AI Training" || /^AI-\d+\. /.test(p.text) || /^This addendum forms part/.test(p.text));
      expect(addendum.length).toBeGreaterThan(10);
      for (const p of addendum) {
        expect({ text: p.text, font: p.font, size: p.size, label: p.label }).toEqual({ text: p.text, font: FONT, size: HALF_POINTS / 2, label: "" });
      }
      // the contract's own numbered headings keep their numbers (the list is really there)
      expect(r.acceptedLook.some((p) => p.label !== "")).toBe(true);
    }
  });
});
