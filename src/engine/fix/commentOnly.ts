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
export function commentOnlyText(finding: Pick<Finding, "trigger">, suggestion: Suggestion | undefined): string {
  if (!suggestion) return `TermScore flags “${finding.trigger}”: it could allow the work to be used to train AI.`;
  const explanation = suggestion.comment.replace(/\bThis edit\b/g, "The proposed edit").trim();
  const proposal =
    suggestion.replacement === ""
      ? `Proposed: delete “${suggestion.original}”.`
      : suggestion.original === "" || /^[.;,]$/.test(suggestion.original.trim())
        ? `Proposed wording to add: “${suggestion.replacement.replace(/^[,;]\s*/, "").replace(/[.;]$/, "")}”.`
        : `Proposed wording: replace “${suggestion.original}” with “${suggestion.replacement}”.`;
  return `${explanation} ${proposal}`;
}
