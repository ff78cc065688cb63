/** Fix kind "strike": the trigger is one item of a list of purposes; it is deleted and the list still reads. */
import type { Suggestion } from "../../types";
import { strikeRange } from "../slots";
import type { FixContext } from "./context";

/** No words of its own: the list's remaining items and conjunction are the replacement. */
export const messages = {} as const;

/** The strike, or null when the trigger is not a list item (another kind then applies). */
export function strike(c: FixContext, label: string, comment: string): Suggestion | null {
  const r = strikeRange(c.text, c.input);
  return r ? c.make("primary", label, r.start, r.end, r.text, comment) : null;
}
