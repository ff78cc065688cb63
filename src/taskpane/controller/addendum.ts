/** The addendum: built in the contract's own conventions with the effective party names, and inserted. */
import type { AddendumParagraph, ProtectionKind } from "../../engine/types";
import { addendumOptionsFor } from "../../engine/fix/addendumOptions";
import { ADDENDUM_PLACE_WORDS } from "../../engine/fix/placement";
import { addendumParties } from "../../engine/fix/addendum";
import type { InsertAddendumOptions, InsertAddendumResult } from "../../host/types";
import { documentConventions } from "./conventions";
import { effectiveParties } from "./parties";
import type { ReviewSession } from "./session";

/** The addendum as it would be inserted now (`only`: just these sections). */
export function addendumPreview(session: ReviewSession, only?: readonly ProtectionKind[]): AddendumParagraph[] {
  return addendumToInsert(session, only).paragraphs;
}

/**
 * The addendum as it would be inserted now, with the parties as it names them (the host's comment
 * on its title names them the same way).
 */
export function addendumToInsert(session: ReviewSession, only?: readonly ProtectionKind[]): { paragraphs: AddendumParagraph[]; options: InsertAddendumOptions } {
  const s = session.getSnapshot();
  const days = Number.isFinite(s.addendum.deletionDays) && s.addendum.deletionDays >= 1 ? Math.round(s.addendum.deletionDays) : 30;
  // in the contract's own spelling ("licence" in a UK contract), as the CLI writes it
  const text = s.standingParagraphs.length ? s.standingParagraphs : s.paragraphs;
  // the parties named as the redlines name them ("Client" in a contract that writes it bare), in its quote style
  const options = addendumOptionsFor(text, effectiveParties(s.report, s.partyOverrides), { conventions: documentConventions(text) });
  const paragraphs = session.engine.buildAddendum({ ...options, deletionDays: days, includeAudit: s.addendum.includeAudit, only });
  return { paragraphs, options: { parties: addendumParties(options) } };
}

/**
 * What the user reads when a host did not insert the addendum: the host's own sentence when it says
 * it wrote one (`messageIsSentence`), else its reason after "The addendum was not added:". Decided
 * by that field, never by how the message reads.
 */
export function addendumRefused(result: Pick<InsertAddendumResult, "message" | "messageIsSentence">): string {
  const why = result.message?.trim();
  if (why && result.messageIsSentence) return why;
  return `The addendum was not added: ${(why || "the document did not accept it").replace(/[.\s]+$/, "")}.`;
}

/** A host's note on an addendum it did insert (asked for the end: a cursor remark cannot apply), as " …" or "". */
export function insertedNote(message: string | undefined, where: "end" | "cursor"): string {
  const note = message?.trim();
  return note && where === "end" ? ` ${note}` : "";
}

/** Inserts the addendum (or one section) as a tracked change, where the settings say, then re-scans. */
export function insertAddendum(session: ReviewSession, only?: readonly ProtectionKind[]): Promise<void> {
  return session.run("addendum", "Could not insert the addendum", async (h) => {
    if (!(await session.ensureFresh(h))) return;
    const { paragraphs, options } = addendumToInsert(session, only);
    const state = session.getSnapshot();
    const where = only || !state.capabilities?.insertAtCursor ? "end" : state.addendum.where;
    const result = await h.insertAddendum(paragraphs, where, options);
    // where the host says it went (before the signature block, into an existing addendum), not where it was asked
    const place = ADDENDUM_PLACE_WORDS[result.place ?? (where === "end" ? "end" : "cursor")];
    // inserted with a note of the host's (e.g. Word refused the comment on its title): said after it
    const text = result.inserted ? `Inserted ${only ? "the section" : "the addendum"} ${place} as a tracked change.${insertedNote(result.message, where)}` : addendumRefused(result);
    session.patch((st) => ({
      addendumMessage: { intent: result.inserted ? "success" : "warning", text },
      writes: st.writes + (result.inserted ? 1 : 0),
      insertions: result.inserted ? [...st.insertions, { texts: paragraphs.map((p) => p.text), batch: ++session.batch }] : st.insertions,
    }));
    await session.rescanAfterWrite(h, text);
  });
}
