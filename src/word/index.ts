/**
 * The Word layer: the only code that touches Office.js.
 *
 * @example
 * const host = createWordHost();          // real Word and Office globals
 * const snapshot = await host.read();     // 2 round trips, whatever the length
 */
import { findAddendum, planAddendumInsertion } from "../engine";
import type { DocumentHost } from "../host/types";
import { createWordHostWith, type OfficeGlobal, type WordGlobal, type WordHostOptions } from "./wordHost";

export type { OfficeGlobal, WordGlobal, WordHostOptions };
export { DISMISSED_SETTING, createWordHostWith } from "./wordHost";

/**
 * The DocumentHost over the open Word document. Pass `Word` / `Office` to use fakes in tests;
 * by default the globals that office.js defines are used (checked when called, never assumed).
 */
export function createWordHost(globals: Partial<WordHostOptions> = {}): DocumentHost {
  return createWordHostWith({ findAddendum, planAddendum: planAddendumInsertion, ...globals });
}
