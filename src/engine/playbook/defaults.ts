/**
 * The default playbook: the engine's own wording, severities and positions written in the playbook
 * format. It is generated, not copied: each rule's fix is built on the rule's own examples with
 * placeholder names, and read back as wordings (./shape.ts), so it follows every change to the
 * engine's wording. The engine adapts its built-in wording to each sentence's grammar ("to …",
 * "for …"); the default shows the form its examples take.
 */
import { scanDocument } from "../scan/ruleSet";
import { buildSuggestions, type Names } from "../fix/suggest";
import { RULES, type RuleData } from "../rules";
import { splitSentences } from "../text";
import type { Suggestion } from "../types";
import { ADDENDUM_SECTION_IDS } from "./addendum";
import { shapeOf } from "./shape";
import type { AddendumSectionSetting, FallbackWording, Playbook, RuleSettings, Wording } from "./types";

const SINGULAR: Names = { agency: "zotherz", contractor: "zpartyz", work: "zworkz" };
const PLURAL: Names = { ...SINGULAR, work: "zworkzs" };
const TOKENS: Record<string, string> = {
  zpartyz: "{party}",
  Zpartyz: "{Party}",
  zotherz: "{other}",
  Zotherz: "{Other}",
  zworkz: "{work}",
  zworkzs: "{work}",
  Zworkz: "{Work}",
  Zworkzs: "{Work}",
};

/** Placeholder names back in: the two builds differ only where the work's number shows ("it" / "them"). */
function template(singular: string, plural: string, trigger = ""): string {
  const a = singular.split(/(\W+)/);
  const b = plural.split(/(\W+)/);
  const same = a.length === b.length;
  let out = a.map((t, i) => TOKENS[t] ?? (same && /^(?:it|them)$/.test(t) && b[i] !== t && /^(?:it|them)$/.test(b[i]) ? "{it}" : t)).join("");
  if (trigger.length >= 3) out = out.split(trigger).join("{trigger}");
  return out;
}

interface Built {
  trigger: { start: number; end: number; text: string };
  one: Suggestion[];
  many: Suggestion[];
}

function build(rule: RuleData, example: string): Built | null {
  const f = scanDocument([{ text: example }]).findings.find((x) => x.ruleId === rule.id);
  if (!f) return null;
  const sentence = splitSentences(example).find((s) => s.start <= f.start && f.start < s.end);
  if (!sentence) return null;
  const input = { rule, paragraph: 0, text: example, sentence, start: f.start, end: f.end, provisoFree: true };
  return {
    trigger: { start: f.start, end: f.end, text: f.trigger },
    one: buildSuggestions({ ...input, names: SINGULAR }).suggestions,
    many: buildSuggestions({ ...input, names: PLURAL }).suggestions,
  };
}

function wordingOf(b: Built, i: number): Wording | null {
  const s = b.one[i];
  const shape = shapeOf(s, b.trigger);
  const other = b.many.find((x) => x.position === s.position);
  if (!shape) return null;
  const text = other ? template(shape.text, shapeOf(other, b.trigger)?.text ?? shape.text) : template(shape.text, shape.text);
  return { text, placement: shape.placement, label: s.label };
}

/** A rule's built-in settings in the playbook format. */
export function ruleDefaults(rule: RuleData): Required<Omit<RuleSettings, "walkAway">> & { walkAway: string } {
  const builds = rule.examples.invalid.map((ex) => build(rule, ex)).filter((b): b is Built => b !== null);
  // the first example whose primary fix has a readable shape describes the rule (others may use the modal form)
  const chosen = builds.find((b) => wordingOf(b, 0)) ?? builds[0];
  const preferred = chosen ? wordingOf(chosen, 0) : null;
  const fallbacks: FallbackWording[] = [];
  for (const position of rule.fallbacks) {
    for (const b of builds) {
      const i = b.one.findIndex((s) => s.position === position);
      const w = i > 0 ? wordingOf(b, i) : null;
      if (!w) continue;
      const many = b.many.find((s) => s.position === position);
      fallbacks.push({ position, ...w, comment: template(b.one[i].comment, many?.comment ?? b.one[i].comment, b.trigger.text) });
      break;
    }
  }
  const primary = chosen?.one[0];
  return {
    enabled: true,
    severity: rule.severity,
    preferred: preferred ?? { text: "", placement: "delete-trigger" },
    fallbacks,
    walkAway: "",
    comment: primary ? template(primary.comment, chosen.many[0]?.comment ?? primary.comment, chosen.trigger.text) : "",
  };
}

let cached: Playbook | null = null;

/** The built-in playbook (a fresh copy each call: callers may edit it). */
export function defaultPlaybook(): Playbook {
  cached ??= {
    version: 1,
    name: "TermScore default",
    rules: Object.fromEntries(RULES.map((r) => [r.id, ruleDefaults(r)])),
    addendum: { sections: Object.fromEntries(ADDENDUM_SECTION_IDS.map((id): [string, AddendumSectionSetting] => [id, "keep"])) },
  };
  return JSON.parse(JSON.stringify(cached)) as Playbook;
}
