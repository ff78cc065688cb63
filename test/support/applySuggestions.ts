/** The paragraphs as they read once `suggestions` are accepted (engine/edit/plan.ts `spliceAll`, per paragraph). */
import { groupBy } from "../../src/engine/common/groupBy";
import { spliceAll } from "../../src/engine/edit/plan";
import type { Paragraph, Suggestion } from "../../src/engine/types";

export function applySuggestions(paragraphs: readonly Paragraph[], suggestions: readonly Suggestion[]): Paragraph[] {
  const byParagraph = groupBy(suggestions, (s) => s.paragraph);
  return paragraphs.map((p, i) => {
    const list = byParagraph.get(i);
    return list ? { ...p, text: spliceAll(p.text, list) } : p;
  });
}
