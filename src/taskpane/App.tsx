import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Text } from "./components/Text";
import { ScanPrompt } from "./components/ScanPrompt";
import { describeEnvironment, type PaneEnvironment } from "./environment";
import type { CreateDocxHost, DocumentHost, DocxDocumentHost } from "../host/types";
import { useReview, type ReviewEngine } from "./useReview";
import { checklist } from "./components/ProtectionsPanel";
import { copyText, downloadText } from "./components/ExportPanel";
import { PendingFile } from "./components/PendingFile";
import { OpenDocument } from "./components/OpenDocument";
import { RolesBar } from "./components/RolesBar";
import { Footer } from "./components/Footer";
import { Busy, BusyRow } from "./components/Busy";
import { VERSION } from "./version";
import { useSharedStyles } from "./components/styles";
import { useBrowserFile } from "./useBrowserFile";
import { ReviewNotices, StartNotices } from "./components/Notices";
import { roundAnalyzeOptions, useDecisionRecorder, useTheirChanges } from "./rounds/useTheirChanges";
import { useWritesCount } from "./rounds/useWritesCount";
import { usePlaybook } from "./playbook/usePlaybook";
import { ReviewTabs } from "./components/ReviewTabs";
import { tabPrimary, type TabValue } from "./review/primary";
import { withPlaybook } from "./playbook/engine";

export interface AppProps {
  /** null while Office is still starting. */
  environment: PaneEnvironment | null;
  /** The document inside Word, when running in Word. */
  host: DocumentHost | null;
  /** The clause engine (injected so the pane stays testable). */
  engine?: ReviewEngine;
  /** Browser mode: opens a .docx file as a document host. Absent: no file opening offered. */
  openDocx?: CreateDocxHost;
  /** Stops a .docx that is still opening (browser mode). */
  cancelOpen?: () => void;
  /** Browser mode: the bundled sample contract's bytes, for "Try the sample contract". */
  loadSample?: () => Promise<Uint8Array>;
  /** Saving and copying, injectable for tests. */
  download?: (fileName: string, data: string | Uint8Array, mime: string) => void;
  copy?: (text: string) => Promise<void>;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minWidth: "280px",
    maxWidth: "960px",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  review: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // kept mounted (filters, open rows and drafts survive) while a question above it is answered
  waiting: { display: "none" },
});

/** Stands in when the build has no engine (the pane then says so); one object, so the review never restarts for it. */
const NO_ENGINE: ReviewEngine = {
  analyze: () => {
    throw new Error("the clause engine is not available in this build");
  },
  buildAddendum: () => [],
  formatReportMarkdown: () => "",
};

