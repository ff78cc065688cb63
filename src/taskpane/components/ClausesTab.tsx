import * as React from "react";
import type { Report } from "../../engine/types";
import type { Decision } from "../../engine/compare/decisionLog";
import { documentConventions, type ReviewActions, type ReviewState } from "../useReview";
import { ScoreCard } from "./ScoreCard";
import { ApplyAllPanel } from "./ApplyAllPanel";
import { FindingList } from "./FindingList";
type FindingListProps = React.ComponentProps<typeof FindingList>;
import { ChangesPanel } from "./ChangesPanel";
import { Button } from "./Button";
import { Text } from "./Text";
import { useSharedStyles } from "./styles";

/** The Clauses tab: the two scores, Apply all, the findings, the changes made here, Re-scan. */
export interface ClausesTabProps {
  state: ReviewState;
  actions: ReviewActions;
  /** The last analysis (with our pending changes as if accepted) and the contract as it stands. */
  report: Report;
  standing: Report;
  /** Decisions read from the document's log, shown in each finding's history. */
  decisions: FindingListProps["decisions"];
  /** Writes decisions to the document's decision log. */
  record(decisions: Decision[]): Promise<void>;
  withAddendum: boolean;
  onWithAddendumChange(v: boolean): void;
  /** Apply all is the one primary action (no finding open, nothing waiting to be downloaded). */
  primaryApplyAll: boolean;
  /** An open finding's Apply may be the one primary action. */
  primaryRow: boolean;
  /** The finished tab's next step (review/primary.ts), shown under Apply all. */
  nextStep?: React.ReactNode;
  /** A finding is open; `actionable`: one whose Apply can be pressed. */
  onRowOpen(open: boolean, actionable: boolean): void;
}

const now = () => new Date().toISOString().replace(/\.\d{3}Z$/, "Z");

export function ClausesTab({ state, actions, report, standing, decisions, record, withAddendum, onWithAddendumChange, primaryApplyAll, primaryRow, nextStep, onRowOpen }: ClausesTabProps): React.JSX.Element {
  const shared = useSharedStyles();
  const caps = state.capabilities;
  const busy = state.busy !== null;
  const canApply = !!caps && caps.trackChanges;
  const canComment = !!caps && caps.comments;
  // Counted by the last analysis, so the second score and its label always match.
  const pendingCount = state.pending;
  const missing = report.missing.length;
  return (
    <>
      <ScoreCard standing={standing} current={report} pending={pendingCount} />
      {report.findings.length > 0 || missing > 0 || state.summary || state.progress ? (
        <ApplyAllPanel
          findingCount={report.findings.length}
          busy={busy}
          canApply={canApply}
          progress={state.progress}
          summary={state.summary}
          missingProtections={missing}
          includeAddendum={withAddendum}
          onIncludeAddendumChange={onWithAddendumChange}
          primary={primaryApplyAll}
          onApplyAll={() => void actions.applyAll({ addendum: withAddendum })}
          onCancel={actions.cancelApplyAll}
        />
      ) : null}
      {nextStep}
      <FindingList
        items={state.items}
        paragraphs={state.paragraphs}
        standingParagraphs={state.standingParagraphs}
        positions={state.positions}
        commented={state.commented}
        dismissedCount={state.dismissed.length}
        canApply={canApply}
        canComment={canComment}
        canGoTo={caps?.kind !== "docx"}
        busy={busy}
        onPositionChange={actions.setPosition}
        onGoTo={(f) => void actions.goTo(f)}
        onApply={(f) => void actions.apply(f)}
        onCommentOnly={(f) => void actions.commentOnly(f)}
        onDismiss={(f) => void actions.dismiss(f).then(() => record([{ target: f.id, subject: "suggestion", action: "dismissed", by: "", at: now(), ruleId: f.ruleId }]))}
        onRestoreDismissed={() => void actions.restoreDismissed()}
        decisions={decisions}
        project={documentConventions(state.standingParagraphs).project}
        onExpandedChange={onRowOpen}
        primary={primaryRow}
      />
      <ChangesPanel
        changes={state.applied}
        reviewed={state.reviewed}
        canReview={state.canReview}
        browserMode={caps?.kind === "docx"}
        busy={busy}
        reviewing={state.busy === "review"}
        onReview={(id, accept) => void actions.decideChange(id, accept).then(() => record([{ target: id, subject: "suggestion", action: accept ? "accepted" : "rejected", by: "", at: now() }]))}
        insertions={state.insertions}
        canUndoInsertion={caps?.kind === "docx" && caps.undoAddendum === true}
        onUndoInsertion={(batch) => void actions.undoInsertion(batch)}
      />
      <div className={shared.row}>
        <Button size="small" appearance="subtle" disabled={busy} onClick={() => void actions.scan()}>
          Re-scan
        </Button>
        {caps?.kind === "docx" ? (
          <Text size={200} className={shared.muted}>
            Changes go into a copy you download; the file you opened stays as it is.
          </Text>
        ) : null}
      </div>
    </>
  );
}
