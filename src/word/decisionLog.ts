/**
 * The decision log in Word: a custom XML part (WordApi 1.4 `document.customXmlParts`), the same
 * part and format the .docx host writes, so the log travels with the file between Word, the pane's
 * browser mode and the CLI. Reading it is 2 round trips, writing it 2. The names our suggestions
 * were applied under are also kept in the document's settings, so that our own tracked changes are
 * still known (by name and wording) when the log is stripped or damaged.
 */
import { DECISION_LOG_NS, appendDecisions, parseDecisionLog, serializeDecisionLog } from "../engine/compare/decisionLog";
import type { Decision, ParsedLog } from "../engine/compare/decisionLog";
import type { WordSession } from "./context";
import { messages, OFFICE_ERRORS } from "./messages";
import { errorMessage } from "../engine/common/errorMessage";

/** The items of a loaded collection, and the value of a synced result (read after their sync). */
const itemsOf = (c: Word.CustomXmlPartScopedCollection): Word.CustomXmlPart[] => c.items;
export const valueOf = (r: OfficeExtension.ClientResult<string>): string => r.value;

const LOG_UNSUPPORTED = "This version of Word cannot store TermScore's decision log in the document (it needs WordApi 1.4).";

/** Read the decision log; none (or no WordApi 1.4) reads as empty. Never throws. */
export async function loadDecisionLog(session: WordSession): Promise<ParsedLog> {
  if (!session.word || !session.supports("1.4")) return { decisions: [], rebuild: false };
  try {
    return await session.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(DECISION_LOG_NS);
      parts.load("items/id");
      await context.sync();
      const found = itemsOf(parts);
      if (!found.length) return { decisions: [], rebuild: false };
      const xml = found[0].getXml();
      await context.sync();
      const parsed = parseDecisionLog(valueOf(xml));
      return found.length > 1 ? { ...parsed, rebuild: true } : parsed;
    });
  } catch (e) {
    return { decisions: [], rebuild: true, problem: `The decision log stored in this document could not be read (${errorMessage(e, OFFICE_ERRORS)}); a new log will be started. The contract itself is untouched.` };
  }
}

/** Store the whole log (replacing the stored one, and any duplicate part). Throws a plain Error. */
async function saveDecisionLog(session: WordSession, decisions: readonly Decision[]): Promise<void> {
  if (!session.word) throw new Error(messages.noWord);
  if (!session.supports("1.4")) throw new Error(LOG_UNSUPPORTED);
  const xml = serializeDecisionLog(decisions);
  try {
    await session.run(async (context) => {
      const parts = context.document.customXmlParts.getByNamespace(DECISION_LOG_NS);
      parts.load("items/id");
      await context.sync();
      const found = itemsOf(parts);
      if (found.length) {
        found[0].setXml(xml);
        for (const extra of found.slice(1)) extra.delete();
      } else context.document.customXmlParts.add(xml);
      await context.sync();
    });
  } catch (e) {
    throw new Error(`The decision was not stored in the document: ${errorMessage(e, OFFICE_ERRORS)}`);
  }
}

/** Add decisions to the stored log (a corrupt log is rebuilt with what could be read). */
export async function recordDecisions(session: WordSession, more: readonly Decision[]): Promise<Decision[]> {
  const stored = await loadDecisionLog(session);
  const all = appendDecisions(stored.decisions, more);
  await saveDecisionLog(session, all);
  await rememberReviewers(session, more.filter((d) => d.subject === "suggestion" && d.action === "applied").map((d) => d.by));
  return all;
}

/** Document setting: the names our suggestions were applied under (in Word, the signed-in user's, on every tracked change we write). */
export const REVIEWERS_SETTING = "TermScore.reviewers";

/** The names stored in the document's settings (none when unreadable). */
export function loadReviewers(session: WordSession): string[] {
  try {
    const value = session.office?.context?.document?.settings?.get(REVIEWERS_SETTING);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string" && v.trim() !== "") : [];
  } catch {
    return [];
  }
}

/** Add names to the setting; best effort (the log itself is what matters, and it is already stored). */
async function rememberReviewers(session: WordSession, names: readonly string[]): Promise<void> {
  const settings = session.office?.context?.document?.settings;
  const known = loadReviewers(session);
  const all = [...new Set([...known, ...names.filter((n) => n.trim() !== "")])];
  if (!settings || all.length === known.length) return;
  try {
    settings.set(REVIEWERS_SETTING, all);
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
  } catch {
    // not stored: the next round falls back on the log
  }
}
