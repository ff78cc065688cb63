/**
 * Straight double quotes made typographic, in pairs: "like this" → “like this”. A pair never spans
 * a line break, so a stray quote in one line does not curl the text up to a quote in the next.
 * The one quote-curling rule: the drafting's `conform` (text written into a contract that uses
 * curly quotes) and the pane's `typographic` (the engine's explanations shown in the pane).
 *
 * @example
 * curlQuotes('the "Deliverables" and "Work"') // "the “Deliverables” and “Work”"
 */
export function curlQuotes(text: string): string {
  return text.replace(/"([^"\n]*)"/g, "\u201c$1\u201d");
}
