/**
 * An opt-out the clause already has ("unless the Contractor opts out", "may opt-out"): the opt-out
 * position then adds nothing. One test for the engine (./clause.ts, which re-exports it) and for
 * the pane's explanation of a position it does not offer (taskpane/review/positions.ts); a module
 * without imports, so the pane's page takes this and none of the engine's wording.
 */
export const HAS_OPT_OUT = /\bopt(?:s|ed)?[- ]?outs?\b/i;
