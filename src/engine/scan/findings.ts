/**
 * A paragraph's findings: the rules read a normalised copy of it (scanParagraph), the raw matches
 * become findings with suggestions (overlaps dropped, one edit per clause, stable ids), and every
 * offset is taken back to the original text. A score-only re-scan skips the suggestions.
 */
import { buildSuggestions, type Names } from "../fix/suggest";
import { combineClauses, type ClauseItem } from "../fix/clause";
import { severityRank } from "../fix/order";
import type { ResolvedPlaybook } from "../playbook/resolve";
import { withPlaybookWording } from "../playbook/wording";
import { mapRange, normaliseForRules } from "../text";
import { spansOverlap } from "../edit/plan";
import type { Finding } from "../types";
import type { CompiledRule } from "./compile";
import { EMPTY_RESULT, EMPTY_SCAN, scanParagraph } from "./paragraph";
import type { ParagraphResult, ParagraphState, RawFinding } from "./types";

/** Turns raw matches of one paragraph into findings with suggestions; drops overlapping ones. */
function toFindings(raw: RawFinding[], text: string, names: Names, idBase: string, playbook: ResolvedPlaybook | null): Finding[] {
  const ordered = raw.slice().sort((a, b) => severityRank(a.rule.severity) - severityRank(b.rule.severity) || a.start - b.start || b.end - a.end);
  const keptRanges: Array<{ start: number; end: number }> = [];
  const provisoUsed = new Set<number>();
  const out: Finding[] = [];
  const clauses: ClauseItem[] = [];
  for (const r of ordered) {
    if (keptRanges.some((k) => spansOverlap(k, r))) continue;
    const input = { rule: r.rule, paragraph: r.paragraph, text, sentence: r.sentence, start: r.start, end: r.end, names, provisoFree: !provisoUsed.has(r.sentence.start) };
    // playbook hook (a): the user's wording where the playbook changed it
    const { suggestions, usedProviso, userWording } = withPlaybookWording(input, buildSuggestions(input), playbook);
    const primary = suggestions[0];
    if (keptRanges.some((k) => spansOverlap(k, primary))) continue;
    // The end of the sentence is taken by this finding's proviso, or by one of its fallbacks (opt-out,
    // project scope): findings of lower severity in the same sentence then qualify their own words.
    if (usedProviso || suggestions.some((s, j) => j > 0 && /^[.;]$/.test(s.original))) provisoUsed.add(r.sentence.start);
    keptRanges.push({ start: r.start, end: r.end });
    if (primary.start !== r.start || primary.end !== r.end) keptRanges.push({ start: primary.start, end: primary.end });
    const finding: Finding = {
      id: "",
      ruleId: r.rule.id,
      category: r.rule.category,
      severity: r.rule.severity,
      paragraph: r.paragraph,
      start: r.start,
      end: r.end,
      trigger: text.slice(r.start, r.end),
      message: r.context ? `${r.rule.message} It sits in the "${r.context.heading}" section, where such rights are often hidden.` : r.rule.message,
      rationale: r.rule.rationale,
      ...(r.context ? { context: r.context } : {}),
      suggestions,
      ...(userWording.length ? { playbook: { userWording } } : {}),
    };
    out.push(finding);
    clauses.push({ finding, sentence: r.sentence });
  }
  dropCollidingFallbacks(out);
  // one edit per clause: the findings of a sentence share one restriction (fix/clause.ts)
  combineClauses(clauses, text, names);
  out.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  const occurrence = new Map<string, number>();
  for (const f of out) {
    const k = occurrence.get(f.ruleId) ?? 0;
    occurrence.set(f.ruleId, k + 1);
    f.id = `${f.ruleId}@${idBase}#${k}`;
  }
  return out;
}

/**
 * The findings of a re-scan that only feeds the score: rule, category and severity, without the
 * suggestions and comments a finding shown to the user carries. Overlapping matches count once,
 * the graver first, as in toFindings.
 */
function toScoredFindings(raw: RawFinding[]): Finding[] {
  const ordered = raw.slice().sort((a, b) => severityRank(a.rule.severity) - severityRank(b.rule.severity) || a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const r of ordered) {
    if (out.some((k) => spansOverlap(k, r))) continue;
    out.push({ id: "", ruleId: r.rule.id, category: r.rule.category, severity: r.rule.severity, paragraph: r.paragraph, start: r.start, end: r.end, trigger: "", message: r.rule.message, rationale: r.rule.rationale, suggestions: [] });
  }
  return out;
}

/**
 * Primary suggestions never overlap (toFindings keeps them apart). A fallback is kept only where
 * it can be written together with every other finding's primary and with the same fallback of
 * every other finding, so that "use the project-scope position everywhere" writes every fix.
 * Findings come in severity order: the graver risk keeps its fallback.
 */
function dropCollidingFallbacks(findings: Finding[]): void {
  const primaries = findings.map((f) => f.suggestions[0]);
  const claimed = new Map<string, Array<{ start: number; end: number }>>();
  findings.forEach((f, i) => {
    f.suggestions = f.suggestions.filter((s, j) => {
      if (j === 0) return true;
      if (primaries.some((p, k) => k !== i && spansOverlap(p, s))) return false;
      const taken = claimed.get(s.position) ?? [];
      if (taken.some((c) => spansOverlap(c, s))) return false;
      taken.push(s);
      claimed.set(s.position, taken);
      return true;
    });
  });
}

export function scanOne(original: string, i: number, state: ParagraphState, crs: readonly CompiledRule[], names: Names, idBase: string, playbook: ResolvedPlaybook | null = null, scoreOnly = false): ParagraphResult {
  // The rules read a normalised copy (no soft hyphens inside words, plain quotes and hyphens);
  // every offset and quoted text is then taken back to the original paragraph.
  const norm = normaliseForRules(original);
  const text = norm.text;
  const scan = scanParagraph(text, i, state, crs);
  if (scan === EMPTY_SCAN) return EMPTY_RESULT;
  let protections = state.inAddendum ? scan.protections.map((pr) => ({ ...pr, fromAddendum: true })) : scan.protections;
  let findings = state.inAddendum || !scan.findings.length ? [] : scoreOnly ? toScoredFindings(scan.findings) : toFindings(scan.findings, text, names, idBase, playbook);
  if (scoreOnly) return { findings, protections };
  if (text !== original) {
    const back = <T extends { start: number; end: number }>(x: T): T => {
      const r = mapRange(norm.map, x.start, x.end);
      return { ...x, start: r.start, end: r.end };
    };
    protections = protections.map((p) => {
      const q = back(p);
      return { ...q, trigger: original.slice(q.start, q.end) };
    });
    findings = findings.map((f) => {
      const g = back(f);
      return {
        ...g,
        trigger: original.slice(g.start, g.end),
        suggestions: f.suggestions.map((sg) => {
          const t = back(sg);
          return { ...t, original: original.slice(t.start, t.end) };
        }),
      };
    });
  }
  return { findings, protections };
}
