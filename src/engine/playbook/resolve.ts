/**
 * A playbook merged with the default: every rule's effective settings. A rule's own settings win
 * over its category's, which win over the default. What is unchanged from the default stays the
 * engine's own wording (which adapts to each sentence's grammar).
 */
import { RULES } from "../rules";
import { defaultPlaybook, ruleDefaults } from "./defaults";
import { validatePlaybook } from "./validate";
import type { AddendumSettings, EffectiveRule, FallbackWording, Playbook, RuleSettings, Spelling, Wording } from "./types";

export interface ResolvedPlaybook {
  name: string;
  rules: ReadonlyMap<string, EffectiveRule>;
  spelling?: Spelling;
  you: { party?: string; other?: string; work?: string };
  addendum?: AddendumSettings;
  /** True when nothing differs from the default playbook. */
  isDefault: boolean;
}

const sameWording = (a: Wording, b: Wording): boolean => a.text === b.text && a.placement === b.placement && (a.label ?? "") === (b.label ?? "");
const sameFallbacks = (a: readonly FallbackWording[], b: readonly FallbackWording[]): boolean =>
  a.length === b.length && a.every((x, i) => x.position === b[i].position && sameWording(x, b[i]) && (x.comment ?? "") === (b[i].comment ?? ""));

const resolved = new WeakMap<object, ResolvedPlaybook>();

/** Validates (throws a PlaybookError listing every problem) and merges with the default. */
export function resolvePlaybook(playbook: Playbook): ResolvedPlaybook {
  const hit = resolved.get(playbook);
  if (hit) return hit;
  validatePlaybook(playbook);
  const defaults = defaultPlaybook().rules!;
  const rules = new Map<string, EffectiveRule>();
  let isDefault = !playbook.spelling && !playbook.you && !Object.values(playbook.addendum?.sections ?? {}).some((s) => s !== "keep") && !playbook.addendum?.add?.length;
  for (const rule of RULES) {
    const d = (defaults[rule.id] as ReturnType<typeof ruleDefaults> | undefined) ?? ruleDefaults(rule);
    const c: RuleSettings = playbook.categories?.[rule.category] ?? {};
    const u: RuleSettings = playbook.rules?.[rule.id] ?? {};
    const preferred = u.preferred ?? c.preferred ?? d.preferred;
    const fallbacks = u.fallbacks ?? c.fallbacks ?? d.fallbacks;
    const comment = u.comment ?? c.comment ?? d.comment;
    const eff: EffectiveRule = {
      ruleId: rule.id,
      enabled: u.enabled ?? c.enabled ?? true,
      severity: u.severity ?? c.severity ?? rule.severity,
      preferred,
      fallbacks,
      walkAway: u.walkAway ?? c.walkAway ?? "",
      comment,
      builtInFallbacks: d.fallbacks,
      changed: { preferred: !sameWording(preferred, d.preferred), fallbacks: !sameFallbacks(fallbacks, d.fallbacks), comment: comment !== d.comment },
    };
    if (!eff.enabled || eff.severity !== rule.severity || eff.walkAway || eff.changed.preferred || eff.changed.fallbacks || eff.changed.comment) isDefault = false;
    rules.set(rule.id, eff);
  }
  const out: ResolvedPlaybook = { name: playbook.name ?? "your playbook", rules, spelling: playbook.spelling, you: playbook.you ?? {}, addendum: playbook.addendum, isDefault };
  resolved.set(playbook, out);
  return out;
}
