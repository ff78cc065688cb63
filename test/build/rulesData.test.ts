// The pane's build ships the default playbook as data computed at build time
// (scripts/defaultPlaybookLoader.js) and each rule's first invalid example only
// (scripts/ruleExamplesLoader.js). These check that what the pane gets answers exactly what the
// source computes, and that the loaders refuse what they do not know how to handle.
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { RULES, type RuleData } from "../../src/engine/rules";
import { defaultPlaybook, ruleDefaults } from "../../src/engine/playbook/defaults";
import type { Playbook } from "../../src/engine/playbook";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const playbookLoader = require("../../scripts/defaultPlaybookLoader.js") as { generate: (file: string, source: string, json?: string) => string; exportedNames: (file: string, source: string) => string[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const examplesLoader = require("../../scripts/ruleExamplesLoader.js") as (this: { resourcePath: string }, source: string) => string;

const DEFAULTS = path.join(__dirname, "../../src/engine/playbook/defaults.ts");
const RULES_DIR = path.join(__dirname, "../../src/engine/rules");

interface Generated {
  defaultPlaybook(): Playbook;
  ruleDefaults(rule: RuleData): ReturnType<typeof ruleDefaults>;
}

/** The generated module, compiled as webpack's ts-loader would and run (it imports types only). */
function load(code: string): Generated {
  const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  const mod = { exports: {} as Generated };
  new Function("module", "exports", "require", js)(mod, mod.exports, () => {
    throw new Error("the generated module must not import anything at run time");
  });
  return mod.exports;
}

describe("the default playbook as data (scripts/defaultPlaybookLoader.js)", () => {
  const source = fs.readFileSync(DEFAULTS, "utf8");
  let built: Generated;
  beforeAll(() => {
    built = load(playbookLoader.generate(DEFAULTS, source)); // computes in a child process, on the source
  });

  test("defaultPlaybook() is the one the source computes, and a fresh copy each call", () => {
    expect(built.defaultPlaybook()).toEqual(defaultPlaybook());
    const a = built.defaultPlaybook();
    a.rules![RULES[0].id].severity = "low";
    delete a.rules![RULES[1].id];
    expect(built.defaultPlaybook()).toEqual(defaultPlaybook());
  });

  test("ruleDefaults(rule) is the source's for every rule; a rule it was not built with is an error, not a silent blank", () => {
    for (const rule of RULES) expect([rule.id, built.ruleDefaults(rule)]).toEqual([rule.id, ruleDefaults(rule)]);
    expect(() => built.ruleDefaults({ ...(RULES[0] as RuleData), id: "made-up/rule" })).toThrow("no built-in settings for rule made-up/rule");
  });

  test("the generated module holds the playbook, not the examples it was built from", () => {
    const code = playbookLoader.generate(DEFAULTS, source, JSON.stringify(defaultPlaybook()));
    const text = JSON.stringify(defaultPlaybook().rules![RULES[0].id].preferred);
    expect(code).toContain(text.slice(1, -1));
    expect(code).not.toContain(RULES[0].examples.invalid[1] ?? RULES[0].examples.invalid[0]);
  });

  test("the build fails when defaults.ts exports something the loader does not precompute, or computes nothing", () => {
    expect(playbookLoader.exportedNames(DEFAULTS, source)).toEqual(["defaultPlaybook", "ruleDefaults"]);
    const json = JSON.stringify(defaultPlaybook());
    expect(() => playbookLoader.generate(DEFAULTS, `${source}\nexport const extra = 1;\n`, json)).toThrow(/exports defaultPlaybook, extra, ruleDefaults/);
    expect(() => playbookLoader.generate(DEFAULTS, `${source}\nexport { template };\n`, json)).toThrow(/exports defaultPlaybook, ruleDefaults, template/);
    // types are fine: nothing to compute
    expect(() => playbookLoader.generate(DEFAULTS, `${source}\nexport type Extra = number;\n`, json)).not.toThrow();
    expect(() => playbookLoader.generate(DEFAULTS, source, JSON.stringify({ version: 1, rules: {} }))).toThrow(/computed no rules/);
  });
});

describe("the rules' examples in the pane's build (scripts/ruleExamplesLoader.js)", () => {
  const files = fs.readdirSync(RULES_DIR).filter((f) => f.endsWith(".ts"));
  const out = files.map((f) => examplesLoader.call({ resourcePath: path.join(RULES_DIR, f) }, fs.readFileSync(path.join(RULES_DIR, f), "utf8"))).join("\n");
  const holds = (sentence: string) => out.includes(sentence) || out.includes(JSON.stringify(sentence).slice(1, -1));

  test("each rule keeps its first invalid example (the Playbook tab's preview) and no other example", () => {
    const rules: readonly RuleData[] = RULES;
    const first = rules.map((r) => r.examples.invalid[0]);
    const others = rules.flatMap((r) => [...r.examples.invalid.slice(1), ...r.examples.valid]).filter((s) => !first.includes(s));
    expect(others.length).toBeGreaterThan(50);
    expect(first.filter((s) => !holds(s))).toEqual([]);
    expect(others.filter(holds)).toEqual([]);
  });

  test("a rule whose examples are not literal lists, or with no invalid example, fails the build", () => {
    const run = (src: string) => () => examplesLoader.call({ resourcePath: "x.ts" }, src);
    expect(run('export const R = [{ id: "a/b", examples: { valid: [], invalid: [] } }];')).toThrow(/non-empty `invalid` list/);
    expect(run('export const R = [{ id: "a/b", examples: { valid: V, invalid: ["x"] } }];')).toThrow(/literal `valid` list/);
    expect(run('export const R = [{ id: "a/b", examples: { valid: ["v"], invalid: ["x", "y"] } }];')()).toBe('export const R = [{ id: "a/b", examples: { valid: [], invalid: ["x"] } }];');
  });
});
