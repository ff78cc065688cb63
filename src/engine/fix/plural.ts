/**
 * Singular or plural: work terms ("it" / "them") and counts ("1 finding", "3 findings"). A module
 * of its own, with no imports, so that the pane's page (its panels and status lines, the playbook
 * wording) and the CLI's summaries take only this and not the suggestion writer; the drafting
 * (fill.ts, the addendum), the reports and the comparison of rounds import it from here too.
 */

/** True when a defined term names several things ("the Deliverables", "the Materials"), not "the Work Product". */
export function isPlural(term: string): boolean {
  const last = term.trim().split(/\s+/).pop() ?? "";
  return /s$/i.test(last) && !/(?:ss|us|is|ics)$/i.test(last);
}

/**
 * A count with its noun: "1 finding", "3 findings"; `none` for zero when given ("no risky clauses").
 * @example countOf(2, "risky clause") → "2 risky clauses"
 */
export function countOf(n: number, singular: string, options: { plural?: string; none?: string } = {}): string {
  if (n === 0 && options.none !== undefined) return options.none;
  return `${n} ${n === 1 ? singular : (options.plural ?? `${singular}s`)}`;
}

/** "it" for one thing, "them" for several. */
export function itOrThem(n: number): "it" | "them" {
  return n === 1 ? "it" : "them";
}
