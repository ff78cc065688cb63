#!/usr/bin/env node
"use strict";
let cli;
try {
  cli = require("../lib/cli/index.js");
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && /lib[\\/]cli/.test(String(err.message))) {
    process.stderr.write("termscore: not built yet; run `npm run build` first\n");
    process.exit(2);
  }
  throw err;
}
cli.main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`termscore: ${e && e.message ? e.message : String(e)}\n`);
    process.exit(2);
  }
);
