/** The score if accepted: the document as it would read with the primary suggestions accepted. */
import { groupBy } from "../common/groupBy";
import { spliceAll } from "../edit/plan";
import type { Suggestion } from "../types";
import type { CompiledRule } from "./compile";
import { scanOne } from "./findings";
import { sentenceWindows, spanIndex } from "./sentences";
import type { DocScan } from "./types";

/**
 * The scan as it would be once `edits` (primary suggestions) are accepted. Only the sentences the
 * edits touch are read again, each on its own with the state its paragraph was read in; the
 * findings and protections of every other sentence are kept. Offsets in the result are not
 * meaningful: it only feeds the score.
 */
export function rescanEdited(scan: DocScan, edits: readonly Suggestion[], crs: readonly CompiledRule[]): DocScan {
  const byParagraph = groupBy(edits, (e) => e.paragraph);
  const perParagraph = scan.perParagraph.slice();
  for (const [i, list] of byParagraph) {
    const state = scan.states[i];
    const before = scan.perParagraph[i];
    if (!state || !before) continue;
    const text = scan.paragraphs[i].text;
    const sentences = sentenceWindows(text);
    const touched = new Map<number, Suggestion[]>();
    for (const e of list) {
      const si = spanIndex(sentences, e.start);
      if (si < 0) continue;
      const l = touched.get(si) ?? [];
      l.push(e);
      touched.set(si, l);
    }
    const inTouched = (pos: number): boolean => touched.has(spanIndex(sentences, pos));
    const findings = before.findings.filter((f) => !inTouched(f.start));
    const protections = before.protections.filter((p) => !inTouched(p.start));
    for (const [si, l] of touched) {
      const S = sentences[si];
      const sentence = spliceAll(text.slice(S.start, S.end), l.map((e) => ({ start: e.start - S.start, end: e.end - S.start, original: e.original, replacement: e.replacement })));
      const again = scanOne(sentence, i, state, crs, scan.names, "", scan.playbook, true);
      findings.push(...again.findings);
      protections.push(...again.protections);
    }
    perParagraph[i] = { findings, protections };
  }
  return { ...scan, perParagraph };
}
