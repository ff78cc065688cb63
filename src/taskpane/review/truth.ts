/**
 * The two honest numbers.
 *
 * The host reads the document with every tracked change as if accepted, so TermScore's own
 * pending insertions (suggestions it wrote, the addendum it inserted) look like agreed text. The
 * pane knows what it wrote in this session; this module takes those writes back out of the text
 * ("the contract as it stands") so the score, the findings and the checklist never credit a
 * change the other side has not accepted yet. Pure functions: no React, no host.
 */
import type { Finding, Paragraph, Position, ProtectionKind, Report } from "../../engine/types";
import { PROTECTION_KINDS } from "../../engine/types";
import { groupBy } from "../../engine/common/groupBy";
import { chosenSuggestion } from "../../engine/edit/request";

/** One suggestion TermScore wrote as a tracked change in this session, still pending. */
export interface PendingEdit {
  /** The finding id it was written for (the host knows the change by it). */
  id: string;
  /** What the finding was about (for the changes list). */
  title: string;
  paragraph: number;
  /** Offset of the replaced words in the paragraph text as it was when written. */
  start: number;
  original: string;
  replacement: string;
  /** Increases with every write, so later writes are undone first. */
  batch: number;
}

/** Paragraph texts TermScore inserted (the addendum or some of its sections), still pending. */
export interface PendingInsertion {
  texts: string[];
  batch: number;
}

export interface AsItStands {
  paragraphs: Paragraph[];
  /** For each paragraph of the current text, its index in `paragraphs`, or -1 when it is ours. */
  indexMap: number[];
  /** How many of our writes could not be found in the text any more (then the text is kept as is). */
  unmatched: number;
}

/** Offsets of every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * Undo one pending edit in a paragraph's text: the replacement is looked for at its recorded
 * offset first, then at the nearest occurrence. Null when it is not there any more.
 */
export function undoEdit(text: string, edit: Pick<PendingEdit, "start" | "original" | "replacement">): string | null {
  const { start, original, replacement } = edit;
  let at = text.startsWith(replacement, start) ? start : -1;
  if (at < 0) {
    const all = occurrences(text, replacement);
    if (all.length === 0) return null;
    at = all.reduce((best, i) => (Math.abs(i - start) < Math.abs(best - start) ? i : best), all[0]);
  }
  return text.slice(0, at) + original + text.slice(at + replacement.length);
}

/** The document as it stands: the current text without TermScore's pending edits and insertions. */
export function textAsItStands(current: readonly Paragraph[], edits: readonly PendingEdit[], insertions: readonly PendingInsertion[]): AsItStands {
  const ours = new Array<boolean>(current.length).fill(false);
  let unmatched = 0;
  // Inserted paragraphs: the first run of unclaimed paragraphs that equals what was inserted.
  for (const ins of [...insertions].sort((a, b) => b.batch - a.batch)) {
    const n = ins.texts.length;
    if (n === 0) continue;
    let found = -1;
    for (let i = 0; i + n <= current.length && found < 0; i++) {
      let ok = true;
      for (let k = 0; k < n && ok; k++) ok = !ours[i + k] && current[i + k].text.trim() === ins.texts[k].trim();
      if (ok) found = i;
    }
    if (found < 0) unmatched++;
    else for (let k = 0; k < n; k++) ours[found + k] = true;
  }
  const indexMap: number[] = [];
  const kept: Paragraph[] = [];
  current.forEach((p, i) => {
    indexMap.push(ours[i] ? -1 : kept.length);
    if (!ours[i]) kept.push(p);
  });
  // Edits: newest first, and within one write from the end of the paragraph backwards.
  const byParagraph = groupBy(edits, (e) => e.paragraph);
  const paragraphs = kept.slice();
  for (const [index, list] of byParagraph) {
    const at = indexMap[index];
    if (at === undefined || at < 0) {
      unmatched += list.length;
      continue;
    }
    let text = paragraphs[at].text;
    for (const e of list.sort((a, b) => b.batch - a.batch || b.start - a.start)) {
      const undone = undoEdit(text, e);
      if (undone === null) unmatched++;
      else text = undone;
    }
    if (text !== paragraphs[at].text) paragraphs[at] = { ...paragraphs[at], text };
  }
  return { paragraphs, indexMap, unmatched };
}

