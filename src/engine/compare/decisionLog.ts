/**
 * The decision log that travels inside the document: every decision on one of our suggestions or
 * on one of their changes (applied, accepted, rejected, dismissed, countered), who made it, when,
 * and why. Stored as a custom XML part (the .docx writer and Word both keep it beside the text, so
 * it never changes what the contract says).
 *
 * Pure string in, string out, so the Word host and the .docx host share one format. A log that
 * does not parse, or whose checksum says it was edited by hand, is reported in plain words and
 * rebuilt from the entries that can still be read; the contract is never touched.
 */
import { escapeXml } from "../common/escapeXml";
import { hashText } from "../text";
import { countOf } from "../fix/plural";

export const DECISION_LOG_NS = "urn:termscore:decision-log:1";

export type DecisionAction = "applied" | "accepted" | "rejected" | "dismissed" | "countered";
const DECISION_ACTIONS: readonly DecisionAction[] = ["applied", "accepted", "rejected", "dismissed", "countered"];

export interface Decision {
  /** What was decided on: a finding id (our suggestion) or a their-change id. */
  target: string;
  subject: "suggestion" | "their-change";
  action: DecisionAction;
  /** Who decided (the tracked-change author, or the user's name). */
  by: string;
  /** ISO date and time. */
  at: string;
  reason?: string;
  ruleId?: string;
  label?: string;
  /** The edit itself, so its fate can be told in the next round even once Word drops the tracked change. */
  edit?: { prefix: string; removed: string; inserted: string; suffix: string };
}

export interface ParsedLog {
  decisions: Decision[];
  /** Set when the stored log was corrupt or edited by hand: one plain sentence. */
  problem?: string;
  /** True when the log must be written again (rebuilt) to be whole. */
  rebuild: boolean;
  /** What rebuilding the log from the document's own tracked changes found, said apart from `problem` (which then ends with it). */
  recognised?: string;
}

const esc = escapeXml;
// eslint-disable-next-line no-control-regex
const clean = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "");

