/** Issue 18: the playbook on the command line: --playbook FILE, .termscore.json found like a linter's config, bad files refused. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli";
import { createDocx } from "../../src/docx/create";
import { openDocx } from "../../src/docx/package";
import { reviewedText } from "../../src/docx/model";
import { CONTRACT, TEST_PLAYBOOK } from "../engine/playbook/fixtures";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-playbook-"));
  fs.mkdirSync(path.join(dir, "team", "client-a", "drafts"), { recursive: true });
  fs.writeFileSync(path.join(dir, "contract.txt"), CONTRACT.join("\n"));
  fs.writeFileSync(path.join(dir, "mine.json"), JSON.stringify(TEST_PLAYBOOK));
  fs.writeFileSync(path.join(dir, "team", ".termscore.json"), JSON.stringify({ version: 1, name: "Team playbook", rules: { "sublicensing/sublicense": { enabled: false } } }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += typeof t === "string" ? t : ""), err: (t) => (err += t), cwd });
  return { code, out, err };
}

const contract = () => path.join(dir, "contract.txt");

describe("termscore --playbook", () => {
  test("scan with a playbook: wording, severity and the switched-off rule show in the report and the JSON", async () => {
    const r = await run(dir, "scan", contract(), "--playbook", path.join(dir, "mine.json"));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Playbook: Robin's playbook/);
    expect(r.out).toMatch(/Fix: replace "for any purpose" with "solely for the project described in the Statement of Work"/);
    expect(r.out).toMatch(/\[LOW\] Feedback rights \(feedback\/feedback-rights\)/);
    expect(r.out).toMatch(/Severity: low in your playbook \(TermScore: medium\)/);
    expect(r.out).toMatch(/Switched off in your playbook \(1, not scored, not fixed\):\n {2}- \[MEDIUM\] sublicensing\/sublicense/);
    const json = JSON.parse((await run(dir, "scan", contract(), "--json", "--playbook", path.join(dir, "mine.json"))).out);
    expect(json.switchedOff.map((f: { ruleId: string }) => f.ruleId)).toEqual(["sublicensing/sublicense"]);
    expect(json.playbook.name).toBe("Robin's playbook");
    const plain = JSON.parse((await run(dir, "scan", contract(), "--json")).out);
    expect(plain.switchedOff).toBeUndefined();
    expect(plain.findings.length).toBe(json.findings.length + json.switchedOff.length);
  });

  test(".termscore.json is found in the current folder or a parent folder; --no-playbook leaves it out", async () => {
    const deep = path.join(dir, "team", "client-a", "drafts");
    const found = await run(deep, "scan", contract(), "--json");
    expect(found.err).toBe(`termscore: using the playbook ${path.join(dir, "team", ".termscore.json")} (--no-playbook to leave it out)\n`);
    expect(JSON.parse(found.out).playbook.name).toBe("Team playbook");
    expect(JSON.parse((await run(deep, "scan", contract(), "--json", "--quiet")).out).playbook.name).toBe("Team playbook");
    const none = await run(deep, "scan", contract(), "--json", "--no-playbook");
    expect(none.err).toBe("");
    expect(JSON.parse(none.out).playbook).toBeUndefined();
    // outside the team folder there is none
    expect(JSON.parse((await run(dir, "scan", contract(), "--json")).out).playbook).toBeUndefined();
    // --playbook wins over the one found
    expect(JSON.parse((await run(deep, "scan", contract(), "--json", "--playbook", path.join(dir, "mine.json"))).out).playbook.name).toBe("Robin's playbook");
    expect((await run(deep, "scan", contract(), "--playbook", "x.json", "--no-playbook")).err).toMatch(/contradict each other/);
  });

  test("a bad playbook: every problem with its JSON path, exit 2, nothing read or written", async () => {
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({ version: 1, colour: "red", rules: { "feedback/feedback-rights": { enabled: "no", comment: "{client} may not" } } }));
    const input = path.join(dir, "c.docx");
    fs.writeFileSync(input, await createDocx(CONTRACT.map((text) => ({ text }))));
    const out = path.join(dir, "c.reviewed.docx");
    const r = await run(dir, "review", input, "-o", out, "--playbook", bad);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.split("\n")).toEqual([
      `termscore: ${bad} has 3 problems; nothing was changed:`,
      '  $.colour: unknown key "colour"; expected "$schema", "version", "name", "you", "spelling", "categories", "rules", "addendum"',
      '  $.rules["feedback/feedback-rights"].enabled: must be true or false, not a string',
      expect.stringMatching(/^ {2}\$\.rules\["feedback\/feedback-rights"\]\.comment: unknown placeholder \{client\}; use \{party\}/),
      "",
    ]);
    expect(fs.existsSync(out)).toBe(false);
    // invalid JSON, a 10 MB file, a missing file
    fs.writeFileSync(bad, '{"version": 1,');
    expect((await run(dir, "scan", contract(), "--playbook", bad)).err).toMatch(/^termscore: .*bad\.json has a problem; nothing was changed:\n {2}\$: not valid JSON/);
    fs.writeFileSync(bad, Buffer.alloc(10 * 1024 * 1024, 32));
    expect((await run(dir, "scan", contract(), "--playbook", bad)).err).toMatch(/\$: the file is 10\.0 MB; a playbook may be at most 1 MB/);
    const missing = await run(dir, "scan", contract(), "--playbook", path.join(dir, "nope.json"));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read .*nope\.json: no such file/);
  });

  test("review writes the playbook's wording and addendum, and leaves the switched-off rule alone", async () => {
    const input = path.join(dir, "r.docx");
    fs.writeFileSync(input, await createDocx(CONTRACT.map((text) => ({ text }))));
    const out = path.join(dir, "r.reviewed.docx");
    const r = await run(dir, "review", input, "-o", out, "--playbook", path.join(dir, "mine.json"), "--date", "2026-01-01T00:00:00Z");
    expect(r.code).toBe(0);
    const doc = (await openDocx(new Uint8Array(fs.readFileSync(out)))).document;
    const accepted = reviewedText(doc, "accept").join("\n");
    expect(accepted).toMatch(/The Client may use the Deliverables solely for the project described in the Statement of Work\./);
    expect(accepted).toMatch(/The Client may sublicense the Deliverables to its customers\./);
    expect(accepted).toMatch(/AI-11\. Credit/);
    expect(accepted).not.toMatch(/Audit Rights/);
    expect(reviewedText(doc, "reject")).toEqual(CONTRACT);
  });
});
