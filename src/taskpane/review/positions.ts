/**
 * Positions a finding does not offer, and why, in plain words: the pane shows them instead of
 * leaving the choice silently out (issue 12: "where a position does not apply the pane and CLI
 * say so instead of silently writing the primary wording").
 */
import type { Finding, Position } from "../../engine/types";
import { POSITION_LABEL } from "../../engine/report/labels";
// the engine's own test (exported by engine/fix/clause.ts), from its import-free module
import { HAS_OPT_OUT } from "../../engine/fix/optOut";

/** The engine's fallbacks, in the order the pane offers them. */
export const FALLBACKS: readonly Position[] = ["opt-out", "project-scope"];

export interface PositionGap {
  position: Position;
  /** "Right to opt out does not apply here: the clause already lets you opt out." */
  text: string;
}

/**
 * Why each fallback the finding does not offer is missing. `project` is the project the contract
 * points at (a Statement of Work, an Order Form…), null when it describes none. `fromPlaybook`: the
 * user's playbook sets this rule's wording, so a position it leaves out is its choice.
 */
export function positionGaps(finding: Finding, paragraphText: string, project: string | null, fromPlaybook = false): PositionGap[] {
  if (!finding.suggestions.length) return [];
  const offered = new Set(finding.suggestions.map((s) => s.position));
  const out: PositionGap[] = [];
  for (const position of FALLBACKS) {
    if (offered.has(position)) continue;
    let why: string;
    if (position === "opt-out" && HAS_OPT_OUT.test(paragraphText)) why = "the clause already lets you opt out, so offering it again adds nothing";
    else if (position === "project-scope" && project === null) why = "the contract describes no project or statement of work to limit the use to";
    else if (fromPlaybook) why = "your playbook does not offer it for this kind of clause";
    else why = "TermScore has no wording for it that fits this clause";
    out.push({ position, text: `${POSITION_LABEL[position]} does not apply here: ${why}.` });
  }
  return out;
}
