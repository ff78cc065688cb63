/**
 * The legal vocabulary of the detector, as typed data.
 *
 * A few rule kinds live in code (../scan/, ../detect/, ../fix/suggest.ts); every rule file picks a fix
 * kind and gives its pattern, the words that must (or must not) be around it, its message and
 * rationale, and its own examples. Loading compiles them (ids unique, patterns compile); the rules'
 * test runs `checkRules` (scan/ruleSet.ts), which also asserts that every `invalid` example is flagged
 * by this rule and no `valid` example is. All example sentences are written for TermScore.
 */
import { AI_TRAINING_RULES } from "./aiTraining";
import { BROAD_LICENSE_RULES } from "./broadLicense";
import { AMBIGUOUS_PURPOSE_RULES } from "./ambiguousPurpose";
import { DATA_AGGREGATION_RULES } from "./dataAggregation";
import { FEEDBACK_RULES } from "./feedback";
import { ANONYMIZATION_RULES } from "./anonymization";
import { SUBLICENSING_RULES } from "./sublicensing";
import { OWNERSHIP_RULES } from "./ownership";
import type { RuleData } from "./types";

export type { FixKind, RuleData } from "./types";

/** Every rule, in the order the detector numbers them (category by category; the order sets the anchor bits). */
export const RULES = [
  ...AI_TRAINING_RULES,
  ...BROAD_LICENSE_RULES,
  ...AMBIGUOUS_PURPOSE_RULES,
  ...DATA_AGGREGATION_RULES,
  ...FEEDBACK_RULES,
  ...ANONYMIZATION_RULES,
  ...SUBLICENSING_RULES,
  ...OWNERSHIP_RULES,
] as const satisfies readonly RuleData[];

