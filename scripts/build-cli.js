#!/usr/bin/env node
// Compiles the command line (src/engine, src/docx, src/cli) into lib/ with tsc, unless lib/ is
// already newer than every source it is built from (so `npm run demo` starts in about a second).
//   node scripts/build-cli.js           build when out of date
//   node scripts/build-cli.js --force   always build
//   node scripts/build-cli.js --clean   remove lib/ first, then build (npm pack's prepack)
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const lib = path.join(root, "lib");
const stamp = path.join(lib, ".built");
const sources = ["src/engine", "src/docx", "src/cli", "src/host", "tsconfig.cli.json", "tsconfig.json", "package.json", "package-lock.json"];

function newest(p) {
  let st;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let t = st.mtimeMs; // a deleted file changes its folder's time
  for (const name of fs.readdirSync(p)) t = Math.max(t, newest(path.join(p, name)));
  return t;
}

function upToDate() {
  let built;
  try {
    built = fs.statSync(stamp).mtimeMs;
  } catch {
    return false;
  }
  return sources.every((s) => newest(path.join(root, s)) <= built);
}

const args = process.argv.slice(2);
const clean = args.includes("--clean");
if (!clean && !args.includes("--force") && upToDate()) {
  process.stderr.write("lib/ is up to date (node scripts/build-cli.js --force rebuilds it)\n");
  process.exit(0);
}
// A clean build also drops compiled files whose source was removed.
if (clean || fs.existsSync(lib)) fs.rmSync(lib, { recursive: true, force: true });
const tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
const started = Date.now();
// tsc reports errors on stdout; they go to stderr so `npm pack --json` keeps a clean stdout.
const r = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.cli.json")], { stdio: ["ignore", 2, 2] });
if (r.status !== 0) process.exit(r.status ?? 1);
fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
process.stderr.write(`compiled the CLI into lib/ in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
