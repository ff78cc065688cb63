/** The scanner's internal shapes: a paragraph's reading state, raw matches, per-paragraph and whole-document results. */
import type { DocumentModel } from "../read";
import type { CompiledRule } from "./compile";
import type { RuleData } from "../rules";
import type { ResolvedPlaybook } from "../playbook/resolve";
import type { Names } from "../fix/suggest";
import type { Span } from "../text";
import type { Finding, FindingContext, Paragraph, Parties, Protection } from "../types";

export interface ParagraphState {
  context: FindingContext | null;
  leadIn: boolean;
  inAddendum: boolean;
  /**
   * A list lead-in's items, when its last sentence is left open for them ("The Agency shall have
   * the right to use, for any purpose:" then "(a) the Deliverables;" "(b) all drafts."): the rules'
   * conditions read that sentence with its items, which complete it (read/lists.ts).
   */
  items?: string;
}

export interface RawFinding {
  rule: RuleData;
  paragraph: number;
  start: number;
  end: number;
  sentence: Span;
  context: FindingContext | null;
}

export interface ParagraphScan {
  findings: RawFinding[];
  protections: Protection[];
}

export interface DocScan {
  paragraphs: Paragraph[];
  model: DocumentModel;
  parties: Parties;
  names: Names;
  /** The state each scanned paragraph was read in (null: empty, or an addendum title). */
  states: Array<ParagraphState | null>;
  perParagraph: Array<ParagraphResult | null>;
  mentionsAi: boolean;
  addendumIndex: number;
  playbook: ResolvedPlaybook | null;
  /** The rules the document was read with (scan/workTerm.ts: they read its own name for the work). */
  rules: readonly CompiledRule[];
}

export interface ParagraphResult {
  findings: Finding[];
  protections: Protection[];
}
