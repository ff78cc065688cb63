import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  ProgressBar,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { describeEnvironment, type PaneEnvironment } from "./environment";
import type { CreateDocxHost, DocumentHost, DocxDocumentHost } from "../host/types";
import { useReview, type ReviewEngine } from "./useReview";
import { ScoreCard } from "./components/ScoreCard";
import { FindingList } from "./components/FindingList";
import { ProtectionsPanel, checklist } from "./components/ProtectionsPanel";
import { ApplyAllPanel } from "./components/ApplyAllPanel";
import { ChangesPanel } from "./components/ChangesPanel";
import { AddendumPanel } from "./components/AddendumPanel";
import { ExportPanel, copyText, downloadText } from "./components/ExportPanel";
import { OpenDocument } from "./components/OpenDocument";
import { Tabs } from "./components/Tabs";
import { useSharedStyles } from "./components/styles";

export interface AppProps {
  /** null while Office is still starting. */
  environment: PaneEnvironment | null;
  /** The document inside Word, when running in Word. */
  host: DocumentHost | null;
  /** The clause engine (injected so the pane stays testable). */
  engine?: ReviewEngine;
  /** Browser mode: opens a .docx file as a document host. Absent: no file opening offered. */
  openDocx?: CreateDocxHost;
  /** Saving and copying, injectable for tests. */
  download?: (fileName: string, data: string | Uint8Array, mime: string) => void;
  copy?: (text: string) => Promise<void>;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    maxWidth: "960px",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
});

/** Indeterminate progress with its words (lighter than Fluent's Spinner). */
function Busy({ label }: { label: string }): React.JSX.Element {
  return (
    <Field label={label} validationState="none">
      <ProgressBar thickness="medium" aria-label={label} />
    </Field>
  );
}

type TabValue = "clauses" | "protections" | "addendum" | "export";

