import * as React from "react";
import { Button } from "./Button";
import { Text } from "./Text";
import { Message, MessageActions, MessageBody, MessageTitle } from "./Message";
import { useSharedStyles } from "./styles";

export interface ScanPromptProps {
  /** The document has no text: a message, not a score. */
  blank: boolean;
  /** No report yet (and none being made): offer Scan. */
  canScan: boolean;
  /** Browser mode: opening the file is the primary action, so Scan is not. */
  browserMode: boolean;
  busy: boolean;
  /** The review's last status line, beside the Scan button. */
  status: string;
  onScan(): void;
}

/** Before there is a score: the Scan button, or, for a document without text, why there is no score. */
export function ScanPrompt({ blank, canScan, browserMode, busy, status, onScan }: ScanPromptProps): React.JSX.Element | null {
  const shared = useSharedStyles();
  if (blank) {
    return (
      <Message intent="info" layout="multiline">
        <MessageBody>
          <MessageTitle>Nothing to check</MessageTitle>
          This document has no text, so there is no score. Open the contract itself (not an empty page), then scan again.
        </MessageBody>
        <MessageActions>
          {/* Word: scanning again, once the contract is open, is the next step (browser mode: opening another file) */}
          <Button size="small" appearance={browserMode ? "secondary" : "primary"} disabled={busy} onClick={onScan}>
            Scan again
          </Button>
        </MessageActions>
      </Message>
    );
  }
  if (!canScan) return null;
  return (
    <div className={shared.row}>
      <Button appearance={browserMode ? "secondary" : "primary"} disabled={busy} onClick={onScan}>
        Scan
      </Button>
      {status ? <Text className={shared.muted}>{status}</Text> : null}
    </div>
  );
}
