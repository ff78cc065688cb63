// What `npm ci` installs: nothing that compiles native code or downloads binaries, and
// dependencies sorted by who needs them (the CLI's runtime vs the pane, bundled by webpack).
import * as fs from "fs";
import * as path from "path";
import { builtinModules } from "module";

const root = path.join(__dirname, "..", "..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
const lock = JSON.parse(fs.readFileSync(path.join(root, "package-lock.json"), "utf8"));
const entries = Object.entries(lock.packages as Record<string, { hasInstallScript?: boolean; optional?: boolean; os?: string[]; cpu?: string[]; optionalDependencies?: Record<string, string> }>).filter(([k]) => k);
const nameOf = (key: string) => key.slice(key.lastIndexOf("node_modules/") + "node_modules/".length);

describe("npm ci", () => {
  test("no native build: only install scripts that pick a prebuilt binary shipped as an npm package", () => {
    // esbuild (through tsx) and @parcel/watcher (through jest) take their binary from a per-platform
    // optional package on the registry; their scripts only verify it (@parcel/watcher compiles only
    // when asked with --build-from-source; esbuild downloads only if the optional package is missing).
    const withScripts = entries.filter(([, v]) => v.hasInstallScript).map(([k]) => nameOf(k)).sort();
    expect(withScripts).toEqual(["@parcel/watcher", "esbuild"]);
    for (const [key, v] of entries.filter(([, e]) => e.hasInstallScript)) {
      const platform = Object.keys(v.optionalDependencies ?? {});
      expect(platform.length).toBeGreaterThan(0);
      expect(platform.every((p) => entries.some(([k, e]) => nameOf(k) === p && e.optional && (e.os || e.cpu)))).toBe(true);
      expect(key).not.toMatch(/keytar/);
    }
    const names = new Set(entries.map(([k]) => nameOf(k)));
    for (const native of ["keytar", "node-gyp", "prebuild-install", "office-addin-debugging", "@microsoft/m365agentstoolkit-cli"]) expect(names.has(native)).toBe(false);
  });

  test("npm start / stop run office-addin-debugging on demand, at a pinned version", () => {
    expect(pkg.devDependencies["office-addin-debugging"]).toBeUndefined();
    expect(pkg.scripts.start).toMatch(/^npx --yes office-addin-debugging@\d+\.\d+\.\d+ start manifest\.xml$/);
    expect(pkg.scripts.stop).toMatch(/^npx --yes office-addin-debugging@\d+\.\d+\.\d+ stop manifest\.xml$/);
  });
});

/** Bare package names imported by the TypeScript files under `dir`. */
function imports(dir: string): Set<string> {
  const out = new Set<string>();
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (!/\.tsx?$/.test(name)) continue;
    const text = fs.readFileSync(path.join(dir, name), "utf8");
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^;'"]*?from\s+["']([^"'.][^"']*)["']|import\(\s*["']([^"'.][^"']*)["']\s*\)|require\(\s*["']([^"'.][^"']*)["']\s*\)/g)) {
      const spec = m[1] ?? m[2] ?? m[3];
      const parts = spec.split("/");
      out.add(spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]);
    }
  }
  return out;
}

describe("dependencies", () => {
  const builtins = new Set([...builtinModules, ...builtinModules.map((b) => `node:${b}`)]);
  test("the CLI (engine, docx, cli) needs only the runtime dependency @xmldom/xmldom", () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(["@xmldom/xmldom"]);
    const used = new Set(["engine", "docx", "cli", "host"].flatMap((d) => [...imports(path.join(root, "src", d))]));
    for (const name of used) expect([name, builtins.has(name) || name in pkg.dependencies]).toEqual([name, true]);
    // the .docx zip is read and written with the platform's deflate (src/docx/zip.ts): jszip is only
    // for the tests' fixtures and scripts/package.js, a devDependency; deflate-raw needs Node 20.12
    expect(used.has("@xmldom/xmldom")).toBe(true);
    expect(used.has("jszip")).toBe(false);
    expect(pkg.devDependencies.jszip).toBeDefined();
    expect(pkg.engines.node).toBe(">=20.12");
  });

  test("the pane's libraries are devDependencies (webpack bundles them) and listed for the audit", () => {
    const pane = pkg.termscore.paneDependencies as string[];
    const used = new Set(["taskpane", "word"].flatMap((d) => [...imports(path.join(root, "src", d))]));
    expect(used.size).toBeGreaterThan(1);
    for (const name of used) {
      const ok = name in pkg.dependencies || (pane.includes(name) && name in pkg.devDependencies);
      expect([name, ok]).toEqual([name, true]);
    }
    for (const name of pane) expect(pkg.dependencies[name]).toBeUndefined();
  });
});
