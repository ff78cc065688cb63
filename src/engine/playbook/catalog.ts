/**
 * What the pane's Playbook tab needs from the engine, as plain data (it runs in the pane's worker):
 * the default playbook, every rule with a sample clause to preview wording on, the addendum's
 * sections; and a checked parse of a playbook file.
 */
import { RULES } from "../rules";
import type { Category, Severity } from "../types";
import { ADDENDUM_SECTION_IDS } from "./addendum";
import { defaultPlaybook } from "./defaults";
import { parsePlaybook } from "./validate";
import { PlaybookError, type Playbook, type PlaybookProblem } from "./types";

export interface CatalogRule {
  id: string;
  category: Category;
  severity: Severity;
  /** What the rule finds, in one sentence. */
  message: string;
  /** A clause the rule flags (the rule's own first example), to preview wording on. */
  sample: string;
}

export interface PlaybookCatalog {
  defaults: Playbook;
  rules: CatalogRule[];
  sections: string[];
}

export function playbookCatalog(): PlaybookCatalog {
  return {
    defaults: defaultPlaybook(),
    rules: RULES.map((r) => ({ id: r.id, category: r.category, severity: r.severity, message: r.message, sample: r.examples.invalid[0] })),
    sections: [...ADDENDUM_SECTION_IDS],
  };
}

export type PlaybookCheck = { playbook: Playbook; problems?: undefined } | { playbook?: undefined; problems: PlaybookProblem[] };

/** A playbook file's text, checked: the playbook, or every problem with its JSON path. */
export function checkPlaybookText(text: string, bytes?: number): PlaybookCheck {
  try {
    return { playbook: parsePlaybook(text, undefined, bytes) };
  } catch (e) {
    if (e instanceof PlaybookError) return { problems: [...e.problems] };
    throw e;
  }
}
