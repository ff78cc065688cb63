/**
 * Judging what the other side changed between two versions of a contract: each aligned paragraph
 * pair is read with the engine on both sides; a change is reported only when it deletes or
 * weakens a protection, removes part of the addendum, or inserts a risk. Everything else they
 * edited (fees, dates, notices) is counted, never listed.
 */
import { analyze } from "../analyze";
import { hashText, type Span } from "../text";
import type { AnalyzeOptions, Paragraph, Protection, ProtectionKind, Report } from "../types";
import { alignKey, alignParagraphs, type AlignedPair } from "./align";
import { suggestionFates } from "./fate";
import { judgeMove } from "./judgeMove";
import { findMoves, putBack, withoutSpans } from "./moves";
import { AI_WORDS, BENIGN, PROHIBITIVE } from "./patterns";
import { counterFor, inAddendum, side, type Side } from "./side";
import { THEIR_CHANGE_KINDS } from "./types";
import type { OurChange, ProposedResponse, RoundReport, TheirChange, TheirChangeKind, TheirComment, Weakening } from "./types";
import { quote, weakening } from "./weakening";
import { wordDiff } from "./wordDiff";

export { wordDiff };

export interface CompareOptions {
  /** Options for the engine on both versions (roles, playbook). */
  analyze?: AnalyzeOptions;
  /** Reports already computed for the two versions (saves two analyses). */
  beforeReport?: Report;
  afterReport?: Report;
  /** Our earlier suggestions, to tell their fate. */
  ours?: readonly OurChange[];
  /** Their comments, to show beside the change they sit on (paragraph = index in the new version). */
  comments?: readonly TheirComment[];
  /** Who made the changes (per new-version paragraph, from tracked changes), when known. */
  authorOf?: (afterParagraph: number | undefined, beforeParagraph: number | undefined) => { author?: string; date?: string } | undefined;
}

/** Moved sentences to leave out of a pair's judgement (they are judged as moves): spans in the old and the new paragraph. */
export interface MovedOut {
  before?: Span[];
  after?: Span[];
}

const outside = (spans: readonly Span[] | undefined) => (x: { start: number; end: number }): boolean => !spans?.some((s) => x.start >= s.start && x.end <= s.end);

/** The pair's texts with moved sentences left out (to judge), and as shown and restored. */
export function pairTexts(row: AlignedPair, A: Side, B: Side, cut: MovedOut = {}): { before: string | null; after: string | null; shownBefore: string | null; shownAfter: string | null } {
  const fullBefore = row.before !== undefined ? A.paragraphs[row.before].text : null;
  const fullAfter = row.after !== undefined ? B.paragraphs[row.after].text : null;
  const before = fullBefore !== null && cut.before?.length ? withoutSpans(fullBefore, cut.before) : fullBefore;
  const after = fullAfter !== null && cut.after?.length ? withoutSpans(fullAfter, cut.after) : fullAfter;
  // restoring their other edits must leave the sentence that moved in where it now stands
  let shownBefore = before;
  if (before !== null && fullAfter !== null && cut.after?.length) for (const s of cut.after) shownBefore = putBack(shownBefore!, fullAfter, s, fullAfter.slice(s.start, s.end));
  return { before, after, shownBefore, shownAfter: fullAfter };
}

