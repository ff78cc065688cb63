/**
 * A list clause whose findings are all in its lead-in ("…the right to use, for any purpose:",
 * "…assigns … all right, title and interest in:"): the lead-in is left open for the items that
 * complete it, so nothing may be added at its colon. A grant's restriction goes right after the
 * words it is about; an ownership transfer's covenant follows the whole list.
 */
import type { Category, Finding, Paragraph, Position, Suggestion } from "../types";
import { atomsOf } from "../read/structure";
import type { ListClause } from "../read/lists";
import { sentenceWindows } from "../scan/sentences";
import { mapRange, normaliseForRules, type Span } from "../text";
import { safe, type Edit } from "./aiEdit";
import { leadFirst, namesWork } from "./clauseKinds";
import { clauseEdits, insertAfterWord } from "./clauseRestriction";
import { endsInVerbOrAdjective } from "./slots";
import { clauseComment } from "./comments";
import { HAS_OPT_OUT } from "./optOut";
import { toRead, type Readable } from "./listRead";
import { fill } from "./fill";
import { LABEL, LISTED_WORK, OPT_OUT, PROJECT_SCOPE, RESTRICTION, SCOPE, restrictionKind, type Names } from "./wording";

/**
 * The names with the work widened to everything the list's items name, where an item names
 * something other than the work term ("(b) all contact sheets and working files"): the
 * restriction then reaches every item ("the Photographs or anything else listed in Section 4.1"),
 * not the work term alone. The names as given when every item names the work.
 */
export function listedWork(clause: ListClause, paragraphs: readonly Paragraph[], names: Names, where: string): Names {
  const naming = clause.items.filter((i) => namesWork(paragraphs[i].text, names.work)).length;
  if (!clause.items.length || naming === clause.items.length) return names;
  const work = fill(naming ? LISTED_WORK.also : LISTED_WORK.only, names, { where });
  return { ...names, work, workPlural: naming > 0 };
}

/** A lead-in's restriction as a parenthesis: the template's words without their joining punctuation. */
const bare = (words: string): string => words.replace(/^\s*[,;]\s*(?:however,\s*)?/i, "");

/** A lead-in left open for the items that complete it: "…the right to use, for any purpose:". */
export const OPEN_LEAD = /:\s*$/;

/**
 * A list clause whose findings are all in its lead-in ("6.4 The Agency shall have the right to use,
 * for any purpose:" then "(a) the Deliverables;" "(b) all drafts and working files."): the grant is
 * stated once, in the lead-in, and its items only complete it, so its one restriction belongs there
 * too, where it governs every item at once ("for any purpose other than to train …:"). An edit the
 * clause step wrote at the lead-in's colon (", except that … at any time:") would end the sentence
 * before its items, which could then no longer be read as the objects of the grant: it is written
 * instead as a parenthesis right after the words the finding is about ("for any purpose (except
 * that …):"), still one edit in the lead-in. Where that cannot be written safely (inside a defined
 * term or a cross-reference, or after a verb or an adjective, which the parenthesis would split from
 * its object) the position is not offered for the clause.
 */
export function openLeadIn(p: Paragraph, findings: Finding[], names?: Names, listed?: Names): void {
  const close = OPEN_LEAD.exec(p.text);
  if (!close) return;
  const colon = close.index;
  const atColon = (s: Suggestion) => s.start <= colon && s.end > colon;
  if (!findings.some((f) => f.suggestions.some(atColon))) return;
  const read: Readable = normaliseForRules(p.text);
  const atoms = atomsOf(read.text);
  const last = findings.reduce((a, b) => (b.end > a.end ? b : a));
  if (last.end > colon) return;
  const after = toRead(read.map, last.end - 1) + 1;
  const from = toRead(read.map, last.start);
  const kind = restrictionKind(new Set(findings.map((f) => f.category)));
  const move = (s: Suggestion): Suggestion | null => {
    // the edit as written: the lead-in's words before its colon, the addition, the colon
    const head = s.original.slice(0, colon - s.start);
    const written = s.replacement.startsWith(head) && s.replacement.endsWith(":") ? bare(s.replacement.slice(head.length, -1)) : "";
    // our own wording, naming the work, says it again naming every item ("the Photographs or anything else listed below")
    const template = { primary: RESTRICTION, "opt-out": OPT_OUT, "project-scope": PROJECT_SCOPE }[s.position][kind];
    const words = names && listed && written && written === bare(fill(template, names)) ? bare(fill(template, listed)) : written;
    const e = words && !endsInVerbOrAdjective(last.trigger) ? safe(atoms, insertAfterWord(read.text, from, after, ` (${words})`, "optOut")) : null;
    if (!e) return null;
    const r = mapRange(read.map, e.start, e.end);
    return { ...s, ...r, original: p.text.slice(r.start, r.end), replacement: e.replacement };
  };
  // a primary with nowhere else to go stays as it was: a finding always has one edit
  for (const f of findings) f.suggestions = f.suggestions.flatMap((s) => (atColon(s) ? move(s) ?? (s.position === "primary" ? s : []) : s));
}

/**
 * An ownership transfer stated in a lead-in ("4.1 The Contractor assigns to the Agency all right,
 * title and interest in:" then "(a) the Deliverables; and" "(b) all drafts and working files."):
 * its covenant is an undertaking of its own, not a qualifier of the lead-in's words, and the
 * lead-in has no end to add it to ("interest (…) in:" would split the phrase, and an owner needs no
 * licence to be limited). It follows the whole list, at the end of the last item, reaching back over
 * the section ("…; however, the Agency covenants …; this covenant applies to every right granted
 * in Section 4.1."). False (nothing changed) when it cannot be written safely there.
 */
export function covenantAfterList(clause: ListClause, paragraphs: readonly Paragraph[], findings: Finding[], names: Names): boolean {
  const at = clause.items[clause.items.length - 1];
  const read: Readable = normaliseForRules(paragraphs[at].text);
  const windows = sentenceWindows(read.text);
  const sentence = windows[windows.length - 1] as Span | undefined;
  if (!sentence) return false;
  const categories = new Set<Category>(findings.map((f) => f.category));
  const scope = clause.number ? SCOPE.section.replace("{number}", clause.number) : SCOPE.list;
  const triggers = findings.map((f) => ({ category: f.category, words: f.trigger }));
  const make = (e: Edit | null, position: Position): Suggestion | null => {
    if (!e) return null;
    const { start, end } = mapRange(read.map, e.start, e.end);
    const comment = clauseComment({ categories: leadFirst([...categories]), triggers, paragraph: clause.lead, at: start, edit: e.kind }, names);
    return { position, label: LABEL[e.kind], paragraph: at, start, end, original: paragraphs[at].text.slice(start, end), replacement: e.replacement, comment };
  };
  const listed = listedWork(clause, paragraphs, names, clause.number ? `in Section ${clause.number}` : "in this clause");
  const mine = clauseEdits(categories, sentence, read.text, listed, scope, !HAS_OPT_OUT.test(paragraphs[clause.lead].text)).map(([e, p]) => make(e, p));
  if (!mine[0]) return false;
  for (const f of findings) f.suggestions = mine.filter((s): s is Suggestion => !!s);
  return true;
}
