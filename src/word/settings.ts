/** Settings: dismissed finding ids, stored with the document (Office.context.document.settings). */
import { messages, plainError } from "./messages";
import type { WordSession } from "./context";

/** Document setting that remembers dismissed finding ids. */
export const DISMISSED_SETTING = "TermScore.dismissedFindings";

export async function loadDismissed(session: WordSession): Promise<string[]> {
  try {
    const value = session.office?.context?.document?.settings?.get(DISMISSED_SETTING);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
  } catch {
    return [];
  }
}

export function saveDismissed(session: WordSession, ids: string[]): Promise<void> {
  const settings = session.office?.context?.document?.settings;
  if (!settings) return Promise.reject(new Error(messages.noSettings));
  return new Promise((resolve, reject) => {
    try {
      settings.set(DISMISSED_SETTING, [...ids]);
      settings.saveAsync((result) => {
        if (result && result.status === "failed") reject(new Error(messages.settingsNotSaved(result.error?.message)));
        else resolve();
      });
    } catch (e) {
      reject(new Error(messages.settingsNotSaved(plainError(e))));
    }
  });
}
