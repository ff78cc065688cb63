/**
 * Judging one aligned pair of paragraphs (old, new; either may be missing): a protection deleted
 * or weakened, a piece of the addendum removed, a risk inserted. Sentences that moved in or out
 * of the pair are left out here: they are judged as moves (judgeMove.ts).
 */
import { hashText, type Span } from "../text";
import type { Protection, ProtectionKind } from "../types";
import { alignKey, type AlignedPair } from "./align";
import { putBack, withoutSpans } from "./moves";
import { AI_WORDS, BENIGN, PROHIBITIVE } from "./patterns";
import { counterFor, inAddendum, type Side } from "./side";
import type { ProposedResponse, TheirChange, TheirChangeKind, TheirComment, Weakening } from "./types";
import { quote, weakening } from "./weakening";
import { wordDiff } from "./wordDiff";

/** Moved sentences to leave out of a pair's judgement (they are judged as moves): spans in the old and the new paragraph. */
export interface MovedOut {
  before?: Span[];
  after?: Span[];
}

const outside = (spans: readonly Span[] | undefined) => (x: { start: number; end: number }): boolean => !spans?.some((s) => x.start >= s.start && x.end <= s.end);

/** The pair's texts with moved sentences left out (to judge), and as shown and restored. */
export function pairTexts(row: AlignedPair, A: Side, B: Side, cut: MovedOut = {}): { before: string | null; after: string | null; shownBefore: string | null; shownAfter: string | null } {
  const fullBefore = row.before !== undefined ? A.paragraphs[row.before].text : null;
  const fullAfter = row.after !== undefined ? B.paragraphs[row.after].text : null;
  const before = fullBefore !== null && cut.before?.length ? withoutSpans(fullBefore, cut.before) : fullBefore;
  const after = fullAfter !== null && cut.after?.length ? withoutSpans(fullAfter, cut.after) : fullAfter;
  // restoring their other edits must leave the sentence that moved in where it now stands
  let shownBefore = before;
  if (before !== null && fullAfter !== null && cut.after?.length) for (const s of cut.after) shownBefore = putBack(shownBefore!, fullAfter, s, fullAfter.slice(s.start, s.end));
  return { before, after, shownBefore, shownAfter: fullAfter };
}

/** Judge one aligned pair; null when the change touches no protection and no risk. */
export function judgePair(row: AlignedPair, A: Side, B: Side, cut: MovedOut = {}): TheirChange | null {
  const bi = row.before;
  const ai = row.after;
  const { before, after, shownBefore, shownAfter } = pairTexts(row, A, B, cut);
  const protBefore = bi !== undefined ? (A.protections.get(bi) ?? []).filter(outside(cut.before)) : [];
  const protAfter = ai !== undefined ? (B.protections.get(ai) ?? []).filter(outside(cut.after)) : [];
  const findBefore = bi !== undefined ? (A.findings.get(bi) ?? []).filter(outside(cut.before)) : [];
  const findAfter = ai !== undefined ? (B.findings.get(ai) ?? []).filter(outside(cut.after)) : [];
  const diff = before !== null && after !== null ? wordDiff(before, after) : { inserted: after ? [after] : [], deleted: before ? [before] : [] };
    const aboutAi = (before !== null && AI_WORDS.test(before)) || (after !== null && AI_WORDS.test(after));
  const guarded = protBefore.length > 0 || inAddendum(A, bi) || (aboutAi && before !== null && PROHIBITIVE.test(before));
  PROHIBITIVE.lastIndex = 0;
  const base = { before: shownBefore, after: shownAfter, beforeParagraph: bi, afterParagraph: ai, inserted: diff.inserted, deleted: diff.deleted, comments: [] as TheirComment[] };
  const kinds = (ps: Protection[]): ProtectionKind[] => [...new Set(ps.map((p) => p.kind))];
  const newFindings = findAfter.filter((f) => !findBefore.some((g) => g.ruleId === f.ruleId));
  const riskRules = newFindings.map((f) => f.ruleId);
  const make = (kind: TheirChangeKind, summary: string, response: ProposedResponse, how?: Weakening, protections: ProtectionKind[] = kinds(protBefore)): TheirChange => ({
    id: `${kind}:${hashText(`${shownBefore ?? ""}\u0000${shownAfter ?? ""}`)}`,
    kind,
    ...(how ? { how } : {}),
    summary,
    ...base,
    rules: [...new Set([...riskRules, ...protections])],
    protections,
    response,
  });
  const restore = (why: string): ProposedResponse => ({ action: "restore", wording: shownBefore ?? "", why });
  const counterOrRestore = (why: string): ProposedResponse => {
    for (const f of newFindings.length ? newFindings : findAfter) {
      const c = shownAfter !== null ? counterFor(f, shownAfter) : null;
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
    // a clause that is all theirs: the answer is to take it out (Restore deletes it as a tracked change), not to reword it
    if (newFindings.length) return make("risky-grant-inserted", `They inserted a new clause: ${quote(after)}. ${ensureStop(newFindings[0].message)}`, restore("Reject the clause they added: it was not in the draft you sent, and it opens your work to AI training."), undefined, []);
    return null;
  }
  if (before === null || after === null || before === after || ((cut.before || cut.after) && alignKey(before) === alignKey(after))) return null;

  // an edited paragraph
  if (guarded) {
    const w = weakening(before, after, diff, protBefore, protAfter);
    const how = w?.how;
    const added = w?.added;
    const lost = w?.lost ?? [];
    const summary = w?.summary ?? "";
    if (how) {
      const benign = how === "exception-added" && added !== undefined && BENIGN.test(added) && !lost.length;
      const response = benign
        ? { action: "accept" as const, why: "A carve-out for what the law requires is standard and leaves AI training prohibited." }
        : how === "survival-shortened"
          ? restore("The prohibition must outlive the contract, or they may train on your work once it ends.")
          : how === "scope-narrowed"
            ? restore("What they took out is what they may now do with your work; put it back.")
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

/** A sentence with its final stop. */
function ensureStop(s: string): string {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
