/**
 * The whole review of a .docx in one call: read, analyze with the engine, write every
 * suggestion as a tracked change with its comment, append the addendum, return new bytes.
 */
import { analyze, applyAllOrder, planAddendumInsertion } from "../engine";
import { commentRequestFor, requestFor } from "../engine/edit/request";
import type { Paragraph, Position, Report } from "../engine/types";
import { addendumFor } from "../engine/playbook/addendumFor";
import { addendumComment, addendumProposalComment } from "../engine/fix/placement";
import { docNames } from "../engine/scan/names";
import { addendumOptionsFor } from "../engine/fix/addendumOptions";
import type { Playbook } from "../engine/playbook/types";
import type { ApplyItemResult } from "../host/types";
import { appendDecisions } from "../engine/compare/decisionLog";
import type { Decision } from "../engine/compare/decisionLog";
import { ourChangeFrom } from "../engine/compare/fate";
import { readDecisionLog, writeDecisionLog } from "./decisionLog";
import { hasTrackedChanges, theirChanges } from "./rounds";
import { DocxError } from "./package";
import { DocxWriter } from "./writer";
import type { WriterOptions } from "./writer";

export interface ReviewDocxOptions extends WriterOptions {
  /** Negotiating position to write; a finding without that fallback uses its primary suggestion. */
  position?: Position;
  /** Anchor comments on the risky words and leave the text alone. */
  commentOnly?: boolean;
  /**
   * Append the "Prohibition on AI Training" addendum (default true; skipped when one is present).
   * With `commentOnly` the text is left alone: the addendum is proposed, in full, in a comment on
   * the document's first paragraph instead.
   */
  addendum?: boolean;
  /** The user's confirmation of who is who ("I am the Provider; my work is the Deliverables"). */
  roles?: { user?: string; other?: string; work?: string };
  /** The user's playbook: wording, severities, switched-off rules, the addendum's sections. */
  playbook?: Playbook;
}

export interface ReviewDocxResult {
  report: Report;
  paragraphs: Paragraph[];
  bytes: Uint8Array;
  /** Findings written as tracked changes (or comments). */
  applied: number;
  /** Distinct changes written (findings of one clause share one change). */
  changes: number;
  /**
   * Findings for which the chosen position does not apply (no project in the contract, an opt-out
   * already there): their primary wording was written instead. A finding with no wording at all is
   * not among them (nothing was written for it).
   */
  positionNotApplicable: string[];
  /** Findings that could not be written, with the reason. */
  notApplied: ApplyItemResult[];
  /** "proposed-in-comment": a comments-only review wrote the addendum in a comment, not in the text. */
  /**
   * "left-out-for-opt-out": with the opt-out position the addendum is not added, since its absolute
   * prohibition, which prevails over conflicting terms, would cancel the opt-out wording.
   */
  addendum: "inserted" | "proposed-in-comment" | "already-present" | "not-requested" | "left-out-for-opt-out";
  /** The decision log written into the document (earlier rounds' decisions kept, this review's added). */
  decisions: Decision[];
  /** Set when the document's earlier decision log was corrupt or edited by hand (it was rebuilt). */
  logProblem?: string;
  /** Where the addendum went: before the signature block, after an addendum it extends, or at the end. */
  addendumPlace?: "signature-block" | "additional-terms" | "extends-addendum" | "end";
}

/** Paragraphs of a .docx as the engine reads them; refuses a document without text. */
export async function readDocx(data: ArrayBuffer | Uint8Array, options: WriterOptions = {}): Promise<{ writer: DocxWriter; paragraphs: Paragraph[] }> {
  const writer = await DocxWriter.open(data, options);
  const paragraphs = writer.paragraphs();
  if (!paragraphs.some((p) => p.text.trim() !== "")) throw new DocxError("the document has no text to review", "no-text");
  return { writer, paragraphs };
}

