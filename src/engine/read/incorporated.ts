/**
 * Terms incorporated by reference: text that binds the parties but is not in the document
 * ("the Standard Terms at https://…", "the Master Terms of Service, incorporated by reference").
 * TermScore cannot review what it cannot read; the report lists these and the score says the
 * review is incomplete.
 */
import type { IncorporatedReference, Paragraph } from "../types";

export type { IncorporatedReference };

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+/i;
/** Outside documents that carry terms. */
const TERMS_DOC =
  /\b(?:(?:standard|general|master|online|additional|supplemental|commercial|customer|platform|website|service)\s+)?(?:terms(?:\s+(?:of\s+(?:service|use|business)|and\s+conditions))?|conditions|policy|policies|guidelines|code\s+of\s+conduct|dpa|data\s+processing\s+(?:addendum|agreement)|acceptable\s+use\s+policy|privacy\s+(?:policy|notice)|sla|service\s+level\s+agreement)\b/i;
const INCORPORATES = /\b(?:incorporated\s+(?:herein\s+|into\s+this\s+\w+\s+)?by\s+reference|(?:is|are)\s+(?:hereby\s+)?incorporated\s+(?:herein|into)|forms?\s+(?:a\s+)?part\s+of\s+this|subject\s+to|governed\s+by|as\s+(?:amended|updated|posted)\s+from\s+time\s+to\s+time)\b/i;
/** Where the terms are: somewhere else than this document. */
const ELSEWHERE = /\b(?:(?:available|located|posted|published|found|accessible|set\s+(?:out|forth))\s+(?:at|on)\b|(?:at|on)\s+(?:https?:\/\/|www\.)|on\s+(?:our|its|the\s+\w+'s)\s+(?:web\s*site|site)|from\s+time\s+to\s+time)/i;
/** Attached documents are part of this one. */
const ATTACHED = /\b(?:attached\s+(?:hereto|to\s+this)|annexed|appended|as\s+exhibit|in\s+exhibit|in\s+schedule|below)\b/i;

/** References to outside terms, in document order. */
export function findIncorporated(paragraphs: readonly Paragraph[]): IncorporatedReference[] {
  const out: IncorporatedReference[] = [];
  let read = 0;
  for (let i = 0; i < paragraphs.length && read < 2_000_000 && out.length < 20; i++) {
    const text = paragraphs[i].text;
    read += text.length;
    // a reference needs a URL or an incorporating phrase: both are rarer, and cheaper to look for, than a terms document
    if (text.length > 20_000 || !(URL.test(text) || INCORPORATES.test(text)) || !TERMS_DOC.test(text)) continue;
    for (const sentence of text.split(/(?<=[.;])\s+/)) {
      if (!TERMS_DOC.test(sentence) || ATTACHED.test(sentence)) continue;
      const url = URL.exec(sentence);
      const incorporates = INCORPORATES.test(sentence);
      if ((url && (incorporates || ELSEWHERE.test(sentence))) || (incorporates && ELSEWHERE.test(sentence))) {
        out.push({ paragraph: i, text: sentence.trim().slice(0, 200), ...(url ? { url: url[0].replace(/[.,;]+$/, "") } : {}) });
      }
    }
  }
  return out;
}
