/** Plain-text report of a round: their changes judged, our suggestions' fate, the decision log. */
import type { Decision } from "./decisionLog";
import type { RoundReport } from "./types";
import { THEIR_CHANGE_KINDS } from "./types";
import { THEIR_CHANGE_LABEL } from "../report/labels";
import { countOf } from "../fix/plural";


const ACTION_LABEL = { restore: "Restore your wording", counter: "Counter-propose", accept: "Accept" } as const;

const clip = (s: string, n = 220): string => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}\u2026` : s);

/** Two long versions of a paragraph shown around where they first differ. */
function around(a: string, b: string, n = 220): [string, string] {
  if (a.length <= n && b.length <= n) return [a, b];
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 80);
  const cut = (s: string): string => `${from > 0 ? "\u2026" : ""}${clip(s.slice(from), n)}`;
  return [cut(a), cut(b)];
}

export function formatRoundText(r: RoundReport): string {
  const out: string[] = [];
  const authors = [...new Set(r.changes.map((c) => c.author).filter((a): a is string => !!a))];
  const n = r.changes.length;
  out.push(`Their changes${authors.length ? ` (${authors.join(", ")})` : ""}: ${n === 0 ? "none touch your protections or add a risk" : `${n} ${n === 1 ? "touches your protections or adds" : "touch your protections or add"} a risk`}${r.summary.otherEdits ? `; ${countOf(r.summary.otherEdits, "other edit")} not listed` : ""}.`);
  if (n) out.push(`  ${THEIR_CHANGE_KINDS.filter((k) => r.summary.counts[k]).map((k) => `${THEIR_CHANGE_LABEL[k].toLowerCase()}: ${r.summary.counts[k]}`).join(" \u00b7 ")}`);
  r.changes.forEach((c, i) => {
    const where = c.afterParagraph !== undefined ? `paragraph ${c.afterParagraph + 1}` : c.beforeParagraph !== undefined ? `was paragraph ${c.beforeParagraph + 1}` : "";
    out.push("");
    out.push(`${i + 1}. ${THEIR_CHANGE_LABEL[c.kind]}${where ? ` (${where})` : ""}${c.author ? ` \u2014 ${c.author}${c.date ? `, ${c.date.slice(0, 10)}` : ""}` : ""}`);
    out.push(`   ${c.summary}`);
    const [b, a] = c.before !== null && c.after !== null ? around(c.before, c.after) : [c.before === null ? null : clip(c.before), c.after === null ? null : clip(c.after)];
    out.push(`   Before: ${b === null ? "(not there)" : b}`);
    out.push(`   After:  ${a === null ? "(deleted)" : a}`);
    if (c.moved) out.push(`   Now in:  ${c.moved.toSection ? `section ${c.moved.toSection}` : `paragraph ${c.moved.to + 1}`}: ${clip(c.moved.toText)}`);
    if (c.rules.length) out.push(`   Touches: ${c.rules.join(", ")}`);
    for (const m of c.comments) out.push(`   Their comment (${m.author}): ${clip(m.text)}`);
    out.push(`   Proposed: ${ACTION_LABEL[c.response.action]}${c.response.position ? ` (${c.response.position})` : ""}. ${c.response.why}`);
    if (c.response.wording !== undefined && c.response.action !== "accept") out.push(`     \u2192 ${c.response.wording ? clip(c.response.wording, 400) : "(remove their clause)"}`);
  });
  if (r.comments.length) {
    out.push("");
    out.push("Their other comments:");
    for (const m of r.comments) out.push(`  - ${m.author}${m.paragraph !== undefined ? ` (paragraph ${m.paragraph + 1})` : ""}: ${clip(m.text)}`);
  }
  const s = r.summary.suggestions;
  if (s.total) {
    out.push("");
    out.push(`Your suggestions: ${s.total} \u2014 ${s.accepted} accepted, ${s.rejected} rejected, ${s.altered} altered, ${s.open} still open.`);
    for (const f of r.suggestions) {
      if (f.fate === "accepted" || f.fate === "open") continue;
      out.push(`  - ${f.fate}${f.label ? ` (${f.label})` : ""}: you proposed \u201c${clip(f.proposed, 120)}\u201d${f.now ? `; now: \u201c${clip(f.now, 160)}\u201d` : ""}`);
    }
  }
  return out.join("\n");
}

/** The log as text; `heading` names it (e.g. "Decision log, rebuilt"). */
export function formatDecisionLogText(decisions: readonly Decision[], problem?: string, heading = "Decision log"): string {
  const out: string[] = [];
  if (problem) out.push(`Warning: ${problem}`);
  out.push(`${heading}: ${countOf(decisions.length, "decision", { none: "empty" })}`);
  for (const d of decisions) {
    out.push(`  ${d.at.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC")}  ${d.action.padEnd(9)} ${d.subject === "suggestion" ? "suggestion" : "their change"} ${d.label ?? d.ruleId ?? d.target} \u2014 ${d.by}${d.reason ? `: ${d.reason}` : ""}`);
  }
  return out.join("\n");
}
