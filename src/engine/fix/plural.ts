/**
 * Singular or plural work terms, for "it" / "them" and "has" / "have". A module of its own, with
 * no imports, so that the pane's page (playbook wording, the addendum preview) takes only this and
 * not the suggestion writer (./suggest.ts re-exports it).
 */

/** True when a defined term names several things ("the Deliverables", "the Materials"), not "the Work Product". */
export function isPlural(term: string): boolean {
  const last = term.trim().split(/\s+/).pop() ?? "";
  return /s$/i.test(last) && !/(?:ss|us|is|ics)$/i.test(last);
}
