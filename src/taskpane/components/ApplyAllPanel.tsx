import * as React from "react";
import { Button } from "./Button";
import { Text } from "./Text";
import { Message, MessageBody, MessageTitle } from "./Message";
import { BusyRow } from "./Busy";
import { CheckboxChoice } from "./Choice";
import type { ApplySummary, SummaryItem } from "../useReview";
import { useSharedStyles } from "./styles";
import { countOf } from "../../engine/fix/plural";

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
  return {
    applied: items.filter((i) => i.status === "applied"),
    skipped: items.filter((i) => i.status === "stale" || i.status === "skipped"),
    failed: items.filter((i) => i.status === "failed"),
  };
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
            {g.skipped.length + g.failed.length > 0 ? (
              <ul className={shared.list} aria-label="Not applied">
                {[...g.skipped, ...g.failed].map((i) => (
                  <li key={i.id}>
                    {i.status === "failed" ? "Failed" : "Skipped"}: {i.title}
                    {i.message ? ` — ${i.message}` : i.status === "stale" ? " — the text changed since the scan" : ""}
                  </li>
                ))}
              </ul>
            ) : null}
            {summary.note ? <Text block>{summary.note}</Text> : null}
            {g.applied.length > 0 && g.skipped.length + g.failed.length > 0 ? <Text block>The applied ones are tracked changes: rejecting them gives back your original text.</Text> : null}
          </MessageBody>
        </Message>
      ) : null}
    </section>
  );
}
