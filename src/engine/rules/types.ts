/** The shape of a rule: data the detector reads (see ../scan/) and the fixer writes from (../fix/suggest.ts). */
import type { Category, Position, Severity } from "../types";

/**
 * How the primary suggestion edits the text:
 * - "replace-purpose": the trigger is a purpose phrase ("to train our models", "for any purpose");
 *   it is replaced by a protective purpose phrase of the same grammatical shape.
 * - "qualify": the trigger is kept and a limiting phrase in parentheses is added right after it.
 * - "proviso": a limiting proviso is added at the end of the sentence (one per sentence; a second
 *   finding in the same sentence falls back to "qualify").
 * - "strike": the trigger is an item of a list of purposes ("…, analytics, machine learning, …");
 *   it is deleted together with its list separator.
 */
export type FixKind = "replace-purpose" | "qualify" | "proviso" | "strike";

export interface RuleData {
  /** Unique rule id, "category/name". */
  id: string;
  category: Category;
  severity: Severity;
  /** RegExp source, compiled case-insensitive. A named group `t` narrows the trigger. */
  pattern: string;
  /**
   * Word stems (lower-case letters) without which the pattern cannot match: a paragraph with none
   * of them is not searched by this rule (see anchors.ts). Keeps long documents fast; the
   * examples check that the list is not too narrow.
   */
  anchors: readonly string[];
  /**
   * The trigger takes in a purpose phrase's lead-in words just before it ("to", "for the purpose
   * of", "in", "to help"), so that a "replace-purpose" fix replaces the whole phrase.
   */
  purposeLead?: boolean;
  /** The sentence must also match every one of these for the rule to apply (in any order). */
  requires?: readonly string[];
  /** The rule does not apply when the sentence matches this (words in other senses). */
  unless?: string;
  /** The rule does not apply when the sentence is about the vendor's own software and names none of the freelancer's work. */
  notVendorSoftware?: boolean;
  /**
   * The rule does not apply in a sentence that defines a word ("End User means any third party
   * receiving …"): what a definition describes is given no right there.
   */
  notInDefinition?: boolean;
  /** The rule does not apply when the text right after the trigger starts with this. */
  unlessAfter?: string;
  /** The rule does not apply when the trigger itself matches this. */
  unlessTrigger?: string;
  /** One sentence: what is wrong. */
  message: string;
  /** Why it is risky, in plain language. */
  rationale: string;
  fix: FixKind;
  /** For "qualify" (and the fallback of "proviso"): the words added in parentheses. Placeholders: {agency} {contractor} {work} {ai} {aiNoun}. */
  qualifier: string;
  /** Fallback positions offered after the primary suggestion. */
  fallbacks: readonly Exclude<Position, "primary">[];
  examples: { invalid: readonly string[]; valid: readonly string[] };
}
