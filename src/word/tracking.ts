/**
 * Tracking mode: TermScore writes with Track Changes set to Track All and gives the user's own
 * mode back afterwards, using office.js's `Word.ChangeTrackingMode` values.
 */
import { messages, OFFICE_ERRORS } from "./messages";
import { errorMessage } from "../engine/common/errorMessage";
import type { WordSession } from "./context";

/** The document's Track Changes mode as Word reports it. */
export type Mode = Word.Document["changeTrackingMode"];

/** office.js's enum; cannotWrite() has checked that it is there before anything is written. */
export function trackingModes(session: WordSession): typeof Word.ChangeTrackingMode {
  const modes = session.word?.ChangeTrackingMode;
  if (!modes) throw new Error(messages.needs14);
  return modes;
}

/** Queue "Track All" unless the user already has it; returns the mode to put back, or null. */
export function queueTrackAll(session: WordSession, document: Word.Document, userMode: Mode): Mode | null {
  const trackAll = trackingModes(session).trackAll;
  if (userMode === trackAll) return null;
  document.changeTrackingMode = trackAll;
  return userMode;
}

/**
 * Put the user's Track Changes mode back after an error: check what it is now (1 sync) and set it
 * only if it differs (1 sync). Returns a plain message if that fails.
 */
export async function restoreTracking(context: Word.RequestContext, userMode: Mode): Promise<string | undefined> {
  const document = context.document;
  try {
    document.load("changeTrackingMode");
    await context.sync();
    if (document.changeTrackingMode === userMode) return undefined;
    document.changeTrackingMode = userMode;
    await context.sync();
    return undefined;
  } catch (e) {
    return messages.modeNotRestored(String(userMode), errorMessage(e, OFFICE_ERRORS));
  }
}
