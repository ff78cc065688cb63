/**
 * The pane's start in Office: where it runs (inside Word, another Office host, or a plain browser:
 * office.js missing, or loaded outside Office), from Office.onReady with a timeout, and Office's
 * theme colour. The pane calls `startOffice()` and `officeThemeBackground()`; it never touches the
 * Office global itself (lint: no-restricted-globals in src/taskpane). `detectEnvironment` is pure
 * apart from the object it is given, so tests pass fakes.
 */
export type PaneEnvironment =
  | { kind: "word" }
  | { kind: "other-office"; host: string }
  | { kind: "browser"; reason: "office-js-missing" | "outside-office" | "timeout" };

export interface OfficeLike {
  onReady(callback?: (info: { host: unknown; platform: unknown }) => void): Promise<{ host: unknown; platform: unknown }> | void;
  HostType?: { Word?: unknown };
}

/** How long to wait for Office.onReady before treating the page as a plain browser. */
const OFFICE_READY_TIMEOUT_MS = 4000;

export function detectEnvironment(office: OfficeLike | undefined, timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<PaneEnvironment> {
  if (!office || typeof office.onReady !== "function") {
    return Promise.resolve({ kind: "browser", reason: "office-js-missing" });
  }
  return new Promise((resolve) => {
    let settled = false;
    const finish = (env: PaneEnvironment) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        resolve(env);
      }
    };
    const timer = setTimeout(() => finish({ kind: "browser", reason: "timeout" }), timeoutMs);
    try {
      office.onReady((info) => {
        const host = info ? info.host : null;
        if (host === null || host === undefined) finish({ kind: "browser", reason: "outside-office" });
        else if (host === (office.HostType && office.HostType.Word) || host === "Word") finish({ kind: "word" });
        else finish({ kind: "other-office", host: String(host) });
      });
    } catch {
      finish({ kind: "browser", reason: "office-js-missing" });
    }
  });
}

/** The Office global as this file uses it, or undefined outside office.js. */
function officeGlobal(): (OfficeLike & { context?: { officeTheme?: { bodyBackgroundColor?: string } } }) | undefined {
  return typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike & { context?: { officeTheme?: { bodyBackgroundColor?: string } } });
}

/** Where the pane runs, from the real Office global (a plain browser when office.js is missing or outside Office). */
export function startOffice(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<PaneEnvironment> {
  return detectEnvironment(officeGlobal(), timeoutMs);
}

/** Word's own background colour (Office's theme), for the pane's theme; undefined where Office does not say. */
export function officeThemeBackground(): string | undefined {
  try {
    return officeGlobal()?.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined;
  }
}