export type ItemStatus = "open" | "proposed";

/** One row of the review list. */
export interface ReviewItem {
  /** For open items the finding in the current text (offsets ready for Apply); else the one as it stands. */
  finding: Finding;
  status: ItemStatus;
  /** For proposed items: the change TermScore wrote for it, when known. */
  edit?: PendingEdit;
  /** Paragraph index in the text as it stands (for clause labels and the document view). */
  paragraph: number;
}

/**
 * The edit to show for an item in `text`: for an open item the chosen suggestion (when it edits the
 * finding's own paragraph), for a proposed one the change TermScore wrote (when it is still there).
 */
export function shownEdit(item: ReviewItem, position: Position | undefined, text: string): { start: number; end: number; replacement: string } | undefined {
  const f = item.finding;
  if (item.status === "open") {
    const s = chosenSuggestion(f, position);
    return s && s.paragraph === f.paragraph ? { start: s.start, end: s.end, replacement: s.replacement } : undefined;
  }
  const e = item.edit;
  return e && text.startsWith(e.original, e.start) ? { start: e.start, end: e.start + e.original.length, replacement: e.replacement } : undefined;
}

const matchKey = (f: Finding, paragraph: number) => `${f.ruleId}|${paragraph}|${f.trigger}`;

/**
 * Findings of the contract as it stands, each marked open (still in the current text) or proposed
 * (a pending TermScore change removes it), plus findings that only the current text has.
 */
export function reviewItems(standing: Report, current: Report, map: AsItStands, edits: readonly PendingEdit[]): ReviewItem[] {
  if (standing === current) return current.findings.map((f) => ({ finding: f, status: "open", paragraph: f.paragraph }));
  const open = new Map<string, Finding[]>();
  for (const f of current.findings) {
    const p = map.indexMap[f.paragraph] ?? -1;
    if (p < 0) continue; // inside our own inserted text
    const k = matchKey(f, p);
    open.set(k, [...(open.get(k) ?? []), f]);
  }
  const reverse = new Map<number, number>();
  map.indexMap.forEach((to, from) => {
    if (to >= 0) reverse.set(to, from);
  });
  const items: ReviewItem[] = [];
  for (const f of standing.findings) {
    const list = open.get(matchKey(f, f.paragraph));
    if (list && list.length > 0) {
      items.push({ finding: list.shift() as Finding, status: "open", paragraph: f.paragraph });
      continue;
    }
    const at = reverse.get(f.paragraph);
    const edit = edits.find((e) => e.paragraph === at && (e.id === f.id || (e.start <= f.end && f.start <= e.start + e.original.length)));
    items.push({ finding: f, status: "proposed", edit, paragraph: f.paragraph });
  }
  for (const rest of open.values()) for (const f of rest) items.push({ finding: f, status: "open", paragraph: map.indexMap[f.paragraph] });
  return items;
}

export type ProtectionStatus = "agreed" | "proposed" | "missing";

/** Agreed: in the contract as it stands. Proposed: only in TermScore's pending insertions. */
export function protectionStatus(standing: Report, current: Report): Record<ProtectionKind | "mentions-ai", ProtectionStatus> {
  const out = {} as Record<ProtectionKind | "mentions-ai", ProtectionStatus>;
  for (const k of PROTECTION_KINDS) out[k] = !standing.missing.includes(k) ? "agreed" : !current.missing.includes(k) ? "proposed" : "missing";
  out["mentions-ai"] = standing.mentionsAi ? "agreed" : current.mentionsAi ? "proposed" : "missing";
  return out;
}

/** True when a document has no words to check (empty, or only whitespace). */
export function isBlank(paragraphs: readonly Paragraph[]): boolean {
  return !paragraphs.some((p) => /\S/.test(p.text));
}
