/**
 * One edit per clause. The findings of a sentence are fixed together: the restriction on AI
 * training is stated once, in the place that suits the clause, and every finding of the sentence
 * carries that same edit (the writers write an edit shared by several findings once). Only an
 * explicit AI-training permission gets an edit of its own, which removes or negates it.
 *
 * Where a restriction may go: after a purpose ("for any lawful purpose other than to train …"), in
 * place of an AI purpose, on the permission's verb ("may" → "shall not"), or at the end of the
 * clause; never inside a quoted defined term or a cross-reference ("Section 2.5 (Feedback and
 * Usage Data)"), whose words are the document's atoms.
 */
import type { Category, Finding, Position, Suggestion } from "../types";
import type { Span } from "../text";
import { atomsOf } from "../read/structure";
import { severityRank } from "./order";
import { provisoSlot } from "./slots";
import { clauseComment, fillWords } from "./comments";
import { HAS_OPT_OUT } from "./optOut";
import { aiEdit, safe, type Edit } from "./aiEdit";
import { LABEL, OPT_OUT, OTHER_THAN, PROJECT_SCOPE, RESTRICTION, restrictionKind, type Names, type RestrictionKind } from "./wording";

export interface ClauseItem {
  finding: Finding;
  sentence: Span;
}

/** A purpose of building models of a person's style or voice: "to build models of the Author's writing style". */
const AI_PURPOSE = /^[^.;]{0,40}\bmodels?\b[^.;]{0,40}\b(?:style|voice|likeness|manner)\b/i;
/** "for any purpose", "for any lawful purpose whatsoever", "for any and all purposes". */
const ANY_PURPOSE = /\bfor\s+any\s+(?:and\s+all\s+)?(?:lawful\s+|legitimate\s+|other\s+)?purposes?(?:\s+whatsoever)?\b/gi;
/** An opt-out the sentence already has (./optOut.ts; the pane uses the same test). */
export { HAS_OPT_OUT };

function suggestion(paragraph: number, text: string, e: Edit, position: Position, comment: string): Suggestion {
  return { position, label: LABEL[e.kind], paragraph, start: e.start, end: e.end, original: text.slice(e.start, e.end), replacement: e.replacement, comment };
}

/** An addition at the end of the clause: before its final stop, or after its last word. */
function atClauseEnd(text: string, sentence: Span, addition: string, kind: Edit["kind"]): Edit | null {
  const slot = provisoSlot(text, sentence);
  if (!slot) return null;
  const original = text.slice(slot.start, slot.end);
  return { start: slot.start, end: slot.end, replacement: slot.stop ? `${addition}${slot.stop}` : `${original}${addition}`, kind };
}

const EDIT_OF: Record<RestrictionKind, Edit["kind"]> = {
  ownership: "covenant",
  sublicensing: "bind",
  anonymization: "anonymousLimit",
  "data-aggregation": "datasetLimit",
  feedback: "feedbackLimit",
  general: "restriction",
};

/** The restriction of a clause that has no explicit AI permission to negate. */
function restriction(categories: ReadonlySet<Category>, sentence: Span, text: string, names: Names, atoms: readonly Span[]): Edit | null {
  const kind = restrictionKind(categories);
  const onlyPurpose = [...categories].every((c) => c === "broad-license" || c === "ambiguous-purpose");
  if (onlyPurpose) {
    ANY_PURPOSE.lastIndex = 0;
    const seg = text.slice(sentence.start, sentence.end);
    for (let m = ANY_PURPOSE.exec(seg); m; m = ANY_PURPOSE.exec(seg)) {
      const at = sentence.start + m.index + m[0].length;
      // already limited ("for any purpose other than …", "for any purpose related to …")
      if (/^\s*(?:other\s+than|except|related|connected|in\s+connection|under|of\s+this)/i.test(text.slice(at, at + 30))) continue;
      const e = safe(atoms, { start: at, end: at, replacement: fillWords(OTHER_THAN, names), kind: "otherThan" });
      if (e) {
        // a pure insertion is written as a replacement of the word before it (writers need a range)
        const word = /[\w)]+$/.exec(text.slice(sentence.start, at));
        if (word) return { start: at - word[0].length, end: at, replacement: text.slice(at - word[0].length, at) + e.replacement, kind: "otherThan" };
      }
    }
  }
  const label: Edit["kind"] = EDIT_OF[kind];
  return safe(atoms, atClauseEnd(text, sentence, fillWords(RESTRICTION[kind], names), label));
}

/**
 * Rewrites the suggestions of one paragraph's findings so that each sentence gets one restriction.
 * Findings whose suggestions are the user's own wording (a playbook) keep them.
 */
