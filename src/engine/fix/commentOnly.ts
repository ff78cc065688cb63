/**
 * The comment written by "Comment only": the text is left alone, so the comment must not
 * describe an edit as made. It keeps the suggestion's explanation (addressed to the other
 * side, in the contract's names) and proposes the wording instead.
 */
import type { Finding, Suggestion } from "../types";

/**
 * @example
 * commentOnlyText(finding, finding.suggestions[0])
 * // "… The proposed edit adds that carve-out … Proposed wording: replace “for any purpose” with “solely for …”."
 */
/** Words to quote: without the space or joining comma at their edges (“ to develop …” → “to develop …”). */
const quoted = (t: string) => t.replace(/^[\s,;]+/, "").replace(/[\s,;]+$/, "");

export function commentOnlyText(finding: Pick<Finding, "trigger">, suggestion: Suggestion | undefined): string {
  if (!suggestion) return `TermScore flags \u201c${finding.trigger}\u201d: it could allow the work to be used to train AI. No wording is proposed for it here.`;
  const explanation = suggestion.comment.replace(/\bThis (?:edit|change)\b/g, "The proposed change").trim();
  const { original, replacement } = suggestion;
  const trimAdded = (t: string) => t.replace(/^[,;]\s*/, "").replace(/[.;]$/, "").trim();
  let proposal: string;
  if (replacement === "") proposal = `Proposed wording: delete \u201c${quoted(original)}\u201d.`;
  else if (original === "" || /^[.;:!]$/.test(original.trim())) proposal = `Proposed wording, added at the end of the clause: \u201c${trimAdded(replacement)}\u201d.`;
  // a sentence of its own put before the clause's first word (an owner's covenant before an open lead-in: ./clauseRestriction.ts)
  else if (original.trim() && replacement.endsWith(original) && /\.\s+$/.test(replacement.slice(0, -original.length))) proposal = `Proposed wording, a new sentence at the start of the clause: \u201c${replacement.slice(0, -original.length).trim()}\u201d`;
  else if (replacement.startsWith(original) && original.trim()) proposal = `Proposed wording, added after \u201c${quoted(original)}\u201d: \u201c${trimAdded(replacement.slice(original.length))}\u201d.`;
  else proposal = `Proposed wording: replace \u201c${quoted(original)}\u201d with \u201c${quoted(replacement)}\u201d.`;
  return `${explanation} ${proposal}`;
}