export async function reviewDocx(data: ArrayBuffer | Uint8Array, options: ReviewDocxOptions = {}): Promise<ReviewDocxResult> {
  const { writer, paragraphs } = await readDocx(data, options);
  const analyzeOptions = options.roles || options.playbook ? { ...(options.roles ? { roles: options.roles } : {}), ...(options.playbook ? { playbook: options.playbook } : {}) } : undefined;
  // an earlier round's tracked changes of ours that the log does not list (a damaged, edited or
  // stripped log) are told by their wording and logged before this review adds its own, so the
  // next scan finds them in the log; what the log said on reading is kept for the message
  const found = await readDecisionLog(writer.package);
  let recognisedMessage: string | undefined;
  if (hasTrackedChanges(writer.package)) {
    const round = await theirChanges(writer.package, { ours: [writer.author], date: writer.date, ...(analyzeOptions ? { analyze: analyzeOptions } : {}) });
    recognisedMessage = round.read.log.recognised;
  }
  const report = analyze(paragraphs, analyzeOptions);
  // Highest severity first (as the pane's Apply all does): where two fixes touch the same words,
  // the fix for the graver risk is the one written and the other is reported as not written.
  const edits = applyAllOrder(report.findings).map((f) => (options.commentOnly ? commentRequestFor(f, paragraphs, options.position) : requestFor(f, paragraphs, options.position)));
  const results = await writer.apply(edits, { commentOnly: options.commentOnly });
  const written = new Set<string>();
  edits.forEach((e, i) => {
    if (results[i]?.status === "applied") written.add(`${e.paragraph}:${e.start}:${e.end}:${e.replacement}`);
  });
  const wanted = options.position;
  const positionNotApplicable = wanted && wanted !== "primary" ? report.findings.filter((f) => f.suggestions.length > 0 && !f.suggestions.some((s) => s.position === wanted)).map((f) => f.id) : [];
  let addendum: ReviewDocxResult["addendum"] = "not-requested";
  let addendumTexts: string[] = [];
  let addendumPlace: ReviewDocxResult["addendumPlace"];
  // the parties as the suggestions name them, so the addendum and its comment agree with the redlines
  const { agency, contractor } = docNames(paragraphs, report.parties);
  const names = { agency, contractor };
  if (options.addendum !== false && options.position === "opt-out") addendum = "left-out-for-opt-out";
  else if (options.addendum !== false) {
    const p = report.parties;
    const pb = options.playbook;
    const built = addendumOptionsFor(paragraphs, { agency: p.agency, contractor: p.contractor, work: p.work }, { names });
    const plan = planAddendumInsertion(paragraphs, addendumFor(built, pb).paragraphs);
    if (plan.insert === null) addendum = "already-present";
    else if (options.commentOnly) {
      // no text changes: the addendum's wording goes in a comment on the first paragraph of the body
      const at = paragraphs.findIndex((p) => p.text.trim() !== "" && (!p.part || p.part === "body"));
      if (at >= 0) {
        const text = paragraphs[at].text;
        const [r] = await writer.apply([{ paragraph: at, start: 0, end: text.length, original: text, replacement: text, comment: addendumProposalComment(names.agency, names.contractor, plan.insert.map((a) => a.text)), paragraphText: text }], { commentOnly: true });
        if (r?.status === "applied") addendum = "proposed-in-comment";
      }
    } else {
      const placed = await writer.insertAddendum(plan.insert, { comment: (where) => addendumComment(names.agency, names.contractor, where) });
      addendumTexts = plan.insert.map((a) => a.text);
      addendum = "inserted";
      if (placed) addendumPlace = placed.reason;
    }
  }
  // the decision log travels in the document: this review's suggestions as "applied", earlier rounds kept
  const stored = await readDecisionLog(writer.package);
  const logProblem = [found.problem, recognisedMessage].filter(Boolean).join(" ");
  const byId = new Map(report.findings.map((f) => [f.id, f]));
  const applied: Decision[] = [];
  edits.forEach((e, i) => {
    if (results[i]?.status !== "applied" || options.commentOnly || !e.id) return;
    const f = byId.get(e.id);
    const text = paragraphs[e.paragraph]?.text ?? "";
    const s = f?.suggestions.find((x) => x.paragraph === e.paragraph && x.start === e.start && x.replacement === e.replacement);
    const edit = ourChangeFrom(e.id, text, e.start, e.end, e.replacement);
    applied.push({
      target: e.id,
      subject: "suggestion",
      action: "applied",
      by: writer.author,
      at: writer.date,
      ...(f ? { ruleId: f.ruleId } : {}),
      ...(s ? { label: s.label } : {}),
      edit: { prefix: edit.prefix, removed: edit.removed, inserted: edit.inserted, suffix: edit.suffix },
    });
  });
  if (addendum === "inserted") {
    const inserted = addendumTexts.filter((t) => t.trim() !== "");
    if (inserted.length) applied.push({ target: "addendum", subject: "suggestion", action: "applied", by: writer.author, at: writer.date, label: "Prohibition on AI Training addendum", edit: { prefix: "", removed: "", inserted: inserted.join("\n"), suffix: "" } });
  }
  const decisions = appendDecisions(stored.decisions, applied);
  if (applied.length || stored.rebuild || found.rebuild) await writeDecisionLog(writer.package, decisions);
  const bytes = await writer.save();
  return {
    report,
    paragraphs,
    bytes,
    applied: results.filter((r) => r.status === "applied").length,
    changes: written.size,
    positionNotApplicable,
    notApplied: results.filter((r) => r.status !== "applied"),
    addendum,
    decisions,
    ...(logProblem ? { logProblem } : {}),
    ...(addendumPlace ? { addendumPlace } : {}),
  };
}
