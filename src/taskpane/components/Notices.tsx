import * as React from "react";
import { Button } from "./Button";
import { Message, MessageActions, MessageBody, MessageTitle } from "./Message";

/** Before any document: the pane is not in Word (with why), or the build lacks the engine. */
export function StartNotices(props: { notice: string | null; error: boolean; engineMissing: boolean }): React.JSX.Element {
  return (
    <>
      {props.notice ? (
        <Message intent={props.error ? "error" : "info"} layout="multiline">
          <MessageBody>
            <MessageTitle>Not running inside Word</MessageTitle>
            {props.notice}
          </MessageBody>
        </Message>
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
      {props.openError ? (
        <Message intent="error" layout="multiline">
          <MessageBody>{props.openError}</MessageBody>
        </Message>
      ) : null}
      {props.missingFeatures ? (
        <Message intent="warning" layout="multiline">
          <MessageBody>
            <MessageTitle>Some features are not available</MessageTitle>
            {props.missingFeatures}
          </MessageBody>
        </Message>
      ) : null}
      {props.error ? (
        <Message intent="error" layout="multiline">
          <MessageBody>
            <MessageTitle>Something went wrong</MessageTitle>
            {props.error}.
          </MessageBody>
          <MessageActions>
            <Button size="small" onClick={props.onCloseError}>
              Close
            </Button>
          </MessageActions>
        </Message>
      ) : null}
      {props.stale ? (
        <Message intent="warning" layout="multiline">
          <MessageBody>
            <MessageTitle>The document changed</MessageTitle>
            It was edited since the last scan, so the findings may no longer match it. Nothing was changed.
          </MessageBody>
          <MessageActions>
            <Button size="small" appearance={props.primary === false ? "secondary" : "primary"} disabled={props.busy} onClick={props.onRescan}>
              Re-scan now
            </Button>
          </MessageActions>
        </Message>
      ) : null}
    </>
  );
}
