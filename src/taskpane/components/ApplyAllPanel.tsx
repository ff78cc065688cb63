import * as React from "react";
import { Button } from "./Button";
import { Text } from "./Text";
import { Message, MessageBody, MessageTitle } from "./Message";
import { BusyRow } from "./Busy";
import { CheckboxChoice } from "./Choice";
import type { ApplySummary, SummaryItem } from "../useReview";
import { useSharedStyles } from "./styles";
import { countOf } from "../../engine/fix/plural";
import { typographic } from "../review/typographic";

export interface ApplyAllPanelProps {
  findingCount: number;
  busy: boolean;
  canApply: boolean;
  progress: { done: number; total: number; label?: string; cancellable?: boolean } | null;
  summary: ApplySummary | null;
  /** Protections the addendum would add (0: no addendum offered). */
  missingProtections?: number;
  includeAddendum?: boolean;
  onIncludeAddendumChange?(include: boolean): void;
  /** This is the pane's one primary button now (default true). */
  primary?: boolean;
  onApplyAll(): void;
  /** Stops Apply all (shown while `progress.cancellable`): the copy goes back to what it was. */
  onCancel?(): void;
}

function group(items: SummaryItem[]) {
  const skipped = items.filter((i) => i.status === "stale" || i.status === "skipped");
  return {
    applied: items.filter((i) => i.status === "applied"),
    skipped,
    /** Skipped because another change in the same clause covers them: one line, not one each. */
    covered: skipped.filter((i) => i.status === "skipped" && i.covered),
    failed: items.filter((i) => i.status === "failed"),
  };
}

/** Clauses named in the one-line summary before "and N more". */
const CLAUSES_NAMED = 8;

/** "Skipped 5 that another change in the same clause already covers: § 3.4, § 4.1 and Usage." */
export function coveredLine(items: readonly SummaryItem[]): string {
  const clauses = [...new Set(items.map((i) => i.clause ?? "").filter(Boolean))];
  const named = clauses.slice(0, CLAUSES_NAMED);
  const rest = clauses.length - named.length;
  const list = rest > 0 ? `${named.join(", ")} and ${rest} more` : named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named[named.length - 1]}` : (named[0] ?? "");
  const what = items.length === 1 ? "Skipped 1 that another change in the same clause already covers" : `Skipped ${items.length} that other changes in the same clauses already cover`;
  return `${what}${list ? `: ${list}` : ""}.`;
}

const ACTION_WORD = { apply: "Applied", comment: "Commented", "apply-all": "Applied" } as const;

export function ApplyAllPanel({ findingCount, busy, canApply, progress, summary, onApplyAll, onCancel, missingProtections = 0, includeAddendum = false, onIncludeAddendumChange, primary = true }: ApplyAllPanelProps): React.JSX.Element {
  const shared = useSharedStyles();
  const g = summary ? group(summary.items) : null;
  const intent = g && !summary?.cancelled ? (g.failed.length > 0 ? "error" : g.skipped.length > 0 ? "warning" : "success") : "info";
  return (
    <section className={shared.section} aria-label="Apply all suggestions">
      <div className={shared.row}>
        <Button
          appearance={primary ? "primary" : "secondary"}
          disabled={busy || !canApply || (findingCount === 0 && !(includeAddendum && missingProtections > 0))}
          onClick={onApplyAll}
          aria-describedby="ts-apply-all-what"
        >
          Apply all ({findingCount})
        </Button>
        {missingProtections > 0 && onIncludeAddendumChange ? (
          <CheckboxChoice checked={includeAddendum} disabled={busy} label="+ addendum" onChange={onIncludeAddendumChange} />
        ) : null}
      </div>
      <Text id="ts-apply-all-what" size={200} className={shared.muted}>
        {findingCount === 0 ? "No suggestions left" : findingCount === 1 ? "The suggestion goes in" : `The ${findingCount} suggestions go in`}
        {findingCount > 0 ? " as tracked changes with comments, high risk first" : ""}
        {missingProtections > 0
          ? includeAddendum
            ? `${findingCount > 0 ? ", then" : "; Apply all adds"} the addendum (${countOf(missingProtections, "missing protection")}) at the end.`
            : `; the addendum (${missingProtections} missing) is not included.`
          : "."}
      </Text>
      {progress ? (
        <BusyRow
          label={progress.label ?? `Applying ${progress.done} of ${progress.total}`}
          value={progress.total > 0 ? progress.done / progress.total : undefined}
          onCancel={progress.cancellable ? onCancel : undefined}
          cancelLabel="Cancel Apply all"
        />
      ) : null}
      {summary && g ? (
        <Message intent={intent} layout="multiline">
          <MessageBody>
            <MessageTitle>
              {summary.cancelled ? "Apply all cancelled." : `${ACTION_WORD[summary.action]} ${g.applied.length}, skipped ${g.skipped.length}, failed ${g.failed.length}.`}
            </MessageTitle>
            {g.covered.length > 0 ? <Text block>{coveredLine(g.covered)}</Text> : null}
            {g.skipped.length - g.covered.length + g.failed.length > 0 ? (
              <ul className={shared.list} aria-label="Not applied">
                {[...g.skipped.filter((i) => !g.covered.includes(i)), ...g.failed].map((i) => (
                  <li key={i.id}>
                    {i.status === "failed" ? "Failed" : "Skipped"}: {i.title}
                    {i.message ? ` — ${typographic(i.message)}` : i.status === "stale" ? " — the text changed since the scan" : ""}
                  </li>
                ))}
              </ul>
            ) : null}
            {summary.note ? <Text block>{typographic(summary.note)}</Text> : null}
            {g.applied.length > 0 && g.skipped.length + g.failed.length > 0 ? <Text block>The applied ones are tracked changes: rejecting them gives back your original text.</Text> : null}
          </MessageBody>
        </Message>
      ) : null}
    </section>
  );
}
