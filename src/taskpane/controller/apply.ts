/**
 * Writing the findings' fixes: one finding (its chosen wording, or a comment only) and Apply all
 * (every suggestion, planned by `planApplyAll`, and optionally the addendum at the end).
 */
import { chosenSuggestion, commentRequestFor, requestFor } from "../../engine/edit/request";
import { countOf, itOrThem } from "../../engine/fix/plural";
import { ADDENDUM_PLACE_WORDS } from "../../engine/fix/placement";
import type { Finding } from "../../engine/types";
import type { ApplyRequest } from "../../host/types";
import { addendumRefused, addendumToInsert, insertedNote } from "./addendum";
import { headingOf, planApplyAll, summarise } from "./applyPlan";
import type { ReviewSession } from "./session";
import type { AppliedChange, ReviewState, SummaryItem } from "./state";
import { CancelledError } from "../../engine/common/cancelled";
import { errorMessage, isCancelled } from "./errors";

/** The session's applied changes with these added (a finding applied again replaces its older entry). */
function withApplied(list: readonly AppliedChange[], added: readonly AppliedChange[]): AppliedChange[] {
  const ids = new Set(added.map((a) => a.id));
  return [...list.filter((a) => !ids.has(a.id)), ...added];
}

function changeOf(r: ApplyRequest, title: string, batch: number): AppliedChange {
  return { id: r.id, title, paragraph: r.paragraph, start: r.start, original: r.original, replacement: r.replacement, batch };
}

/** One finding: its chosen wording as a tracked change with a comment, or (commentOnly) a comment on its words. */
export function applyOne(session: ReviewSession, f: Finding, commentOnly: boolean): Promise<void> {
  return session.run("apply", commentOnly ? "Could not add the comment" : "Could not apply the suggestion", async (h) => {
    if (!(await session.ensureFresh(h))) return;
    const s = session.getSnapshot();
    if (!commentOnly && !chosenSuggestion(f, s.positions[f.id])) throw new Error("this finding has no suggested wording; add a comment instead");
    // comment only: nothing is edited, the comment proposes the chosen wording for the words it would replace
    const request: ApplyRequest = commentOnly ? commentRequestFor(f, s.paragraphs, s.positions[f.id]) : requestFor(f, s.paragraphs, s.positions[f.id]);
    const result = await h.apply([request], { commentOnly });
    if (result.error) throw new Error(result.error);
    const summary = summarise(commentOnly ? "comment" : "apply", result.results, new Map([[f.id, f]]), s.paragraphs);
    const ok = result.results.some((r) => r.id === f.id && r.status === "applied");
    const change = changeOf(request, headingOf(f, s.paragraphs), ++session.batch);
    session.patch((st) => ({
      summary,
      commented: commentOnly && ok ? [...st.commented, f.id] : st.commented,
      applied: !commentOnly && ok ? withApplied(st.applied, [change]) : st.applied,
      writes: st.writes + (ok ? 1 : 0),
    }));
    await session.rescanAfterWrite(
      h,
      ok
        ? commentOnly
          ? `Comment added to “${f.trigger}”.`
          : `Applied as a tracked change with a comment: “${f.trigger}”.`
        : `Not applied: ${result.results[0]?.message ?? "the document did not accept the change"}.`
    );
  });
}

/** What Apply all changes in the state, kept to put back on Cancel. */
const RESTORED = ["report", "standing", "items", "protections", "standingParagraphs", "blank", "pending", "paragraphs", "fingerprint", "stale", "applied", "insertions", "writes", "addendumMessage"] as const;

/** The progress line while a cancelled Apply all puts the copy back. */
export const CANCELLING = "Cancelling: putting the copy back as it was…";

/**
 * Every suggestion (graver risk first) and, with `addendum`, the missing addendum sections at the end.
 *
 * Cancel (where the document can be put back: browser mode) means Apply all never happened: the
 * writing stops between two edits, or the addendum or the re-scan is stopped, and the copy is put
 * back exactly as it was before (earlier changes kept), with the review as it was. Nothing half
 * done is left for the user to sort out. Word writes the batch in two round trips: no Cancel there.
 */
