/**
 * One restriction for a clause set out as a list (read/lists.ts): "5.2 The Agency may:" and its
 * items "(a) …;", "(b) …; and", "(c) …." are one clause, though each item is a paragraph of its
 * own. ./clause.ts first gives each paragraph its one edit; where the findings of a list clause
 * sit in several of its paragraphs, this step states the restriction once for the whole clause: at
 * the end of the last item that needs it, reaching back over the section ("…; this restriction
 * applies to every right granted in Section 5.2"), with a short pointer to it in each earlier item
 * that had a finding. An explicit AI permission keeps its own edit (it is removed or negated where
 * it stands), and the user's own wording (a playbook) is left alone. Where any edit cannot be
 * written safely (inside a quoted term, no end to write at), the paragraphs keep their own edits.
 */
import type { Category, Finding, Paragraph, Position, Suggestion } from "../types";
import { sameEdit } from "../edit/plan";
import { atomsOf } from "../read/structure";
import type { ListClause } from "../read/lists";
import { sentenceWindows, spanIndex } from "../scan/sentences";
import { normaliseForRules, type Span } from "../text";
import { safe, type Edit } from "./aiEdit";
import { clauseCategory, leadFirst } from "./clause";
import { atClauseEnd, clauseWide, restriction } from "./clauseRestriction";
import { clauseComment } from "./comments";
import { fill } from "./fill";
import { HAS_OPT_OUT } from "./optOut";
import { LABEL, OPT_OUT, POINTER, PROJECT_SCOPE, SCOPE, restrictionKind, type Names } from "./wording";

/** Edits that remove or negate an explicit AI permission where it stands: they stay as they are. */
const OWN_AI_EDIT = new Set<string>([LABEL.strike, LABEL.shallNot, LABEL.butNot, LABEL.exceptThat, LABEL.otherThan]);

/** The findings of one sentence of one paragraph of the clause. */
interface Group {
  paragraph: number;
  /** The paragraph as the rules read it (same offsets as the document's: see `readable`). */
  text: string;
  sentence: Span;
  findings: Finding[];
}

/** The paragraph's text as the rules read it, when its offsets are the document's (plain quotes and hyphens only). */
function readable(original: string): string | null {
  const norm = normaliseForRules(original);
  return norm.map ? null : norm.text;
}

/** True when a finding's edit is an explicit AI permission's own edit (./clause.ts: removed or negated where it stands). */
function ownAiEdit(f: Finding, text: string, sentence: Span): boolean {
  return clauseCategory(f, text, sentence) === "ai-training-grant" && OWN_AI_EDIT.has(f.suggestions[0]?.label ?? "");
}

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
    if (members.length < 2) continue;
    const groups: Group[] = [];
    let readableAll = true;
    for (const i of members) {
      const text = readable(paragraphs[i].text);
      if (text === null) {
        readableAll = false;
        break;
      }
      const windows = sentenceWindows(text);
      const mine = byParagraph.get(i)!;
      const sentenceOf = (f: Finding): Span | undefined => windows[spanIndex(windows, f.start)];
      // an AI permission's own edit stays, and so does every finding that shares it (it settles them)
      const own = mine.filter((f) => {
        const s = sentenceOf(f);
        return !!s && ownAiEdit(f, text, s);
      });
      for (const f of mine) {
        const sentence = sentenceOf(f);
        if (!sentence || own.some((o) => sameEdit(o.suggestions[0], f.suggestions[0]))) continue;
        const g = groups.find((x) => x.paragraph === i && x.sentence.start === sentence.start);
        if (g) g.findings.push(f);
        else groups.push({ paragraph: i, text, sentence, findings: [f] });
      }
    }
    if (!readableAll || new Set(groups.map((g) => g.paragraph)).size < 2) continue;
    groups.sort((a, b) => a.paragraph - b.paragraph || a.sentence.start - b.sentence.start);
    const scope = clause.number ? SCOPE.section.replace("{number}", clause.number) : SCOPE.list;
    rewrite(groups, scope, paragraphs, fresh);
  }
}

/** The clause's one restriction at the end of the last group, a pointer in each earlier one; nothing changes unless every edit can be written. */
function rewrite(groups: readonly Group[], scope: string, paragraphs: readonly Paragraph[], names: Names): void {
  const last = groups[groups.length - 1];
  const categoryOf = (g: Group, f: Finding): Category => clauseCategory(f, g.text, g.sentence);
  const categories = new Set(groups.flatMap((g) => g.findings.map((f) => categoryOf(g, f))));
  const kind = restrictionKind(categories);
  const make = (g: Group, e: Edit, position: Position, edit: Edit["kind"], covered: readonly Group[]): Suggestion => {
    const triggers = covered.flatMap((c) => c.findings.map((f) => ({ category: categoryOf(c, f), words: f.trigger })));
    const note = { categories: leadFirst([...new Set(triggers.map((t) => t.category))]), triggers, paragraph: g.paragraph, at: g.sentence.start, edit };
    const original = paragraphs[g.paragraph].text;
    return { position, label: LABEL[e.kind], paragraph: g.paragraph, start: e.start, end: e.end, original: original.slice(e.start, e.end), replacement: e.replacement, comment: clauseComment(note, names) };
  };
  const pointer = (g: Group, position: Position): Suggestion | null => {
    const e = safe(atomsOf(g.text), atClauseEnd(g.text, g.sentence, fill(POINTER, names), "pointer"));
    return e && make(g, e, position, "pointer", [g]);
  };
  /** The clause's edit for one position: at the last group, with a pointer in each earlier one; null when any cannot be written. */
  const position = (at: Edit | null, p: Position): Map<Group, Suggestion> | null => {
    if (!at) return null;
    const out = new Map<Group, Suggestion>([[last, make(last, at, p, at.kind, groups)]]);
    for (const g of groups.slice(0, -1)) {
      const s = pointer(g, p);
      if (!s) return null;
      out.set(g, s);
    }
    return out;
  };
  const atoms = atomsOf(last.text);
  const primary = position(restriction(categories, last.sentence, last.text, names, atoms, true, scope), "primary");
  if (!primary) return;
  const fallback = (template: string, edit: "optOut" | "projectScope", p: Position) =>
    position(safe(atoms, atClauseEnd(last.text, last.sentence, clauseWide(fill(template, names), kind, scope), edit)), p);
  const hasOptOut = groups.some((g) => HAS_OPT_OUT.test(g.text.slice(g.sentence.start, g.sentence.end)));
  const optOut = hasOptOut ? null : fallback(OPT_OUT[kind], "optOut", "opt-out");
  const projectScope = names.conventions?.project ? fallback(PROJECT_SCOPE[kind], "projectScope", "project-scope") : null;
  for (const g of groups) {
    const mine = [primary.get(g)!, optOut?.get(g), projectScope?.get(g)].filter((s): s is Suggestion => !!s);
    for (const f of g.findings) f.suggestions = mine;
  }
}
