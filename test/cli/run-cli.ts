// Runs the CLI's main() as a real process, as bin/termscore.js does after `npm run build:cli`
// (exit code set, never process.exit(), so piped output drains).
import { main } from "../../src/cli";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`termscore: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  }
);
