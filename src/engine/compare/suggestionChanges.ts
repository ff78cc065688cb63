/**
 * Our suggestions they rejected or altered, as their changes: merged into the change that did it
 * when one is listed for the paragraph, else listed on their own (with our wording to propose again).
 */
import { hashText } from "../text";
import type { AlignedPair } from "./align";
import { counterFor, type Side } from "./side";
import type { OurChange, SuggestionFate, TheirChange } from "./types";
import { narrowedBy, narrowingSummary } from "./weakening";
import { wordDiff } from "./wordDiff";

/** Add (or merge) the rejected and altered suggestions into `changes`; returns how many edited paragraphs counted as other edits are now listed. */
export function listSuggestionFates(changes: TheirChange[], suggestions: readonly SuggestionFate[], ours: readonly OurChange[], rows: readonly AlignedPair[], A: Side, B: Side): number {
  let relisted = 0;
  const oursById = new Map(ours.map((o) => [o.id, o]));
  for (const f of suggestions) {
    if ((f.fate !== "rejected" && f.fate !== "altered") || f.paragraph === undefined || oursById.get(f.id)?.paragraphs) continue;
    const kind = f.fate === "rejected" ? "suggestion-rejected" : "suggestion-altered";
    const what = `${f.fate === "rejected" ? "They rejected" : "They altered"} your suggestion${f.label ? ` (${f.label.toLowerCase()})` : ""}`;
    const existing = changes.find((c) => c.afterParagraph === f.paragraph);
    if (existing) {
      if (existing.kind === "protection-weakened" && existing.how === "protection-lost") {
        // the suggestion was the protection: its loss is the rejection itself
        existing.summary = `${what}: ${existing.summary.charAt(0).toLowerCase()}${existing.summary.slice(1)}`;
        delete existing.how;
      } else existing.summary = `${what}. ${existing.summary}`;
      if (existing.kind !== "protection-deleted" && existing.kind !== "addendum-section-removed") existing.kind = kind;
      existing.suggestion = f.id;
      if (f.ruleId && !existing.rules.includes(f.ruleId)) existing.rules.push(f.ruleId);
      continue;
    }
    const row = rows.find((r) => r.after === f.paragraph);
    let beforeText = row?.before !== undefined ? A.texts[row.before] : null;
    const afterText = B.texts[f.paragraph];
    if (beforeText === afterText) {
      // rejected outright (Word keeps no trace): the paragraph as we proposed it, from our edit
      const o = oursById.get(f.id)!;
      const pre = o.prefix.slice(-20);
      const suf = o.suffix.slice(0, 20);
      const k = afterText.indexOf(pre + o.removed + suf);
      if (k < 0 || f.fate !== "rejected") continue;
      beforeText = afterText.slice(0, k) + pre + o.inserted + suf + afterText.slice(k + pre.length + o.removed.length + suf.length);
    }
    const diff = beforeText !== null ? wordDiff(beforeText, afterText) : { inserted: [afterText], deleted: [] };
    // an alteration that takes uses or kinds of AI out of our restriction narrows it: ours again, not theirs to accept
    const narrowed = f.fate === "altered" && beforeText !== null ? narrowedBy(beforeText, afterText, diff) : null;
    changes.push({
      id: `${kind}:${hashText(`${f.id}\u0000${afterText}`)}`,
      kind,
      summary: `${what}${f.fate === "rejected" ? ": their wording is back" : ""}.${narrowed ? ` ${narrowingSummary(narrowed)}` : ""}`,
      before: beforeText,
      after: afterText,
      ...(row?.before !== undefined ? { beforeParagraph: row.before } : {}),
      afterParagraph: f.paragraph,
      inserted: diff.inserted,
      deleted: diff.deleted,
      rules: f.ruleId ? [f.ruleId] : [],
      protections: [],
      response:
        (B.findings.get(f.paragraph) ?? []).map((x) => counterFor(x, afterText)).find((c) => c && c.position !== "primary") ??
        (f.fate === "altered" && !narrowed
          ? { action: "accept", why: "Their rewording touches no protection and adds no risk the review can find; read it, and accept it if it says what you need." }
          : { action: "restore", ...(beforeText !== null ? { wording: beforeText } : {}), why: "Propose your wording again, or drop it if you can live with theirs." }),
      suggestion: f.id,
      comments: [],
    });
    if (row?.kind === "changed" && !changes.some((c) => c.afterParagraph === f.paragraph && c !== changes[changes.length - 1])) relisted++;
  }
  return relisted;
}
