/** Writing suggestions into plain paragraphs (no host): the text as it reads once they are accepted. */
import type { Paragraph, Suggestion } from "../types";

/** Applies non-overlapping primary suggestions to a copy of the paragraphs. */
export function applySuggestions(paragraphs: readonly Paragraph[], suggestions: readonly Suggestion[]): Paragraph[] {
  const byPara = new Map<number, Suggestion[]>();
  for (const s of suggestions) {
    const list = byPara.get(s.paragraph) ?? [];
    list.push(s);
    byPara.set(s.paragraph, list);
  }
  return paragraphs.map((p, i) => {
    const list = byPara.get(i);
    if (!list) return p;
    const sorted = list.slice().sort((a, b) => b.start - a.start);
    let text = p.text;
    let limit = Infinity;
    for (const s of sorted) {
      if (s.end > limit || text.slice(s.start, s.end) !== s.original) continue;
      text = text.slice(0, s.start) + s.replacement + text.slice(s.end);
      limit = s.start;
    }
    return { ...p, text };
  });
}
