/**
 * One edit per clause (a paragraph; a clause set out as a list: ./listClause.ts; the fallback
 * positions: ./clauseFallbacks.ts; what the findings are: ./clauseKinds.ts). The restriction
 * on AI training is stated once, in the place that suits the clause, and every finding it settles
 * carries that same edit (the writers write an edit shared by several findings once). Only an
 * explicit AI-training permission gets an edit of its own, which removes or negates it; a waiver's
 * ("Nothing … restricts") is the clause's prohibition, or points to the clause's restriction. When
 * the findings sit in several sentences, the restriction goes at the end of the last of them and
 * says it applies to the whole clause; an earlier sentence whose rights it would not otherwise
 * settle gets a short pointer to it.
 *
 * Where a restriction may go: after a purpose ("for any lawful purpose other than to train …"), in
 * place of an AI purpose, on the permission's verb ("may" → "shall not"), or at the end of the
 * clause; in a definition, inside its body ("any purpose whatsoever other than to train …"), never
 * as a proviso at its end; never inside a quoted defined term or a cross-reference ("Section 2.5
 * (Feedback and Usage Data)"), whose words are the document's atoms. The fallback positions follow
 * the same rules, and keep what the primary protects besides (the owner's covenant binding
 * successors, assignees and licensees; the work kept out of a feedback right; recipients bound).
 */
import { spansOverlap } from "../edit/plan";
import type { Category, Finding, Position, Suggestion } from "../types";
import type { Span } from "../text";
import { atomsOf } from "../read/structure";
import { severityRank } from "./order";
import { clauseComment } from "./comments";
import { fill } from "./fill";
import { HAS_OPT_OUT } from "./optOut";
import { aiEdit, safe, type Edit } from "./aiEdit";
import { atClauseEnd, purposeQualified, restriction } from "./clauseRestriction";
import { clauseFallbacks } from "./clauseFallbacks";
import { clauseCategory, leadFirst, ownObject, type ClauseItem, type SentenceGroup } from "./clauseKinds";
import { SETTLED_BY_PROHIBITION } from "../scan/settle";
import { LABEL, POINTER, type Names } from "./wording";

/** An opt-out the sentence already has (./optOut.ts; the pane uses the same test). */
export { HAS_OPT_OUT };

export type { ClauseItem };

function suggestion(paragraph: number, text: string, e: Edit, position: Position, comment: string): Suggestion {
  return { position, label: LABEL[e.kind], paragraph, start: e.start, end: e.end, original: text.slice(e.start, e.end), replacement: e.replacement, comment };
}

/** Rights over a purpose or a licence: an express prohibition of AI training on the work, anywhere in the clause, limits them. */
const PURPOSE_ONLY = new Set<Category>(["broad-license", "ambiguous-purpose"]);

/** Categories a full prohibition elsewhere in the clause settles (scan/settle.ts): such a sentence needs no edit of its own. */
function settledByClause(categories: Iterable<Category>): boolean {
  return [...categories].every((c) => SETTLED_BY_PROHIBITION.has(c));
}

/**
 * Rewrites the suggestions of one paragraph's findings so that the clause (the paragraph) states
 * the AI restriction once. An explicit AI permission is removed or negated where it stands. The
 * other findings share one restriction: in their sentence when they all sit in one; otherwise at
 * the end of the last sentence that needs it, reaching back over the clause, with a short pointer
 * to it ("subject to the restriction on AI training below") in each earlier sentence whose rights
 * a prohibition elsewhere in the clause would not settle (data, sub-licences, ownership). The
 * fallback positions follow the same rule. Findings whose suggestions are the user's own wording
 * (a playbook) keep them.
 */
