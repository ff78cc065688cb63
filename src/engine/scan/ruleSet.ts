/**
 * The rule set in use: compiled once, with the structural checks that every load needs (ids unique
 * and prefixed by their category, patterns compile). Whether each rule flags its own `invalid`
 * examples and none of its `valid` ones is the rules' test (`checkRules`, run by
 * test/engine/rules.test.ts and on every rule change), not work for each start of the pane or CLI:
 * it scans every example as a whole document. The whole-document scan (`scanDocument`) lives here too.
 */
import { RULES, type RuleData } from "../rules";
import type { AnalyzeOptions, Finding, Paragraph, Parties, Protection } from "../types";
import { compile, type CompiledRule } from "./compile";
import { collect, sanitise, scanAll } from "./document";

let compiled: CompiledRule[] | null = null;

/** Compiles the rules; throws with every structural problem listed (ids, prefixes, patterns). */
function compileRules(rules: readonly RuleData[], problems: string[]): CompiledRule[] {
  const ids = new Set<string>();
  const out: CompiledRule[] = [];
  for (const rule of rules) {
    if (ids.has(rule.id)) problems.push(`duplicate rule id ${rule.id}`);
    ids.add(rule.id);
    if (!rule.id.startsWith(`${rule.category}/`)) problems.push(`${rule.id}: id must start with its category`);
    try {
      out.push(compile(rule));
    } catch (e) {
      problems.push(`${rule.id}: pattern does not compile (${(e as Error).message})`);
    }
  }
  return out;
}

function fail(problems: string[]): never {
  throw new Error(`TermScore rules failed to load:\n- ${problems.join("\n- ")}`);
}

/**
 * Compiles the rules and checks them in full: the structural checks, then each rule flags its own
 * `invalid` examples and none of its `valid` ones. Throws with every problem listed.
 */
export function checkRules(rules: readonly RuleData[] = RULES): CompiledRule[] {
  const problems: string[] = [];
  const out = compileRules(rules, problems);
  if (problems.length === 0) {
    for (const c of out) {
      for (const ex of c.rule.examples.invalid) {
        const r = scanDocument([{ text: ex }], out, null);
        if (!r.findings.some((f) => f.ruleId === c.rule.id)) problems.push(`${c.rule.id}: does not flag its invalid example "${ex}"`);
      }
      for (const ex of c.rule.examples.valid) {
        const r = scanDocument([{ text: ex }], out, null);
        if (r.findings.some((f) => f.ruleId === c.rule.id)) problems.push(`${c.rule.id}: flags its valid example "${ex}"`);
      }
    }
  }
  if (problems.length) fail(problems);
  return out;
}

/** The bundled rules, compiled on first use (their examples are checked by the tests, see above). */
export function rules(): CompiledRule[] {
  if (!compiled) {
    const problems: string[] = [];
    const out = compileRules(RULES, problems);
    if (problems.length) fail(problems);
    compiled = out;
  }
  return compiled;
}

export interface ScanResult {
  findings: Finding[];
  protections: Protection[];
  mentionsAi: boolean;
  addendumIndex: number;
  parties: Parties;
}

/** Scans a whole document (used by the rule loader's example checks and by the default playbook, playbook/defaults.ts). */
export function scanDocument(input: readonly Paragraph[], crs: readonly CompiledRule[] = rules(), options: AnalyzeOptions | null = null): ScanResult {
  const scan = scanAll(sanitise(input), crs, options);
  const { findings, protections } = collect(scan);
  return { findings, protections, mentionsAi: scan.mentionsAi, addendumIndex: scan.addendumIndex, parties: scan.parties };
}
