/**
 * Readable renderings of a Report: plain text for the command line, Markdown for export from the
 * task pane. Deterministic (no dates, no environment).
 */
import type { Finding, Paragraph, Report } from "../types";
import { CATEGORY_LABEL, POSITION_TAG, PROTECTION_NAME, SEVERITY_LABEL, shownParty } from "./labels";

const CONTEXT_LABEL = { "representations-warranties": "Representations and Warranties", "data-privacy": "Data Privacy / Protection" } as const;

function excerpt(text: string, start: number, end: number, width = 60): string {
  const s = Math.max(0, start - width);
  const e = Math.min(text.length, end + width);
  const clean = (t: string): string => t.replace(/\s+/g, " ");
  return `${s > 0 ? "…" : ""}${clean(text.slice(s, start))}[${clean(text.slice(start, end))}]${clean(text.slice(end, e))}${e < text.length ? "…" : ""}`;
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings.slice().sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || a.ruleId.localeCompare(b.ruleId));
}

/** Plain-text report for a terminal. Paragraph numbers are 1-based for people; JSON stays 0-based. */
export function formatReportText(report: Report, paragraphs?: readonly Paragraph[]): string {
  const lines: string[] = [];
  lines.push(`TermScore: ${report.score}/100 (${report.scoreIfAccepted}/100 if every suggestion is accepted and the addendum added)`);
  lines.push(rolesLine(report));
  if (report.playbook) lines.push(`Playbook: ${report.playbook.name}`);
  if (!report.roles.sure && report.roles.question) lines.push(`  ${report.roles.question} (termscore … --party NAME --work TERM)`);
  if (!report.coverage.complete) for (const r of report.coverage.incorporated) lines.push(`Not reviewed: outside terms incorporated in paragraph ${r.paragraph + 1}${r.url ? ` (${r.url})` : ""}. The review is incomplete.`);
  lines.push(`${report.stats.paragraphs} paragraphs, ${report.stats.characters} characters. ${report.mentionsAi ? "The contract mentions AI or machine learning." : "The contract never mentions AI, machine learning or data ingestion."}`);
  if (report.addendumPresent) lines.push(`A "Prohibition on AI Training" addendum is already in the document.`);
  lines.push("");
  const findings = sortFindings(report.findings);
  lines.push(findings.length ? `Findings (${findings.length}):` : "Findings: none.");
  findings.forEach((f, i) => {
    lines.push("");
    lines.push(`${i + 1}. [${f.severity.toUpperCase()}] ${CATEGORY_LABEL[f.category]} (${f.ruleId}), paragraph ${f.paragraph + 1}, characters ${f.start}-${f.end}`);
    lines.push(`   Trigger: "${f.trigger}"`);
    const para = paragraphs?.[f.paragraph];
    if (para && typeof para.text === "string") lines.push(`   In: ${excerpt(para.text, f.start, f.end)}`);
    if (f.context) lines.push(`   Section: ${CONTEXT_LABEL[f.context.kind]} ("${f.context.heading}")`);
    lines.push(`   Problem: ${f.message}`);
    lines.push(`   Why: ${f.rationale}`);
    f.suggestions.forEach((s) => {
      lines.push(`   ${POSITION_TAG[s.position]}: ${describeEdit(s.original, s.replacement)}${elsewhere(f, s)}`);
    });
    lines.push(`   Comment: ${f.suggestions[0].comment}`);
    for (const l of playbookLines(f)) lines.push(`   ${l}`);
  });
  for (const l of switchedOffLines(report)) lines.push(l);
  lines.push("");
  if (report.protections.length) {
    lines.push("Protections found:");
    for (const pr of report.protections) lines.push(`  - ${PROTECTION_NAME[pr.kind]} (paragraph ${pr.paragraph + 1}${pr.fromAddendum ? ", addendum" : ""})${pr.partial ? ` — only partly: ${pr.partial}` : ""}: "${pr.trigger}"`);
  } else lines.push("Protections found: none.");
  lines.push(report.missing.length ? "Protections missing:" : "Protections missing: none.");
  for (const k of report.missing) lines.push(`  - ${PROTECTION_NAME[k]}`);
  lines.push("");
  lines.push("What lowered the score:");
  for (const l of report.breakdown.lowered) lines.push(`  - ${l}`);
  if (report.breakdown.lowered.length === 0) lines.push("  - nothing");
  lines.push("What would raise it:");
  for (const l of report.breakdown.wouldRaise) lines.push(`  - ${l}`);
  if (report.breakdown.wouldRaise.length === 0) lines.push("  - nothing: the contract already keeps the work out of AI training");
  return lines.join("\n") + "\n";
}

function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, "\\$1").replace(/\s+/g, " ");
}