const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/** The file's bytes (Blob.arrayBuffer where available, FileReader elsewhere, e.g. older Safari). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

function reviewedName(fileName: string): string {
  return fileName.replace(/\.docx$/i, "") + ".reviewed.docx";
}

export function App({ environment, host, engine, openDocx, download = downloadText, copy = copyText }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const notice = environment ? describeEnvironment(environment) : null;
  const [docx, setDocx] = React.useState<DocxDocumentHost | null>(null);
  const [opening, setOpening] = React.useState(false);
  const [openError, setOpenError] = React.useState<string | null>(null);
  const [tab, setTab] = React.useState<TabValue>("clauses");
  const active = host ?? docx;
  const noEngine = React.useMemo<ReviewEngine>(
    () => ({
      analyze: () => {
        throw new Error("the clause engine is not available in this build");
      },
      buildAddendum: () => [],
      formatReportMarkdown: () => "",
    }),
    []
  );
  const [state, actions] = useReview(engine ? active : null, engine ?? noEngine);
  const report = state.report;
  const caps = state.capabilities;
  const busy = state.busy !== null;
  const canApply = !!caps && caps.trackChanges;
  const canComment = !!caps && caps.comments;

  // Browser mode keeps the reviewed copy in memory until downloaded: never drop it silently.
  const [savedWrites, setSavedWrites] = React.useState(0);
  const [pendingFile, setPendingFile] = React.useState<File | null>(null);
  const unsaved = !!docx && state.writes > savedWrites;
  React.useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  const open = React.useCallback(
    async (file: File) => {
      if (!openDocx) return;
      setOpenError(null);
      if (!/\.docx$/i.test(file.name)) {
        setOpenError(`“${file.name}” is not a .docx file. Save it from Word as a Word Document (.docx) first.`);
        return;
      }
      if (file.size > MAX_DOCX_BYTES) {
        setOpenError(`“${file.name}” is larger than 50 MB; TermScore does not open files that big.`);
        return;
      }
      setOpening(true);
      try {
        const data = await readFileBytes(file);
        const opened = await openDocx(data, file.name);
        setSavedWrites(0);
        setDocx(opened);
      } catch (e) {
        setOpenError(`Could not open “${file.name}”: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        setOpening(false);
      }
    },
    [openDocx]
  );

  const onOpen = React.useCallback(
    (file: File) => {
      if (unsaved) setPendingFile(file);
      else void open(file);
    },
    [unsaved, open]
  );

  const onSave = React.useCallback(async () => {
    if (!docx) return;
    try {
      const writes = state.writes;
      download(reviewedName(docx.fileName), await docx.save(), DOCX_MIME);
      setSavedWrites(writes);
    } catch (e) {
      setOpenError(`Could not save the reviewed copy: ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [docx, download, state.writes]);

  const baseName = docx ? docx.fileName.replace(/\.docx$/i, "") : "contract";
  const browserMode = environment?.kind === "browser" && !!openDocx;

  return (
    <main className={styles.root} aria-label="TermScore contract review">
      <header className={styles.header}>
        <Title3 as="h1">TermScore</Title3>
        <Caption1>Keep your work out of AI training</Caption1>
      </header>
      {environment === null ? <Busy label="Starting…" /> : null}
      {notice && !docx ? (
        <MessageBar intent={environment?.kind === "other-office" ? "error" : "info"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not running inside Word</MessageBarTitle>
            {notice}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {host && environment?.kind === "word" ? <Caption1>Connected to the open document.</Caption1> : null}
      {!engine && (host || openDocx) ? (
        <MessageBar intent="error">
          <MessageBarBody>The clause engine is missing from this build, so nothing can be checked.</MessageBarBody>
        </MessageBar>
      ) : null}
      {browserMode ? (
        <OpenDocument fileName={docx?.fileName ?? null} unsaved={unsaved} busy={busy || opening} onOpen={onOpen} onSave={docx ? () => void onSave() : undefined} />
      ) : null}
      {pendingFile && docx ? (
        <MessageBar intent={unsaved ? "warning" : "info"} layout="multiline">
          <MessageBarBody>
            {unsaved
              ? `“${docx.fileName}” has changes you have not downloaded. Opening “${pendingFile.name}” drops them.`
              : `The reviewed copy is downloaded. Open “${pendingFile.name}” now?`}
          </MessageBarBody>
          <MessageBarActions>
            {unsaved ? (
              <Button size="small" appearance="primary" onClick={() => void onSave()}>
                Download reviewed copy first
              </Button>
            ) : null}
            <Button
              size="small"
              onClick={() => {
                const f = pendingFile;
                setPendingFile(null);
                void open(f);
              }}
            >
              {unsaved ? "Discard and open" : "Open it"}
            </Button>
            <Button size="small" appearance="subtle" onClick={() => setPendingFile(null)}>
              Cancel
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {opening ? <Busy label="Opening the file…" /> : null}
      {openError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{openError}</MessageBarBody>
        </MessageBar>
      ) : null}
      {caps?.message ? (
        <MessageBar intent={caps.kind === "docx" ? "info" : "warning"} layout="multiline">
          <MessageBarBody>
            {caps.kind === "docx" ? null : <MessageBarTitle>Some features are not available</MessageBarTitle>}
            {caps.message}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Something went wrong</MessageBarTitle>
            {state.error}.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={actions.clearError}>
              Close
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {state.stale ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The document changed</MessageBarTitle>
            It was edited since the last scan, so the findings may no longer match it. Nothing was changed.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabled={busy} onClick={() => void actions.scan()}>
              Re-scan now
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {active && engine ? (
        <div className={shared.row}>
          <Button disabled={busy} onClick={() => void actions.scan()}>
            {report ? "Re-scan" : "Scan"}
          </Button>
          {state.busy === "scan" ? <Busy label="Scanning…" /> : null}
        </div>
      ) : null}
      <Text role="status" aria-live="polite" className={shared.muted}>
        {state.status}
      </Text>
      {report && active ? (
        <>
          <ScoreCard report={report} />
          <Tabs<TabValue>
            label="Review sections"
            idPrefix="ts-tab"
            selected={tab}
            onSelect={setTab}
            items={[
              { value: "clauses", label: `Clauses (${report.findings.length})` },
              { value: "protections", label: `Checklist (${checklist(report).filter((i) => i.present).length}/${checklist(report).length})` },
              { value: "addendum", label: "Addendum" },
              { value: "export", label: "Export" },
            ]}
          />
          <div role="tabpanel" id="ts-tab-panel" aria-labelledby={`ts-tab-${tab}`} className={styles.panel}>
            {tab === "clauses" ? (
              <>
                <ApplyAllPanel
                  findingCount={report.findings.length}
                  busy={busy}
                  canApply={canApply}
                  progress={state.progress}
                  summary={state.summary}
                  onApplyAll={() => void actions.applyAll()}
                />
                <ChangesPanel
                  changes={state.applied}
                  reviewed={state.reviewed}
                  canReview={state.canReview}
                  browserMode={caps?.kind === "docx"}
                  busy={busy}
                  reviewing={state.busy === "review"}
                  onReview={(id, accept) => void actions.reviewChange(id, accept)}
                />
                <FindingList
                  findings={report.findings}
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
                  onDismiss={(f) => void actions.dismiss(f)}
                  onRestoreDismissed={() => void actions.restoreDismissed()}
                />
              </>
            ) : null}
            {tab === "protections" ? (
              <>
                <ProtectionsPanel report={report} busy={busy} canInsert={canApply} onFix={(sections) => void actions.insertAddendum(sections)} />
                {state.addendumMessage ? (
                  <MessageBar intent={state.addendumMessage.intent}>
                    <MessageBarBody>{state.addendumMessage.text}</MessageBarBody>
                  </MessageBar>
                ) : null}
              </>
            ) : null}
            {tab === "addendum" ? (
              <AddendumPanel
                detected={report.parties}
                overrides={state.partyOverrides}
                settings={state.addendum}
                preview={actions.addendumPreview()}
                present={report.addendumPresent}
                canInsert={canApply}
                canInsertAtCursor={!!caps && caps.insertAtCursor}
                busy={busy}
                message={state.addendumMessage}
                onPartyChange={actions.setPartyName}
                onSettingsChange={actions.setAddendum}
                onInsert={() => void actions.insertAddendum()}
              />
            ) : null}
            {tab === "export" ? <ExportPanel getText={actions.exportReport} baseName={baseName} download={download} copy={copy} /> : null}
          </div>
        </>
      ) : null}
    </main>
  );
}
