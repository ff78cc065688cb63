/** Settings stored with the document (Office.context.document.settings): dismissed finding ids, the shared playbook. */
import { messages, OFFICE_ERRORS } from "./messages";
import { errorMessage } from "../engine/common/errorMessage";
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
  return saveSetting(session, DISMISSED_SETTING, [...ids], messages.noSettings, messages.settingsNotSaved);
}

function saveSetting(session: WordSession, name: string, value: unknown, missing: string, failed: (reason?: string) => string): Promise<void> {
  const settings = session.office?.context?.document?.settings;
  if (!settings) return Promise.reject(new Error(missing));
  return new Promise((resolve, reject) => {
    try {
      if (value !== null) settings.set(name, value);
      else if (settings.remove) settings.remove(name);
      else settings.set(name, null);
      settings.saveAsync((result) => {
        if (result && result.status === "failed") reject(new Error(failed(result.error?.message)));
        else resolve();
      });
    } catch (e) {
      reject(new Error(failed(errorMessage(e, OFFICE_ERRORS))));
    }
  });
}

/** Document setting holding a playbook shared with everyone who reviews this document (JSON text). */
export const PLAYBOOK_SETTING = "TermScore.playbook";

export async function loadPlaybook(session: WordSession): Promise<string | null> {
  try {
    const value = session.office?.context?.document?.settings?.get(PLAYBOOK_SETTING);
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

export function savePlaybook(session: WordSession, text: string | null): Promise<void> {
  return saveSetting(session, PLAYBOOK_SETTING, text, messages.noPlaybookSetting, messages.playbookNotSaved);
}
