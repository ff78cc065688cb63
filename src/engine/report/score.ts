/**
 * The 0–100 score: 100 minus points for risky findings (per category, capped) and for missing
 * protections. Every deduction comes with a plain sentence, so a freelancer can follow it.
 */
import { CATEGORIES, PROTECTION_KINDS } from "../types";
import { CATEGORY_LABEL, PROTECTION_NAME } from "./labels";
import type { Category, CategoryScore, Finding, ProtectionKind, ProtectionScore, ScoreBreakdown, Severity } from "../types";
import { countOf } from "../fix/plural";

const SEVERITY_POINTS: Record<Severity, number> = { high: 15, medium: 8, low: 4 };

/** Most points one category can take away. */
const CATEGORY_CAP: Record<Category, number> = {
  "ai-training-grant": 45,
  "broad-license": 20,
  "ambiguous-purpose": 15,
  "data-aggregation": 15,
  feedback: 10,
  anonymization: 12,
  sublicensing: 15,
  ownership: 10,
};

const PROTECTION_POINTS: Record<ProtectionKind, number> = {
  "no-ai-training": 14,
  "ai-definition": 3,
  "derivative-data": 3,
  "data-deletion": 4,
  "audit-rights": 2,
  "injunctive-relief": 2,
  survival: 2,
};

/** Kept here too for the modules that import it from the score. */
export { PROTECTION_NAME };

function deduction(findings: readonly Finding[], category: Category): number {
  let sum = 0;
  for (const f of findings) if (f.category === category) sum += SEVERITY_POINTS[f.severity];
  return Math.min(sum, CATEGORY_CAP[category]);
}

export function computeScore(
  findings: readonly Finding[],
  present: ReadonlySet<ProtectionKind>,
  afterFindings: readonly Finding[],
  afterPresent: ReadonlySet<ProtectionKind>,
  mentionsAi: boolean,
): { score: number; scoreIfAccepted: number; breakdown: ScoreBreakdown } {
  const lowered: string[] = [];
  const wouldRaise: string[] = [];
  const categories: CategoryScore[] = CATEGORIES.map((category) => {
    const n = findings.filter((f) => f.category === category).length;
    const deducted = deduction(findings, category);
    const deductedIfAccepted = deduction(afterFindings, category);
    const explanation =
      n === 0
        ? `${CATEGORY_LABEL[category]}: none found.`
        : `${CATEGORY_LABEL[category]}: ${countOf(n, "finding")}, −${deducted} points.`;
    if (n > 0) {
      lowered.push(`${CATEGORY_LABEL[category]}: ${countOf(n, "clause")} cost ${deducted} points.`);
      if (deducted > deductedIfAccepted) wouldRaise.push(`Accept the suggested edits for “${CATEGORY_LABEL[category]}” (+${deducted - deductedIfAccepted}).`);
    }
    return { category, deducted, deductedIfAccepted, findings: n, explanation };
  });
  const protections: ProtectionScore[] = PROTECTION_KINDS.map((kind) => {
    const isPresent = present.has(kind);
    const deducted = isPresent ? 0 : PROTECTION_POINTS[kind];
    if (!isPresent) {
      lowered.push(`Missing ${PROTECTION_NAME[kind]} (−${deducted}).`);
      wouldRaise.push(`Add ${PROTECTION_NAME[kind]}, e.g. with the "Prohibition on AI Training" addendum (+${deducted}).`);
    }
    return { kind, present: isPresent, deducted, explanation: isPresent ? `Has ${PROTECTION_NAME[kind]}.` : `Missing ${PROTECTION_NAME[kind]}: −${deducted} points.` };
  });
  if (!mentionsAi) lowered.unshift("The contract never mentions AI, machine learning or data ingestion, so nothing in it keeps your work out of AI training.");
  const total = categories.reduce((s, c) => s + c.deducted, 0) + protections.reduce((s, p) => s + p.deducted, 0);
  let totalAfter = categories.reduce((s, c) => s + c.deductedIfAccepted, 0);
  for (const kind of PROTECTION_KINDS) if (!afterPresent.has(kind)) totalAfter += PROTECTION_POINTS[kind];
  const score = Math.max(0, Math.min(100, 100 - total));
  const scoreIfAccepted = Math.max(score, Math.max(0, Math.min(100, 100 - totalAfter)));
  return { score, scoreIfAccepted, breakdown: { base: 100, categories, protections, lowered, wouldRaise } };
}
