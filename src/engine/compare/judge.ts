/**
 * Judging what the other side changed between two versions of a contract: each aligned paragraph
 * pair is read with the engine on both sides; a change is reported only when it deletes or
 * weakens a protection, removes part of the addendum, or inserts a risk. Everything else they
 * edited (fees, dates, notices) is counted, never listed.
 */
import { analyze } from "../analyze";
import { findAddendum } from "../read/sections";
import { hashText } from "../text";
import type { AnalyzeOptions, Finding, Paragraph, Protection, ProtectionKind, Report } from "../types";
import { alignParagraphs, type AlignedPair } from "./align";
import { suggestionFates } from "./fate";
import { THEIR_CHANGE_KINDS } from "./types";
import type { OurChange, ProposedResponse, RoundReport, TheirChange, TheirChangeKind, TheirComment, Weakening } from "./types";

/** Words that make a paragraph about AI training even where the engine credits no protection. */
const AI_WORDS = /\b(?:artificial intelligence|AI|machine[- ]learning|(?:train|training|trained|fine-tun\w*)\b|(?:large )?language models?|generative|text and data mining|data ?sets?|neural)/i;
const PROHIBITIVE = /\b(?:shall|must|will|may|can)\s+not\b|\b(?:shall|must|will|may)\s+never\b|\bcannot\b|\bprohibited\b|\bnot\s+(?:permitted|allowed|authori[sz]ed)\b|\bno\s+right\s+to\b|\brefrain\b/gi;
const PERMISSIVE = /\b(?:may|can|is\s+(?:permitted|entitled|free)|are\s+(?:permitted|entitled|free)|has\s+the\s+right|shall\s+be\s+entitled)\b/i;
const EXCEPTION = /\b(?:except(?:ing)?|unless|other than|save (?:for|as|where)|excluding|provided(?:,)? (?:however,? )?that|but only|notwithstanding|subject to|apart from|for (?:its|their|the \w+'s)? ?(?:own )?internal (?:business |research |development )?(?:purposes|use)|to the extent)\b/i;
const CONSENT = /\b(?:consent|approv\w*|permission|authori[sz]ation|agrees? in writing|written agreement)\b/i;
const BENIGN = /\brequired by (?:applicable )?law\b|\bcourt order\b|\blegal process\b|\bregulatory authority\b/i;
const SURVIVAL = /\bsurviv\w*/i;

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, sixty: 60, ninety: 90 };

/** The survival period a paragraph gives, in days (Infinity: no end); null when it sets none. */
export function survivalDays(text: string): number | null {
  if (!SURVIVAL.test(text)) return null;
  if (/\b(?:indefinitely|in perpetuity|perpetual(?:ly)?|without (?:time )?limit|for ever|forever|no (?:time )?limit)\b/i.test(text)) return Infinity;
  let best: number | null = null;
  const re = /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)\b(?:\s*\(\d{1,3}\))?\s*(year|month|week|day)s?\b/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
    const unit = m[2].toLowerCase();
    const days = n * (unit === "year" ? 365 : unit === "month" ? 30 : unit === "week" ? 7 : 1);
    best = best === null ? days : Math.max(best, days);
  }
  // "shall survive termination" with no period: for good
  return best ?? Infinity;
}

function durationWords(days: number): string {
  if (days === Infinity) return "without end";
  if (days % 365 === 0) return `${days / 365} year${days === 365 ? "" : "s"}`;
  if (days % 30 === 0) return `${days / 30} month${days === 30 ? "" : "s"}`;
  return `${days} day${days === 1 ? "" : "s"}`;
}