function unesc(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    const l = e.toLowerCase();
    if (l === "amp") return "&";
    if (l === "lt") return "<";
    if (l === "gt") return ">";
    if (l === "quot") return '"';
    if (l === "apos") return "'";
    const code = l.startsWith("#x") ? parseInt(l.slice(2), 16) : parseInt(l.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** The canonical text of the entries, which the checksum covers. */
function canonical(decisions: readonly Decision[]): string {
  return decisions.map((d) => JSON.stringify([d.target, d.subject, d.action, d.by, d.at, d.reason ?? "", d.ruleId ?? "", d.label ?? "", d.edit ? [d.edit.prefix, d.edit.removed, d.edit.inserted, d.edit.suffix] : null])).join("\n");
}

export function serializeDecisionLog(decisions: readonly Decision[]): string {
  const lines = decisions.map((d) => {
    const attrs = [`target="${esc(clean(d.target))}"`, `subject="${d.subject}"`, `action="${d.action}"`, `by="${esc(clean(d.by))}"`, `at="${esc(d.at)}"`];
    if (d.ruleId) attrs.push(`rule="${esc(clean(d.ruleId))}"`);
    if (d.label) attrs.push(`label="${esc(clean(d.label))}"`);
    const inner: string[] = [];
    if (d.reason) inner.push(`<ts:reason>${esc(clean(d.reason))}</ts:reason>`);
    if (d.edit) inner.push(`<ts:edit prefix="${esc(clean(d.edit.prefix))}" removed="${esc(clean(d.edit.removed))}" inserted="${esc(clean(d.edit.inserted))}" suffix="${esc(clean(d.edit.suffix))}"/>`);
    return inner.length ? `  <ts:decision ${attrs.join(" ")}>${inner.join("")}</ts:decision>` : `  <ts:decision ${attrs.join(" ")}/>`;
  });
  const sum = hashText(canonical(decisions.map((d) => ({ ...d, target: clean(d.target), by: clean(d.by), reason: d.reason ? clean(d.reason) : undefined, ruleId: d.ruleId ? clean(d.ruleId) : undefined, label: d.label ? clean(d.label) : undefined, edit: d.edit ? { prefix: clean(d.edit.prefix), removed: clean(d.edit.removed), inserted: clean(d.edit.inserted), suffix: clean(d.edit.suffix) } : undefined }))));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ts:decisionLog xmlns:ts="${DECISION_LOG_NS}" version="1" count="${decisions.length}" checksum="${sum}">\n${lines.join("\n")}${lines.length ? "\n" : ""}</ts:decisionLog>\n`;
}

function attrsOf(tag: string): Map<string, string> | null {
  const out = new Map<string, string>();
  const re = /\s+([A-Za-z_][\w:.-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/g;
  let last = 0;
  for (let m = re.exec(tag); m; m = re.exec(tag)) {
    if (tag.slice(last, m.index).trim()) return null;
    out.set(m[1].replace(/^\w+:/, ""), unesc(m[3] ?? m[4] ?? ""));
    last = re.lastIndex;
  }
  return tag.slice(last).trim() ? null : out;
}

const isDate = (s: string): boolean => /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(s) && !Number.isNaN(new Date(s).getTime());

/** True when the XML text is a TermScore decision log (whatever its state). */
export function isDecisionLog(xml: string): boolean {
  return xml.includes(DECISION_LOG_NS);
}

/** Read a stored log. Never throws: what cannot be read is reported in `problem` and left out. */
export function parseDecisionLog(xml: string): ParsedLog {
  const decisions: Decision[] = [];
  const rootMatch = /<(\w+:)?decisionLog\b([^>]*?)(\/?)>/.exec(xml);
  if (!rootMatch || !xml.includes(DECISION_LOG_NS)) {
    return { decisions, problem: "The decision log stored in this document could not be read (it is not a TermScore log); a new log was started.", rebuild: true };
  }
  const rootAttrs = attrsOf(rootMatch[2]);
  const prefix = rootMatch[1] ?? "";
  const closing = `</${prefix}decisionLog>`;
  const bodyEnd = rootMatch[3] ? rootMatch.index + rootMatch[0].length : xml.indexOf(closing);
  let broken = bodyEnd < 0 || !rootAttrs;
  const body = xml.slice(rootMatch.index + rootMatch[0].length, bodyEnd < 0 ? xml.length : bodyEnd);
  let skipped = 0;
  const re = new RegExp(`<${prefix}decision\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${prefix}decision>)`, "g");
  let consumed = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (/<|>/.test(body.slice(consumed, m.index).replace(/<!--[\s\S]*?-->/g, ""))) broken = true;
    consumed = re.lastIndex;
    const a = attrsOf(m[1]);
    const action = a?.get("action") as DecisionAction | undefined;
    const subject = a?.get("subject");
    const d: Partial<Decision> | null = a ? { target: a.get("target"), subject: subject as Decision["subject"], action, by: a.get("by"), at: a.get("at") } : null;
    if (!d || !d.target || !d.by || !d.at || !isDate(d.at) || !action || !DECISION_ACTIONS.includes(action) || (subject !== "suggestion" && subject !== "their-change")) {
      skipped++;
      continue;
    }
    if (a!.get("rule")) d.ruleId = a!.get("rule");
    if (a!.get("label")) d.label = a!.get("label");
    const inner = m[2] ?? "";
    const reason = new RegExp(`<${prefix}reason>([^<]*)</${prefix}reason>`).exec(inner);
    if (reason) d.reason = unesc(reason[1]);
    const edit = new RegExp(`<${prefix}edit\\b([^>]*?)/>`).exec(inner);
    if (edit) {
      const e = attrsOf(edit[1]);
      if (e && e.has("removed") && e.has("inserted")) d.edit = { prefix: e.get("prefix") ?? "", removed: e.get("removed")!, inserted: e.get("inserted")!, suffix: e.get("suffix") ?? "" };
      else {
        skipped++;
        continue;
      }
    }
    decisions.push(d as Decision);
  }
  if (/<|>/.test(body.slice(consumed).replace(/<!--[\s\S]*?-->/g, ""))) broken = true;
  if (broken || skipped) {
    const kept = decisions.length ? ` ${decisions.length} decision${decisions.length === 1 ? " was" : "s were"} recovered` : " no decision could be recovered";
    return { decisions, problem: `The decision log stored in this document is damaged${skipped ? ` (${countOf(skipped, "entry", { plural: "entries" })} unreadable)` : ""}:${kept}, and the log was rebuilt. The contract itself is untouched.`, rebuild: true };
  }
  const sum = rootAttrs?.get("checksum");
  if (sum !== hashText(canonical(decisions))) {
    return { decisions, problem: `The decision log in this document was edited outside TermScore: its ${decisions.length} entr${decisions.length === 1 ? "y was" : "ies were"} kept as found and the log was rebuilt. The contract itself is untouched.`, rebuild: true };
  }
  return { decisions, rebuild: false };
}

/** Add decisions to a log: one entry per decision, in time order (a later decision on a target does not erase the earlier). */
export function appendDecisions(log: readonly Decision[], more: readonly Decision[]): Decision[] {
  const seen = new Set(log.map((d) => `${d.target}\u0000${d.action}\u0000${d.at}\u0000${d.by}`));
  const out = log.slice();
  for (const d of more) {
    const k = `${d.target}\u0000${d.action}\u0000${d.at}\u0000${d.by}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(d);
  }
  return out;
}

/** The history of one target, oldest first. */
export function historyOf(log: readonly Decision[], target: string): Decision[] {
  return log.filter((d) => d.target === target).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