export function combineClauses(items: readonly ClauseItem[], text: string, names: Names): void {
  const groups = new Map<number, ClauseItem[]>();
  for (const it of items) {
    const g = groups.get(it.sentence.start) ?? [];
    g.push(it);
    groups.set(it.sentence.start, g);
  }
  if (groups.size === 0) return;
  const atoms = atomsOf(text);
  for (const group of groups.values()) {
    group.sort((a, b) => severityRank(a.finding.severity) - severityRank(b.finding.severity) || a.finding.start - b.finding.start);
    const sentence = group[0].sentence;
    const paragraph = group[0].finding.paragraph;
    // an open purpose that names building models of the maker's style is an AI permission: it is
    // taken out like one, never left standing under a proviso that contradicts it
    const categoryOf = (g: ClauseItem): Category => (g.finding.category === "ambiguous-purpose" && AI_PURPOSE.test(text.slice(g.finding.start, sentence.end)) ? "ai-training-grant" : g.finding.category);
    const categories = new Set(group.map(categoryOf));
    const ordered = leadFirst([...categories]);
    const triggers = group.map((g) => ({ category: categoryOf(g), words: g.finding.trigger }));
    const comment = (edit: Edit["kind"], cats: Category[] = ordered, trig = triggers, e?: Edit) =>
      clauseComment({ categories: cats, triggers: trig, paragraph, at: sentence.start, edit, dropsOptOut: !!e && HAS_OPT_OUT.test(text.slice(e.start, e.end)) && !HAS_OPT_OUT.test(e.replacement) }, names);

    // explicit AI permissions: each removed or negated where it stands
    const own = new Map<Finding, Edit>();
    let stated: Edit | null = null;
    const taken: Edit[] = [];
    for (const g of group) {
      if (categoryOf(g) !== "ai-training-grant") continue;
      const r = aiEdit(g.finding, sentence, text, names, atoms);
      if (!r || taken.some((t) => t.start < r.edit.end && r.edit.start < t.end)) continue;
      // the restriction is stated once per clause; a second permission's own verb may still be negated
      if (r.states && stated && r.edit.kind !== "shallNot") continue;
      own.set(g.finding, r.edit);
      taken.push(r.edit);
      if (r.states && !stated) stated = r.edit;
    }
    const rest = group.filter((g) => !own.has(g.finding));
    let shared: Edit | null = stated;
    if (rest.length && !shared) {
      const cats = new Set(rest.map(categoryOf));
      const r = restriction(cats.size ? cats : categories, sentence, text, names, atoms);
      if (r && !taken.some((t) => t.start < r.end && r.start < t.end)) shared = r;
    }

    // the fallback positions: one edit per clause each, where they apply
    const hasOptOut = HAS_OPT_OUT.test(text.slice(sentence.start, sentence.end));
    const optOut = hasOptOut ? null : safe(atoms, atClauseEnd(text, sentence, fillWords(OPT_OUT, names), "optOut"));
    const scope = names.conventions?.project ? safe(atoms, atClauseEnd(text, sentence, fillWords(PROJECT_SCOPE, names), "projectScope")) : null;
    const fallbacks: Suggestion[] = [];
    if (optOut) fallbacks.push(suggestion(paragraph, text, optOut, "opt-out", comment("optOut")));
    if (scope) fallbacks.push(suggestion(paragraph, text, scope, "project-scope", comment("projectScope")));

    const sharedSuggestion = shared ? suggestion(paragraph, text, shared, "primary", comment(shared.kind, ordered, triggers, shared)) : null;
    for (const g of group) {
      const mine = own.get(g.finding);
      // the user's own wording (a playbook) stays for the positions it covers
      const user = new Set(g.finding.playbook?.userWording ?? []);
      if (user.size) {
        const kept = g.finding.suggestions.filter((s) => user.has(s.position));
        const primaryOwn = kept.find((s) => s.position === "primary") ?? (mine ? suggestion(paragraph, text, mine, "primary", comment(mine.kind, ordered, triggers, mine)) : sharedSuggestion) ?? g.finding.suggestions[0];
        const rest = fallbacks.filter((f) => !user.has(f.position) && !(primaryOwn.start < f.end && f.start < primaryOwn.end && primaryOwn.replacement !== f.replacement && !(mine || sharedSuggestion)));
        g.finding.suggestions = [primaryOwn, ...kept.filter((s) => s.position !== "primary"), ...rest];
        continue;
      }
      let primary: Suggestion;
      if (mine) {
        const cats = mine === stated ? ordered : (["ai-training-grant"] as Category[]);
        primary = suggestion(paragraph, text, mine, "primary", comment(mine.kind, cats, mine === stated ? triggers : [{ category: "ai-training-grant", words: g.finding.trigger }], mine));
      } else if (sharedSuggestion) primary = sharedSuggestion;
      else {
        // nowhere safe to write a new edit: the finding keeps its own primary, with the clause's fallbacks
        g.finding.suggestions = [g.finding.suggestions[0], ...fallbacks];
        continue;
      }
      // a fallback that would collide with this finding's own edit is left out
      const keep = fallbacks.filter((s) => !(mine && mine.start < s.end && s.start < mine.end));
      g.finding.suggestions = [primary, ...keep];
    }
  }
}

/** The categories with the one whose restriction the clause gets first (it leads the comment). */
function leadFirst(categories: Category[]): Category[] {
  const kind = restrictionKind(new Set(categories));
  const lead = categories.includes("ai-training-grant") ? "ai-training-grant" : kind === "general" ? categories[0] : (kind as Category);
  return [lead, ...categories.filter((c) => c !== lead)];
}
