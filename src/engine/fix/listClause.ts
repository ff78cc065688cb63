/**
 * One restriction for a clause set out as a list (read/lists.ts): "5.2 The Agency may:" and its
 * items "(a) …;", "(b) …; and", "(c) …." are one clause, though each item is a paragraph of its
 * own. ./clause.ts first gives each paragraph its one edit; where the findings of a list clause
 * sit in several of its paragraphs, this step states the restriction once for the whole clause: at
 * the end of the last item that needs it, reaching back over the section ("…; this restriction
 * applies to every right granted in Section 5.2"), with a short pointer to it in each earlier item
 * that had a finding. An explicit AI permission keeps its own edit (it is removed or negated where
 * it stands), and the user's own wording (a playbook) is left alone. Where any edit cannot be
 * written safely (inside a quoted term, no end to write at, over an edit that stays), the
 * paragraphs keep their own edits.
 */
import type { Category, Finding, Paragraph, Position, Suggestion } from "../types";
import { overlaps, sameEdit } from "../edit/plan";
import { atomsOf } from "../read/structure";
import { labelOf, type ListClause } from "../read/lists";
import { sentenceWindows, spanIndex } from "../scan/sentences";
import { mapRange, normaliseForRules, type Span } from "../text";
import { safe, type Edit } from "./aiEdit";
import { clauseCategory, leadFirst } from "./clauseKinds";
import { atClauseEnd, clauseEdits, insertAfterWord } from "./clauseRestriction";
import { endsInVerbOrAdjective } from "./slots";
import { clauseComment } from "./comments";
import { fill } from "./fill";
import { HAS_OPT_OUT } from "./optOut";
import { OPEN_LEAD, covenantAfterList, listedWork, openLeadIn } from "./listLeadIn";
import { omittable, ownAiEdit, toRead, type Group, type Omit, type Readable } from "./listRead";
import { LABEL, OMITTED, POINTER, POINTER_ABOVE, POINTER_INLINE, SCOPE, type Names } from "./wording";

/** Rewrites the suggestions of the findings of each list clause that has findings in several of its paragraphs. */
export function combineListClauses(clauses: readonly ListClause[], paragraphs: readonly Paragraph[], findings: readonly Finding[], names: Names): void {
  if (!clauses.length || !findings.length) return;
  const byParagraph = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.playbook?.userWording?.length || !f.suggestions.length) continue;
    const list = byParagraph.get(f.paragraph) ?? [];
    list.push(f);
    byParagraph.set(f.paragraph, list);
  }
  // comments written here explain in full: the document's memory of what was said belongs to the first pass
  const fresh: Names = { ...names, memory: undefined };
  for (const clause of clauses) {
    const members = [clause.lead, ...clause.items].filter((i) => byParagraph.has(i));
    if (members.length === 1 && members[0] === clause.lead && OPEN_LEAD.test(paragraphs[clause.lead].text)) {
      const lead = byParagraph.get(clause.lead)!;
      if (!lead.some((f) => f.category === "ownership") || !covenantAfterList(clause, paragraphs, lead, fresh)) openLeadIn(paragraphs[clause.lead], lead, fresh, listedWork(clause, paragraphs, fresh, "below"));
    }
    if (members.length < 2) continue;
    const groups: Group[] = [];
    const omits: Omit[] = [];
    /** The edits that stay (an AI permission's own, and the findings that share it): nothing written here may overlap them. */
    const kept: Suggestion[] = [];
    for (const i of members) {
      const read: Readable = normaliseForRules(paragraphs[i].text);
      const windows = sentenceWindows(read.text);
      const placed = byParagraph.get(i)!.map((finding) => {
        const start = toRead(read.map, finding.start);
        return { finding, start, sentence: windows[spanIndex(windows, start)] as Span | undefined };
      });
      // an AI permission's own edit stays, and so does every finding that shares it (it settles them)
      const own = placed.filter((x) => x.sentence && ownAiEdit(x.finding, x.start, read.text, x.sentence)).map((x) => x.finding.suggestions[0]);
      // an item that is nothing but an AI permission, all its findings settled by its own edit
      const item = i !== clause.lead && own.length && placed.every((x) => x.sentence && sameEdit(own[0], x.finding.suggestions[0])) ? omittable(paragraphs[i], own[0]) : null;
      if (item) {
        omits.push({ group: { paragraph: i, read, sentence: placed[0].sentence!, findings: placed.map((x) => ({ finding: x.finding, start: x.start })) }, ...item });
        continue;
      }
      for (const x of placed) {
        const sentence = x.sentence;
        if (!sentence || own.some((o) => sameEdit(o, x.finding.suggestions[0]))) {
          kept.push(x.finding.suggestions[0]);
          continue;
        }
        const g = groups.find((y) => y.paragraph === i && y.sentence.start === sentence.start);
        if (g) g.findings.push({ finding: x.finding, start: x.start });
        else groups.push({ paragraph: i, read, sentence, findings: [{ finding: x.finding, start: x.start }] });
      }
    }
    if (!groups.length || new Set(groups.map((g) => g.paragraph)).size + omits.length < 2) continue;
    groups.sort((a, b) => a.paragraph - b.paragraph || a.sentence.start - b.sentence.start);
    const scope = clause.number ? SCOPE.section.replace("{number}", clause.number) : SCOPE.list;
    rewrite(groups, scope, paragraphs, fresh, kept, omits, clause);
  }
}

