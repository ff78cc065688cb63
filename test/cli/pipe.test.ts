// The real `termscore` (bin/termscore.js over lib/) in shell pipelines: output over 1 MB is never
// cut, a reader that goes away (`| head`) ends the command quietly, and progress stays off pipes.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync, spawnSync } from "child_process";
import { main } from "../../src/cli";

const root = path.join(__dirname, "..", "..");
const bin = path.join(root, "bin", "termscore.js");
let dir: string;

const LINES = [
  "The Agency may use the Deliverables for any purpose.",
  "The Agency may process the Deliverables to train its machine learning models.",
  "The Agency may use the Deliverables for its internal business purposes.",
  "Payment is due within 30 days.",
];

beforeAll(() => {
  // lib/ is what the installed command runs; this is a no-op when it is up to date.
  execFileSync(process.execPath, [path.join(root, "scripts", "build-cli.js")], { stdio: "ignore" });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-pipe-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function inProcess(argv: string[]): Promise<string> {
  let out = "";
  await main(argv, { out: (t) => void (out += typeof t === "string" ? t : ""), err: () => undefined });
  return out;
}

/** Run a shell pipeline; the reader sleeps first so the pipe fills up and the writer must wait. */
function sh(script: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync("bash", ["-c", script], { encoding: "utf8", cwd: dir, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("termscore in a pipe", () => {
  let big: string;
  beforeAll(() => {
    big = path.join(dir, "big.txt");
    const lines: string[] = [];
    for (let i = 0; i < 3000; i++) lines.push(`${i + 1}. ${LINES[i % LINES.length]}`);
    fs.writeFileSync(big, lines.join("\n"));
  });

  test("a JSON report over 1 MB arrives whole through a slow pipe", async () => {
    const expected = await inProcess(["scan", "--json", big]);
    expect(Buffer.byteLength(expected)).toBeGreaterThan(1024 * 1024);
    const r = sh(`set -o pipefail; node ${JSON.stringify(bin)} scan --json --fail-on high big.txt | (sleep 1; cat) > out.json; echo "\${PIPESTATUS[0]}"`);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("1"); // --fail-on high: the exit code survives too
    const got = fs.readFileSync(path.join(dir, "out.json"), "utf8");
    expect(Buffer.byteLength(got)).toBe(Buffer.byteLength(expected));
    expect(got).toBe(expected);
    expect(JSON.parse(got).findings.length).toBeGreaterThan(1000);
  });

  test("the readable report over 1 MB arrives whole too", async () => {
    const expected = await inProcess(["scan", big]);
    expect(Buffer.byteLength(expected)).toBeGreaterThan(1024 * 1024);
    const r = sh(`node ${JSON.stringify(bin)} scan big.txt | (sleep 1; cat) > out.txt; echo "\${PIPESTATUS[0]}"`);
    expect(r.stdout.trim()).toBe("0");
    expect(fs.readFileSync(path.join(dir, "out.txt"), "utf8")).toBe(expected);
  });

  test("standard input through a pipe, and a reader that stops early (| head)", () => {
    const r = sh(`cat big.txt | node ${JSON.stringify(bin)} scan --json - | wc -c`);
    expect(Number(r.stdout.trim())).toBeGreaterThan(1024 * 1024);
    const head = sh(`node ${JSON.stringify(bin)} scan --json big.txt | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"`);
    expect(head.stderr).toBe("");
    expect(head.stdout.trim()).toBe("0");
  });

  test("progress lines only on a terminal: none when stderr is a pipe", () => {
    const a = path.join(dir, "batch");
    fs.mkdirSync(a, { recursive: true });
    fs.copyFileSync(path.join(root, "samples", "agency-msa-sow.docx"), path.join(a, "one.docx"));
    fs.copyFileSync(path.join(root, "samples", "agency-msa-sow.docx"), path.join(a, "two.docx"));
    const r = sh(`node ${JSON.stringify(bin)} review batch -o batch-out 2>err.txt | cat`);
    expect(fs.readFileSync(path.join(dir, "err.txt"), "utf8")).toBe("");
    expect(r.stdout).toMatch(/2 of 2 reviewed/);
  });
});
