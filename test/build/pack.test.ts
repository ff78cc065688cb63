// `npm pack` gives a tarball that `npm install -g` turns into a working `termscore` with only
// Node: lib/ is built by prepack, the runtime dependency is @xmldom/xmldom only.
// The pack runs in a copy of the sources, so the repository's own lib/ is never touched.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";

const root = path.join(__dirname, "..", "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let work: string;
let tarball: string;
let prefix: string;

// Under `npm test`, npm passes its own settings down (npm_config_local_prefix, npm_config_prefix,
// npm_package_*, …); the nested npm must not inherit them. Cache, registry and proxy settings stay.
const KEEP = /^npm_config_(cache|userconfig|globalconfig|cafile|registry|proxy|https_proxy|noproxy|strict_ssl)$/i;
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || KEEP.test(k)));

function run(cmd: string, args: string[], opts: { cwd: string; input?: string | Buffer }) {
  return spawnSync(cmd, args, { cwd: opts.cwd, input: opts.input, env, encoding: "utf8", maxBuffer: 32 * 1024 * 1024, timeout: 240_000 });
}

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-pack-"));
  const src = path.join(work, "src-copy");
  fs.mkdirSync(src);
  for (const entry of ["package.json", "README.md", "tsconfig.json", "tsconfig.cli.json", "bin", "src", "scripts"]) {
    fs.cpSync(path.join(root, entry), path.join(src, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(root, "node_modules"), path.join(src, "node_modules"), "dir");
  const packed = run(npm, ["pack", "--json", "--pack-destination", work], { cwd: src });
  if (packed.status !== 0) throw new Error(`npm pack failed: ${packed.stderr}`);
  const info = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = path.join(work, info[0].filename);
  fs.writeFileSync(path.join(work, "files.json"), JSON.stringify(info[0].files.map((f) => f.path)));
  prefix = path.join(work, "prefix");
  // --prefer-offline: @xmldom/xmldom comes from npm's cache when `npm ci` put it there.
  const installed = run(npm, ["install", "-g", "--prefix", prefix, tarball, "--prefer-offline", "--no-audit", "--no-fund"], { cwd: work });
  if (installed.status !== 0) throw new Error(`npm install -g failed: ${installed.stderr}`);
}, 300_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const termscore = () => (process.platform === "win32" ? path.join(prefix, "termscore.cmd") : path.join(prefix, "bin", "termscore"));

describe("the packed CLI", () => {
  test("the tarball holds bin/ and the compiled lib/, not the sources or the pane", () => {
    expect(path.basename(tarball)).toMatch(/^termscore-.*\.tgz$/);
    const files: string[] = JSON.parse(fs.readFileSync(path.join(work, "files.json"), "utf8"));
    expect(files).toEqual(expect.arrayContaining(["bin/termscore.js", "lib/cli/index.js", "lib/docx/review.js", "lib/engine/index.js", "package.json", "README.md"]));
    expect(files.filter((f) => /^(src|test|assets|dist|schemas)\//.test(f) || f.endsWith(".ts") || f.endsWith(".tsx"))).toEqual([]);
  });

  test("installs with @xmldom/xmldom only: no jszip, React, Fluent UI or build tools", () => {
    const pkgDir = path.join(prefix, process.platform === "win32" ? "" : "lib", "node_modules", "termscore-word");
    const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, "package.json"), "utf8"));
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@xmldom/xmldom"]);
    const names = fs.readdirSync(path.join(pkgDir, "node_modules"));
    for (const heavy of ["jszip", "react", "react-dom", "@fluentui", "webpack", "typescript", "office-addin-debugging"]) expect(names).not.toContain(heavy);
    expect(names).toEqual(expect.arrayContaining(["@xmldom"]));
  });

  test("termscore --version, and a scan of a .docx and of standard input, outside the repository", () => {
    const version = run(termscore(), ["--version"], { cwd: work });
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).version);

    fs.copyFileSync(path.join(root, "samples", "agency-msa-sow.docx"), path.join(work, "contract.docx"));
    const scan = run(termscore(), ["scan", "--json", "contract.docx"], { cwd: work });
    expect(scan.stderr).toBe("");
    expect(scan.status).toBe(0);
    const report = JSON.parse(scan.stdout);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings[0].paragraphNumber).toBe(report.findings[0].paragraph + 1);

    const piped = run(termscore(), ["scan", "--fail-on", "high", "-"], { cwd: work, input: "The Agency may process the Deliverables to train its machine learning models.\n" });
    expect(piped.status).toBe(1);
    expect(piped.stdout).toMatch(/TermScore: \d+\/100/);

    const review = run(termscore(), ["review", "contract.docx", "-o", "out/contract.reviewed.docx"], { cwd: work });
    expect(review.status).toBe(0);
    expect(fs.existsSync(path.join(work, "out", "contract.reviewed.docx"))).toBe(true);
  });
});

