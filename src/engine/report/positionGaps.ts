/**
 * Positions a finding does not offer, and why (issue 12: "where a position does not apply the pane
 * and CLI say so instead of silently writing the primary wording"). One decision, worded from the
 * one table in labels.ts, so the pane's rows and `termscore review`'s summary say the same thing.
 */
import type { Finding, Position } from "../types";
import { HAS_OPT_OUT } from "../fix/optOut";
import { positionGapText, type PositionGapReason } from "./labels";

/** The engine's fallbacks, in the order the pane offers them. */
export const FALLBACKS: readonly Position[] = ["opt-out", "project-scope"];

export interface PositionGap {
  position: Position;
  reason: PositionGapReason;
  /** "Right to opt out does not apply here: the clause already lets you opt out, …." */
  text: string;
}

/**
 * Why `position`, which the finding does not offer, is missing. `project` is the project the
 * contract points at (readConventions(…).project), null when it describes none. `fromPlaybook`: the
 * user's playbook sets this rule's wording, so a position it leaves out is its choice.
 */
function positionGapReason(position: Position, paragraphText: string, project: string | null, fromPlaybook: boolean): PositionGapReason {
  if (position === "opt-out" && HAS_OPT_OUT.test(paragraphText)) return "has-opt-out";
  if (position === "project-scope" && project === null) return "no-project";
  return fromPlaybook ? "playbook" : "no-wording";
}

/** Why each fallback the finding does not offer is missing (nothing when it offers no wording at all). */
export function positionGaps(finding: Finding, paragraphText: string, project: string | null, fromPlaybook = !!finding.playbook?.userWording?.length): PositionGap[] {
  if (!finding.suggestions.length) return [];
  const offered = new Set(finding.suggestions.map((s) => s.position));
  return FALLBACKS.filter((position) => !offered.has(position)).map((position) => {
    const reason = positionGapReason(position, paragraphText, project, fromPlaybook);
    return { position, reason, text: positionGapText(position, reason) };
  });
}
