/**
 * What Apply all sends to the document, decided before anything is written: the chosen wording of
 * every finding, in `applyAllOrder` (graver risk first, then document order), planned with the
 * engine's one planner (`planEdits`): list order wins, so where two fixes touch the same words the
 * graver finding's fix is written, and every finding left out is reported with the reason.
 */
import { planEdits } from "../../engine/edit/plan";
import { chosenSuggestion, requestFor } from "../../engine/edit/request";
import { applyAllOrder } from "../../engine/fix/order";
import type { Finding, Paragraph, Position } from "../../engine/types";
import type { ApplyItemResult, ApplyRequest } from "../../host/types";
import type { ApplySummary, SummaryItem } from "./state";
import { CATEGORY_LABEL } from "../../engine/report/labels";
import { clauseLabel } from "../review/clause";

export interface ApplyAllPlan {
  /** The edits to write, in priority order. */
  requests: ApplyRequest[];
  /** Findings left out, in priority order, each with the reason. */
  skipped: SummaryItem[];
  /** Findings whose chosen position they no longer offer: their primary wording is written instead. */
  notApplicable: number;
}

export const SKIPPED = {
  noWording: "no suggested wording for this one",
  overlap: "it overlaps a change made for a more serious finding; re-scan to see if it is still needed",
  same: "the same change is made for a more serious finding; re-scan to see if it is still needed",
} as const;

/** Where a finding is and what it is about, as the pane heads it: "§ 6.2 · Data pooling". */
export function headingOf(f: Finding, paragraphs: readonly Paragraph[]): string {
  return `${clauseLabel(paragraphs, f.paragraph)} · ${CATEGORY_LABEL[f.category]}`;
}

/** What the summary calls a finding: its heading and its words, "§ 3.4 · Passing your work on (“sublicense”)". */
export function titleOf(f: Finding, paragraphs: readonly Paragraph[]): string {
  return `${headingOf(f, paragraphs)} (“${f.trigger}”)`;
}

/** Plans Apply all over these findings, with the user's positions, against the scanned paragraphs. */
export function planApplyAll(findings: readonly Finding[], positions: Record<string, Position>, paragraphs: readonly Paragraph[]): ApplyAllPlan {
  const ordered = applyAllOrder(findings);
  let notApplicable = 0;
  const spans = ordered.map((f) => {
    const wanted = positions[f.id];
    // a position chosen for a finding that no longer offers it: the primary wording goes in, and the user is told
    if (wanted && f.suggestions.length && !f.suggestions.some((x) => x.position === wanted)) notApplicable++;
    return chosenSuggestion(f, wanted) ? requestFor(f, paragraphs, wanted) : null;
  });
  const plan = planEdits(spans);
  const requests: ApplyRequest[] = [];
  const skipped: SummaryItem[] = [];
  ordered.forEach((f, i) => {
    const verdict = plan.verdicts[i];
    const request = spans[i];
    if (request && verdict?.kind === "write") requests.push(request);
    else {
      const message = !verdict ? SKIPPED.noWording : verdict.kind === "same" ? SKIPPED.same : SKIPPED.overlap;
      // left out because a graver finding's change already covers its words: summarised in one line
      const covered = verdict ? { covered: true, clause: clauseLabel(paragraphs, f.paragraph) } : {};
      skipped.push({ id: f.id, title: titleOf(f, paragraphs), status: "skipped", message, ...covered });
    }
  });
  return { requests, skipped, notApplicable };
}

/** The summary of a write: each result under its finding's title, then the findings left out. */
export function summarise(action: ApplySummary["action"], results: ApplyItemResult[], byId: Map<string, Finding>, paragraphs: readonly Paragraph[], skipped: SummaryItem[] = []): ApplySummary {
  return {
    action,
    items: [
      ...results.map((r) => ({
        id: r.id,
        title: byId.has(r.id) ? titleOf(byId.get(r.id) as Finding, paragraphs) : r.id,
        status: r.status,
        message: r.message,
      })),
      ...skipped,
    ],
  };
}
