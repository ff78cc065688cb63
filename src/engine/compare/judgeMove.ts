/**
 * Judging moved text: a protection that moved (a sentence into another clause, or a whole
 * paragraph elsewhere) is reported as moved, and as weakened when where it now stands gives less:
 * an exception or lead-in governs it there and did not before, it left the sections the survival
 * clause names, or its own words were weakened on the way.
 */
import { hashText } from "../text";
import type { Protection } from "../types";
import { alignKey } from "./align";
import { governingException, putBack, sectionOf, survives, survivingSections, withoutSpans, type SentenceMove } from "./moves";
import { AI_WORDS, CONSENT, EXCEPTION, PROHIBITIVE } from "./patterns";
import { inAddendum, type Side } from "./side";
import type { ProposedResponse, TheirChange, Weakening } from "./types";
import { wordDiff } from "./wordDiff";
import { kindsOf, quote, weakening } from "./weakening";

const within = (span: { start: number; end: number }) => (p: Protection): boolean => p.start < span.end && p.end > span.start;

/** The words of an exception or consent qualifier inside a governing sentence. */
function qualifierIn(text: string): string {
  const m = CONSENT.exec(text) ?? EXCEPTION.exec(text);
  if (!m) return text;
  const rest = text.slice(m.index);
  const stop = rest.search(/[,;:.](?:\s|$)/);
  return stop > 0 ? rest.slice(0, stop) : rest;
}

/** The source paragraph as it would read with the moved words put back where they stood. */
function sourceRestored(m: SentenceMove, A: Side, B: Side): { before: string | null; after: string | null; afterParagraph?: number } {
  const was = A.texts[m.fromBefore];
  if (m.whole) return { before: was, after: B.texts[m.toAfter], afterParagraph: m.toAfter };
  const rest = withoutSpans(was, [m.fromSpan]);
  if (m.fromAfter === undefined) return { before: rest ? m.sentence : was, after: null };
  const now = B.texts[m.fromAfter];
  return { before: alignKey(rest) === alignKey(now) ? was : putBack(now, was, m.fromSpan, m.sentence), after: now, afterParagraph: m.fromAfter };
}

/** Judge one move; null when the moved words hold no protection and no AI restriction. */
export function judgeMove(m: SentenceMove, A: Side, B: Side): TheirChange | null {
  const prot = (A.protections.get(m.fromBefore) ?? []).filter(within(m.fromSpan));
  const protNow = (B.protections.get(m.toAfter) ?? []).filter(within(m.toSpan));
  const restriction = AI_WORDS.test(m.sentence) && PROHIBITIVE.test(m.sentence);
  PROHIBITIVE.lastIndex = 0;
  if (!prot.length && !restriction && !inAddendum(A, m.fromBefore)) return null;
  const fromSection = sectionOf(A.texts, m.fromBefore) ?? undefined;
  const toSection = sectionOf(B.texts, m.toAfter) ?? undefined;
  const what = prot.length ? `your ${kindsOf(prot).join(", ")} protection` : "your AI restriction";
  const from = fromSection ? `from section ${fromSection}` : `from paragraph ${m.fromBefore + 1}`;
  const to = toSection ? `section ${toSection}` : `paragraph ${m.toAfter + 1}`;
  const moved = `They moved ${what} ${from} ${m.whole ? "to" : "into"} ${to}`;
  let how: Weakening | null = null;
  let summary = `${moved}; its words are unchanged and nothing new qualifies them there.`;
  let why = "";
  const edited = alignKey(m.sentence) !== alignKey(m.now) ? weakening(m.sentence, m.now, wordDiff(m.sentence, m.now), prot, protNow) : null;
  const governs = governingException(B.texts, m.toAfter, m.toSpan);
  const governed = governingException(A.texts, m.fromBefore, m.fromSpan);
  const listedBefore = survivingSections(A.texts);
  const listedAfter = survivingSections(B.texts);
  if (edited) {
    how = edited.how;
    summary = `${moved}, and on the way: ${edited.summary.charAt(0).toLowerCase()}${edited.summary.slice(1)}`;
    why = "Restore your wording where it stood: their change opens a door to AI training.";
  } else if (governs && (!governed || alignKey(governed) !== alignKey(governs))) {
    how = "moved-under-exception";
    summary = `${moved}, where ${quote(qualifierIn(governs), 80)} now governs it.`;
    why = "Put it back where nothing qualifies it (or strike their exception for it): under their exception it no longer stops AI training.";
  } else if (fromSection && toSection && listedBefore && listedAfter && survives(fromSection, listedBefore) && !survives(toSection, listedAfter)) {
    how = "moved-out-of-survival";
    summary = `${moved}, which the survival clause does not name: it would end with the contract.`;
    why = `Put it back in a section that survives the contract, or add section ${toSection} to the survival clause.`;
  }
  const place = sourceRestored(m, A, B);
  const response: ProposedResponse = how ? { action: "restore", wording: place.before ?? "", why } : { action: "accept", why: "The same words still apply where they now stand; nothing to answer." };
  const kind = how ? "protection-weakened" : "protection-moved";
  return {
    id: `${kind}:${hashText(`${m.sentence}\u0000${m.now}\u0000${B.texts[m.toAfter]}`)}`,
    kind,
    ...(how ? { how } : {}),
    summary,
    before: place.before,
    after: place.after,
    beforeParagraph: m.fromBefore,
    ...(place.afterParagraph !== undefined ? { afterParagraph: place.afterParagraph } : {}),
    inserted: [],
    deleted: m.whole ? [] : [m.sentence],
    rules: kindsOf(prot),
    protections: kindsOf(prot),
    response,
    moved: { text: m.sentence, now: m.now, from: m.fromBefore, to: m.toAfter, toText: B.texts[m.toAfter], ...(fromSection ? { fromSection } : {}), ...(toSection ? { toSection } : {}), whole: m.whole },
    comments: [],
  };
}
