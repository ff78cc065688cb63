/**
 * What goes into the cover note to the other side (issue 12, item 7): the changes this session
 * wrote into the document, as the engine's `coverNote` (src/engine/report/coverNote.ts, the same
 * function as `termscore review --note`) takes them. The note itself is written in the worker.
 *
 * The note explains what the other side will find in the document, so it lists only what was
 * written: each suggestion pending as a tracked change (its wording as written), each proposal
 * left as a comment, and the addendum when TermScore inserted it. Findings are those of the
 * contract as it stands, so section numbers and quoted words are the contract's own.
 */
import type { Paragraph, Report } from "../engine/types";
import type { CoverNoteOptions } from "../engine/report/coverNote";
import { chosenSuggestion } from "../engine/edit/request";
import type { ReviewState } from "./controller/state";

export interface CoverNoteRequest {
  report: Report;
  paragraphs: Paragraph[];
  options: CoverNoteOptions;
  /** Proposals left as comments that the note calls tracked changes (a mix of both was written). */
  commentsAsChanges: number;
}

type NoteState = Pick<ReviewState, "standing" | "standingParagraphs" | "items" | "positions" | "commented" | "insertions" | "partyOverrides">;

/** Null when nothing was written yet (no change, no comment, no addendum). */
export function coverNoteRequest(state: NoteState): CoverNoteRequest | null {
  const standing = state.standing;
  if (!standing) return null;
  const commented = new Set(state.commented);
  const findings: Report["findings"] = [];
  let tracked = 0;
  let comments = 0;
  for (const item of state.items) {
    const f = item.finding;
    if (item.status === "proposed") {
      // the wording as it was written, when the change is known; else the chosen position's
      const e = item.edit;
      const s = (e && f.suggestions.find((x) => x.original === e.original && x.replacement === e.replacement)) ?? chosenSuggestion(f, state.positions[f.id]);
      findings.push({ ...f, suggestions: s ? [s] : [] });
      tracked++;
    } else if (commented.has(f.id)) {
      const s = chosenSuggestion(f, state.positions[f.id]);
      findings.push({ ...f, suggestions: s ? [s] : [] });
      comments++;
    }
  }
  const addendum = state.insertions.length > 0;
  if (findings.length === 0 && !addendum) return null;
  const commentOnly = tracked === 0 && !addendum && comments > 0;
  const o = state.partyOverrides;
  const roles = { ...standing.roles, user: o.contractor?.trim() || standing.roles.user, other: o.agency?.trim() || standing.roles.other, work: o.work?.trim() || standing.roles.work };
  return {
    report: { ...standing, roles, findings },
    paragraphs: state.standingParagraphs,
    options: { addendum, commentOnly, written: findings.map((f) => f.id) },
    commentsAsChanges: commentOnly ? 0 : comments,
  };
}
