/**
 * The fallback positions of a clause (./clause.ts): the opt-out (unless the clause has one) and the
 * project scope (where the document names a project), one edit per clause each, at the last
 * sentence with findings, reaching back over the clause; every earlier sentence points to it, as
 * a fallback is no full prohibition. A definition is qualified in its body, as the primary is.
 */
import type { Category, Finding, Position, Suggestion } from "../types";
import type { Span } from "../text";
import { safe, type Edit } from "./aiEdit";
import { atClauseEnd, clauseWide, covenantFirst, definitionSlot, insertAfterWord, otherPurpose } from "./clauseRestriction";
import type { ClauseItem, SentenceGroup } from "./clauseKinds";
import { fill } from "./fill";
import { HAS_OPT_OUT } from "./optOut";
import { DEFINITION, OPT_OUT, POINTER, PROJECT_SCOPE, restrictionKind, type Names } from "./wording";

export interface FallbackInput {
  /** The clause's sentences with findings, in document order. */
  groups: readonly SentenceGroup[];
  text: string;
  names: Names;
  atoms: readonly Span[];
  categoryOf: (item: ClauseItem) => Category;
  /** A suggestion for an edit of the clause's paragraph. */
  make: (e: Edit, position: Position, comment: string) => Suggestion;
  comment: (at: number, edit: Edit["kind"], list: readonly ClauseItem[]) => string;
}

/** Each finding's fallback suggestions (none where a position cannot be written or does not apply). */
export function clauseFallbacks({ groups, text, names, atoms, categoryOf, make, comment }: FallbackInput): Map<Finding, Suggestion[]> {
  const fallbackOf = new Map<Finding, Suggestion[]>();
  const all = groups.flatMap((g) => g.items);
  const hasOptOut = groups.some((g) => HAS_OPT_OUT.test(text.slice(g.sentence.start, g.sentence.end)));
  const kind = restrictionKind(new Set(all.map(categoryOf)));
  const last = groups[groups.length - 1];
  const wide = groups.length > 1;
  const def = wide ? null : definitionSlot(text, last.sentence, atoms);
  const fallbackAt = (edit: "optOut" | "projectScope", position: Position, template: string): void => {
    const words = fill(template, names);
    const e = def
      ? safe(atoms, otherPurpose(text, def.from, def.at, fill(DEFINITION[edit][def.noun], names), edit) ?? insertAfterWord(text, last.sentence.start, def.at, fill(DEFINITION[edit][def.noun], names), edit))
      : safe(atoms, atClauseEnd(text, last.sentence, wide ? clauseWide(words, kind) : words, edit) ?? covenantFirst(text, last.sentence, wide ? clauseWide(words, kind) : words, edit));
    if (!e) return;
    const s = make(e, position, comment(last.sentence.start, edit, all));
    for (const g of groups) {
      let mine = s;
      // a fallback is no full prohibition: every earlier sentence points to it
      if (g !== last) {
        const p = safe(atoms, atClauseEnd(text, g.sentence, fill(POINTER, names), "pointer"));
        if (!p) continue;
        mine = make(p, position, comment(g.sentence.start, "pointer", g.items));
      }
      for (const it of g.items) fallbackOf.set(it.finding, [...(fallbackOf.get(it.finding) ?? []), mine]);
    }
  };
  if (!hasOptOut) fallbackAt("optOut", "opt-out", OPT_OUT[kind]);
  if (names.conventions?.project) fallbackAt("projectScope", "project-scope", PROJECT_SCOPE[kind]);
  return fallbackOf;
}
