/** The party names the review uses: what the engine detected, overridden by the user's edits. */
import type { Report } from "../../engine/types";
import type { PartyNames } from "./state";

const KEYS = ["agency", "contractor", "work"] as const;

/** Effective party names: detected ones, overridden by the user's non-empty edits. */
export function effectiveParties(report: Report | null, overrides: Partial<PartyNames>): Partial<PartyNames> {
  const out: Partial<PartyNames> = {};
  for (const key of KEYS) {
    const v = overrides[key]?.trim();
    if (v) out[key] = v;
    else if (report) out[key] = report.parties[key];
  }
  return out;
}

/** Only the user's non-empty edits (what the engine is told to use instead of what it read). */
export function overridesOnly(overrides: Partial<PartyNames>): Partial<PartyNames> {
  return effectiveParties(null, overrides);
}