/** Judge one aligned pair; null when the change touches no protection and no risk. */
function judgePair(row: AlignedPair, A: Side, B: Side, cut: MovedOut = {}): TheirChange | null {
  const bi = row.before;
  const ai = row.after;
  const { before, after, shownBefore, shownAfter } = pairTexts(row, A, B, cut);
  const protBefore = bi !== undefined ? (A.protections.get(bi) ?? []).filter(outside(cut.before)) : [];
  const protAfter = ai !== undefined ? (B.protections.get(ai) ?? []).filter(outside(cut.after)) : [];
  const findBefore = bi !== undefined ? (A.findings.get(bi) ?? []).filter(outside(cut.before)) : [];
  const findAfter = ai !== undefined ? (B.findings.get(ai) ?? []).filter(outside(cut.after)) : [];
  const diff = before !== null && after !== null ? wordDiff(before, after) : { inserted: after ? [after] : [], deleted: before ? [before] : [] };
    const aboutAi = (before !== null && AI_WORDS.test(before)) || (after !== null && AI_WORDS.test(after));
  const guarded = protBefore.length > 0 || inAddendum(A, bi) || (aboutAi && before !== null && PROHIBITIVE.test(before));
  PROHIBITIVE.lastIndex = 0;
  const base = { before: shownBefore, after: shownAfter, beforeParagraph: bi, afterParagraph: ai, inserted: diff.inserted, deleted: diff.deleted, comments: [] as TheirComment[] };
  const kinds = (ps: Protection[]): ProtectionKind[] => [...new Set(ps.map((p) => p.kind))];
  const newFindings = findAfter.filter((f) => !findBefore.some((g) => g.ruleId === f.ruleId));
  const riskRules = newFindings.map((f) => f.ruleId);
  const make = (kind: TheirChangeKind, summary: string, response: ProposedResponse, how?: Weakening, protections: ProtectionKind[] = kinds(protBefore)): TheirChange => ({
    id: `${kind}:${hashText(`${shownBefore ?? ""}\u0000${shownAfter ?? ""}`)}`,
    kind,
    ...(how ? { how } : {}),
    summary,
    ...base,
    rules: [...new Set([...riskRules, ...protections])],
    protections,
    response,
  });
  const restore = (why: string): ProposedResponse => ({ action: "restore", wording: shownBefore ?? "", why });
  const counterOrRestore = (why: string): ProposedResponse => {
    for (const f of newFindings.length ? newFindings : findAfter) {
      const c = shownAfter !== null ? counterFor(f, shownAfter) : null;
      if (c) return c;
    }
    return restore(why);
  };

  // a whole paragraph gone
  if (after === null && before !== null) {
    if (!before.trim()) return null;
    if (inAddendum(A, bi)) {
      const title = bi === A.addendumAt;
      return make("addendum-section-removed", title ? `They deleted the title of your addendum ${quote(before)}.` : `They deleted this part of your addendum: ${quote(before)}.`, restore("The addendum is what keeps your work out of AI training; put it back."));
    }
    if (guarded) return make("protection-deleted", `They deleted ${protBefore.length ? `your ${kinds(protBefore).join(", ")} protection` : "your AI restriction"}: ${quote(before)}.`, restore("Without it nothing stops them training on your work; restore it."));
    return null;
  }
  // a whole paragraph added
  if (before === null && after !== null) {
    if (newFindings.length) return make("risky-grant-inserted", `They inserted a new clause that ${newFindings[0].message.replace(/^[A-Z]/, (c) => c.toLowerCase()).replace(/\.$/, "")}: ${quote(after)}.`, counterOrRestore("Delete the clause they added."), undefined, []);
    return null;
  }
  if (before === null || after === null || before === after || ((cut.before || cut.after) && alignKey(before) === alignKey(after))) return null;

  // an edited paragraph
  if (guarded) {
    const w = weakening(before, after, diff, protBefore, protAfter);
    const how = w?.how;
    const added = w?.added;
    const lost = w?.lost ?? [];
    const summary = w?.summary ?? "";
    if (how) {
      const benign = how === "exception-added" && added !== undefined && BENIGN.test(added) && !lost.length;
      const response = benign
        ? { action: "accept" as const, why: "A carve-out for what the law requires is standard and leaves AI training prohibited." }
        : how === "survival-shortened"
          ? restore("The prohibition must outlive the contract, or they may train on your work once it ends.")
          : counterOrRestore("Restore your wording: their change opens a door to AI training.");
      return make("protection-weakened", summary, response, how, kinds(protBefore.length ? protBefore : protAfter));
    }
  }
  if (newFindings.length) {
    const where = diff.inserted.length ? `they inserted ${quote(diff.inserted.join(" \u2026 "), 80)}` : `their edit`;
    return make("risky-grant-inserted", `${newFindings[0].message.replace(/\.$/, "")}: ${where}.`, counterOrRestore("Reject their insertion."), undefined, []);
  }
  return null;
}

