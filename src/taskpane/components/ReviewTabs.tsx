import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { DocumentHost } from "../../host/types";
import { documentConventions } from "../useReview";
import type { TabPrimary, TabValue } from "../review/primary";
import type { TheirChangesActions, TheirChangesState } from "../rounds/useTheirChanges";
import type { PlaybookActions, PlaybookState } from "../playbook/usePlaybook";
import { coverNoteRequest } from "../coverNoteInput";
import { Tabs } from "./Tabs";
import { ClausesTab } from "./ClausesTab";
import { ChecklistTab } from "./ChecklistTab";
import { ExportTab, type ExportTabProps } from "./ExportTab";
import { PlaybookPanel } from "./PlaybookPanel";
import { TheirChangesPanel } from "./TheirChangesPanel";
import { NextStep } from "./NextStep";

/** The review's tabs and the panel of the one selected: what each tab shows, and which of its buttons is the pane's one primary. */
export interface ReviewTabsProps extends Pick<ExportTabProps, "state" | "actions" | "engine" | "report" | "standing" | "checklist" | "fileName" | "baseName" | "download" | "copy"> {
  tab: TabValue;
  onTab(tab: TabValue): void;
  /** Who holds the pane's one primary button on this tab (review/primary.ts); null while something above the review does. */
  primary: TabPrimary | null;
  /** The document under review (its round-two features decide the Theirs tab). */
  active: DocumentHost;
  theirs: TheirChangesState;
  theirActions: TheirChangesActions;
  playbook: PlaybookState;
  playbookActions: PlaybookActions;
  /** The playbook changed since the last scan. */
  playbookChanged: boolean;
  withAddendum: boolean;
  onWithAddendumChange(v: boolean): void;
  /** A finding whose Apply can be pressed is open. */
  rowOpen: boolean;
  onRowOpen(open: boolean, actionable: boolean): void;
}

const useStyles = makeStyles({ panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM } });

export function ReviewTabs(props: ReviewTabsProps): React.JSX.Element {
  const { tab, onTab, primary, state, actions, report, standing, theirs, theirActions, active } = props;
  const styles = useStyles();
  const caps = state.capabilities;
  const busy = state.busy !== null;
  const canApply = !!caps && caps.trackChanges;
  const own = primary === "own";
  const proposed = React.useMemo(() => coverNoteRequest(state) !== null, [state]);
  // The next step leads to the Export tab; the keyboard focus goes with it (its button is gone).
  const focusExport = React.useRef(false);
  React.useEffect(() => {
    if (tab === "export" && focusExport.current) document.getElementById("ts-tab-export")?.focus();
    focusExport.current = false;
  }, [tab]);
  const next =
    primary === "next" ? (
      <NextStep
        proposed={proposed && !!props.engine?.coverNote}
        onGo={() => {
          focusExport.current = true;
          onTab("export");
        }}
      />
    ) : null;
  const agreed = props.checklist.filter((i) => i.present).length;
  const openItems = state.items.filter((i) => i.status === "open").length;
  return (
    <>
      <Tabs<TabValue>
        label="Review sections"
        idPrefix="ts-tab"
        selected={tab}
        onSelect={onTab}
        // The checklist and the addendum that fixes it share a tab: four tabs fit one row at 320 px
        // (a fifth, "Theirs", only when there are their changes to read).
        items={[
          // as the contract stands: a clause with a change proposed is still risky until accepted
          { value: "clauses", label: `Clauses ${state.items.length}`, name: `Clauses (${state.items.length}, ${openItems} to act on)` },
          { value: "protections", label: `Checklist ${agreed}/${props.checklist.length}`, name: `Checklist and addendum (${agreed} of ${props.checklist.length} agreed)` },
          { value: "export", label: "Export" },
          { value: "playbook", label: "Playbook" },
          ...(active.theirChanges || active.compareWith ? [{ value: "theirs" as const, label: "Theirs", name: "Their changes" }] : []),
        ]}
      />
      <div role="tabpanel" id="ts-tab-panel" aria-labelledby={`ts-tab-${tab}`} className={styles.panel}>
        {tab === "clauses" ? (
          <ClausesTab
            state={state}
            actions={actions}
            report={report}
            standing={standing}
            decisions={theirs.decisions}
            record={theirActions.record}
            withAddendum={props.withAddendum}
            onWithAddendumChange={props.onWithAddendumChange}
            primaryApplyAll={own && !props.rowOpen}
            primaryRow={own}
            nextStep={next}
            onRowOpen={props.onRowOpen}
          />
        ) : null}
        {tab === "protections" ? (
          <>
            {next}
            <ChecklistTab state={state} actions={actions} report={report} standing={standing} primary={own} />
          </>
        ) : null}
        {tab === "theirs" ? (
          <>
            {next}
            <TheirChangesPanel state={theirs} actions={theirActions} canRead={!!active.theirChanges} canCompare={!!active.compareWith} canApply={canApply} canGoTo={caps?.kind !== "docx"} paragraphs={state.paragraphs} canRestoreParagraph={!!active.restoreParagraph} busy={busy} primary={own} />
          </>
        ) : null}
        {tab === "playbook" ? (
          <PlaybookPanel
            state={props.playbook}
            actions={props.playbookActions}
            download={props.download}
            busy={busy}
            spelling={documentConventions(state.standingParagraphs).spelling}
            changed={props.playbookChanged}
            onDone={() => onTab("clauses")}
            primary={own}
          />
        ) : null}
        {tab === "export" ? (
          <ExportTab state={state} actions={actions} engine={props.engine} report={report} standing={standing} checklist={props.checklist} fileName={props.fileName} baseName={props.baseName} download={props.download} copy={props.copy} proposed={proposed} primary={own} />
        ) : null}
      </div>
    </>
  );
}
