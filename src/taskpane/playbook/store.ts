/** The user's playbook on this computer (the pane's storage); storage may be off (private windows). */
import type { Playbook } from "../../engine/playbook/types";

export const PLAYBOOK_KEY = "termscore.playbook";

/** The stored playbook's text, or null. */
export function loadStoredPlaybook(): string | null {
  try {
    return window.localStorage.getItem(PLAYBOOK_KEY);
  } catch {
    return null;
  }
}

/** Stores the playbook (null: forget it, back to the default); false when storage is off. */
export function storePlaybook(playbook: Playbook | null): boolean {
  try {
    if (playbook) window.localStorage.setItem(PLAYBOOK_KEY, JSON.stringify(playbook));
    else window.localStorage.removeItem(PLAYBOOK_KEY);
    return true;
  } catch {
    return false;
  }
}
