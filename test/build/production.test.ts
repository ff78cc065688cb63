// A production build for a real host, as `npm run package -- URL` makes it: every manifest URL
// under that address and none on localhost, schema-valid offline, icons and pages present in
// dist/, the support and privacy pages say what they must, and a zip to upload.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync, spawnSync } from "child_process";
import JSZip from "jszip";
import { DOMParser } from "@xmldom/xmldom";

const root = path.join(__dirname, "..", "..");
const URL_BASE = "https://contracts.example.org/termscore/";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkDist } = require("../../scripts/check-dist.js") as { checkDist: (dir: string, o: { baseUrl?: string | null; requireSchema?: boolean }) => string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const manifestLib = require("../../scripts/manifest.js") as {
  renderManifest: (xml: string, o: { baseUrl?: string; version?: string }) => string;
  productionProblems: (xml: string, base?: string) => string[];
  normalizeBaseUrl: (u: string) => string;
};

const haveXmllint = spawnSync("xmllint", ["--version"]).status === 0;
let work: string;
let dist: string;
let release: string;
let packageOut: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), "termscore-prod-"));
  dist = path.join(work, "dist");
  release = path.join(work, "release");
  packageOut = execFileSync(process.execPath, [path.join(root, "scripts", "package.js"), URL_BASE, "--contact", "help@example.org", "--dist", dist, "--release", release], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 600_000,
  });
}, 600_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) out.push(...textFiles(full));
    else if (/\.(html|xml|css|txt)$/.test(name)) out.push(full);
  }
  return out;
}

describe("production build for https://contracts.example.org/termscore/", () => {
  test("passes the dist check: schema-valid, no localhost, every URL a file of the right kind", () => {
    expect(checkDist(dist, { baseUrl: URL_BASE, requireSchema: haveXmllint || !!process.env.CI })).toEqual([]);
    // The check is not vacuous: the development build fails it.
    expect(checkDist(dist, { baseUrl: "https://elsewhere.example.net/" }).length).toBeGreaterThan(0);
  });

  test("every URL in the manifest is under the host; nothing in dist/'s pages names localhost", () => {
    const xml = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    const doc = new DOMParser().parseFromString(xml, "text/xml");
    const urls = Array.from(doc.getElementsByTagName("*")).flatMap((e) => {
      const v = e.getAttribute("DefaultValue");
      return v && /^\w+:\/\//.test(v) ? [v] : [];
    });
    expect(urls.length).toBeGreaterThanOrEqual(14);
    for (const u of urls) expect(u.startsWith(URL_BASE)).toBe(true);
    expect(Array.from(doc.getElementsByTagName("AppDomain")).map((e) => e.textContent)).toEqual(["https://contracts.example.org"]);
    for (const f of textFiles(dist)) expect([f, /localhost|127\.0\.0\.1/.test(fs.readFileSync(f, "utf8"))]).toEqual([f, false]);
    const support = Array.from(doc.getElementsByTagName("SupportUrl"))[0].getAttribute("DefaultValue");
    expect(support).toBe(`${URL_BASE}support.html`);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(doc.getElementsByTagName("Version")[0].textContent).toBe(`${pkg.version}.0`);
  });

  test("support and privacy pages: what it does, nothing leaves the machine, help, not legal advice", () => {
    const support = fs.readFileSync(path.join(dist, "support.html"), "utf8");
    const privacy = fs.readFileSync(path.join(dist, "privacy.html"), "utf8");
    expect(support).toMatch(/What TermScore does/);
    expect(support).toMatch(/Nothing leaves your computer/);
    expect(support).toMatch(/not legal advice/);
    // (copied pages may come out minified: attribute quotes are optional)
    expect(support).toMatch(/href="?mailto:help@example\.org[">]/);
    expect(support).toMatch(/href="?privacy\.html[">]/);
    expect(privacy).toMatch(/does not upload the document/);
    expect(privacy).not.toMatch(/\{\{CONTACT\}\}/);
    for (const page of [support, privacy, fs.readFileSync(path.join(dist, "index.html"), "utf8")]) {
      const links = [...page.matchAll(/(?:href|src)="?([^"\s>#]+)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l));
      expect(links.length).toBeGreaterThan(2);
      for (const link of links) expect([link, fs.existsSync(path.join(dist, link))]).toEqual([link, true]);
    }
  });

  test("npm run package writes the zip to upload and the manifest to install", async () => {
    expect(packageOut).toMatch(/termscore-word-addin-.*\.zip: unpack it/);
    const zipName = fs.readdirSync(release).find((n) => n.endsWith(".zip"))!;
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(release, zipName)));
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(["manifest.xml", "taskpane.html", "support.html", "privacy.html", "index.html", "assets/icon-80.png"]));
    expect(fs.readFileSync(path.join(release, "manifest.xml"), "utf8")).toBe(fs.readFileSync(path.join(dist, "manifest.xml"), "utf8"));
  });
});

describe("a production manifest never points at localhost", () => {
  const template = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

  test("rendering moves every development URL and drops the comments", () => {
    const out = manifestLib.renderManifest(template, { baseUrl: URL_BASE, version: "2.3.4" });
    expect(manifestLib.productionProblems(out, URL_BASE)).toEqual([]);
    expect(out).toContain("<Version>2.3.4.0</Version>");
    expect(manifestLib.productionProblems(template, URL_BASE).join("\n")).toMatch(/localhost/);
  });

  test("the build's manifest step fails on a stray localhost URL the rewrite does not cover", () => {
    const stray = template.replace(/<SupportUrl DefaultValue="[^"]*"\/>/, '<SupportUrl DefaultValue="http://localhost:8080/help.html"/>');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require("../../webpack.config.js")({ url: URL_BASE }, { mode: "production" });
    const copy = config.plugins.find((p: { patterns?: unknown[] }) => Array.isArray(p.patterns));
    const pattern = copy.patterns.find((p: { to?: string }) => p.to === "manifest.xml");
    expect(() => pattern.transform.transformer(Buffer.from(stray), "manifest.xml")).toThrow(/not fit for production: .*localhost/);
    expect(String(pattern.transform.transformer(Buffer.from(template), "manifest.xml"))).not.toMatch(/localhost/);
    // Without a URL it is the development manifest, untouched apart from the version.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const dev = require("../../webpack.config.js")({}, { mode: "production" });
    const devPattern = dev.plugins.find((p: { patterns?: unknown[] }) => Array.isArray(p.patterns)).patterns.find((p: { to?: string }) => p.to === "manifest.xml");
    expect(String(devPattern.transform.transformer(Buffer.from(template), "manifest.xml"))).toContain("https://localhost:3000/taskpane.html");
  });

  test.each([
    ["http://contracts.example.org/", /only over HTTPS/],
    ["https://localhost:3000/", /cannot point at this machine/],
    ["https://127.0.0.1/termscore/", /cannot point at this machine/],
    ["contracts.example.org", /not a URL/],
    ["https://contracts.example.org/x?y=1", /query/],
  ])("the build refuses %s with one plain line", (url, message) => {
    const r = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js", { paths: [root] }), "--mode", "production", "--env", `url=${url}`, "--output-path", path.join(work, "never")], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(fs.existsSync(path.join(work, "never"))).toBe(false);
  });

  test("a URL without a trailing slash is a folder", () => {
    expect(manifestLib.normalizeBaseUrl("https://contracts.example.org/termscore")).toBe(URL_BASE);
  });
});
