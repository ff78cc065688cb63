#!/usr/bin/env node
"use strict";
// The exit code is set, never forced with process.exit(): Node then exits only once stdout and
// stderr have drained, so a report piped into another program (`| jq`) is never cut.
let cli;
try {
  cli = require("../lib/cli/index.js");
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && /lib[\\/]cli/.test(String(err.message))) {
    process.stderr.write("termscore: not built yet; run `npm run build:cli` first\n");
    process.exitCode = 2;
    return;
  }
  throw err;
}
// The reader went away (`| head`): stop quietly, as other command-line tools do.
process.stdout.on("error", (e) => {
  if (e && e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});
cli.main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`termscore: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
);
