/**
 * How an edit weakens a protection, in plain words: a prohibition turned into a permission, a
 * consent qualifier or an exception added, survival shortened or removed, what it forbids narrowed,
 * a protection lost.
 */
import type { Protection, ProtectionKind } from "../types";
import { CONSENT, EXCEPTION, PERMISSIVE, PROHIBITIVE, durationWords, survivalDays } from "./patterns";
import type { Weakening } from "./types";

/** A prohibition's whole phrase ("shall not", "prohibited"), not just its "not" (PROHIBITIVE without its global state). */
const PROHIBITIVE_WHOLE = new RegExp(PROHIBITIVE.source, "i");

export const quote = (s: string, max = 90): string => `\u201c${s.length > max ? `${s.slice(0, max - 1).trimEnd()}\u2026` : s}\u201d`;

export const kindsOf = (ps: readonly Protection[]): ProtectionKind[] => [...new Set(ps.map((p) => p.kind))];

/**
 * What a prohibition forbids: the uses and the kinds of AI it names, each one reach whatever its
 * ending ("trains", "training"; "AI" is "artificial intelligence"); taking one out narrows it.
 */
const REACH = /\b(use|train|fine[- ]?tun|test|evaluat|validat|benchmark|improv|develop|ingest|artificial intelligence|ai|machine[- ]learning|generative|neural network)(?:e?s|ed|ing|e|ion|e?ment)?\b/gi;
const reaches = (text: string): string[] => [...text.matchAll(REACH)].map((m) => m[1].toLowerCase().replace(/[- ]/g, "").replace(/^ai$/, "artificialintelligence"));
/**
 * Words that, put into a restriction, leave the rest outside it: only some models ("third-party",
 * "publicly available"), only some conduct ("knowingly", "reasonable efforts"), only for a while
 * ("during the term").
 */
