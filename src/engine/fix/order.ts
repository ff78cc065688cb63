import type { Finding, Severity } from "../types";
import { SEVERITY_ORDER } from "../report/labels";

/** 0 for high, 1 for medium, 2 for low (the order of SEVERITY_ORDER; anything unknown ranks as low). */
export function severityRank(severity: Severity | string): number {
  const i = SEVERITY_ORDER.indexOf(severity as Severity);
  return i < 0 ? SEVERITY_ORDER.length - 1 : i;
}

/**
 * Findings in the order fixes are written (the pane's Apply all and `termscore review`): high
 * severity first, then document order, so that where two fixes touch the same words the graver
 * risk's fix is the one written.
 */
export function applyAllOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || a.paragraph - b.paragraph || a.start - b.start);
}
