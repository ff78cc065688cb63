/**
 * Positions a finding does not offer, and why, in plain words: the pane shows them instead of
 * leaving the choice silently out. The decision and its wording are the engine's
 * (engine/report/positionGaps.ts), shared with the CLI's review summary.
 */
export { FALLBACKS, positionGaps, type PositionGap } from "../../engine/report/positionGaps";
