/**
 * One version of the contract as round two judges it: its paragraphs, the engine's report, and
 * the protections and findings of each paragraph; and the counter-proposal a finding offers.
 */
import { findAddendumStart } from "../fix/placement";
import type { Finding, Paragraph, Protection, Report } from "../types";
import type { ProposedResponse } from "./types";

export interface Side {
  paragraphs: Paragraph[];
  texts: string[];
  report: Report;
  addendumAt: number;
  protections: Map<number, Protection[]>;
  findings: Map<number, Finding[]>;
}

export function side(paragraphs: Paragraph[], report: Report): Side {
  const protections = new Map<number, Protection[]>();
  for (const p of report.protections) protections.set(p.paragraph, [...(protections.get(p.paragraph) ?? []), p]);
  const findings = new Map<number, Finding[]>();
  for (const f of report.findings) findings.set(f.paragraph, [...(findings.get(f.paragraph) ?? []), f]);
  return { paragraphs, texts: paragraphs.map((p) => p.text), report, addendumAt: findAddendumStart(paragraphs), protections, findings };
}

/** True when paragraph i is part of the AI-training addendum (its title included). */
export function inAddendum(s: Side, i: number | undefined): boolean {
  return i !== undefined && s.addendumAt >= 0 && i >= s.addendumAt && (s.paragraphs[i]?.part ?? "body") === "body";
}

/** The paragraph with a fallback (else primary) suggestion of a finding applied. */
export function counterFor(f: Finding, text: string): ProposedResponse | null {
  const s = f.suggestions.find((x) => x.position !== "primary") ?? f.suggestions[0];
  if (!s || text.slice(s.start, s.end) !== s.original) return null;
  return {
    action: "counter",
    wording: text.slice(0, s.start) + s.replacement + text.slice(s.end),
    position: s.position,
    why: `${s.position === "primary" ? "Our standard position" : `A fallback (${s.position})`}: ${s.label.toLowerCase()}.`,
  };
}
