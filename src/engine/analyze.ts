/**
 * The detector: paragraphs in, a plain-JSON Report out. Deterministic; no I/O.
 *
 * Paragraphs are scanned sentence by sentence. Each rule (data in rules/) is a linear-time
 * pattern plus conditions; a match inside protective language is not a finding (and, for AI
 * training, is credited as a "no AI training" protection). Sections, list lead-ins and a TermScore
 * addendum are tracked across paragraphs.
 *
 * This file is the pipeline, top to bottom: the document pass (scan/document.ts), coverage of the
 * protections, findings settled by a prohibition (scan/settle.ts), dismissed findings, the playbook,
 * the score if accepted (scan/rescan.ts) and the report.
 */
import { DEFAULT_CONVENTIONS } from "./fix/conventions";
import { addendumOptionsFor } from "./fix/addendumOptions";
import { combineListClauses } from "./fix/listClause";
import { listClauses } from "./read/lists";
import { computeScore } from "./report/score";
import { judgeCoverage } from "./detect/coverage";
import type { AnalyzeOptions, DocumentPart, Paragraph, ProtectionKind, Report } from "./types";
import { PROTECTION_KINDS } from "./types";
import { rules } from "./scan/ruleSet";
import { collect, sanitise, scanAll } from "./scan/document";
import { rescanEdited } from "./scan/rescan";
import { SETTLED_BY_PROHIBITION, prohibitionsByParagraph, settledFindings } from "./scan/settle";
// playbook hooks (issue 18): wording in toFindings (scan/findings.ts), severity / switched off after detection, the addendum
import { resolvePlaybook } from "./playbook/resolve";
import { applyPlaybook, scoredFindings } from "./playbook/apply";
import { addendumFor } from "./playbook/addendumFor";
import { playbookCheck } from "./scan/playbookCheck";
import { countOf } from "./fix/plural";

/** The highest score a review that could not read incorporated terms may show. */
const INCOMPLETE_CAP = 90;

/** Analyses a document: findings, protections found and missing, and the score. */
export function analyze(paragraphs: Paragraph[], options?: AnalyzeOptions): Report {
  const crs = rules();
  const sane = sanitise(paragraphs);
  const playbook = options?.playbook ? resolvePlaybook(options.playbook) : null;
  const docScan = scanAll(sane, crs, options ?? null, playbook);
  const scan = collect(docScan);
  const dismissed = new Set(Array.isArray(options?.dismissed) ? options.dismissed.filter((d) => typeof d === "string") : []);
  const protections = judgeCoverage(scan.protections, sane, docScan.model.sections, docScan.model.roles.user);
  const prohibiting = prohibitionsByParagraph(protections);
  const settled = settledFindings(prohibiting, scan.findings, sane);
  const kept = settled.size ? scan.findings.filter((f) => !settled.has(f)) : scan.findings;
  const detected = dismissed.size ? kept.filter((f) => !dismissed.has(f.id)) : kept;
  // playbook hook (c): severities, walk-away notes, switched-off rules, the user's wording re-checked
  const names = { party: docScan.names.contractor, other: docScan.names.agency, work: docScan.names.work };
  const outcome = playbook ? applyPlaybook(detected, playbook, names, playbookCheck(docScan, docScan.rules)) : null;
  const findings = outcome ? outcome.findings : detected;
  // one restriction for a clause set out as a list, whose lead-in and items are paragraphs of their own
  combineListClauses(listClauses(sane), sane, findings, docScan.names);
  const present = new Set<ProtectionKind>(protections.filter((p) => !p.partial).map((p) => p.kind));
  const missing = PROTECTION_KINDS.filter((k) => !present.has(k));
  const partial = missing.filter((k) => protections.some((p) => p.kind === k && p.partial));

  // Score if accepted: apply every primary suggestion, re-read the changed paragraphs, add the addendum.
  const primaries = findings.map((f) => f.suggestions[0]);
  const after = primaries.length ? collect(rescanEdited(docScan, primaries, docScan.rules)) : scan;
  // findings of re-read sentences (new objects; the rest are the scan's own) carry no document
  // offsets: there, the prohibition's paragraph is what counts
  const scanned = new Set(scan.findings);
  const afterKept = after.findings.filter((f) => !dismissed.has(f.id) && !settled.has(f) && !(!scanned.has(f) && SETTLED_BY_PROHIBITION.has(f.category) && prohibiting.has(f.paragraph)));
  const afterFindings = playbook ? scoredFindings(afterKept, playbook) : afterKept;
  // The re-scan reads only the edited sentences (its offsets are not the document's): the fixes add
  // prohibitions, never survival or deletion duties, so those two keep the coverage judged above.
  const afterPresent = new Set<ProtectionKind>(present);
  for (const p of after.protections) if (p.kind !== "survival" && p.kind !== "data-deletion") afterPresent.add(p.kind);
  const addendumOptions = addendumOptionsFor(sane, docScan.parties, { names: docScan.names, conventions: docScan.names.conventions ?? DEFAULT_CONVENTIONS });
  const addendum = addendumFor(addendumOptions, playbook);
  if (docScan.addendumIndex < 0) for (const a of addendum.paragraphs) if (a.protection) afterPresent.add(a.protection);

  const score = computeScore(findings, present, afterFindings, afterPresent, docScan.mentionsAi);
  let characters = 0;
  const parts: Partial<Record<DocumentPart, number>> = {};
  for (const p of sane) {
    characters += p.text.length;
    const part = p.part ?? "body";
    parts[part] = (parts[part] ?? 0) + 1;
  }
  for (const k of partial) {
    const pr = protections.find((p) => p.kind === k && p.partial);
    if (pr) score.breakdown.lowered.push(`Only partly there: ${pr.partial} (paragraph ${pr.paragraph + 1}).`);
  }
  const incorporated = docScan.model.incorporated;
  if (incorporated.length) {
    // what the review could not read may hold the very grant it looks for: never claim a full score
    score.score = Math.min(score.score, INCOMPLETE_CAP);
    score.scoreIfAccepted = Math.min(score.scoreIfAccepted, INCOMPLETE_CAP);
    score.breakdown.lowered.unshift(
      `The review is incomplete: the contract incorporates outside terms that TermScore could not read (${incorporated.map((r) => r.url ?? `paragraph ${r.paragraph + 1}`).slice(0, 3).join(", ")}). Read them for AI and data-use rights.`,
    );
  }
  if (outcome?.switchedOff.length) {
    const ids = [...new Set(outcome.switchedOff.map((f) => f.ruleId))];
    score.breakdown.lowered.push(`Switched off in ${playbook!.name}: ${countOf(outcome.switchedOff.length, "finding")} of ${ids.join(", ")}, listed but not scored.`);
  }
  options?.onProgress?.(sane.length, sane.length);
  return {
    version: 1,
    score: score.score,
    scoreIfAccepted: score.scoreIfAccepted,
    breakdown: score.breakdown,
    findings,
    protections,
    missing,
    partial,
    mentionsAi: docScan.mentionsAi,
    addendumPresent: docScan.addendumIndex >= 0,
    parties: docScan.parties,
    roles: docScan.model.roles,
    coverage: { parts, incorporated, complete: incorporated.length === 0 },
    stats: { paragraphs: sane.length, characters },
    ...(outcome ? { switchedOff: outcome.switchedOff, playbook: { name: playbook!.name, openRisks: outcome.openRisks, addendumWarnings: addendum.warnings } } : {}),
  };
}