export function applyAll(session: ReviewSession, options: { addendum?: boolean } = {}): Promise<void> {
  return session.run("apply-all", "Could not apply the suggestions", async (h) => {
    if (!(await session.ensureFresh(h))) return;
    const s = session.getSnapshot();
    if (!s.report) return;
    const report = s.report;
    const byId = new Map(report.findings.map((f) => [f.id, f]));
    const { requests, skipped, notApplicable } = planApplyAll(report.findings, s.positions, s.paragraphs);
    // an opt-out written into a clause is cancelled by the addendum's outright ban (which prevails
    // over conflicting terms): with any opt-out chosen, the addendum stays out and the user is told
    const optOut = report.findings.some((f) => s.positions[f.id] === "opt-out" && f.suggestions.some((x) => x.position === "opt-out"));
    const addendumWanted = options.addendum === true && report.missing.length > 0;
    const withAddendum = addendumWanted && !optOut;
    if (requests.length === 0 && !withAddendum) {
      session.patch({ summary: summarise("apply-all", [], byId, s.paragraphs, skipped), status: "Nothing to apply." });
      return;
    }
    const cancellable = s.capabilities?.cancelApply === true && typeof h.checkpoint === "function" && typeof h.rollback === "function";
    const abort = cancellable ? new AbortController() : null;
    const before = Object.fromEntries(RESTORED.map((k) => [k, s[k]])) as Pick<ReviewState, (typeof RESTORED)[number]>;
    const batchBefore = session.batch;
    const mark = cancellable ? await h.checkpoint!() : 0;
    const steps = requests.length + (withAddendum ? 1 : 0) + 1;
    const stopIfCancelled = () => {
      if (abort?.signal.aborted) throw new CancelledError();
    };
    session.applyAbort = abort;
    try {
      let summary = summarise("apply-all", [], byId, s.paragraphs, skipped);
      if (requests.length > 0) {
        session.patch({ progress: { done: 0, total: requests.length, cancellable }, status: `Applying ${requests.length} suggestions…` });
        const result = await h.apply(requests, {
          signal: abort?.signal,
          onProgress: (done, total) => {
            if (!abort?.signal.aborted) session.patch({ progress: { done, total, cancellable }, status: `Applied ${done} of ${total}…` });
          },
        });
        stopIfCancelled();
        if (result.error) throw new Error(result.error);
        summary = summarise("apply-all", result.results, byId, s.paragraphs, skipped);
        const done = new Set(result.results.filter((r) => r.status === "applied").map((r) => r.id));
        const b = ++session.batch;
        const changes = requests.filter((r) => done.has(r.id)).map((r) => changeOf(r, byId.has(r.id) ? headingOf(byId.get(r.id) as Finding, s.paragraphs) : r.id, b));
        session.patch((st) => ({
          summary,
          applied: withApplied(st.applied, changes),
          writes: st.writes + (changes.length > 0 ? 1 : 0),
        }));
      }
      const count = (st: SummaryItem["status"]) => summary.items.filter((i) => i.status === st).length;
      let addendumNote = addendumWanted && optOut ? " The addendum was not added: its outright ban would cancel the opt-out wording you chose. Choose the recommended position to add it." : "";
      if (addendumNote) session.patch({ addendumMessage: { intent: "warning", text: addendumNote.trim() } });
      if (withAddendum) {
        session.patch({ progress: { done: steps - 2, total: steps, label: "Adding the addendum…", cancellable } });
        // The same sections the Addendum tab would insert, where the host puts them (before the signature block, or at the end).
        const { paragraphs, options } = addendumToInsert(session, session.getSnapshot().report?.addendumPresent ? report.missing : undefined);
        const inserted = await h.insertAddendum(paragraphs, "end", options);
        stopIfCancelled();
        addendumNote = ` ${inserted.inserted ? `The addendum was added ${ADDENDUM_PLACE_WORDS[inserted.place ?? "end"]}.${insertedNote(inserted.message, "end")}` : addendumRefused(inserted)}`;
        session.patch((st) => ({
          summary,
          addendumMessage: { intent: inserted.inserted ? "success" : "warning", text: addendumNote.trim() },
          insertions: inserted.inserted ? [...st.insertions, { texts: paragraphs.map((p) => p.text), batch: ++session.batch }] : st.insertions,
          writes: st.writes + (inserted.inserted ? 1 : 0),
        }));
      }
      const positionNote = notApplicable
        ? ` The position you chose does not apply to ${countOf(notApplicable, "finding")}, so the recommended wording was written for ${itOrThem(notApplicable)}.`
        : "";
      if (positionNote) session.patch((st) => ({ summary: st.summary ? { ...st.summary, note: positionNote.trim() } : st.summary }));
      const status = `Done: ${count("applied")} applied, ${count("stale") + count("skipped")} skipped, ${count("failed")} failed.${addendumNote}${positionNote}`;
      session.patch({ progress: { done: steps - 1, total: steps, label: "Checking the contract again…", cancellable } });
      await session.rescanAfterWrite(h, status);
      // a Cancel during the re-scan (or as it finished) still wins: nothing of Apply all is kept
      stopIfCancelled();
      session.patch({ progress: null });
    } catch (e) {
      if (!abort || !(abort.signal.aborted || isCancelled(e))) {
        session.patch({ progress: null });
        throw e;
      }
      abort.abort();
      session.patch({ progress: { done: 0, total: 0, label: CANCELLING, cancellable: false } });
      try {
        await h.rollback!(mark);
      } catch (err) {
        session.patch({
          progress: null,
          stale: true,
          error: `Apply all was stopped, but the copy could not be put back (${errorMessage(err)}). Re-scan to see what it holds`,
          status: "Apply all stopped; re-scan.",
        });
        return;
      }
      session.batch = batchBefore;
      session.analysis++;
      const note = "Nothing of it was kept: the copy is as it was before.";
      session.patch({ ...before, error: null, summary: { action: "apply-all", items: [], cancelled: true, note }, progress: null, status: `Apply all cancelled. ${note}` });
    } finally {
      session.applyAbort = null;
    }
  });
}