/** Markdown report, for export from the task pane. */
export function formatReportMarkdown(report: Report): string {
  const out: string[] = [];
  out.push("# TermScore report");
  out.push("");
  out.push(`**Score: ${report.score}/100** (${report.scoreIfAccepted}/100 if every suggestion is accepted and the addendum added)`);
  out.push("");
  out.push(md(rolesLine(report)));
  if (!report.roles.sure && report.roles.question) out.push("", `> ${md(report.roles.question)}`);
  for (const r of report.coverage.incorporated) out.push("", `**Not reviewed:** outside terms incorporated in paragraph ${r.paragraph + 1}${r.url ? ` (${md(r.url)})` : ""}. The review is incomplete.`);
  if (!report.mentionsAi) out.push("", "The contract never mentions AI, machine learning or data ingestion.");
  if (report.addendumPresent) out.push("", "A “Prohibition on AI Training” addendum is already in the document.");
  out.push("", `## Findings (${report.findings.length})`, "");
  const findings = sortFindings(report.findings);
  if (!findings.length) out.push("None.");
  findings.forEach((f, i) => {
    out.push(`### ${i + 1}. ${CATEGORY_LABEL[f.category]} — ${SEVERITY_LABEL[f.severity].toLowerCase()}`);
    out.push("");
    out.push(`- Rule: \`${f.ruleId}\`, paragraph ${f.paragraph + 1}, characters ${f.start}–${f.end}`);
    out.push(`- Trigger: “${md(f.trigger)}”`);
    if (f.context) out.push(`- Section: ${CONTEXT_LABEL[f.context.kind]} (“${md(f.context.heading)}”)`);
    out.push(`- Problem: ${md(f.message)}`);
    out.push(`- Why: ${md(f.rationale)}`);
    for (const s of f.suggestions) {
      out.push(`- ${POSITION_TAG[s.position]}: ${/^[.;]$/.test(s.original) && s.replacement.endsWith(s.original) ? `add at the end of the sentence: ${md(s.replacement.slice(0, -1))}` : `~~${md(s.original)}~~ → ${md(s.replacement)}`}${elsewhere(f, s)}`);
    }
    out.push(`- Comment: ${md(f.suggestions[0].comment)}`);
    for (const l of playbookLines(f)) out.push(`- ${md(l)}`);
    out.push("");
  });
  const off = report.switchedOff ?? [];
  if (off.length) out.push(`## Switched off in your playbook (${off.length})`, "", ...sortFindings(off).map((f) => `- ${f.severity}: \`${f.ruleId}\`, paragraph ${f.paragraph + 1}: “${md(f.trigger)}”`), "");
  for (const w of report.playbook?.addendumWarnings ?? []) out.push(`**Addendum:** ${md(w)}`, "");
  out.push("## Protections", "");
  out.push("| protection | status |", "|---|---|");
  for (const ps of report.breakdown.protections) {
    const partly = report.protections.find((p) => p.kind === ps.kind && p.partial);
    out.push(`| ${md(PROTECTION_NAME[ps.kind])} | ${ps.present ? "present" : partly ? `only partly: ${md(partly.partial ?? "")} (−${ps.deducted})` : `missing (−${ps.deducted})`} |`);
  }
  out.push("", "## Score breakdown", "");
  out.push("| category | findings | points lost | if accepted |", "|---|---:|---:|---:|");
  for (const c of report.breakdown.categories) out.push(`| ${CATEGORY_LABEL[c.category]} | ${c.findings} | ${c.deducted} | ${c.deductedIfAccepted} |`);
  out.push("", "**What lowered the score**", "");
  for (const l of report.breakdown.lowered) out.push(`- ${md(l)}`);
  if (!report.breakdown.lowered.length) out.push("- nothing");
  out.push("", "**What would raise it**", "");
  for (const l of report.breakdown.wouldRaise) out.push(`- ${md(l)}`);
  if (!report.breakdown.wouldRaise.length) out.push("- nothing");
  return out.join("\n") + "\n";
}

/** What the user's playbook says about a finding: its severity, walk-away note, and a risk its wording leaves open. */
function playbookLines(f: Finding): string[] {
  const n = f.playbook;
  if (!n) return [];
  const out: string[] = [];
  if (n.builtInSeverity) out.push(`Severity: ${f.severity} in your playbook (TermScore: ${n.builtInSeverity})`);
  if (n.userWording?.length) out.push(`Wording: yours (${n.userWording.join(", ")})`);
  if (n.openRisk) out.push(`Open risk: ${n.openRisk}`);
  if (n.walkAway) out.push(`Walk away: ${n.walkAway}`);
  return out;
}

/** Findings of rules the playbook switched off: detected, listed, not scored. And the addendum's warnings. */
function switchedOffLines(report: Report): string[] {
  const out: string[] = [];
  const off = report.switchedOff ?? [];
  if (off.length) {
    out.push("", `Switched off in your playbook (${off.length}, not scored, not fixed):`);
    for (const f of sortFindings(off)) out.push(`  - [${f.severity.toUpperCase()}] ${f.ruleId}, paragraph ${f.paragraph + 1}: "${f.trigger}"`);
  }
  for (const w of report.playbook?.addendumWarnings ?? []) out.push("", `Addendum: ${w}`);
  return out;
}

/** "You: Contractor · Other side: Agency · Your work: Deliverables", and where it comes from. */
function rolesLine(report: Report): string {
  const r = report.roles;
  const how = r.source === "user" ? "as you confirmed" : r.source === "default" ? "generic names: nothing in the text names the parties" : r.sure ? "read from the contract" : "read from the contract, please confirm";
  return `You: ${shownParty(r.user)} · Other side: ${shownParty(r.other)} · Your work: "${r.work}" (${how})`;
}

/**
 * Where an edit is written in another paragraph than its finding's (the covenant for an ownership
 * transfer in a list's lead-in follows the list's last item): " (in paragraph 4)"; "" otherwise.
 */
function elsewhere(f: Finding, s: Finding["suggestions"][number]): string {
  return s.paragraph !== f.paragraph ? ` (in paragraph ${s.paragraph + 1})` : "";
}

/** One edit in words: an addition at the end of the sentence reads as such, not as replacing a full stop. */
export function describeEdit(original: string, replacement: string): string {
  if (original === "") return `insert "${replacement}"`;
  if (replacement === "") return `delete "${original}"`;
  if (/^[.;]$/.test(original) && replacement.endsWith(original)) return `add at the end of the sentence "${replacement.slice(0, -1)}"`;
  // an addition after a word the edit keeps ("purpose" → "purpose other than …")
  if (replacement.startsWith(original) && /\w$/.test(original)) return `after "${original}", add "${replacement.slice(original.length).trim()}"`;
  return `replace "${original}" with "${replacement}"`;
}
