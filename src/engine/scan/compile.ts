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
 * use is a bitwise test, never a comparison), so that rules 0 to 30 fit before it (rules from 30 on share bit 30: ruleBit).
 */
export const PROTECTION_BIT = 31;

/**
 * The bit of rule `i`: its own for rules 0 to 29; rules from 30 on (a playbook's own rules, or a
 * grown rule set) share bit 30, so each of them runs when any of their anchors is found. The index
 * can only over-approximate, never miss.
 */
export const SHARED_BIT = 30;
export const ruleBit = (i: number): number => 1 << Math.min(i, SHARED_BIT);

const indexes = new WeakMap<readonly CompiledRule[], AnchorIndex>();

/** The word-stem index of a rule set (rule i has bit ruleBit(i); protections have bit 31). */
export function anchorIndex(crs: readonly CompiledRule[]): AnchorIndex {
  let index = indexes.get(crs);
  if (!index) {
    index = new AnchorIndex();
    crs.forEach((cr, i) => index!.add(cr.rule.anchors, Math.min(i, SHARED_BIT)));
    index.add(PROTECTION_STEMS, PROTECTION_BIT);
    indexes.set(crs, index);
  }
  return index;
}