/**
 * The clause's one restriction at the end of the last group, a pointer in each earlier one, for
 * each position; nothing changes unless the primary's edits can all be written.
 */
function rewrite(groups: readonly Group[], scope: string, paragraphs: readonly Paragraph[], names: Names, kept: readonly Suggestion[], omits: readonly Omit[], clause: ListClause): void {
  const last = groups[groups.length - 1];
  // where the one restriction is, for the pointers' comments: "at the end of item (c) of Section 6.4"
  const lastLabel = labelOf(paragraphs[last.paragraph]);
  const there = `${lastLabel ? `at the end of item ${lastLabel}` : "at the end of a later item"}${clause.number ? ` of Section ${clause.number}` : ""}`;
  const whatOf = (g: Group): string => {
    if (g.paragraph === clause.lead) return "the lead-in to the list";
    const label = labelOf(paragraphs[g.paragraph]);
    return label ? `item ${label}` : "this item";
  };
  const categoryOf = (g: Group, x: Group["findings"][number]): Category => clauseCategory({ ...x.finding, start: x.start }, g.read.text, g.sentence);
  const categories = new Set(groups.flatMap((g) => g.findings.map((x) => categoryOf(g, x))));
  const make = (g: Group, e: Edit, position: Position, covered: readonly Group[], pointsTo?: { what: string; where: string }): Suggestion | null => {
    // back to the document's offsets; the words kept are the document's own
    const { start, end } = mapRange(g.read.map, e.start, e.end);
    const s: Suggestion = { position, label: LABEL[e.kind], paragraph: g.paragraph, start, end, original: paragraphs[g.paragraph].text.slice(start, end), replacement: e.replacement, comment: "" };
    if (kept.some((k) => overlaps(k, s))) return null;
    const triggers = covered.flatMap((c) => c.findings.map((x) => ({ category: categoryOf(c, x), words: x.finding.trigger })));
    s.comment = clauseComment({ categories: leadFirst([...new Set(triggers.map((t) => t.category))]), triggers, paragraph: g.paragraph, at: start, edit: e.kind, pointsTo }, names);
    return s;
  };
  const pointer = (g: Group, position: Position): Suggestion | null => {
    const atoms = atomsOf(g.read.text);
    const pointsTo = { what: whatOf(g), where: g.paragraph > last.paragraph ? there.replace(/^at the end of a later item/, "at the end of an earlier item") : there };
    // an AI item after the restriction (fallback positions only: in the primary it is deleted) points up
    if (g.paragraph > last.paragraph) {
      const up = safe(atoms, atClauseEnd(g.read.text, g.sentence, POINTER_ABOVE, "pointer"));
      return up && make(g, up, position, [g], pointsTo);
    }
    // at the end of the item; in a lead-in left open for its items ("…for any purpose, including
    // to:"), right after the words the finding is about
    const lastFinding = g.findings[g.findings.length - 1];
    const after = lastFinding.start + lastFinding.finding.trigger.length;
    const e =
      safe(atoms, atClauseEnd(g.read.text, g.sentence, fill(POINTER, names), "pointer")) ??
      (endsInVerbOrAdjective(lastFinding.finding.trigger) ? null : safe(atoms, insertAfterWord(g.read.text, g.sentence.start, after, fill(POINTER_INLINE, names), "pointer")));
    return e && make(g, e, position, [g], pointsTo);
  };
  /** The clause's edit for one position: at the last group, with a pointer in each earlier one; null when any cannot be written. */
  const position = (at: Edit | null, p: Position): Map<Group, Suggestion> | null => {
    const main = at && make(last, at, p, groups);
    if (!main) return null;
    const out = new Map<Group, Suggestion>([[last, main]]);
    for (const g of groups.slice(0, -1)) {
      const s = pointer(g, p);
      if (!s) return null;
      out.set(g, s);
    }
    return out;
  };
  const hasOptOut = groups.some((g) => HAS_OPT_OUT.test(g.read.text.slice(g.sentence.start, g.sentence.end)));
  const [primary, optOut, projectScope] = clauseEdits(categories, last.sentence, last.read.text, names, scope, !hasOptOut).map(([e, p]) => position(e, p));
  if (!primary) return;
  for (const g of groups) {
    const mine = [primary.get(g)!, optOut?.get(g), projectScope?.get(g)].filter((s): s is Suggestion => !!s);
    for (const x of g.findings) x.finding.suggestions = mine;
  }
  // an item that was only an AI permission: deleted in the primary (the clause's restriction is
  // stated once, elsewhere); in a fallback, which lets some AI use stand, it points to the restriction
  for (const o of omits) {
    const g = o.group;
    const text = paragraphs[g.paragraph].text;
    const triggers = g.findings.map((x) => ({ category: "ai-training-grant" as Category, words: x.finding.trigger }));
    const omit: Suggestion = {
      position: "primary",
      label: LABEL.omit,
      paragraph: g.paragraph,
      start: o.start,
      end: o.end,
      original: text.slice(o.start, o.end),
      replacement: OMITTED[names.conventions?.spelling ?? "en-US"],
      comment: clauseComment({ categories: ["ai-training-grant"], triggers, paragraph: g.paragraph, at: o.start, edit: "omit" }, names),
    };
    const fallbacks = [optOut && pointer(g, "opt-out"), projectScope && pointer(g, "project-scope")].filter((s): s is Suggestion => !!s);
    for (const x of g.findings) x.finding.suggestions = [omit, ...fallbacks];
  }
}
