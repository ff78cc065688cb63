/** Issue 11 "which side am I" and issue 12's cover note, from the command line. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli";
import { createDocx } from "../../src/docx/create";
import { PROVIDER_CONTRACT } from "../fixtures/providerContract";

const CONTRACT = PROVIDER_CONTRACT;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-roles-"));
  fs.writeFileSync(path.join(dir, "contract.txt"), CONTRACT.join("\n"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += typeof t === "string" ? t : ""), err: (t) => (err += t) });
  return { code, out, err };
}

describe("termscore: which side am I", () => {
  test("the report says who is who, read from the contract, with the evidence in JSON", async () => {
    const text = await run("scan", path.join(dir, "contract.txt"));
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/You: Provider · Other side: Customer · Your work: "Deliverables"/);
    const json = JSON.parse((await run("scan", path.join(dir, "contract.txt"), "--json")).out);
    expect(json.roles).toMatchObject({ user: "Provider", other: "Customer", work: "Deliverables", source: "document" });
    expect(json.roles.evidence.user.length).toBeGreaterThan(0);
    // the Provider's own use of feedback is no risk to the Provider
    expect(json.findings.filter((f: { paragraph: number }) => f.paragraph === 4)).toEqual([]);
  });

  test("--party and --work correct the reading, and everything follows them", async () => {
    const r = await run("scan", path.join(dir, "contract.txt"), "--json", "--party", "Customer", "--work", "Articles");
    const json = JSON.parse(r.out);
    expect(json.roles).toMatchObject({ user: "Customer", other: "Provider", work: "Articles", source: "user", sure: true });
    // now the Provider's feedback right flows to the other side, and the Customer's own right is no risk
    expect(json.findings.some((f: { paragraph: number }) => f.paragraph === 4)).toBe(true);
    expect(json.findings.some((f: { paragraph: number }) => f.paragraph === 3)).toBe(false);
    const text = await run("scan", path.join(dir, "contract.txt"), "--party", "Customer");
    expect(text.out).toMatch(/You: Customer · Other side: Provider .*\(as you confirmed\)/);
  });

  test("bad role options are one-line usage errors", async () => {
    expect((await run("scan", path.join(dir, "contract.txt"), "--party", " ")).err).toMatch(/--party needs a name of 1 to 60 characters/);
    expect((await run("scan", path.join(dir, "contract.txt"), "--party", "Customer", "--other", "customer")).err).toMatch(/name the same party/);
    expect((await run("scan", path.join(dir, "contract.txt"), "--note", "x.md")).err).toMatch(/--note belongs to review/);
  });

  test("review --note writes a cover note explaining the changes actually written", async () => {
    const input = path.join(dir, "contract.docx");
    fs.writeFileSync(input, await createDocx(CONTRACT.map((text) => ({ text }))));
    const out = path.join(dir, "out", "contract.reviewed.docx");
    const note = path.join(dir, "out", "NOTE.md");
    const r = await run("review", input, "-o", out, "--note", note);
    expect(r.code).toBe(0);
    const text = fs.readFileSync(note, "utf8");
    expect(text).toMatch(/^Dear Harbor Media Ltd,$/m);
    expect(text).toMatch(/^1\. \*\*Section 3 \(Use\)\*\*, “for any purpose”/m);
    expect(text).toMatch(/Kind regards,\nAna Silva\n$/);
  });
});
