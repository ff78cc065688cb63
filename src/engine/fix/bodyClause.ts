/**
 * Which paragraph's look the addendum copies (its paragraph style, font and size), in Word and in
 * a .docx alike: an ordinary clause of the body text, never a heading, a title, a table cell or a
 * list item (their style's numbering would prefix "14.1" to the addendum's "AI-1"), and long
 * enough to be a clause rather than a caption or a signature line.
 */
import type { Paragraph } from "../types";

/** Shorter paragraphs are captions, party names, signature lines. */
const CLAUSE_LENGTH = 60;
/** Heading, title and list styles, by name or id ("Heading 2", "Title", "ListParagraph", "List Bullet"). */
const NOT_BODY_STYLE = /heading|title|list/i;

/**
 * @example
 * isBodyClause({ text: "The Client shall pay each invoice within thirty days after it receives it." }, "Normal") // true
 * isBodyClause({ text: "…", headingLevel: 2 }, "Heading 2") // false
 */
export function isBodyClause(p: Pick<Paragraph, "text" | "headingLevel" | "inTable">, style: string | null | undefined, listItem: boolean): boolean {
  return !p.headingLevel && !p.inTable && !listItem && p.text.length >= CLAUSE_LENGTH && !NOT_BODY_STYLE.test(style ?? "");
}
