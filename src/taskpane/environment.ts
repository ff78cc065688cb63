/**
 * Works out where the pane is running: inside Word, in another Office host, or in a
 * plain browser (office.js missing, or loaded outside Office). Pure apart from the
 * globals it is given, so tests can pass fakes.
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
export const OFFICE_READY_TIMEOUT_MS = 4000;

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

export function describeEnvironment(env: PaneEnvironment): string | null {
  switch (env.kind) {
    case "word":
      return null;
    case "other-office":
      return `TermScore is a Word add-in; it does not work in ${env.host}. Open the contract in Word.`;
    case "browser":
      return env.reason === "office-js-missing"
        ? "The Office library could not be loaded. You can still open a .docx file here; it stays on this computer."
        : "Open the contract in Word and start TermScore from the Home tab, or open a .docx file here; it stays on this computer.";
  }
}
