/**
 * What goes into the review memo for a lawyer: plain data gathered from the review on the page.
 * The .docx itself is built in the worker (memo.ts), so the zip code never loads on the page.
 */
import type { Paragraph, Position, Report } from "../engine/types";
import { shownEdit, type ReviewItem, type ProtectionStatus } from "./review/truth";
import { chosenSuggestion } from "../engine/edit/request";
import type { ChecklistItem } from "./components/ProtectionsPanel";
import { clauseLabel, sentenceAround } from "./review/clause";
import { CATEGORY_LABEL, POSITION_LABEL, SEVERITY_LABEL } from "../engine/report/labels";
import { verdict } from "./components/ScoreCard";

export interface MemoFinding {
  clause: string;
  risk: string;
  category: string;
  trigger: string;
  message: string;
  rationale: string;
  status: "open" | "proposed";
  /** The sentence split around the proposed edit (before, deleted words, inserted words, after). */
  sentence: { before: string; deleted: string; inserted: string; after: string };
  /** Every position the user can take, the chosen one first. */
  positions: Array<{ label: string; wording: string }>;
}

export interface MemoInput {
  fileName: string;
  version: string;
  date: string;
  standingScore: number;
  standingVerdict: string;
  proposedScore: number;
  proposedLabel: string;
  parties: { user: string; other: string; work: string };
  findings: MemoFinding[];
  checklist: Array<{ label: string; status: ProtectionStatus }>;
}

export function buildMemoInput(args: {
  fileName: string;
  version: string;
  date: Date;
  standing: Report;
  current: Report;
  pending: number;
  items: readonly ReviewItem[];
  paragraphs: readonly Paragraph[];
  standingParagraphs: readonly Paragraph[];
  positions: Record<string, Position>;
  checklist: readonly ChecklistItem[];
  parties: { user: string; other: string; work: string };
}): MemoInput {
  const findings: MemoFinding[] = args.items.map((item) => {
    const f = item.finding;
    const open = item.status === "open";
    const text = (open ? args.paragraphs : args.standingParagraphs)[f.paragraph]?.text ?? "";
    const chosen = chosenSuggestion(f, args.positions[f.id]);
    const edit = shownEdit(item, args.positions[f.id], text);
    const span = sentenceAround(text, Math.min(f.start, edit?.start ?? f.start), Math.max(f.end, edit?.end ?? f.end));
    const sentence = edit
      ? { before: text.slice(span.start, edit.start), deleted: text.slice(edit.start, edit.end), inserted: edit.replacement, after: text.slice(edit.end, span.end) }
      : { before: text.slice(span.start, span.end), deleted: "", inserted: "", after: "" };
    const ordered = chosen ? [chosen, ...f.suggestions.filter((s) => s !== chosen)] : [];
    return {
      clause: clauseLabel(args.standingParagraphs, item.paragraph),
      risk: SEVERITY_LABEL[f.severity],
      category: CATEGORY_LABEL[f.category],
      trigger: f.trigger,
      message: f.message,
      rationale: f.rationale,
      status: item.status,
      sentence,
      positions: ordered.map((s) => ({ label: POSITION_LABEL[s.position], wording: s.replacement })),
    };
  });
  const v = verdict(args.standing.score);
  return {
    fileName: args.fileName,
    version: args.version,
    date: args.date.toISOString().slice(0, 10),
    standingScore: args.standing.score,
    standingVerdict: v.text,
    proposedScore: args.pending > 0 ? args.current.score : args.standing.scoreIfAccepted,
    proposedLabel: args.pending > 0 ? "If the other side accepts the changes proposed" : "If the other side accepts every suggestion and the addendum",
    parties: args.parties,
    findings,
    checklist: args.checklist.map((c) => ({ label: c.label, status: c.status })),
  };
}
