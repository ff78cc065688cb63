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
import { itemLabel, labelOf, type ListClause } from "../read/lists";
import { sentenceWindows, spanIndex } from "../scan/sentences";
import { mapRange, normaliseForRules, type Span } from "../text";
import { safe, type Edit } from "./aiEdit";
import { clauseCategory, leadFirst } from "./clause";
import { atClauseEnd, clauseWide, insertAfterWord, restriction } from "./clauseRestriction";
import { endsInVerbOrAdjective } from "./slots";
import { clauseComment } from "./comments";
import { fill } from "./fill";
import { HAS_OPT_OUT } from "./optOut";
import { LABEL, OMITTED, OPT_OUT, POINTER, POINTER_ABOVE, POINTER_INLINE, PROJECT_SCOPE, SCOPE, restrictionKind, type Names } from "./wording";

/** Edits that remove or negate an explicit AI permission where it stands: they stay as they are. */
const OWN_AI_EDIT = new Set<string>([LABEL.strike, LABEL.shallNot, LABEL.butNot, LABEL.exceptThat, LABEL.otherThan]);

/** A paragraph as the rules read it (./clause.ts drafts on that text), with the way back to the document's offsets. */
interface Readable {
  text: string;
  /** Offsets in `text` → offsets in the paragraph (null: the same). */
  map: Int32Array | null;
}

/** The findings of one sentence of one paragraph of the clause. */
interface Group {
  paragraph: number;
  read: Readable;
  /** The sentence, in `read.text`. */
  sentence: Span;
  /** Each finding, with its start in `read.text`. */
  findings: Array<{ finding: Finding; start: number }>;
}

/** The offset in the normalised text of a paragraph offset (the last character mapped at or before it). */
function toRead(map: Int32Array | null, at: number): number {
  if (!map) return at;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** What may follow an item's words: its closing punctuation and connective ("; and", ";", "."). */
const ITEM_END = /\s*(?:;\s*(?:and|or)|[;.,])?\s*$/i;

/**
 * An item whose only purpose is AI training ("(b) use the Photographs to train its models;"),
 * when the clause states its restriction elsewhere: the item is deleted where it stands (its
 * letter kept) instead of being rewritten to "use the Photographs, but not to train …", which
 * would state the restriction a second time and give a general use the contract never gave.
 */
interface Omit {
  group: Group;
  /** The item's words, after its label and before its closing punctuation (paragraph offsets). */
  start: number;
  end: number;
}

/**
 * The item's words when its AI permission's own edit runs to its end and settles all its
 * findings (the only purpose of the item is AI training); null otherwise.
 */
function omittable(p: Paragraph, own: Suggestion): { start: number; end: number } | null {
  if (own.label !== LABEL.butNot) return null;
  const text = p.text;
  // the typed label ("(b) "), or none where Word numbers the item itself (its number stays)
  const label = itemLabel(text) ? /^\s*\S+\s+/.exec(text) : p.listLevel !== undefined ? /^\s*/.exec(text) : null;
  const tail = ITEM_END.exec(text);
  if (!label || !tail) return null;
  const end = tail.index;
  if (own.end !== end || own.start <= label[0].length || /[.;:]/.test(text.slice(label[0].length, end))) return null;
  // the AI purpose is the item's only right: "use the Photographs" before it, not "reproduce the
  // Photographs in print and use them", whose print right must stay
  if (/,|\b(?:and|or|including)\b/i.test(text.slice(label[0].length, own.start))) return null;
  return { start: label[0].length, end };
}

/** True when a finding's edit is an explicit AI permission's own (./clause.ts: removed or negated where it stands). */
function ownAiEdit(f: Finding, start: number, text: string, sentence: Span): boolean {
  return clauseCategory({ ...f, start }, text, sentence) === "ai-training-grant" && OWN_AI_EDIT.has(f.suggestions[0]?.label ?? "");
}

/** A lead-in left open for the items that complete it: "…the right to use, for any purpose:". */
const OPEN_LEAD = /:\s*$/;

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
function openLeadIn(p: Paragraph, findings: Finding[]): void {
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
  const move = (s: Suggestion): Suggestion | null => {
    // the edit as written: the lead-in's words before its colon, the addition, the colon
    const head = s.original.slice(0, colon - s.start);
    const words = s.replacement.startsWith(head) && s.replacement.endsWith(":") ? s.replacement.slice(head.length, -1).replace(/^\s*[,;]\s*(?:however,\s*)?/i, "") : "";
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
function covenantAfterList(clause: ListClause, paragraphs: readonly Paragraph[], findings: Finding[], names: Names): boolean {
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
  const mine = clauseEdits(categories, sentence, read.text, names, scope, !HAS_OPT_OUT.test(paragraphs[clause.lead].text)).map(([e, p]) => make(e, p));
  if (!mine[0]) return false;
  for (const f of findings) f.suggestions = mine.filter((s): s is Suggestion => !!s);
  return true;
}

/**
 * A clause's edits at the end of its last sentence, reaching back over `scope`: the restriction,
 * the opt-out (`optOut`: unless the clause has one) and the project scope (where the document
 * names a project); null where one cannot be written.
 */
function clauseEdits(categories: ReadonlySet<Category>, sentence: Span, text: string, names: Names, scope: string, optOut: boolean): Array<[Edit | null, Position]> {
  const atoms = atomsOf(text);
  const kind = restrictionKind(categories);
  const at = (template: string, edit: "optOut" | "projectScope") => safe(atoms, atClauseEnd(text, sentence, clauseWide(fill(template, names), kind, scope), edit));
  return [
    [restriction(categories, sentence, text, names, atoms, true, scope), "primary"],
    [optOut ? at(OPT_OUT[kind], "optOut") : null, "opt-out"],
    [names.conventions?.project ? at(PROJECT_SCOPE[kind], "projectScope") : null, "project-scope"],
  ];
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
    if (members.length === 1 && members[0] === clause.lead && OPEN_LEAD.test(paragraphs[clause.lead].text)) {
      const lead = byParagraph.get(clause.lead)!;
      if (!lead.some((f) => f.category === "ownership") || !covenantAfterList(clause, paragraphs, lead, fresh)) openLeadIn(paragraphs[clause.lead], lead);
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
