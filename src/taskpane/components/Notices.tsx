import * as React from "react";
import { Button } from "./Button";
import { Message, MessageActions, MessageBody, MessageTitle, type MessageIntent } from "./Message";

/** One notice: its title (when it has one), what to know, and the one thing to do about it (when there is one). */
function Notice({ intent, title, action, children }: { intent: MessageIntent; title?: string; action?: React.ReactNode; children: React.ReactNode }): React.JSX.Element {
  return (
    <Message intent={intent} layout="multiline">
      <MessageBody>
        {title ? <MessageTitle>{title}</MessageTitle> : null}
        {children}
      </MessageBody>
      {action ? <MessageActions>{action}</MessageActions> : null}
    </Message>
  );
}

/** Before any document: the pane is not in Word (with why), or the build lacks the engine. */
export function StartNotices(props: { notice: string | null; error: boolean; engineMissing: boolean }): React.JSX.Element {
  return (
    <>
      {props.notice ? (
        <Notice intent={props.error ? "error" : "info"} title="Not running inside Word">
          {props.notice}
        </Notice>
      ) : null}
      {props.engineMissing ? (
        <Message intent="error">
          <MessageBody>The clause engine is missing from this build, so nothing can be checked.</MessageBody>
        </Message>
      ) : null}
    </>
  );
}

export interface ReviewNoticesProps {
  /** A file could not be opened or saved (browser mode). */
  openError: string | null;
  /** Features this Word lacks, in plain words. */
  missingFeatures?: string;
  /** What went wrong in the last action. */
  error: string | null;
  onCloseError(): void;
  /** The document changed since the scan. */
  stale: boolean;
  busy: boolean;
  onRescan(): void;
  /** Re-scan is the pane's one primary button (default true); false while a question above the review is open. */
  primary?: boolean;
}

/** What the user must know about the review now: an error, missing features, a stale scan. */
export function ReviewNotices(props: ReviewNoticesProps): React.JSX.Element {
  return (
    <>
      {props.openError ? <Notice intent="error">{props.openError}</Notice> : null}
      {props.missingFeatures ? (
        <Notice intent="warning" title="Some features are not available">
          {props.missingFeatures}
        </Notice>
      ) : null}
      {props.error ? (
        <Notice
          intent="error"
          title="Something went wrong"
          action={
            <Button size="small" onClick={props.onCloseError}>
              Close
            </Button>
          }
        >
          {props.error}.
        </Notice>
      ) : null}
      {props.stale ? (
        <Notice
          intent="warning"
          title="The document changed"
          action={
            <Button size="small" appearance={props.primary === false ? "secondary" : "primary"} disabled={props.busy} onClick={props.onRescan}>
              Re-scan now
            </Button>
          }
        >
          It was edited since the last scan, so the findings may no longer match it. Nothing was changed.
        </Notice>
      ) : null}
    </>
  );
}
