/**
 * The Word layer: the only code that touches Office.js. One file per operation, assembled here:
 * context.ts (globals, requirement sets, capabilities), read.ts, locate.ts, apply.ts and
 * applyWrite.ts (its two syncs: locate, then write), comments.ts, tracking.ts (Track Changes
 * mode), addendum.ts, trackedChanges.ts (accept / reject our tracked changes), select.ts and
 * settings.ts; decisionLog.ts (the decision log as a custom XML part, and the names our
 * suggestions were applied under); rounds.ts (round two: the other side's tracked changes read by
 * author and judged by the engine, a deleted paragraph restored) over roundViews.ts (each
 * paragraph before and after their changes, and whose each change is; pure); office.ts (the
 * pane's start in Office: Office.onReady and the theme colour, not part of the host); anchors.ts
 * and messages.ts are plain helpers.
 *
 * Round trips (every `context.sync()` is a network call on Word on the web), whatever the number
 * of paragraphs or findings: read 2 (notes, headers and footers included); apply 2 (comment only
 * too); select 2; insertAddendum 3; decideChange 4. Errors cost a few fixed extra syncs.
 *
 * @example
 * const host = createWordHost();          // real Word and Office globals
 * const snapshot = await host.read();     // 2 round trips, whatever the length
 */
import type { DocumentHost } from "../host/types";
import { insertAddendum } from "./addendum";
import { apply } from "./apply";
import { capabilities, createSession, type OfficeGlobal, type WordGlobal, type WordHostOptions } from "./context";
import { read } from "./read";
import { decideChange } from "./trackedChanges";
import { select } from "./select";
import { DISMISSED_SETTING, loadDismissed, loadPlaybook, saveDismissed, savePlaybook } from "./settings";
import { loadDecisionLog, recordDecisions } from "./decisionLog";
import { readRound, restoreParagraph } from "./rounds";

export type { OfficeGlobal, WordGlobal, WordHostOptions };
export { DISMISSED_SETTING };

/** The DocumentHost over Office.js with explicit options (tests pass fakes here). */
export function createWordHostWith(options: WordHostOptions): DocumentHost {
  const session = createSession(options);
  return {
    capabilities: () => capabilities(session),
    read: () => read(session),
    select: (target) => select(session, target),
    apply: (requests, applyOptions) => apply(session, requests, applyOptions),
    insertAddendum: (paragraphs, where, addendumOptions) => insertAddendum(session, paragraphs, where, addendumOptions),
    decideChange: (id, accept) => decideChange(session, id, accept),
    loadDismissed: () => loadDismissed(session),
    saveDismissed: (ids) => saveDismissed(session, ids),
    loadPlaybook: () => loadPlaybook(session),
    savePlaybook: (text) => savePlaybook(session, text),
    theirChanges: async (options) => {
      const r = await readRound(session, undefined, options);
      return { report: r.report, decisions: r.log.decisions, theirAuthors: r.theirAuthors, ...(r.log.problem ? { problem: r.log.problem } : {}) };
    },
    loadDecisions: async () => {
      const log = await loadDecisionLog(session);
      return { decisions: log.decisions, ...(log.problem ? { problem: log.problem } : {}) };
    },
    restoreParagraph: (target) => restoreParagraph(session, target),
    recordDecisions: (decisions) =>
      // in Word our changes carry the signed-in user's name: record it, where apply() learned it
      recordDecisions(session, decisions.map((d) => (d.by ? d : { ...d, by: session.written.get(d.target)?.author ?? "You" }))),
  };
}

/**
 * The DocumentHost over the open Word document. Pass `Word` / `Office` to use fakes in tests;
 * by default the globals that office.js defines are used (checked when called, never assumed).
 */
export function createWordHost(globals: Partial<WordHostOptions> = {}): DocumentHost {
  return createWordHostWith(globals);
}
