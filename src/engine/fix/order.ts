import type { Finding, Severity } from "../types";

/** 0 for high, 1 for medium, 2 for low. */
export function severityRank(severity: Severity | string): number {
  return severity === "high" ? 0 : severity === "medium" ? 1 : 2;
}

/**
 * Findings in the order fixes are written (the pane's Apply all and `termscore review`): high
 * severity first, then document order, so that where two fixes touch the same words the graver
 * risk's fix is the one written.
 */
export function applyAllOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.paragraph - b.paragraph || a.start - b.start);
}
