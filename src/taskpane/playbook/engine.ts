/**
 * The review engine with the user's playbook: every analysis gets it, and the addendum follows its
 * sections. The playbook is read through `current()` at each call, so the engine object stays the
 * same when the playbook changes (the review keeps its state; the pane re-scans).
 */
import { addendumFor } from "../../engine/playbook/addendumFor";
import type { Playbook } from "../../engine/playbook/types";
import type { ReviewEngine } from "../useReview";

export function withPlaybook(engine: ReviewEngine, current: () => Playbook | null): ReviewEngine {
  return {
    ...engine,
    analyze: (paragraphs, options) => {
      const playbook = current();
      return engine.analyze(paragraphs, playbook ? { ...options, playbook } : options);
    },
    buildAddendum: (options) => {
      const playbook = current();
      return playbook ? addendumFor(options ?? {}, playbook).paragraphs : engine.buildAddendum(options);
    },
  };
}
