/**
 * Playbook hook (c): after detection, each finding takes its rule's severity and walk-away note;
 * a switched-off rule's findings move to `switchedOff` (listed, counted, not scored, not fixed);
 * suggestions in the user's own words are re-checked by scanning the edited sentence again.
 * The playbook never removes what the engine detected.
 */
import { findProtections } from "../detect/protections";
import { escapeRegExp, splitSentences } from "../text";
import type { Finding, Paragraph, ProtectionKind, Suggestion } from "../types";
import type { ResolvedPlaybook } from "./resolve";
import { fillWording, type FillNames } from "./text";

/** The findings of one sentence's text, as the engine reads it in its paragraph (see scan/playbookCheck.ts). */
export type SentenceScanner = (paragraph: number, sentenceStart: number, text: string) => Finding[] | null;

const key = (f: Pick<Finding, "ruleId" | "trigger">): string => `${f.ruleId}|${f.trigger.toLowerCase().replace(/\s+/g, " ")}`;

/**
 * Scans the sentence before and after the edit: a risk is left open when the finding's own risk is
 * still there, or when the edit brings in one the sentence did not have.
 */
export function openRisk(f: Finding, s: Suggestion, paragraphs: readonly Paragraph[], sentenceOf: (paragraph: number, pos: number) => { start: number; end: number } | null, scan: SentenceScanner): string | null {
  const text = paragraphs[s.paragraph]?.text;
  const S = text === undefined ? null : sentenceOf(s.paragraph, s.start);
  if (!S || text === undefined || s.end > S.end || text.slice(s.start, s.end) !== s.original) return null;
  const sentence = text.slice(S.start, S.end);
  const edited = sentence.slice(0, s.start - S.start) + s.replacement + sentence.slice(s.end - S.start);
  const before = scan(s.paragraph, S.start, sentence) ?? [];
  const after = scan(s.paragraph, S.start, edited) ?? [];
  const had = new Set(before.map(key));
  const open = after.find((x) => key(x) === key(f) || !had.has(key(x)));
  if (!open) return null;
  const what = key(open) === key(f) ? "the risk it should close" : "a new risk";
  return `Your wording (${s.position === "primary" ? "preferred" : s.position}) leaves a risk open: after the edit, a re-scan still finds ${what}, "${open.trigger}" (${open.ruleId}).`;
}

export interface PlaybookOutcome {
  findings: Finding[];
  switchedOff: Finding[];
  /** Findings whose user wording leaves a risk open. */
  openRisks: Array<{ id: string; ruleId: string; message: string }>;
}

/** Severity, walk-away notes, switched-off rules and the re-check of the user's wording. */
export function applyPlaybook(findings: readonly Finding[], playbook: ResolvedPlaybook, names: FillNames, check: ((f: Finding, s: Suggestion) => string | null) | null): PlaybookOutcome {
  const out: PlaybookOutcome = { findings: [], switchedOff: [], openRisks: [] };
  for (const found of findings) {
    const eff = playbook.rules.get(found.ruleId);
    if (!eff) {
      out.findings.push(found);
      continue;
    }
    const note = { ...(found.playbook ?? {}) };
    let f = found;
    if (eff.severity !== f.severity) {
      note.builtInSeverity = f.severity;
      f = { ...f, severity: eff.severity };
    }
    if (eff.walkAway) note.walkAway = fillWording(eff.walkAway, names);
    if (check && note.userWording?.length) {
      for (const position of note.userWording) {
        const s = f.suggestions.find((x) => x.position === position);
        const risk = s ? check(f, s) : null;
        if (risk) {
          note.openRisk = risk;
          out.openRisks.push({ id: f.id, ruleId: f.ruleId, message: risk });
          break;
        }
      }
    }
    if (Object.keys(note).length) f = { ...f, playbook: note };
    (eff.enabled ? out.findings : out.switchedOff).push(f);
  }
  return out;
}

/** Severity and switched-off rules only (for the score-if-accepted re-scan, whose offsets are not the document's). */
export function scoredFindings(findings: readonly Finding[], playbook: ResolvedPlaybook): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const eff = playbook.rules.get(f.ruleId);
    if (!eff) out.push(f);
    else if (eff.enabled) out.push(eff.severity === f.severity ? f : { ...f, severity: eff.severity });
  }
  return out;
}

/** The playbook's usual names, for the roles it does not override, when the contract uses them. */
export function playbookRoles(playbook: ResolvedPlaybook, paragraphs: readonly Paragraph[], given: { user?: string; other?: string; work?: string }): { user?: string; other?: string; work?: string } {
  let sample = "";
  for (const p of paragraphs) {
    if (sample.length > 200_000) break;
    sample += p.text + "\n";
  }
  const pick = (name: string | undefined): string | undefined => (name && new RegExp(`\\b${escapeRegExp(name.trim())}\\b`).test(sample) ? name.trim() : undefined);
  return { user: given.user ?? pick(playbook.you.party), other: given.other ?? pick(playbook.you.other), work: given.work ?? pick(playbook.you.work) };
}

/** The protections a text provides, as the detector reads them (for the user's addendum sections). */
export function protectionsIn(text: string): ProtectionKind[] {
  const out: ProtectionKind[] = [];
  for (const s of splitSentences(text)) for (const f of findProtections(text.slice(s.start, s.end))) if (!out.includes(f.kind)) out.push(f.kind);
  return out;
}
