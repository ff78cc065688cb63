import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** Before any document: the pane is not in Word (with why), or the build lacks the engine. */
export function StartNotices(props: { notice: string | null; error: boolean; engineMissing: boolean }): React.JSX.Element {
  return (
    <>
      {props.notice ? (
        <MessageBar intent={props.error ? "error" : "info"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not running inside Word</MessageBarTitle>
            {props.notice}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {props.engineMissing ? (
        <MessageBar intent="error">
          <MessageBarBody>The clause engine is missing from this build, so nothing can be checked.</MessageBarBody>
        </MessageBar>
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
}

/** What the user must know about the review now: an error, missing features, a stale scan. */
export function ReviewNotices(props: ReviewNoticesProps): React.JSX.Element {
  return (
    <>
      {props.openError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{props.openError}</MessageBarBody>
        </MessageBar>
      ) : null}
      {props.missingFeatures ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Some features are not available</MessageBarTitle>
            {props.missingFeatures}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {props.error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Something went wrong</MessageBarTitle>
            {props.error}.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={props.onCloseError}>
              Close
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {props.stale ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>The document changed</MessageBarTitle>
            It was edited since the last scan, so the findings may no longer match it. Nothing was changed.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" disabled={props.busy} onClick={props.onRescan}>
              Re-scan now
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </>
  );
}