const LIMITS = /\b(?:third[- ]part(?:y|ies)|public(?:ly (?:available|accessible|released))?|external|commercial(?:ly)?|(?:intentional|will?ful|deliberate)(?:ly)?|knowingly|materially|(?:reasonable|best) (?:efforts|endeavou?rs)|to (?:its|their|the \w+'s) (?:actual )?knowledge|during the (?:term|engagement)|for the (?:duration|term) of|until|so long as)\b/i;
/** A sentence that restricts: a prohibition ("shall not", "agrees not to"), or a grant cut short by "other than", "except", "excluding". */
const RESTRICTS = new RegExp(`${PROHIBITIVE.source}|\\b(?:not to|other than|except|excluding|save for)\\b`, "i");

/**
 * Every restriction in `text`: each sentence from its first restricting words on, or (`clause`)
 * from the start of the clause that holds them ("shall use reasonable efforts not to …"), after
 * any grant the sentence opens with ("may publish …, but").
 */
const restrictions = (text: string, clause = false): string[] =>
  text.split(/(?<=[.;:])\s+/).flatMap((sentence) => {
    const m = RESTRICTS.exec(sentence);
    if (!m) return [];
    if (!clause) return [sentence.slice(m.index)];
    const head = sentence.slice(0, m.index);
    const cut = Math.max(head.lastIndexOf(", "), head.search(/\bbut\b(?!.*\bbut\b)/));
    return [sentence.slice(Math.max(0, cut))];
  });

const reachOf = (text: string): Set<string> => new Set(restrictions(text).flatMap(reaches));

/** How their edit narrows what a restriction forbids: the words they took out, or the limiting words they put in. */
export type Narrowing = { took: string[] } | { added: string[] };

/**
 * Their edit narrows a restriction when it takes out a use or a kind of AI the restriction named
 * (and no restriction names it any more), or puts limiting words into one; null otherwise. Words
 * taken out of a grant beside the restriction, or a rewording that keeps every reach, narrow nothing.
 */
export function narrowedBy(before: string, after: string, diff: { inserted: readonly string[]; deleted: readonly string[] }): Narrowing | null {
  const now = reachOf(after);
  const gone = [...reachOf(before)].filter((k) => !now.has(k));
  const took = diff.deleted.filter((d) => reaches(d).some((k) => gone.includes(k)));
  if (took.length) return { took };
  const was = restrictions(before, true);
  const limits = restrictions(after, true);
  const added = diff.inserted.filter((d) => {
    const m = LIMITS.exec(d);
    return m !== null && limits.some((r) => r.includes(d.trim())) && !was.some((r) => r.toLowerCase().includes(m[0].toLowerCase()));
  });
  return added.length ? { added } : null;
}

/** The sentence that says how a restriction was narrowed. */
export function narrowingSummary(n: Narrowing): string {
  return "took" in n
    ? `They narrowed what your protection forbids: they took out ${quote(n.took.join(" \u2026 "), 70)}.`
    : `They narrowed what your protection forbids: they added ${quote(n.added.join(" \u2026 "), 70)}, which leaves the rest outside it.`;
}

export interface WeakeningFound {
  how: Weakening;
  summary: string;
  /** The exception or consent words they added, when that is how. */
  added?: string;
  /** Protections the edit leaves without a full equivalent. */
  lost: Protection[];
}

/** Judge an edited protection (its text before and after, their word runs, the protections read on each side); null when it gives as much as before. */
export function weakening(before: string, after: string, diff: { inserted: string[]; deleted: string[] }, protBefore: readonly Protection[], protAfter: readonly Protection[]): WeakeningFound | null {
  const insertedText = diff.inserted.join(" ");
  const deletedText = diff.deleted.join(" ");
  const lost = protBefore.filter((p) => !p.partial && !protAfter.some((q) => q.kind === p.kind && !q.partial));
  const prohibitiveBefore = (before.match(PROHIBITIVE) ?? []).length;
  const prohibitiveAfter = (after.match(PROHIBITIVE) ?? []).length;
  const survBefore = survivalDays(before);
  const survAfter = survivalDays(after);
  const added = diff.inserted.find((s) => CONSENT.test(s)) ?? diff.inserted.find((s) => EXCEPTION.test(s));
  const found = (how: Weakening, summary: string): WeakeningFound => ({ how, summary, ...(added !== undefined ? { added } : {}), lost });
  if (prohibitiveAfter < prohibitiveBefore && !insertedText.trim() && deletedText.split(/\s+/).length >= 5 && PROHIBITIVE_WHOLE.test(deletedText)) {
    // a whole prohibition taken out (a sentence deleted, or moved and reworded past recognition):
    // nothing was turned into anything, the words are gone
    return found("protection-lost", `They took your prohibition out of the clause: ${quote(deletedText, 90)}.`);
  }
  if (prohibitiveAfter < prohibitiveBefore && (PERMISSIVE.test(insertedText) || /\b(?:not|never|prohibited|cannot)\b/i.test(deletedText))) {
    return found("prohibition-to-permission", `They turned your prohibition into a permission: ${quote(deletedText, 40)} became ${quote(insertedText || "(nothing)", 40)}.`);
  }
  if (added && CONSENT.test(added) && !CONSENT.test(deletedText)) return found("consent-added", `They made your protection yield to consent: they added ${quote(added, 70)}.`);
  if (added && !EXCEPTION.test(deletedText)) return found("exception-added", `They added an exception to your protection: ${quote(added, 70)}.`);
  if (survBefore !== null && survAfter !== null && survAfter < survBefore) {
    return found("survival-shortened", `They shortened how long the protection survives the contract: ${durationWords(survBefore)} became ${durationWords(survAfter)}.`);
  }
  if (survBefore !== null && survAfter === null) return found("survival-shortened", "They removed the survival of your protection after the contract ends.");
  if (!lost.length) {
    const narrowed = narrowedBy(before, after, diff);
    if (narrowed) return found("scope-narrowed", narrowingSummary(narrowed));
  }
  if (lost.length) return found("protection-lost", `Their edit leaves your ${kindsOf(lost).join(", ")} protection ${protAfter.some((q) => lost.some((p) => p.kind === q.kind)) ? "only partly there" : "gone"}.`);
  return null;
}
