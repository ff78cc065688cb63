/**
 * A small RuleTester in the ESLint style: tables of valid and invalid cases for one rule.
 * Invalid cases list the expected trigger and, optionally, the paragraph after the primary
 * suggestion is applied. Every suggestion of every invalid case is applied and re-analysed:
 * the same rule must not fire again, and the output must differ from the input.
 */
import { analyze, type Finding, type Report } from "../../src/engine";
import { applySuggestions } from "../support/applySuggestions";

export interface InvalidCase {
  text: string;
  trigger: string;
  /** The paragraph after the primary suggestion is applied. */
  output?: string;
  /** Other positions that must be offered. */
  positions?: Array<"opt-out" | "project-scope">;
}

export interface RuleTable {
  valid: string[];
  invalid: InvalidCase[];
}

export function findingsOf(report: Report, ruleId: string): Finding[] {
  return report.findings.filter((f) => f.ruleId === ruleId);
}

export function applyOne(text: string, f: Finding, index = 0): string {
  return applySuggestions([{ text }], [f.suggestions[index]])[0].text;
}

export function runRuleTable(ruleId: string, table: RuleTable): void {
  const all = [...table.valid, ...table.invalid.map((c) => c.text)];
  if (new Set(all).size !== all.length) throw new Error(`${ruleId}: duplicate test cases`);
  describe(ruleId, () => {
    test.each(table.valid)("valid: %s", (text) => {
      expect(findingsOf(analyze([{ text }]), ruleId)).toEqual([]);
    });
    test.each(table.invalid)("invalid: $text", (c) => {
      const report = analyze([{ text: c.text }]);
      const found = findingsOf(report, ruleId);
      expect(found.map((f) => f.trigger)).toContain(c.trigger);
      const f = found.find((x) => x.trigger === c.trigger)!;
      expect(c.text.slice(f.start, f.end)).toBe(c.trigger);
      if (c.output !== undefined) expect(applyOne(c.text, f)).toBe(c.output);
      for (const pos of c.positions ?? []) expect(f.suggestions.map((s) => s.position)).toContain(pos);
      f.suggestions.forEach((s, i) => {
        expect(c.text.slice(s.start, s.end)).toBe(s.original);
        expect(s.comment.length).toBeGreaterThan(20);
        const out = applyOne(c.text, f, i);
        expect(out).not.toBe(c.text);
        // re-analysing the suggestion's output does not trigger the same rule again
        expect(findingsOf(analyze([{ text: out }]), ruleId)).toEqual([]);
      });
    });
  });
}
