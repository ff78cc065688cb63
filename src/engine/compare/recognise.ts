/**
 * Our own suggestions told by their wording, for a document whose decision log does not list them
 * (stripped, edited by hand, corrupt). The hosts pass, per paragraph, the tracked changes made
 * under one of the reviewer names we wrote under and not matched by the log ("unconfirmed"): they
 * are ours only when the engine, reading the clause with them undone, would write exactly them
 * (one suggestion or several, any position) — or, for whole paragraphs, when they are our
 * addendum under its own title. Anything else (a colleague who happens to share the name, a
 * wording of their own) is theirs: undone in the "before their changes" view. Another author's
 * changes never come here. Pure; one extra analysis, only when something is unconfirmed.
 */
import { analyze } from "../analyze";
import { spliceAll } from "../edit/plan";
import { isAddendumTitle } from "../read/sections";
import type { AnalyzeOptions, Finding, Paragraph, Suggestion } from "../types";
import { ourChangeFrom } from "./fate";
import type { OurChange } from "./types";
import { wordHunks } from "./wordDiff";

/** More suggestions than this under one change are not tried in every combination (the changes are then told one by one). */
const MAX_TRIED = 12;

export interface Recognition {
  /** The "before their changes" view with the unrecognised changes undone (they are theirs). */
  before: Paragraph[];
  /** Our suggestions: the confirmed ones, then the recognised ones (as the log would have recorded them). */
  ours: OurChange[];
  /** The suggestions told by their wording, for the log to be rebuilt. */
  recognised: OurChange[];
  /** Paragraphs (of `before`) whose changes under our names are not ours (some of them, when others are). */
  notOurs: number[];
}

/**
 * Each change of a paragraph judged on its own (a run of changed words, or adjacent runs that one
 * suggestion wrote together): ours when the engine would write it, else theirs. Returns the
 * suggestions found and the paragraph with only our changes in; any number of changes.
 */
function explainEach(was: string, now: string, findings: readonly Finding[], logged: readonly OurChange[] = []): { found: Array<{ finding: Finding; suggestion: Suggestion }>; text: string; theirs: boolean } {
  const hunks = wordHunks(was, now);
  const found: Array<{ finding: Finding; suggestion: Suggestion }> = [];
  const used = new Set<Finding>();
  // spans of `was` replaced by spans of `now` that are ours
  const kept: Array<{ a0: number; a1: number; text: string }> = [];
  let theirs = false;
  for (let k = 0; k < hunks.length; ) {
    let took = -1;
    for (let e = k; e < hunks.length && took < 0; e++) {
      const a0 = hunks[k].a0;
      const a1 = hunks[e].a1;
      const text = now.slice(hunks[k].b0, hunks[e].b1);
      const alone = was.slice(0, a0) + text + was.slice(a1);
      // a suggestion the log lists, in whatever wording it was applied (the playbook's, one the user edited)
      const listed = logged.some((o) => {
        if (o.paragraphs) return false;
        const key = squash(`${o.prefix.slice(-20)}${o.inserted}${o.suffix.slice(0, 20)}`).trim();
        // the span's words are the suggestion's own (not theirs beside it), and put it in place
        return key.length >= 8 && squash(o.inserted).includes(squash(text).trim()) && squash(alone).includes(key) && !squash(was).includes(key);
      });
      const got = listed ? [] : explainEdit(was, alone, findings.filter((f) => !used.has(f)));
      if (!got) continue;
      for (const g of got) {
        used.add(g.finding);
        found.push(g);
      }
      kept.push({ a0, a1, text });
      took = e;
    }
    if (took < 0) {
      theirs = true;
      k++;
    } else k = took + 1;
  }
  let text = "";
  let at = 0;
  for (const x of kept) {
    text += was.slice(at, x.a0) + x.text;
    at = x.a1;
  }
  return { found, text: text + was.slice(at), theirs };
}

const squash = (s: string): string => s.replace(/[\u00a0\s]+/g, " ");
const same = (a: string, b: string): boolean => a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();

