import * as React from "react";
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text } from "@fluentui/react-components";
import type { ApplySummary, SummaryItem } from "../useReview";
import { useSharedStyles } from "./styles";

export interface ApplyAllPanelProps {
  findingCount: number;
  busy: boolean;
  canApply: boolean;
  progress: { done: number; total: number } | null;
  summary: ApplySummary | null;
  onApplyAll(): void;
}

function group(items: SummaryItem[]) {
  return {
    applied: items.filter((i) => i.status === "applied"),
    skipped: items.filter((i) => i.status === "stale" || i.status === "skipped"),
    failed: items.filter((i) => i.status === "failed"),
  };
}

const ACTION_WORD = { apply: "Applied", comment: "Commented", "apply-all": "Applied" } as const;

export function ApplyAllPanel({ findingCount, busy, canApply, progress, summary, onApplyAll }: ApplyAllPanelProps): React.JSX.Element {
  const shared = useSharedStyles();
  const g = summary ? group(summary.items) : null;
  const intent = g ? (g.failed.length > 0 ? "error" : g.skipped.length > 0 ? "warning" : "success") : "info";
  return (
    <section className={shared.section} aria-label="Apply all suggestions">
      <div className={shared.row}>
        <Button appearance="primary" disabled={busy || !canApply || findingCount === 0} onClick={onApplyAll}>
          Apply all ({findingCount})
        </Button>
        <Text className={shared.muted}>High risk first, each as a tracked change with a comment.</Text>
      </div>
      {progress ? (
        <Field label={`Applying ${progress.done} of ${progress.total}`} validationState="none">
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : 0} aria-label={`Applying ${progress.done} of ${progress.total}`} />
        </Field>
      ) : null}
      {summary && g ? (
        <MessageBar intent={intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {ACTION_WORD[summary.action]} {g.applied.length}, skipped {g.skipped.length}, failed {g.failed.length}.
            </MessageBarTitle>
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
            {g.applied.length > 0 ? <Text block>Review them in Word under Review › Tracked changes; rejecting them gives back your original text.</Text> : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
