/**
 * Compiling the rules: each rule's pattern and conditions as regular expressions, and the word-stem
 * anchor index that tells, in one pass over a paragraph, which rules (and the protection patterns)
 * can match in it at all.
 */
import type { RuleData } from "../rules";
import { AnchorIndex } from "../text/anchors";
import { PROTECTION_STEMS } from "../detect/protections";

export interface CompiledRule {
  rule: RuleData;
  re: RegExp;
  requires: RegExp[];
  unless?: RegExp;
  unlessAfter?: RegExp;
  unlessTrigger?: RegExp;
  /** Set once `re` has had its first run on a long subject (text/primed.ts): a field, not a set lookup per paragraph. */
  primed?: boolean;
}

export function compile(rule: RuleData): CompiledRule {
  return {
    rule,
    re: new RegExp(rule.pattern, "gid"),
    requires: (rule.requires ?? []).map((r) => new RegExp(r, "i")),
    unless: rule.unless ? new RegExp(rule.unless, "i") : undefined,
    unlessAfter: rule.unlessAfter ? new RegExp(`^(?:${rule.unlessAfter})`, "i") : undefined,
    unlessTrigger: rule.unlessTrigger ? new RegExp(rule.unlessTrigger, "i") : undefined,
  };
}

/**
 * Bit of the protection patterns in the anchor index: the last of a 32-bit mask (its sign bit; every
 * use is a bitwise test, never a comparison), so that rules 0 to 30 fit before it.
 */
export const PROTECTION_BIT = 31;

const indexes = new WeakMap<readonly CompiledRule[], AnchorIndex>();

/** The word-stem index of a rule set (rule i has bit i; protections have bit 30). */
export function anchorIndex(crs: readonly CompiledRule[]): AnchorIndex {
  let index = indexes.get(crs);
  if (!index) {
    if (crs.length > PROTECTION_BIT) throw new Error(`at most ${PROTECTION_BIT} rules fit the anchor index`);
    index = new AnchorIndex();
    crs.forEach((cr, i) => index!.add(cr.rule.anchors, i));
    index.add(PROTECTION_STEMS, PROTECTION_BIT);
    indexes.set(crs, index);
  }
  return index;
}
