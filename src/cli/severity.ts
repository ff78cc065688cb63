import type { Report, Severity } from "../engine/types";
import { severityRank } from "../engine/fix/order";

/** --fail-on: a finding of that severity or graver in any report. */
export function failed(reports: readonly Report[], failOn?: Severity): boolean {
  if (!failOn) return false;
  return reports.some((r) => r.findings.some((f) => severityRank(f.severity) <= severityRank(failOn)));
}
