import * as React from "react";
import { Text } from "./Text";
import { historyOf } from "../../engine/compare/decisionLog";
import type { Decision } from "../../engine/compare/decisionLog";
import { useSharedStyles } from "./styles";

const ACTION_TEXT: Record<Decision["action"], string> = { applied: "Applied", accepted: "Accepted", rejected: "Rejected", dismissed: "Dismissed", countered: "Countered" };

/** "2026-11-10 09:00 UTC" from the log's ISO time (the date alone when the time cannot be read). */
function whenText(at: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)?$/.exec(at);
  if (!m) return at.slice(0, 10);
  return `${m[1]} ${m[2]}${m[3] === "Z" ? " UTC" : m[3] ? ` (UTC${m[3]})` : ""}`;
}

/** One line per decision: what, who, when, and the reason when one was given. */
function decisionText(d: Decision): string {
  return `${ACTION_TEXT[d.action]} by ${d.by || "you"} on ${whenText(d.at)}${d.reason ? `: ${d.reason}` : ""}`;
}

/** The decisions stored in the document for one finding or one of their changes, oldest first. */
export function DecisionHistory({ decisions, target }: { decisions: readonly Decision[]; target: string }): React.JSX.Element | null {
  const shared = useSharedStyles();
  const list = historyOf(decisions, target);
  if (!list.length) return null;
  return (
    <ul className={shared.list} aria-label="Decision history">
      {list.map((d, i) => (
        <li key={i}>
          <Text size={200}>{decisionText(d)}</Text>
        </li>
      ))}
    </ul>
  );
}
