import { curlQuotes } from "../../engine/text/curlQuotes";

/**
 * The engine's explanations (rule messages, rationales, the score's sentences) quote words with
 * straight quotes, "like this"; the pane's own text uses typographic ones, “like this”. Shown in
 * the pane, they read the same. Never used on the contract's own words or on text written into it.
 * The rule is the engine's (engine/text/curlQuotes.ts), shared with what is written into a contract.
 */
export function typographic(text: string): string {
  return curlQuotes(text);
}
