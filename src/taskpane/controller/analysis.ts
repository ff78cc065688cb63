/**
 * The two analyses behind every score: the current text (TermScore's pending changes as if
 * accepted) and the contract as it stands (without them), and the review list and checklist
 * built from the two.
 */
import type { Paragraph, Report } from "../../engine/types";
import { isBlank, protectionStatus, reviewItems, textAsItStands, type PendingInsertion, type ReviewItem } from "../review/truth";
import { overridesOnly } from "./parties";
import type { AppliedChange, PartyNames, ReviewEngine, ReviewState } from "./state";

/** The part of the state one analysis replaces. */
export type Analysis = Pick<ReviewState, "report" | "standing" | "items" | "protections" | "standingParagraphs" | "blank" | "pending">;

/** One analysis of one text, with the user's dismissals and party names. */
async function analyzeOne(engine: ReviewEngine, paragraphs: Paragraph[], dismissed: string[], overrides: Partial<PartyNames>, onProgress: CheckProgress | undefined, standing: boolean): Promise<Report> {
  return engine.analyze(paragraphs, { dismissed, parties: overridesOnly(overrides), onProgress: onProgress && ((d, t) => onProgress(d, t, standing)) });
}

/** How far an analysis has come: paragraphs `done` of `total`, of the text as it stands when `standing`. */
export type CheckProgress = (done: number, total: number, standing: boolean) => void;

/** Both analyses (one when nothing of ours is pending); a blank document gets no score. */
export async function analyzeBoth(
  engine: ReviewEngine,
  paragraphs: Paragraph[],
  dismissed: string[],
  overrides: Partial<PartyNames>,
  applied: readonly AppliedChange[],
  insertions: readonly PendingInsertion[],
  onProgress?: CheckProgress
): Promise<Analysis> {
  const pending = applied.length + insertions.length;
  if (isBlank(paragraphs)) return { report: null, standing: null, items: [], protections: null, standingParagraphs: [], blank: true, pending };
  const report = await analyzeOne(engine, paragraphs, dismissed, overrides, onProgress, false);
  let standing = report;
  let standingParagraphs = paragraphs;
  let items: ReviewItem[];
  if (pending > 0) {
    const asIs = textAsItStands(paragraphs, applied, insertions);
    standing = await analyzeOne(engine, asIs.paragraphs, dismissed, overrides, onProgress, true);
    standingParagraphs = asIs.paragraphs;
    items = reviewItems(standing, report, asIs, applied);
  } else {
    items = reviewItems(report, report, { paragraphs, indexMap: [], unmatched: 0 }, []);
  }
  return { report, standing, items, protections: protectionStatus(standing, report), standingParagraphs, blank: false, pending };
}