/** Word-level difference: the runs of words inserted and deleted. */
export function wordDiff(before: string, after: string): { inserted: string[]; deleted: string[] } {
  const tok = (s: string): string[] => s.match(/\s*[\p{L}\p{N}_'\u2019-]+|\s*[^\s\p{L}\p{N}_'\u2019-]/gu) ?? [];
  const a = tok(before);
  const b = tok(after);
  const key = (t: string): string => t.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
  const n = a.length;
  const m = b.length;
  const inserted: string[] = [];
  const deleted: string[] = [];
  if (n * m > 4_000_000) return { inserted: [after.trim()], deleted: [before.trim()] };
  const t = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i * (m + 1) + j] = key(a[i]) === key(b[j]) ? t[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(t[(i + 1) * (m + 1) + j], t[i * (m + 1) + j + 1]);
  let i = 0;
  let j = 0;
  let ins = "";
  let del = "";
  const flush = (): void => {
    if (ins.trim()) inserted.push(ins.trim());
    if (del.trim()) deleted.push(del.trim());
    ins = "";
    del = "";
  };
  while (i < n || j < m) {
    if (i < n && j < m && key(a[i]) === key(b[j])) {
      flush();
      i++;
      j++;
    } else if (j < m && (i >= n || t[i * (m + 1) + j + 1] >= t[(i + 1) * (m + 1) + j])) ins += b[j++];
    else del += a[i++];
  }
  flush();
  return { inserted, deleted };
}

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

interface Side {
  paragraphs: Paragraph[];
  report: Report;
  addendumAt: number;
  protections: Map<number, Protection[]>;
  findings: Map<number, Finding[]>;
}

function side(paragraphs: Paragraph[], report: Report): Side {
  const protections = new Map<number, Protection[]>();
  for (const p of report.protections) protections.set(p.paragraph, [...(protections.get(p.paragraph) ?? []), p]);
  const findings = new Map<number, Finding[]>();
  for (const f of report.findings) findings.set(f.paragraph, [...(findings.get(f.paragraph) ?? []), f]);
  return { paragraphs, report, addendumAt: findAddendum(paragraphs), protections, findings };
}

const quote = (s: string, max = 90): string => `\u201c${s.length > max ? `${s.slice(0, max - 1).trimEnd()}\u2026` : s}\u201d`;

/** The paragraph with a fallback (else primary) suggestion of a finding applied. */
function counterFor(f: Finding, text: string): ProposedResponse | null {
  const s = f.suggestions.find((x) => x.position !== "primary") ?? f.suggestions[0];
  if (!s || text.slice(s.start, s.end) !== s.original) return null;
  return {
    action: "counter",
    wording: text.slice(0, s.start) + s.replacement + text.slice(s.end),
    position: s.position,
    why: `${s.position === "primary" ? "Our standard position" : `A fallback (${s.position})`}: ${s.label.toLowerCase()}.`,
  };
}

function inAddendum(s: Side, i: number | undefined): boolean {
  return i !== undefined && s.addendumAt >= 0 && i >= s.addendumAt && (s.paragraphs[i]?.part ?? "body") === "body";
}

