/**
 * The playbook file format: the user's own positions, wording and rules (JSON; the published
 * schema is schemas/playbook.schema.json, generated from ./schema.ts).
 *
 * Every field is optional except `version`: what a playbook leaves out comes from the default
 * playbook (./defaults.ts), which is the engine's own wording in this same format.
 */
import type { Position, Severity } from "../types";

/**
 * Where a wording goes in the sentence:
 * - "after-trigger": in parentheses right after the risky words ("for research (which does not include …)")
 * - "end-of-sentence": a clause added before the sentence's final stop (", provided that ….")
 * - "replace-trigger": instead of the risky words
 * - "delete-trigger": the risky words are deleted (no text)
 */
export type Placement = "after-trigger" | "end-of-sentence" | "replace-trigger" | "delete-trigger";

export const PLACEMENTS: readonly Placement[] = ["after-trigger", "end-of-sentence", "replace-trigger", "delete-trigger"];

export interface Wording {
  /** The words, with placeholders ({party}, {other}, {work}, …); "" only for "delete-trigger". */
  text: string;
  placement: Placement;
  /** Short label of the edit ("Prohibit AI training"). */
  label?: string;
}

export type FallbackPosition = Exclude<Position, "primary">;

export interface FallbackWording extends Wording {
  /** Which of the engine's fallback positions this wording takes. */
  position: FallbackPosition;
  /** The comment written with this fallback. */
  comment?: string;
}

/** Settings for one rule, or for every rule of a category. */
export interface RuleSettings {
  /** false: the rule's findings are listed under "switched off", not scored and not fixed. */
  enabled?: boolean;
  severity?: Severity;
  /** The primary position. */
  preferred?: Wording;
  /** Fallback positions, in the order they are offered; a position left out is not offered. */
  fallbacks?: FallbackWording[];
  /** The user's walk-away note (for the reviewer; never written into the document). */
  walkAway?: string;
  /** The comment written with the primary edit. */
  comment?: string;
}

/** What to do with one section of the "Prohibition on AI Training" addendum. */
export type AddendumSectionSetting = "keep" | "drop" | { heading?: string; text: string };

export interface AddendumSettings {
  /** By section id (see ADDENDUM_SECTION_IDS): keep (default), drop, or replace its text. */
  sections?: Record<string, AddendumSectionSetting>;
  /** Sections added after the built-in ones, in order. */
  add?: Array<{ heading: string; text: string }>;
}

export type Spelling = "en-US" | "en-GB";

export interface Playbook {
  $schema?: string;
  version: 1;
  name?: string;
  /** "I am usually the Contractor; my work is 'Deliverables'": used when the contract uses these names. */
  you?: { party?: string; other?: string; work?: string };
  spelling?: Spelling;
  categories?: Record<string, RuleSettings>;
  rules?: Record<string, RuleSettings>;
  addendum?: AddendumSettings;
}

/** One problem with a playbook: where (a JSON path such as `$.rules["feedback/feedback-rights"].severity`) and what. */
export interface PlaybookProblem {
  path: string;
  message: string;
}

/** A bad playbook: every problem, one per line, each with its JSON path. */
export class PlaybookError extends Error {
  constructor(readonly problems: readonly PlaybookProblem[], source = "the playbook") {
    super(`${source} has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}; nothing was changed:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`);
    this.name = "PlaybookError";
  }
}

/** A rule's settings once the playbook is merged with the default (every field set). */
export interface EffectiveRule {
  ruleId: string;
  enabled: boolean;
  severity: Severity;
  preferred: Wording;
  fallbacks: FallbackWording[];
  walkAway: string;
  comment: string;
  /** The default playbook's fallbacks for this rule (an unchanged one stays the engine's own). */
  builtInFallbacks: FallbackWording[];
  /** What the user changed from the default, so that unchanged wording stays the engine's own. */
  changed: { preferred: boolean; fallbacks: boolean; comment: boolean };
}
