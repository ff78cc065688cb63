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
 * What a prohibition forbids: the uses and the kinds of AI it names. Each entry is one reach
 * ("AI" and "artificial intelligence" are the same one); taking one out of a restriction narrows it.
 */
const REACH: ReadonlyArray<readonly [string, RegExp]> = [
  ["train", /\btrain(?:s|ed|ing)?\b/i],
  ["fine-tune", /\bfine[- ]?tun(?:e|es|ed|ing)\b/i],
  ["test", /\btest(?:s|ed|ing)?\b/i],
  ["evaluate", /\bevaluat(?:e|es|ed|ing|ion)\b/i],
  ["validate", /\bvalidat(?:e|es|ed|ing|ion)\b/i],
  ["benchmark", /\bbenchmark(?:s|ed|ing)?\b/i],
  ["improve", /\bimprov(?:e|es|ed|ing|ement)\b/i],
  ["develop", /\bdevelop(?:s|ed|ing|ment)?\b/i],
  ["ingest", /\bingest(?:s|ed|ing|ion)?\b/i],
  ["ai", /\bartificial intelligence\b|\bAI\b/],
  ["machine learning", /\bmachine[- ]learning\b/i],
  ["generative", /\bgenerative\b/i],
  ["neural network", /\bneural networks?\b/i],
];
/** A sentence that restricts: a prohibition, or a grant cut short by "other than", "except", "excluding". */
const RESTRICTS = new RegExp(`${PROHIBITIVE.source}|\\b(?:other than|except|excluding|save for)\\b`, "i");

/** The reach of every restriction in `text`: what each sentence names from its first restricting words on. */
const reachOf = (text: string): Set<string> => {
  const out = new Set<string>();
  for (const sentence of text.split(/(?<=[.;:])\s+/)) {
    const m = RESTRICTS.exec(sentence);
    if (m) for (const [key, re] of REACH) if (re.test(sentence.slice(m.index))) out.add(key);
  }
  return out;
};

/**
 * Their deleted words that narrow what a restriction forbids (uses or kinds of AI it named and no
 * longer names anywhere in a restricting sentence), or null. Words taken out of a grant beside the
 * restriction, or a rewording that keeps every reach, narrow nothing.
 */
export function narrowedBy(before: string, after: string, deleted: readonly string[]): string[] | null {
  const now = reachOf(after);
  const gone = [...reachOf(before)].filter((k) => !now.has(k));
  if (!gone.length) return null;
  const runs = deleted.filter((d) => REACH.some(([k, re]) => gone.includes(k) && re.test(d)));
  return runs.length ? runs : null;
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
    const narrowed = narrowedBy(before, after, diff.deleted);
    if (narrowed) return found("scope-narrowed", `They narrowed what your protection forbids: they took out ${quote(narrowed.join(" \u2026 "), 70)}.`);
  }
  if (lost.length) return found("protection-lost", `Their edit leaves your ${kindsOf(lost).join(", ")} protection ${protAfter.some((q) => lost.some((p) => p.kind === q.kind)) ? "only partly there" : "gone"}.`);
  return null;
}
