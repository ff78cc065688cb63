/**
 * Editing a playbook from the pane: what a rule looks like with the playbook applied (its own
 * settings over its category's over the default), and a playbook with one rule changed or reset.
 * Plain functions over the playbook format (src/engine/playbook/types.ts).
 */
import type { CatalogRule } from "../../engine/playbook/catalog";
import type { AddendumSectionSetting, Placement, Playbook, RuleSettings } from "../../engine/playbook/types";
import type { Severity } from "../../engine/types";

export interface RuleView {
  enabled: boolean;
  severity: Severity;
  text: string;
  placement: Placement;
  comment: string;
  walkAway: string;
  /** The playbook sets something for this rule (itself or through its category). */
  changed: boolean;
}

const own = (pb: Playbook | null, rule: CatalogRule): RuleSettings => ({ ...(pb?.categories?.[rule.category] ?? {}), ...(pb?.rules?.[rule.id] ?? {}) });

export function ruleView(pb: Playbook | null, defaults: Playbook, rule: CatalogRule): RuleView {
  const d = defaults.rules?.[rule.id] ?? {};
  const u = own(pb, rule);
  const preferred = u.preferred ?? d.preferred ?? { text: "", placement: "after-trigger" as Placement };
  return {
    enabled: u.enabled ?? true,
    severity: u.severity ?? rule.severity,
    text: preferred.text,
    placement: preferred.placement,
    comment: u.comment ?? d.comment ?? "",
    walkAway: u.walkAway ?? "",
    changed: Object.keys(u).length > 0,
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** What a rule edit changes, as settings. */
export type RuleEdit = Partial<Pick<RuleView, "enabled" | "severity" | "text" | "placement" | "comment" | "walkAway">>;

/** The playbook with one rule's settings changed; a value equal to the default is left out. */
export function withRuleEdit(pb: Playbook | null, defaults: Playbook, rule: CatalogRule, edit: RuleEdit): Playbook {
  const base: Playbook = pb ?? { version: 1 };
  const d = defaults.rules?.[rule.id] ?? {};
  const view = ruleView(pb, defaults, rule);
  const cur: RuleSettings = { ...(base.rules?.[rule.id] ?? {}) };
  if (edit.enabled !== undefined) cur.enabled = edit.enabled;
  if (edit.severity !== undefined) cur.severity = edit.severity;
  if (edit.text !== undefined || edit.placement !== undefined) {
    const placement = edit.placement ?? view.placement;
    const text = placement === "delete-trigger" ? "" : edit.text ?? view.text;
    cur.preferred = { ...(d.preferred?.label ? { label: d.preferred.label } : {}), ...(cur.preferred ?? {}), text, placement };
  }
  if (edit.comment !== undefined) cur.comment = edit.comment;
  if (edit.walkAway !== undefined) cur.walkAway = edit.walkAway;
  const defaultsOf: RuleSettings = { enabled: true, severity: rule.severity, preferred: d.preferred, comment: d.comment, walkAway: "" };
  for (const k of Object.keys(cur) as Array<keyof RuleSettings>) if (same(cur[k], defaultsOf[k]) && pb?.categories?.[rule.category]?.[k] === undefined) delete cur[k];
  const rules = { ...(base.rules ?? {}) };
  if (Object.keys(cur).length) rules[rule.id] = cur;
  else delete rules[rule.id];
  return tidy({ ...base, rules });
}

/** The playbook without the rule's own settings (back to its category's or the default). */
export function withoutRule(pb: Playbook | null, ruleId: string): Playbook | null {
  if (!pb?.rules?.[ruleId]) return pb;
  const rules = { ...pb.rules };
  delete rules[ruleId];
  return tidy({ ...pb, rules });
}

/** The playbook with an addendum section kept or dropped. */
export function withSection(pb: Playbook | null, id: string, setting: AddendumSectionSetting): Playbook {
  const base: Playbook = pb ?? { version: 1 };
  const sections = { ...(base.addendum?.sections ?? {}) };
  if (setting === "keep") delete sections[id];
  else sections[id] = setting;
  return tidy({ ...base, addendum: { ...(base.addendum ?? {}), sections } });
}

function tidy(pb: Playbook): Playbook {
  const out: Playbook = { ...pb };
  if (out.rules && Object.keys(out.rules).length === 0) delete out.rules;
  if (out.addendum?.sections && Object.keys(out.addendum.sections).length === 0) {
    const { sections: _s, ...rest } = out.addendum;
    out.addendum = rest;
  }
  if (out.addendum && Object.keys(out.addendum).length === 0) delete out.addendum;
  return out;
}

/**
 * An id's words as the rest of the pane writes them: "AI" in capitals, and the pane's own spelling
 * (US, as the category names: "license", src/engine/report/labels.ts).
 */
function idWords(id: string): string {
  const words = id.replace(/-/g, " ").replace(/\bai\b/gi, "AI").replace(/\blicence(s?)\b/g, "license$1");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "feedback/feedback-rights" → "Feedback rights"; "ai-training-grant/improve-ai" → "Improve AI" */
export function ruleName(id: string): string {
  return idWords(id.slice(id.indexOf("/") + 1));
}

/** An addendum section's id in words: "no-ai-training" → "No AI training" */
export function sectionName(id: string): string {
  return idWords(id);
}
