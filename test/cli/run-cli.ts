// Runs the CLI's main() as a real process (what bin/termscore.js does after `npm run build:cli`).
import { main } from "../../src/cli";

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`termscore: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  }
);
