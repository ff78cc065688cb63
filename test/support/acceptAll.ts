/**
 * The edits Accept All writes for a position: each finding's suggestion in that position, else its
 * primary; an edit shared by several findings once. Shared by the engine's Accept-All tests
 * (test/engine/drafting.test.ts, test/engine/listClause.test.ts).
 */
import type { Finding, Position, Suggestion } from "../../src/engine/types";

export function editsFor(findings: readonly Finding[], position: Position): Suggestion[] {
  const out: Suggestion[] = [];
  for (const f of findings) {
    const s = f.suggestions.find((x) => x.position === position) ?? f.suggestions[0];
    if (!out.some((o) => o.paragraph === s.paragraph && o.start === s.start && o.end === s.end && o.replacement === s.replacement)) out.push(s);
  }
  return out;
}
