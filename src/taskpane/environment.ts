/**
 * What the pane says about where it runs. Where that is (Office.onReady) is worked out in the
 * Word layer (`src/word/office.ts`), the only code that touches Office.js.
 */
import type { PaneEnvironment } from "../word/office";

export type { PaneEnvironment };

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