export function combineClauses(items: readonly ClauseItem[], text: string, documentNames: Names): void {
  if (items.length === 0) return;
  const names = ownObject(text, documentNames);
  const bySentence = new Map<number, SentenceGroup>();
  for (const it of items) {
    const g = bySentence.get(it.sentence.start) ?? { sentence: it.sentence, items: [] };
    g.items.push(it);
    bySentence.set(it.sentence.start, g);
  }
  const groups = [...bySentence.values()].sort((a, b) => a.sentence.start - b.sentence.start);
  const atoms = atomsOf(text);
  const paragraph = items[0].finding.paragraph;
  const bySeverity = (a: ClauseItem, b: ClauseItem) => severityRank(a.finding.severity) - severityRank(b.finding.severity) || a.finding.start - b.finding.start;
  const categoryOf = (g: ClauseItem): Category => clauseCategory(g.finding, text, g.sentence);
  const noteOf = (list: readonly ClauseItem[]) => {
    const ordered = leadFirst([...new Set(list.map(categoryOf))]);
    const triggers = list.map((g) => ({ category: categoryOf(g), words: g.finding.trigger }));
    return { ordered, triggers };
  };
  const comment = (at: number, edit: Edit["kind"], list: readonly ClauseItem[], e?: Edit, cats?: Category[], trig?: Array<{ category: Category; words: string }>) => {
    const n = noteOf(list);
    return clauseComment({ categories: cats ?? n.ordered, triggers: trig ?? n.triggers, paragraph, at, edit, dropsOptOut: !!e && HAS_OPT_OUT.test(text.slice(e.start, e.end)) && !HAS_OPT_OUT.test(e.replacement), qualifies: e && purposeQualified(text, e) }, names);
  };
  const overlapsAny = (e: Edit, list: readonly Edit[]) => list.some((t) => spansOverlap(t, e));

  // explicit AI permissions: each removed or negated where it stands, the restriction stated once per sentence
  const own = new Map<Finding, Suggestion>();
  const taken: Edit[] = [];
  const primaryOf = new Map<Finding, Suggestion>();
  const open: SentenceGroup[] = [];
  let prohibition: { suggestion: Suggestion; group: SentenceGroup } | null = null;
  // a sentence whose other findings another sentence's restriction will settle states nothing of its own
  const hasOther = (g: SentenceGroup) => g.items.some((it) => categoryOf(it) !== "ai-training-grant");
  for (const group of groups) {
    group.items.sort(bySeverity);
    let stated: Edit | null = null;
    const mineOf = new Map<Finding, Edit>();
    const quiet = groups.some((o) => o !== group && hasOther(o));
    for (const g of group.items) {
      if (categoryOf(g) !== "ai-training-grant") continue;
      const r = aiEdit(g.finding, group.sentence, text, names, atoms, quiet);
      if (!r || overlapsAny(r.edit, taken)) continue;
      // a second permission's own verb may still be negated
      if (r.states && stated && r.edit.kind !== "shallNot") continue;
      mineOf.set(g.finding, r.edit);
      taken.push(r.edit);
      if (r.states && !stated) stated = r.edit;
    }
    for (const [f, e] of mineOf) {
      const alone = e !== stated;
      const cats: Category[] | undefined = alone ? ["ai-training-grant"] : undefined;
      const trig = alone ? [{ category: "ai-training-grant" as Category, words: f.trigger }] : undefined;
      own.set(f, suggestion(paragraph, text, e, "primary", comment(group.sentence.start, e.kind, group.items, e, cats, trig)));
    }
    if (stated?.kind === "exceptThat" && !prohibition) prohibition = { suggestion: own.get([...mineOf].find(([, e]) => e === stated)![0])!, group };
    const rest = group.items.filter((g) => !mineOf.has(g.finding));
    if (!rest.length) continue;
    // the sentence's own AI edit already states the restriction: the rest of the sentence shares it
    if (stated) for (const g of rest) primaryOf.set(g.finding, own.get([...mineOf].find(([, e]) => e === stated)![0])!);
    else open.push({ sentence: group.sentence, items: rest });
  }

  // A waiver's AI purpose turned into an express prohibition ("Nothing … restricts the Agency from
  // using the Deliverables, except that the Agency shall not use the Deliverables … to train …") is
  // the clause's restriction: a purpose or licence elsewhere in the clause shares it. Rights it does
  // not reach (recipients, data made from the work, feedback, ownership) still get their own.
  if (prohibition) {
    const { suggestion: p, group: from } = prohibition;
    const shared = open.filter((g) => g.items.every((it) => PURPOSE_ONLY.has(categoryOf(it))));
    for (const g of shared) for (const it of g.items) primaryOf.set(it.finding, p);
    if (shared.length) {
      const list = [...from.items, ...shared.flatMap((g) => g.items)];
      const mine = from.items.filter((it) => own.get(it.finding) === p);
      p.comment = comment(from.sentence.start, "exceptThat", list, undefined, ["ai-training-grant"], [...mine, ...shared.flatMap((g) => g.items)].map((it) => ({ category: categoryOf(it), words: it.finding.trigger })));
      open.splice(0, open.length, ...open.filter((g) => !shared.includes(g)));
    }
  }

  // the one restriction for the findings no AI edit covers
  if (open.length) {
    const last = open[open.length - 1];
    const everything = open.flatMap((g) => g.items);
    // a waiver before a right that needs more than a prohibition (recipients bound, data made from
    // the work) points to the clause's one restriction instead of stating its own
    const waiver = prohibition && prohibition.group.sentence.start < last.sentence.start && prohibition.group.items.every((it) => categoryOf(it) === "ai-training-grant" || PURPOSE_ONLY.has(categoryOf(it))) ? prohibition : null;
    const wide = open.length > 1 || !!waiver;
    const cats = new Set((wide ? everything : last.items).map(categoryOf));
    const r = restriction(cats, last.sentence, text, names, atoms, wide);
    const main = r && !overlapsAny(r, taken) ? r : null;
    if (main) {
      const s = suggestion(paragraph, text, main, "primary", comment(last.sentence.start, main.kind, everything, main));
      for (const g of last.items) primaryOf.set(g.finding, s);
      taken.push(main);
      if (waiver) {
        // "Nothing … restricts the Agency from using the Deliverables, subject to the restriction on AI training below."
        const w = waiver.suggestion;
        w.replacement = fill(POINTER, names);
        w.label = LABEL.pointer;
        w.comment = comment(waiver.group.sentence.start, "pointer", waiver.group.items);
      }
      for (const g of open.slice(0, -1)) {
        const p = settledByClause(g.items.map(categoryOf)) ? null : pointer(g.sentence);
        const ps = p ? suggestion(paragraph, text, p, "primary", comment(g.sentence.start, "pointer", g.items)) : s;
        if (p) taken.push(p);
        for (const it of g.items) primaryOf.set(it.finding, ps);
      }
    }
  }

  /** A pointer at the end of an earlier sentence, where it is safe to write one. */
  function pointer(sentence: Span): Edit | null {
    const e = safe(atoms, atClauseEnd(text, sentence, fill(POINTER, names), "pointer"));
    return e && !overlapsAny(e, taken) ? e : null;
  }

  // the fallback positions: one edit per clause each, where they apply, at the last sentence with findings
  const all = groups.flatMap((g) => g.items);
  const fallbackOf = clauseFallbacks({ groups, text, names, atoms, categoryOf, make: (e, position, note) => suggestion(paragraph, text, e, position, note), comment });

  for (const g of all) {
    const mine = own.get(g.finding);
    const fallbacks = fallbackOf.get(g.finding) ?? [];
    // the user's own wording (a playbook) stays for the positions it covers
    const user = new Set(g.finding.playbook?.userWording ?? []);
    const ours = mine ?? primaryOf.get(g.finding) ?? null;
    if (user.size) {
      const kept = g.finding.suggestions.filter((s) => user.has(s.position));
      const primaryOwn = kept.find((s) => s.position === "primary") ?? ours ?? g.finding.suggestions[0];
      const rest = fallbacks.filter((f) => !user.has(f.position) && !(primaryOwn.start < f.end && f.start < primaryOwn.end && primaryOwn.replacement !== f.replacement && !ours));
      g.finding.suggestions = [primaryOwn, ...kept.filter((s) => s.position !== "primary"), ...rest];
      continue;
    }
    if (!ours) {
      // nowhere safe to write a new edit: the finding keeps its own primary, with the clause's fallbacks
      g.finding.suggestions = [g.finding.suggestions[0], ...fallbacks];
      continue;
    }
    // a fallback that would collide with this finding's own edit is left out
    const keep = fallbacks.filter((s) => !(mine && mine.start < s.end && s.start < mine.end));
    g.finding.suggestions = [ours, ...keep];
  }
}
