#!/usr/bin/env node
// Checks a built add-in folder before it is uploaded:
//   node scripts/check-dist.js [DIR] [--url https://HOST/PATH/]
// The manifest must be schema-valid (offline, schemas/), name no localhost when built for a
// real host, and every URL in it must be a file in DIR (icons of the declared size, the pane,
// the support page). Exit 0 when fit, 1 with one line per problem otherwise.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { DEV_BASE, manifestUrls, normalizeBaseUrl, productionProblems } = require("./manifest");

const root = path.join(__dirname, "..");
const SCHEMA = path.join(root, "schemas", "office-addin-manifest-xsd", "OfficeAppManifestV1_1.xsd");

function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.toString("latin1", 1, 4) !== "PNG") return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Schema errors (xmllint, no network), null when xmllint is not installed. */
function schemaErrors(manifestFile) {
  const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, manifestFile], { encoding: "utf8" });
  if (r.error && r.error.code === "ENOENT") return null;
  if (r.status === 0) return [];
  return (r.stderr || "").split("\n").filter((l) => l && !/fails to validate$/.test(l));
}

/**
 * Problems with DIR (empty when fit). `baseUrl` null: a development build (URLs on
 * https://localhost:3000/); otherwise the production address, taken from the manifest when "auto".
 */
function checkDist(dir, { baseUrl = "auto", requireSchema = false } = {}) {
  const problems = [];
  const manifestFile = path.join(dir, "manifest.xml");
  if (!fs.existsSync(manifestFile)) return [`${manifestFile} is missing (run npm run build first)`];
  const xml = fs.readFileSync(manifestFile, "utf8");
  if (baseUrl === "auto") {
    const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(xml);
    baseUrl = source && !source[1].startsWith(DEV_BASE) ? source[1].replace(/[^/]*$/, "") : null;
    if (!baseUrl) problems.push("the manifest points at https://localhost:3000/ (a development build); build with --env url=https://HOST/PATH/");
  }
  const base = baseUrl ? normalizeBaseUrl(baseUrl) : DEV_BASE;
  if (baseUrl) problems.push(...productionProblems(xml, base));

  const errors = schemaErrors(manifestFile);
  if (errors === null) {
    if (requireSchema) problems.push("xmllint is not installed (Debian: apt-get install libxml2-utils), so the manifest was not checked against its schema");
  } else problems.push(...errors.map((e) => `schema: ${e}`));

  for (const url of new Set(manifestUrls(xml))) {
    if (!url.startsWith(base)) continue; // AppDomain (an origin), checked above
    const rel = decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]);
    const file = path.join(dir, rel);
    if (!rel || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      problems.push(`${url} has no file in ${dir} (${rel || "/"})`);
      continue;
    }
    const m = /icon-(\d+)\.png$/.exec(rel);
    if (m) {
      const size = pngSize(file);
      if (!size || size.width !== Number(m[1]) || size.height !== Number(m[1])) problems.push(`${rel} is not a ${m[1]}x${m[1]} PNG`);
    }
  }
  for (const m of xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)) {
    const img = new RegExp(`<bt:Image id="${m[2].replace(/\./g, "\\.")}" DefaultValue="[^"]*icon-(\\d+)\\.png"`).exec(xml);
    if (img && img[1] !== m[1]) problems.push(`${m[2]} is used as a ${m[1]}px icon but is icon-${img[1]}.png`);
  }
  for (const page of ["support.html", "privacy.html", "taskpane.html"]) {
    if (!fs.existsSync(path.join(dir, page))) problems.push(`${page} is missing from ${dir}`);
  }
  return problems;
}

module.exports = { checkDist, schemaErrors };

if (require.main === module) {
  const args = process.argv.slice(2);
  const i = args.indexOf("--url");
  const url = i >= 0 ? args.splice(i, 2)[1] : "auto";
  const dir = path.resolve(args[0] || path.join(root, "dist"));
  const problems = checkDist(dir, { baseUrl: url, requireSchema: true });
  for (const p of problems) process.stderr.write(`check-dist: ${p}\n`);
  if (problems.length) process.exit(1);
  process.stdout.write(`${path.relative(process.cwd(), dir) || "."}: manifest valid, every URL under its host is a file here, support and privacy pages present\n`);
}
