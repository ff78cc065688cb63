/** Playbook hook: does a suggestion in the user's own words still leave the risk open? */
import { openRisk } from "../playbook/apply";
import type { Span } from "../text";
import type { Finding, Suggestion } from "../types";
import type { CompiledRule } from "./compile";
import { scanOne } from "./findings";
import { sentenceWindows, spanIndex } from "./sentences";
import type { DocScan } from "./types";

/** Playbook hook: re-checks a suggestion in the user's words by scanning its sentence before and after the edit. */
export function playbookCheck(docScan: DocScan, crs: readonly CompiledRule[]): (f: Finding, s: Suggestion) => string | null {
  const sentenceOf = (i: number, pos: number): Span | null => {
    const spans = sentenceWindows(docScan.paragraphs[i].text);
    return spans[spanIndex(spans, pos)] ?? spans.find((S) => S.end === pos) ?? null;
  };
  const scan = (i: number, _start: number, text: string): Finding[] | null => {
    const state = docScan.states[i];
    return state ? scanOne(text, i, state, crs, docScan.names, "").findings : null;
  };
  return (f, s) => openRisk(f, s, docScan.paragraphs, sentenceOf, scan);
}
