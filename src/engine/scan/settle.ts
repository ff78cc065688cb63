/**
 * What a prohibition of AI training takes out of the findings: within a sentence, an explicit AI
 * exclusion limits the rights it sits next to (`excludedByAi`); within a paragraph, a full
 * prohibition settles the general rights over the work (`settledFindings`).
 */
import { splitSentences } from "../text";
import type { Finding, Paragraph, Protection } from "../types";
import { spanIndex } from "./sentences";
import type { RawFinding } from "./types";

/**
 * An explicit AI-training exclusion in the sentence limits the other rights it grants
 * ("… for any purpose other than training AI models"). Sub-licensing is only limited by an
 * exclusion that follows it closely ("service providers (each bound not to train AI …)"); an
 * improvement purpose next to an exclusion is not a training grant either.
 */
export function excludedByAi(f: RawFinding, exclusions: readonly number[], text: string): boolean {
  if (f.rule.category === "sublicensing") return exclusions.some((x) => x >= f.end && x - f.end <= 80);
  if (f.rule.category === "ai-training-grant" && f.rule.id !== "ai-training-grant/improve-ai") return false;
  // an exclusion before the finding only limits it within the same clause:
  // "may not train on the Work, except that it may use anonymized data for analytics" still grants
  // an exclusion after the finding limits it within its own clause: "… to improve our models; it is
  // never used to train …" leaves the first clause's grant standing
  // — except for a general right over the work (a purpose, a licence, feedback): a proviso after it
  // ("…to improve the Platform; provided that it shall not use the Data to train any model") is how a
  // drafter takes AI training out of that right
  const proviso = SETTLED_BY_PROHIBITION.has(f.rule.category);
  return exclusions.some((x) => (x >= f.end ? proviso || !text.slice(f.end, x).includes(";") : !EXCEPTION_BREAK.test(text.slice(x, f.start))));
}

/** Words after which a new grant begins, out of reach of an earlier exclusion. */
export const EXCEPTION_BREAK = /;|\b(?:except\s+that|but|however|provided\s+that|save\s+that|other\s+than\s+that)\b/i;

/**
 * Categories whose risk is AI use of the work itself by way of a general right (a purpose, a
 * licence, feedback). A full prohibition of AI training in the same paragraph (the clause) takes that
 * use out of the right: "We may use Content to improve the Services. We never use Content to train AI
 * models." leaves nothing to fix. An explicit AI grant, a transfer of ownership, a sub-licence (the
 * prohibition may not bind the recipients) and rights over data made from the work (aggregated or
 * anonymized data, the usual way round a prohibition on the work itself) stay findings.
 */
export const SETTLED_BY_PROHIBITION = new Set<string>(["ambiguous-purpose", "broad-license", "feedback"]);

const DERIVED_DATA = new Set<string>(["data-aggregation", "anonymization"]);

/** Paragraphs holding a full prohibition of AI training (not partial, not TermScore's addendum), with where each starts. */
export function prohibitionsByParagraph(protections: readonly Protection[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const p of protections) {
    if (p.kind !== "no-ai-training" || p.partial || p.fromAddendum) continue;
    const list = out.get(p.paragraph) ?? [];
    list.push(p.start);
    out.set(p.paragraph, list);
  }
  return out;
}

/**
 * The findings a full prohibition of AI training in their paragraph settles, in its own sentence
 * or another ("We will not train AI on your Content, but may use it to improve the Services"). A
 * sentence that also opens data made from the work keeps its findings: "may not train on the Work,
 * except that it may use anonymized data for analytics" still grants the analytics.
 */
export function settledFindings(prohibiting: ReadonlyMap<number, number[]>, findings: readonly Finding[], paragraphs: readonly Paragraph[]): Set<Finding> {
  const out = new Set<Finding>();
  if (prohibiting.size === 0) return out;
  const derived = new Set<string>();
  const candidates: Array<[Finding, string]> = [];
  const sentencesOf = new Map<number, ReturnType<typeof splitSentences>>();
  for (const f of findings) {
    if (!prohibiting.has(f.paragraph)) continue;
    let spans = sentencesOf.get(f.paragraph);
    if (!spans) sentencesOf.set(f.paragraph, (spans = splitSentences(paragraphs[f.paragraph].text)));
    const S = spans[spanIndex(spans, f.start)];
    if (!S) continue;
    const key = `${f.paragraph}:${S.start}`;
    if (DERIVED_DATA.has(f.category)) derived.add(key);
    else if (SETTLED_BY_PROHIBITION.has(f.category)) candidates.push([f, key]);
  }
  for (const [f, key] of candidates) if (!derived.has(key)) out.add(f);
  return out;
}
