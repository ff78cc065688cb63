import type { Report, Severity } from "../engine/types";

const RANK: Record<Severity, number> = { low: 1, medium: 2, high: 3 };

/** --fail-on: a finding of that severity or graver in any report. */
export function failed(reports: readonly Report[], failOn?: Severity): boolean {
  if (!failOn) return false;
  return reports.some((r) => r.findings.some((f) => RANK[f.severity] >= RANK[failOn]));
}
