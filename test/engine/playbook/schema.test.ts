/** The published JSON Schema: generated from the engine, and the default playbook is valid against it (checked by ajv, an independent validator). */
import * as fs from "fs";
import * as path from "path";
import Ajv from "ajv";
import { defaultPlaybook, playbookProblems, playbookSchema } from "../../../src/engine/playbook";
import { RULES } from "../../../src/engine/rules";
import { TEST_PLAYBOOK } from "./fixtures";

const FILE = path.join(__dirname, "..", "..", "..", "schemas", "playbook.schema.json");
const published = JSON.parse(fs.readFileSync(FILE, "utf8"));
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(published);

describe("schemas/playbook.schema.json", () => {
  test("is the schema the engine generates (run `npx tsx scripts/playbook-schema.ts` after adding a rule)", () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(playbookSchema())));
  });

  test("the built-in default playbook is valid against it, for ajv and for TermScore's own checker", () => {
    const d = defaultPlaybook();
    expect(validate(d)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(playbookProblems(d)).toEqual([]);
    // it covers every rule, in the same format a user writes
    expect(Object.keys(d.rules ?? {}).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(validate(TEST_PLAYBOOK)).toBe(true);
  });

  test("ajv and the built-in checker agree on what the schema refuses", () => {
    const bad: unknown[] = [
      { version: 2 },
      { version: 1, rules: { "feedback/nope": {} } },
      { version: 1, rules: { "feedback/feedback-rights": { severity: "extreme" } } },
      { version: 1, rules: { "feedback/feedback-rights": { enabled: "no" } } },
      { version: 1, addendum: { sections: { survival: "maybe" } } },
      { version: 1, categories: { feedback: { fallbacks: [{ position: "opt-out", placement: "end-of-sentence" }] } } },
      { name: "no version" },
    ];
    for (const b of bad) {
      expect(validate(b)).toBe(false);
      expect(playbookProblems(b).length).toBeGreaterThan(0);
    }
  });
});

test("the README's example playbook is valid, and its error example is what the checker says", () => {
  const readme = fs.readFileSync(path.join(__dirname, "..", "..", "..", "README.md"), "utf8");
  const at = readme.indexOf("## Playbook");
  const example = /```json\n([^]*?)```/.exec(readme.slice(at))![1];
  expect(playbookProblems(JSON.parse(example))).toEqual([]);
  expect(validate(JSON.parse(example))).toBe(true);
  const errors = /```\n(termscore: team\.json[^]*?)```/.exec(readme.slice(at))![1].trim().split("\n").slice(1);
  const bad = { version: 1, colour: "red", rules: { "feedback/feedback-rights": { enabled: "no", comment: "{client} may not" } } };
  expect(playbookProblems(bad).map((p) => `  ${p.path}: ${p.message}`)).toEqual(errors);
});