/** Judge one aligned pair; null when the change touches no protection and no risk. */
function judgePair(row: AlignedPair, A: Side, B: Side): TheirChange | null {
  const bi = row.before;
  const ai = row.after;
  const before = bi !== undefined ? A.paragraphs[bi].text : null;
  const after = ai !== undefined ? B.paragraphs[ai].text : null;
  const protBefore = bi !== undefined ? (A.protections.get(bi) ?? []) : [];
  const protAfter = ai !== undefined ? (B.protections.get(ai) ?? []) : [];
  const findBefore = bi !== undefined ? (A.findings.get(bi) ?? []) : [];
  const findAfter = ai !== undefined ? (B.findings.get(ai) ?? []) : [];
  const diff = before !== null && after !== null ? wordDiff(before, after) : { inserted: after ? [after] : [], deleted: before ? [before] : [] };
  const insertedText = diff.inserted.join(" ");
  const deletedText = diff.deleted.join(" ");
  const aboutAi = (before !== null && AI_WORDS.test(before)) || (after !== null && AI_WORDS.test(after));
  const guarded = protBefore.length > 0 || inAddendum(A, bi) || (aboutAi && before !== null && PROHIBITIVE.test(before));
  PROHIBITIVE.lastIndex = 0;
  const base = { before, after, beforeParagraph: bi, afterParagraph: ai, inserted: diff.inserted, deleted: diff.deleted, comments: [] as TheirComment[] };
  const kinds = (ps: Protection[]): ProtectionKind[] => [...new Set(ps.map((p) => p.kind))];
  const newFindings = findAfter.filter((f) => !findBefore.some((g) => g.ruleId === f.ruleId));
  const riskRules = newFindings.map((f) => f.ruleId);
  const make = (kind: TheirChangeKind, summary: string, response: ProposedResponse, how?: Weakening, protections: ProtectionKind[] = kinds(protBefore)): TheirChange => ({
    id: `${kind}:${hashText(`${before ?? ""}\u0000${after ?? ""}`)}`,
    kind,
    ...(how ? { how } : {}),
    summary,
    ...base,
    rules: [...new Set([...riskRules, ...protections])],
    protections,
    response,
  });
  const restore = (why: string): ProposedResponse => ({ action: "restore", wording: before ?? "", why });
  const counterOrRestore = (why: string): ProposedResponse => {
    for (const f of newFindings.length ? newFindings : findAfter) {
      const c = after !== null ? counterFor(f, after) : null;
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
  if (before === null || after === null || before === after) return null;

  // an edited paragraph
  if (guarded) {
    const lost = protBefore.filter((p) => !p.partial && !protAfter.some((q) => q.kind === p.kind && !q.partial));
    const prohibitiveBefore = (before.match(PROHIBITIVE) ?? []).length;
    const prohibitiveAfter = (after.match(PROHIBITIVE) ?? []).length;
    const survBefore = survivalDays(before);
    const survAfter = survivalDays(after);
    let how: Weakening | null = null;
    let summary = "";
    const added = diff.inserted.find((s) => CONSENT.test(s)) ?? diff.inserted.find((s) => EXCEPTION.test(s));
    if (prohibitiveAfter < prohibitiveBefore && (PERMISSIVE.test(insertedText) || /\b(?:not|never|prohibited|cannot)\b/i.test(deletedText))) {
      how = "prohibition-to-permission";
      summary = `They turned your prohibition into a permission: ${quote(deletedText, 40)} became ${quote(insertedText || "(nothing)", 40)}.`;
    } else if (added && CONSENT.test(added) && !CONSENT.test(deletedText)) {
      how = "consent-added";
      summary = `They made your protection yield to consent: they added ${quote(added, 70)}.`;
    } else if (added && !EXCEPTION.test(deletedText)) {
      how = "exception-added";
      summary = `They added an exception to your protection: ${quote(added, 70)}.`;
    } else if (survBefore !== null && survAfter !== null && survAfter < survBefore) {
      how = "survival-shortened";
      summary = `They shortened how long the protection survives the contract: ${durationWords(survBefore)} became ${durationWords(survAfter)}.`;
    } else if (survBefore !== null && survAfter === null) {
      how = "survival-shortened";
      summary = "They removed the survival of your protection after the contract ends.";
    } else if (lost.length) {
      how = "protection-lost";
      summary = `Their edit leaves your ${kinds(lost).join(", ")} protection ${protAfter.some((q) => lost.some((p) => p.kind === q.kind)) ? "only partly there" : "gone"}.`;
    }
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
  for (const row of rows) {
    if (row.kind === "same" || row.kind === "moved") continue;
    const judged = judgePair(row, A, B);
    if (!judged) {
      const t = row.before !== undefined ? before[row.before].text : after[row.after!].text;
      if (t.trim()) otherEdits++;
      continue;
    }
    if (judged.after === null) {
      // where it stood: after the last paragraph of the new version that precedes it
      let prev = -1;
      for (const r of rows) {
        if (r === row) break;
        if (r.after !== undefined) prev = r.after;
      }
      judged.insertAfter = prev;
      if (prev >= 0) judged.insertAfterText = after[prev].text;
    }
    const who = options.authorOf?.(row.after, row.before);
    if (who?.author) judged.author = who.author;
    if (who?.date) judged.date = who.date;
    changes.push(judged);
  }
  // their comments beside the change they sit on
  const loose: TheirComment[] = [];
  for (const c of options.comments ?? []) {
    const target = c.paragraph !== undefined ? changes.find((ch) => ch.afterParagraph === c.paragraph) : undefined;
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
