/** Writes schemas/playbook.schema.json from src/engine/playbook/schema.ts (test/engine/playbook keeps them equal). */
import * as fs from "fs";
import * as path from "path";
import { playbookSchema } from "../src/engine/playbook/schema";

const file = path.join(__dirname, "..", "schemas", "playbook.schema.json");
fs.writeFileSync(file, JSON.stringify(playbookSchema(), null, 2) + "\n");
console.log(`wrote ${path.relative(process.cwd(), file)}`);