/** Where two strings first and last differ. */
function differ(a: string, b: string): { start: number; endA: number } {
  let start = 0;
  const max = Math.min(a.length, b.length);
  while (start < max && a[start] === b[start]) start++;
  let suffix = 0;
  while (suffix < max - start && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { start, endA: a.length - suffix };
}

/** The part of a suggestion that really changes the text (its words in common with the old text left out). */
function core(s: Suggestion): { start: number; end: number } {
  const d = differ(s.original, s.replacement);
  return { start: s.start + d.start, end: s.start + d.endA };
}

/**
 * The suggestions (at most one per finding, none overlapping) that turn `was` into `now`, or null
 * when no combination does.
 */
export function explainEdit(was: string, now: string, findings: readonly Finding[]): Array<{ finding: Finding; suggestion: Suggestion }> | null {
  if (same(was, now)) return null;
  const d = differ(was, now);
  const tried: Array<{ finding: Finding; suggestion: Suggestion }> = [];
  for (const f of findings) {
    for (const s of f.suggestions) {
      if (was.slice(s.start, s.end) !== s.original) continue;
      const c = core(s);
      // its change must lie inside what changed
      if (c.start < d.start || c.end > d.endA) continue;
      tried.push({ finding: f, suggestion: s });
    }
  }
  if (!tried.length || tried.length > MAX_TRIED) return null;
  tried.sort((a, b) => a.suggestion.start - b.suggestion.start || a.suggestion.end - b.suggestion.end);
  const chosen: typeof tried = [];
  const search = (k: number, lastEnd: number): boolean => {
    if (chosen.length && same(spliceAll(was, chosen.map((x) => x.suggestion)), now)) return true;
    for (let i = k; i < tried.length; i++) {
      const t = tried[i];
      if (t.suggestion.start < lastEnd || chosen.some((x) => x.finding === t.finding)) continue;
      chosen.push(t);
      if (search(i + 1, Math.max(t.suggestion.end, t.suggestion.start + 1))) return true;
      chosen.pop();
    }
    return false;
  };
  return search(0, 0) ? chosen.slice() : null;
}

/** Tell which unconfirmed changes are our suggestions (see the file's comment). */
export function recogniseOurs(before: readonly Paragraph[], ours: readonly OurChange[], options?: AnalyzeOptions): Recognition {
  const unconfirmed = ours.filter((o) => o.unconfirmed && before[o.unconfirmed.paragraph] !== undefined);
  const confirmed = ours.filter((o) => !o.unconfirmed);
  if (!unconfirmed.length) return { before: before.slice(), ours: confirmed, recognised: [], notOurs: [] };
  const undone = before.map((p) => ({ ...p }));
  for (const u of unconfirmed) undone[u.unconfirmed!.paragraph].text = u.unconfirmed!.original;
  const report = analyze(undone, options);
  const byParagraph = new Map<number, Finding[]>();
  for (const f of report.findings) byParagraph.set(f.paragraph, [...(byParagraph.get(f.paragraph) ?? []), f]);
  const recognised: OurChange[] = [];
  const notOurs: number[] = [];
  /** Paragraphs where some changes under our names are ours: the text with only those in. */
  const partly = new Map<number, string>();
  const known = new Set(confirmed.map((o) => o.id));
  // nothing of ours left to see (their deletion of words we inserted, recorded by some word
  // processors as their deletion alone): neither ours nor theirs to undo
  const unseen = (u: OurChange): boolean => u.unconfirmed!.original === before[u.unconfirmed!.paragraph].text;
  const inserted = unconfirmed.filter((u) => u.unconfirmed!.original === "" || unseen(u)).sort((a, b) => a.unconfirmed!.paragraph - b.unconfirmed!.paragraph);
  // whole paragraphs inserted under our name: our addendum when the block opens with its title
  const addendum = new Set<OurChange>();
  for (let k = 0; k < inserted.length; k++) {
    const first = inserted[k];
    if (first.unconfirmed!.original !== "" || !isAddendumTitle(before[first.unconfirmed!.paragraph].text)) continue;
    const block = [first];
    while (k + 1 < inserted.length && inserted[k + 1].unconfirmed!.paragraph === block[block.length - 1].unconfirmed!.paragraph + 1) block.push(inserted[++k]);
    for (const b of block) addendum.add(b);
    if (!known.has("addendum")) {
      const paragraphs = block.map((b) => before[b.unconfirmed!.paragraph].text).filter((t) => t.trim() !== "");
      recognised.push({ id: "addendum", label: "Prohibition on AI Training addendum", prefix: "", removed: "", inserted: paragraphs.join("\n"), suffix: "", paragraphs, ...(first.pending !== undefined ? { pending: block.every((b) => b.pending) } : {}) });
      known.add("addendum");
    }
  }
  for (const u of unconfirmed) {
    if (addendum.has(u) || unseen(u)) continue;
    const at = u.unconfirmed!.paragraph;
    const was = u.unconfirmed!.original;
    let found = was === "" ? null : explainEdit(was, before[at].text, byParagraph.get(at) ?? []);
    if (!found && was !== "") {
      // not all ours: each change on its own, ours kept, theirs undone in the "before" view
      const each = explainEach(was, before[at].text, byParagraph.get(at) ?? [], confirmed);
      if (each.theirs) {
        notOurs.push(at);
        partly.set(at, each.text);
      }
      found = each.found;
    }
    if (!found) {
      notOurs.push(at);
      continue;
    }
    for (const { finding, suggestion } of found) {
      if (known.has(finding.id)) continue;
      known.add(finding.id);
      recognised.push(ourChangeFrom(finding.id, was, suggestion.start, suggestion.end, suggestion.replacement, { label: suggestion.label, ruleId: finding.ruleId, ...(u.pending !== undefined ? { pending: u.pending } : {}) }));
    }
  }
  const out = before.map((p) => ({ ...p }));
  for (const i of notOurs) out[i].text = partly.get(i) ?? undone[i].text;
  return { before: out, ours: [...confirmed, ...recognised], recognised, notOurs: notOurs.sort((a, b) => a - b) };
}
