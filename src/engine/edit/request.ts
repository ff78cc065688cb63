/**
 * From a finding to the edit a host writes: the one place that picks the suggestion (the chosen
 * position, else the primary) and builds the request (the pane, the .docx review and the CLI).
 *
 * Pure: no Office, DOM or Node.
 */
import { commentOnlyText } from "../fix/commentOnly";
import type { Finding, Paragraph, Position, Suggestion } from "../types";

/**
 * One edit to write, as every host takes it (`ApplyRequest` in src/host/types.ts has this shape):
 * a suggestion's words, replacement and comment, the finding's id, the paragraph text as scanned.
 */
export type EditRequestFields = Pick<Suggestion, "paragraph" | "start" | "end" | "original" | "replacement" | "comment"> & { id: string; paragraphText: string };

/** The suggestion written for a finding: the one in `position`, else the primary (none: undefined). */
export function chosenSuggestion(finding: Finding, position: Position | undefined = "primary"): Finding["suggestions"][number] | undefined {
  return finding.suggestions.find((s) => s.position === position) ?? finding.suggestions[0];
}

/**
 * The edit written for a finding: its suggestion in the chosen position, or, without one, a comment
 * on the trigger (see `commentRequestFor`).
 */
export function requestFor(f: Finding, paragraphs: readonly Paragraph[], position: Position = "primary"): EditRequestFields {
  const s = chosenSuggestion(f, position);
  if (!s) return commentRequestFor(f, paragraphs, position);
  return { id: f.id, paragraph: s.paragraph, start: s.start, end: s.end, original: s.original, replacement: s.replacement, comment: s.comment, paragraphText: paragraphs[s.paragraph]?.text ?? "" };
}

/**
 * The comment-only request for a finding (written with `commentOnly`, the text left as it is), in
 * the pane and the CLI alike: the comment sits on the words the chosen suggestion would replace,
 * so the other side sees exactly which words its proposed wording is for (the trigger alone may be
 * one word of them); without a suggestion, on the trigger.
 */
export function commentRequestFor(f: Finding, paragraphs: readonly Paragraph[], position: Position = "primary"): EditRequestFields {
  const s = chosenSuggestion(f, position);
  if (s) return { id: f.id, paragraph: s.paragraph, start: s.start, end: s.end, original: s.original, replacement: s.replacement, comment: commentOnlyText(f, s), paragraphText: paragraphs[s.paragraph]?.text ?? "" };
  return { id: f.id, paragraph: f.paragraph, start: f.start, end: f.end, original: f.trigger, replacement: f.trigger, comment: commentOnlyText(f, undefined), paragraphText: paragraphs[f.paragraph]?.text ?? "" };
}
