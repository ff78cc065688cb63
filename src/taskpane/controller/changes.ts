/**
 * Taking back what this session wrote: accepting or rejecting one applied change (WordApi 1.6, or
 * undo in browser mode) and, in browser mode, undoing an inserted addendum. The one write without
 * the stale guard: the host finds its own change by what it wrote, not by the scan's offsets, so
 * edits elsewhere do not make it unsafe.
 */
import type { ReviewSession } from "./session";

/** The host's warnings as one sentence to append ("" when none). */
function warningsOf(result: { warnings?: string[] } | void): string {
  return result?.warnings?.length ? ` ${result.warnings.join(" ")}` : "";
}

/** Accepts (true) or rejects (false) the tracked change applied for this finding id, then re-scans. */
export function decideChange(session: ReviewSession, id: string, accept: boolean): Promise<void> {
  return session.run("review", accept ? "Could not accept the change" : "Could not reject the change", async (h) => {
    const state = session.getSnapshot();
    const change = state.applied.find((a) => a.id === id);
    if (!change) return;
    if (!state.canReview || !h.decideChange) throw new Error("this version of Word cannot do it from the add-in; use Word's Review tab (Accept / Reject)");
    const undo = state.capabilities?.kind === "docx";
    session.patch({ status: `${accept ? "Accepting" : undo ? "Undoing" : "Rejecting"} the change “${change.replacement}”…` });
    const warnings = warningsOf(await h.decideChange(id, accept));
    session.patch((st) => ({
      applied: st.applied.filter((a) => a.id !== id),
      reviewed: st.reviewed + 1,
      writes: st.writes + 1,
      error: warnings ? warnings.trim().replace(/\.$/, "") : st.error,
    }));
    await session.rescanAfterWrite(
      h,
      (accept ? `Accepted the change: the contract now reads “${change.replacement}”.` : `${undo ? "Undone" : "Rejected the change"}: “${change.original}” is back.`) + warnings
    );
  });
}

/**
 * Browser mode, undo before download: an addendum inserted in this session goes back out of the
 * copy (every other change stays), like Undo on a suggestion.
 */
export function undoInsertion(session: ReviewSession, batch: number): Promise<void> {
  return session.run("review", "Could not undo the addendum", async (h) => {
    const state = session.getSnapshot();
    const insertion = state.insertions.find((i) => i.batch === batch);
    if (!insertion) return;
    if (!state.capabilities?.undoAddendum || !h.removeAddendum) throw new Error("this document cannot take the addendum back out; reject it in Word's Review tab");
    session.patch({ status: "Taking the addendum back out of the copy…" });
    const warnings = warningsOf(await h.removeAddendum(insertion.texts));
    session.patch((st) => ({
      insertions: st.insertions.filter((i) => i.batch !== batch),
      reviewed: st.reviewed + 1,
      writes: st.writes + 1,
      addendumMessage: null,
      error: warnings ? warnings.trim().replace(/\.$/, "") : st.error,
    }));
    await session.rescanAfterWrite(h, `Undone: the addendum is no longer in the copy.${warnings}`);
  });
}
