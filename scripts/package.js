#!/usr/bin/env node
// The add-in, ready to upload:
//   npm run package -- https://contracts.example.org/termscore/ [--contact help@example.org]
//   (or TERMSCORE_URL=… npm run package); --dist DIR and --release DIR change where it writes.
// Builds dist/ for that address (webpack, production), checks it (scripts/check-dist.js) and
// writes release/termscore-word-addin-VERSION.zip (the contents of dist/, to unpack at that
// address) and release/manifest.xml (what users or the Microsoft 365 admin center install).
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const JSZip = require("jszip");
const { normalizeBaseUrl } = require("./manifest");
const { checkDist } = require("./check-dist");

const root = path.join(__dirname, "..");
const { version } = require("../package.json");

function fail(msg) {
  process.stderr.write(`package: ${msg}\n`);
  process.exit(2);
}

function files(dir, prefix = "") {
  const out = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) out.push(...files(full, `${prefix}${name}/`));
    else out.push({ full, name: `${prefix}${name}` });
  }
  return out;
}

async function main() {
  const args = process.argv.slice(2);
  const c = args.indexOf("--contact");
  const contact = c >= 0 ? args.splice(c, 2)[1] : process.env.TERMSCORE_CONTACT;
  const d = args.indexOf("--dist");
  const dist = path.resolve(d >= 0 ? args.splice(d, 2)[1] : path.join(root, "dist"));
  const r = args.indexOf("--release");
  const release = path.resolve(r >= 0 ? args.splice(r, 2)[1] : path.join(root, "release"));
  const raw = args[0] || process.env.TERMSCORE_URL;
  let url;
  try {
    url = normalizeBaseUrl(raw);
  } catch (e) {
    fail(`${e.message}\n  usage: npm run package -- https://HOST/PATH/ [--contact EMAIL|URL]`);
  }
  const webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const env = ["--env", `url=${url}`, ...(contact ? ["--env", `contact=${contact}`] : [])];
  process.stdout.write(`building ${path.relative(root, dist) || dist} for ${url} …\n`);
  const built = spawnSync(process.execPath, [webpack, "--mode", "production", "--stats", "errors-warnings", "--output-path", dist, ...env], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  if (built.status !== 0) fail("the build failed (see above)");
  const problems = checkDist(dist, { baseUrl: url, requireSchema: true });
  if (problems.length) fail(`${dist} is not fit to upload:\n  ${problems.join("\n  ")}`);

  fs.mkdirSync(release, { recursive: true });
  const zip = new JSZip();
  for (const f of files(dist)) zip.file(f.name, fs.readFileSync(f.full), { date: new Date("2026-01-01T00:00:00Z") });
  const zipName = `termscore-word-addin-${version}.zip`;
  fs.writeFileSync(path.join(release, zipName), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", platform: "UNIX" }));
  fs.copyFileSync(path.join(dist, "manifest.xml"), path.join(release, "manifest.xml"));
  process.stdout.write(
    [
      `${path.join(path.relative(process.cwd(), release), zipName)}: unpack it so that ${url}taskpane.html serves the pane (any static HTTPS host).`,
      `${path.join(path.relative(process.cwd(), release), "manifest.xml")}: what people install (Word on the web: Upload My Add-in; Mac: the wef folder;`,
      `  a whole organisation: Microsoft 365 admin center → Integrated apps → Upload custom apps).`,
      "",
    ].join("\n")
  );
}

main().catch((e) => fail(e && e.message ? e.message : String(e)));
