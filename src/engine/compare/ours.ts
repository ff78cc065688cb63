/**
 * What counts as ours in a returned document, one rule for the Word and .docx hosts: the tracked
 * changes made under a reviewer name we wrote under, when the decision log lists them, or when
 * their wording is what the engine would write (recognise.ts). Changes under the product's own
 * name are ours by name (nobody else writes as TermScore). And when the log was missing or damaged,
 * the decisions to rebuild it with, and the sentence that says so.
 */
import type { Decision } from "./decisionLog";
import type { OurChange } from "./types";
import { itOrThem } from "../fix/plural";

/** The author the .docx writer and the CLI use by default. */
export const PRODUCT_AUTHOR = "TermScore";

/** Our suggestions as the decision log recorded them (the applied ones), for their fate. */
export function loggedSuggestions(log: readonly Decision[]): OurChange[] {
  const out = new Map<string, OurChange>();
  for (const d of log) {
    if (d.subject !== "suggestion" || d.action !== "applied" || !d.edit) continue;
    const paragraphs = d.target === "addendum" ? { paragraphs: d.edit.inserted.split("\n") } : {};
    out.set(d.target, { id: d.target, ...(d.label ? { label: d.label } : {}), ...(d.ruleId ? { ruleId: d.ruleId } : {}), ...d.edit, ...paragraphs });
  }
  return [...out.values()];
}

/** The names our changes may be under: the product's, the log's appliers, and any the host knows (the signed-in user, a stored setting). */
export function reviewerNames(log: readonly Decision[], known: readonly string[] = []): string[] {
  const names = [PRODUCT_AUTHOR, ...log.filter((d) => d.subject === "suggestion" && d.action === "applied").map((d) => d.by), ...known];
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = n.trim().toLowerCase();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const isProductAuthor = (author: string): boolean => author.trim().toLowerCase() === PRODUCT_AUTHOR.toLowerCase();

const squash = (s: string): string => s.replace(/[\u00a0\s]+/g, " ").toLowerCase();

/**
 * True when one tracked change under our name is part of a logged suggestion that sits in this
 * paragraph: its added words within the suggestion's insertion, its deleted words within what the
 * suggestion removed. Each change is checked, so a colleague's edit under the same name beside a
 * logged suggestion is not taken for ours.
 */
export function changeLogged(text: string, change: { type: "Added" | "Deleted"; text: string }, logged: readonly OurChange[]): boolean {
  const words = squash(change.text).trim();
  if (!words) return true;
  const t = squash(text);
  return logged.some((o) => {
    if (o.paragraphs) return change.type === "Added" && o.paragraphs.some((p) => p.trim() !== "" && squash(p) === t && squash(p).includes(words));
    const key = squash(`${o.prefix.slice(-20)}${o.inserted}${o.suffix.slice(0, 20)}`).trim();
    if (key.length < 8 || !t.includes(key)) return false;
    return squash(change.type === "Added" ? o.inserted : o.removed).includes(words);
  });
}

/**
 * The log entries for suggestions told by their wording that the log does not hold ("applied", by
 * the name the change was under, at `at`), and the plain sentence to show; none when nothing new.
 */
export function rebuildEntries(recognised: readonly OurChange[], log: readonly Decision[], by: (o: OurChange) => string, at: string, problem?: string): { decisions: Decision[]; message?: string } {
  const listed = new Set(log.filter((d) => d.subject === "suggestion" && d.action === "applied").map((d) => d.target));
  const decisions: Decision[] = recognised
    .filter((o) => !listed.has(o.id))
    .map((o) => ({
      target: o.id,
      subject: "suggestion",
      action: "applied",
      by: by(o),
      at,
      reason: "Recognised from its tracked change: the decision log did not list it.",
      ...(o.ruleId ? { ruleId: o.ruleId } : {}),
      ...(o.label ? { label: o.label } : {}),
      edit: { prefix: o.prefix, removed: o.removed, inserted: o.inserted, suffix: o.suffix },
    }));
  if (!decisions.length) return { decisions };
  const n = decisions.length;
  const them = itOrThem(n);
  const why = problem ? "its decision log was damaged" : log.length ? `its decision log did not list ${them}` : "its decision log is missing";
  return { decisions, message: `${n} of your suggestions ${n === 1 ? "was" : "were"} recognised by ${n === 1 ? "its" : "their"} wording in this document's tracked changes (${why}), and the log was rebuilt with ${them}. The contract itself is untouched.` };
}