export function App({ environment, host, engine, openDocx, cancelOpen, loadSample, download = downloadText, copy = copyText }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const notice = environment ? describeEnvironment(environment) : null;
  const [docx, setDocx] = React.useState<DocxDocumentHost | null>(null);
  const [tab, setTab] = React.useState<TabValue>("clauses");
  const [rowOpen, setRowOpen] = React.useState(false);
  const [withAddendum, setWithAddendum] = React.useState(true);
  const [rolesOpen, setRolesOpen] = React.useState(false);
  const active = host ?? docx;
  // the user's playbook (issue 18): read at each analysis through a ref, so the engine object stays the same
  const [playbook, playbookActions] = usePlaybook(engine, engine ? active : null);
  const playbookRef = React.useRef(playbook.active);
  playbookRef.current = playbook.active;
  const reviewEngine = React.useMemo(() => (engine ? withPlaybook(engine, () => playbookRef.current) : undefined), [engine]);
  const [state, actions] = useReview(engine ? active : null, reviewEngine ?? NO_ENGINE);
  const checking = state.checking;
  const report = state.report;
  // a changed playbook applies to the review once the user leaves the Playbook tab
  const [scannedVersion, setScannedVersion] = React.useState(playbook.version);
  React.useEffect(() => {
    if (tab === "playbook" || playbook.version === scannedVersion || state.busy !== null) return;
    setScannedVersion(playbook.version);
    if (report || state.error) void actions.scan();
  }, [tab, playbook.version, scannedVersion, state.busy, state.error, report, actions]);
  const caps = state.capabilities;
  // round two (issue 17): their changes, and every decision logged in the document
  const [theirWrites, onTheirWrite] = useWritesCount(active, actions.checkStale);
  // round two reads with the user's playbook and the roles as confirmed (read at each call)
  const overridesRef = React.useRef(state.partyOverrides);
  overridesRef.current = state.partyOverrides;
  const roundOptions = React.useCallback(() => roundAnalyzeOptions(playbookRef.current, overridesRef.current), []);
  const [theirs, theirActions] = useTheirChanges(engine ? active : null, onTheirWrite, roundOptions);
  // the decision log is read when a finding is first opened (its history is shown there)
  const { loadLog } = theirActions;
  const onRowOpen = React.useCallback(
    (open: boolean, actionable: boolean) => {
      setRowOpen(actionable);
      if (open) void loadLog();
    },
    [loadLog]
  );
  useDecisionRecorder(theirActions.record, state.applied, state.paragraphs);
  const busy = state.busy !== null;
  const canApply = !!caps && caps.trackChanges;

  // Browser mode: the file, its author name, and the reviewed copy kept until downloaded.
  const allWrites = state.writes + theirWrites;
  const file = useBrowserFile({ docx, setDocx, writes: allWrites, openDocx, cancelOpen, download });
  const { opening, openError, author, changeAuthor, unsaved, pendingFile } = file;

  const baseName = docx ? docx.fileName.replace(/\.docx$/i, "") : "contract";
  const browserMode = environment?.kind === "browser" && !!openDocx;

  const standing = state.standing;
  // One primary button at a time (review/primary.ts): the tab's own next step, else "Download
  // reviewed copy", else the next step of the review; Re-scan when the document changed.
  const theirsOpen = (theirs.result?.report.changes ?? []).filter((c) => !theirs.responded[c.id]);
  const missing = report?.missing.length ?? 0;
  const holder = state.stale
    ? null
    : tabPrimary(tab, {
        unsaved,
        canApply,
        openItems: state.items.filter((i) => i.status === "open").length,
        addendumWithApplyAll: withAddendum && missing > 0,
        missingProtections: missing,
        theirs: { read: !!theirs.result, open: theirsOpen.length },
      });
  const items = report && standing ? checklist(standing, state.protections) : [];
  // A question open above the review (the roles editor, or what to do with the changes before
  // opening another file) holds the one primary button; the review waits, hidden, until it is answered.
  const pendingOpen = !!pendingFile && !!docx;
  const asking = pendingOpen || rolesOpen;

  return (
    <main className={styles.root} aria-label="TermScore contract review">
      <h1 className={browserMode ? styles.title : shared.visuallyHidden}>TermScore</h1>
      {environment === null ? <Busy label="Starting…" /> : null}
      <StartNotices notice={notice && !docx ? notice : null} error={environment?.kind === "other-office"} engineMissing={!engine && !!(host || openDocx)} />
      {browserMode ? (
        <OpenDocument
          fileName={docx?.fileName ?? null}
          unsaved={unsaved}
          busy={busy || opening}
          primary={!docx || (state.blank && !asking) ? "open" : holder === "download" && !asking ? "save" : null}
          author={author}
          onAuthorChange={changeAuthor}
          onOpen={file.onOpen}
          onTrySample={loadSample ? () => file.trySample(loadSample) : undefined}
          onSave={docx ? () => void file.save() : undefined}
        />
      ) : null}
      {pendingOpen && pendingFile && docx ? (
        <PendingFile fileName={docx.fileName} pendingName={pendingFile.name} unsaved={unsaved} onSave={() => void file.save()} onOpen={file.openPending} onCancel={file.cancelPending} />
      ) : null}
      {opening ? <BusyRow label={file.openStep?.label ?? "Opening the file…"} value={file.openStep?.value} onCancel={cancelOpen ? file.cancelOpening : undefined} /> : null}
      <ReviewNotices
        openError={openError}
        missingFeatures={caps?.message && caps.kind !== "docx" ? caps.message : undefined}
        error={state.error}
        onCloseError={actions.clearError}
        stale={state.stale}
        busy={busy}
        onRescan={() => void actions.scan()}
        primary={!asking}
      />
      {host && environment?.kind === "word" ? <span className={shared.visuallyHidden}>Connected to the open document.</span> : null}
      <Text role="status" aria-live="polite" className={shared.visuallyHidden}>
        {state.status}
      </Text>
      {/* the scan's bar: how many paragraphs the engine has checked, once it says */}
      {state.busy === "scan" ? (
        <BusyRow
          label={`Checking the contract${checking?.standing ? " as it stands" : ""}…${checking?.total ? ` (${checking.done} of ${checking.total} paragraphs)` : ""}`}
          value={checking?.total ? checking.done / checking.total : undefined}
          onCancel={engine?.cancel ? actions.cancel : undefined}
        />
      ) : null}
      {active ? (
        <ScanPrompt
          blank={state.blank}
          canScan={!!engine && !report && state.busy !== "scan"}
          browserMode={browserMode}
          busy={busy}
          status={state.status}
          onScan={() => void actions.scan()}
        />
      ) : null}
      {report && standing && active ? (
        <>
          <RolesBar
            user={state.partyOverrides.contractor?.trim() || report.roles.user}
            other={state.partyOverrides.agency?.trim() || report.roles.other}
            work={state.partyOverrides.work?.trim() || report.roles.work}
            sure={report.roles.sure || report.roles.source === "user"}
            question={report.roles.question}
            onChange={(next) => {
              actions.setPartyName("contractor", next.user);
              actions.setPartyName("agency", next.other);
              actions.setPartyName("work", next.work);
            }}
            onEditingChange={setRolesOpen}
            primary={!pendingOpen}
          />
          <div className={mergeClasses(styles.review, asking && styles.waiting)}>
            <ReviewTabs
              tab={tab}
              onTab={setTab}
              primary={holder}
              state={state}
              actions={actions}
              engine={engine}
              report={report}
              standing={standing}
              checklist={items}
              active={active}
              theirs={theirs}
              theirActions={theirActions}
              playbook={playbook}
              playbookActions={playbookActions}
              playbookChanged={playbook.version !== scannedVersion}
              withAddendum={withAddendum}
              onWithAddendumChange={setWithAddendum}
              rowOpen={rowOpen}
              onRowOpen={onRowOpen}
              fileName={docx?.fileName ?? "the open document"}
              baseName={baseName}
              download={download}
              copy={copy}
            />
          </div>
        </>
      ) : null}
      <Footer version={VERSION} />
    </main>
  );
}
