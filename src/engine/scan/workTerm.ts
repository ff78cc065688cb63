/**
 * The rules read the document's own name for the work as a work noun. The rules know the usual
 * nouns (Deliverables, Content, Recordings …); a contract that calls its work "the Program", "the
 * Hosted Site" or "the Mixes" is read with that term too, once the document model has found it
 * (read/roles.ts). The rules are compiled again for such a term (kept for a few terms: compiling,
 * not analysis, is what is saved).
 */
import { ACTIVITY, isRole, MAKER_ROLES, RECEIVER_ROLES } from "../read/roleWords";
import type { DocumentRoles } from "../types";
import type { RuleData } from "../rules";
import { WORK_NOUN } from "../rules/vocab";
import { wordsPattern } from "../text";
import { compile, type CompiledRule } from "./compile";

const KNOWN = new RegExp(WORK_NOUN, "i");
/** Terms that name no made thing: the contract, a licence, the other side's technology, AI itself. */
const NOT_A_THING_MADE = /\b(?:agreements?|licen[cs]es?|terms|orders?|models?|algorithms?|AI|artificial|machine|systems?|platforms?|services?|technology|fees?)\b/i;
const compiled = new WeakMap<readonly CompiledRule[], Map<string, CompiledRule[]>>();
const KEEP = 16;

/**
 * `crs` reading the roles' work term wherever they read a work noun; `crs` itself when the rules
 * already know the term, or when it names no thing made (an activity such as "Services", a party,
 * a licence, the other side's platform or AI itself).
 */
export function rulesForWork(crs: readonly CompiledRule[], roles: Pick<DocumentRoles, "work" | "user" | "other">): readonly CompiledRule[] {
  const t = (roles.work ?? "").replace(/^(?:the|a|an|your|our|its|their)\s+/i, "").replace(/\s+/g, " ").trim();
  if (t.length < 3 || t.length > 60 || !/[A-Za-z]/.test(t) || KNOWN.test(t) || ACTIVITY.test(t) || NOT_A_THING_MADE.test(t)) return crs;
  const lower = t.toLowerCase();
  if (lower === roles.user.toLowerCase() || lower === roles.other.toLowerCase() || isRole(MAKER_ROLES, t) || isRole(RECEIVER_ROLES, t)) return crs;
  let byTerm = compiled.get(crs);
  if (!byTerm) compiled.set(crs, (byTerm = new Map()));
  const key = lower;
  let out = byTerm.get(key);
  if (!out) {
    const alt = `(?:${WORK_NOUN}|\\b${wordsPattern(t)}\\b)`;
    const widen = (s: string | undefined): string | undefined => (s === undefined ? undefined : s.split(WORK_NOUN).join(alt));
    out = crs.map((cr) => {
      const r = cr.rule;
      const uses = [r.pattern, ...(r.requires ?? []), r.unless ?? "", r.unlessAfter ?? ""].some((s) => s.includes(WORK_NOUN));
      if (!uses) return cr;
      const rule: RuleData = { ...r, pattern: widen(r.pattern)!, requires: r.requires?.map((q) => widen(q)!), unless: widen(r.unless), unlessAfter: widen(r.unlessAfter) };
      return compile(rule);
    });
    if (byTerm.size >= KEEP) byTerm.delete(byTerm.keys().next().value as string);
    byTerm.set(key, out);
  }
  return out;
}