/** Compare two versions of a contract: the judged list of their changes and the fate of ours. */
export function compareVersions(before: Paragraph[], after: Paragraph[], options: CompareOptions = {}): RoundReport {
  const A = side(before, options.beforeReport ?? analyze(before, options.analyze));
  const B = side(after, options.afterReport ?? analyze(after, options.analyze));
  const rows = alignParagraphs(
    before.map((p) => p.text),
    after.map((p) => p.text)
  );
  const changes: TheirChange[] = [];
  let otherEdits = 0;
  // moved text is judged as a move; the paragraphs it left and entered, for what else changed
  const moves = findMoves(rows, A.texts, B.texts);
  const cutBefore = new Map<number, Span[]>();
  const cutAfter = new Map<number, Span[]>();
  for (const m of moves) {
    if (m.whole) continue;
    cutBefore.set(m.fromBefore, [...(cutBefore.get(m.fromBefore) ?? []), m.fromSpan]);
    cutAfter.set(m.toAfter, [...(cutAfter.get(m.toAfter) ?? []), m.toSpan]);
  }
  // where a deleted paragraph stood: after the last paragraph of the new version that precedes it
  const place = (judged: TheirChange, row: AlignedPair | undefined): void => {
    let prev = -1;
    for (const r of rows) {
      if (r === row) break;
      if (r.after !== undefined) prev = r.after;
    }
    judged.insertAfter = prev;
    if (prev >= 0) judged.insertAfterText = after[prev].text;
  };
  const credit = (judged: TheirChange, afterParagraph: number | undefined, beforeParagraph: number | undefined): void => {
    const who = options.authorOf?.(afterParagraph, beforeParagraph);
    if (who?.author) judged.author = who.author;
    if (who?.date) judged.date = who.date;
  };
  for (const row of rows) {
    if (row.kind === "same" || row.kind === "moved") continue;
    const cut: MovedOut = { ...(row.before !== undefined && cutBefore.has(row.before) ? { before: cutBefore.get(row.before) } : {}), ...(row.after !== undefined && cutAfter.has(row.after) ? { after: cutAfter.get(row.after) } : {}) };
    if (cut.before || cut.after) {
      const rest = pairTexts(row, A, B, cut);
      if (alignKey(rest.before ?? "") === alignKey(rest.after ?? "")) continue;
    }
    const judged = judgePair(row, A, B, cut);
    if (!judged) {
      const t = row.before !== undefined ? before[row.before].text : after[row.after!].text;
      if (t.trim()) otherEdits++;
      continue;
    }
    if (judged.after === null) place(judged, row);
    credit(judged, row.after, row.before);
    changes.push(judged);
  }
  for (const m of moves) {
    const judged = judgeMove(m, A, B);
    if (!judged) {
      if (!m.whole) otherEdits++;
      continue;
    }
    if (judged.after === null) place(judged, rows.find((r) => r.before === m.fromBefore));
    credit(judged, m.toAfter, m.fromBefore);
    changes.push(judged);
  }
  // their comments beside the change they sit on
  const loose: TheirComment[] = [];
  for (const c of options.comments ?? []) {
    const target = c.paragraph !== undefined ? (changes.find((ch) => ch.afterParagraph === c.paragraph) ?? changes.find((ch) => ch.moved?.to === c.paragraph)) : undefined;
    if (target) target.comments.push(c);
    else loose.push(c);
  }
  const suggestions = suggestionFates(options.ours ?? [], after.map((p) => p.text));
  // our suggestions they rejected or altered, beside the change that did it
  const oursById = new Map((options.ours ?? []).map((o) => [o.id, o]));
  for (const f of suggestions) {
    if ((f.fate !== "rejected" && f.fate !== "altered") || f.paragraph === undefined || oursById.get(f.id)?.paragraphs) continue;
    const kind = f.fate === "rejected" ? "suggestion-rejected" : "suggestion-altered";
    const what = `${f.fate === "rejected" ? "They rejected" : "They altered"} your suggestion${f.label ? ` (${f.label.toLowerCase()})` : ""}`;
    const existing = changes.find((c) => c.afterParagraph === f.paragraph);
    if (existing) {
      if (existing.kind === "protection-weakened" && existing.how === "protection-lost") {
        // the suggestion was the protection: its loss is the rejection itself
        existing.summary = `${what}: ${existing.summary.charAt(0).toLowerCase()}${existing.summary.slice(1)}`;
        delete existing.how;
      } else existing.summary = `${what}. ${existing.summary}`;
      if (existing.kind !== "protection-deleted" && existing.kind !== "addendum-section-removed") existing.kind = kind;
      existing.suggestion = f.id;
      if (f.ruleId && !existing.rules.includes(f.ruleId)) existing.rules.push(f.ruleId);
      continue;
    }
    const row = rows.find((r) => r.after === f.paragraph);
    let beforeText = row?.before !== undefined ? before[row.before].text : null;
    const afterText = after[f.paragraph].text;
    if (beforeText === afterText) {
      // rejected outright (Word keeps no trace): the paragraph as we proposed it, from our edit
      const o = oursById.get(f.id)!;
      const pre = o.prefix.slice(-20);
      const suf = o.suffix.slice(0, 20);
      const k = afterText.indexOf(pre + o.removed + suf);
      if (k < 0 || f.fate !== "rejected") continue;
      beforeText = afterText.slice(0, k) + pre + o.inserted + suf + afterText.slice(k + pre.length + o.removed.length + suf.length);
    }
    const diff = beforeText !== null ? wordDiff(beforeText, afterText) : { inserted: [afterText], deleted: [] };
    changes.push({
      id: `${kind}:${hashText(`${f.id}\u0000${afterText}`)}`,
      kind,
      summary: `${what}${f.fate === "rejected" ? ": their wording is back" : ""}.`,
      before: beforeText,
      after: afterText,
      ...(row?.before !== undefined ? { beforeParagraph: row.before } : {}),
      afterParagraph: f.paragraph,
      inserted: diff.inserted,
      deleted: diff.deleted,
      rules: f.ruleId ? [f.ruleId] : [],
      protections: [],
      response:
        (B.findings.get(f.paragraph) ?? []).map((x) => counterFor(x, afterText)).find((c) => c && c.position !== "primary") ??
        (f.fate === "altered"
          ? { action: "accept", why: "Their rewording touches no protection and adds no risk the review can find; read it, and accept it if it says what you need." }
          : { action: "restore", ...(beforeText !== null ? { wording: beforeText } : {}), why: "Propose your wording again, or drop it if you can live with theirs." }),
      suggestion: f.id,
      comments: [],
    });
    if (row?.kind === "changed" && !changes.some((c) => c.afterParagraph === f.paragraph && c !== changes[changes.length - 1])) otherEdits = Math.max(0, otherEdits - 1);
  }
  const rowOf = (c: TheirChange): number => rows.findIndex((r) => (c.afterParagraph !== undefined ? r.after === c.afterParagraph : r.before === c.beforeParagraph));
  changes.sort((a, b) => rowOf(a) - rowOf(b));
  const counts = Object.fromEntries(THEIR_CHANGE_KINDS.map((k) => [k, 0])) as Record<TheirChangeKind, number>;
  for (const c of changes) counts[c.kind]++;
  const tally = { total: suggestions.length, accepted: 0, rejected: 0, altered: 0, open: 0 };
  for (const s of suggestions) tally[s.fate]++;
  return { version: 1, changes, suggestions, comments: loose, summary: { counts, otherEdits, suggestions: tally } };
}
