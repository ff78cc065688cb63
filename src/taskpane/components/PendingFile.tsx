import * as React from "react";
import { Button } from "./Button";
import { Message, MessageActions, MessageBody } from "./Message";

/**
 * Browser mode: another file was chosen while one is open; say what opening it drops, and ask. Its
 * next step is the pane's one primary button (the review waits hidden until it is answered).
 */
export function PendingFile(props: { fileName: string; pendingName: string; unsaved: boolean; onSave(): void; onOpen(): void; onCancel(): void }): React.JSX.Element {
  const { fileName, pendingName, unsaved } = props;
  return (
    <Message intent={unsaved ? "warning" : "info"} layout="multiline">
      <MessageBody>
        {unsaved ? `“${fileName}” has changes you have not downloaded. Opening “${pendingName}” drops them.` : `The reviewed copy is downloaded. Open “${pendingName}” now?`}
      </MessageBody>
      <MessageActions>
        {unsaved ? (
          <Button size="small" appearance="primary" onClick={props.onSave}>
            Download reviewed copy first
          </Button>
        ) : null}
        <Button size="small" appearance={unsaved ? "secondary" : "primary"} onClick={props.onOpen}>
          {unsaved ? "Discard and open" : "Open it"}
        </Button>
        <Button size="small" appearance="subtle" onClick={props.onCancel}>
          Cancel
        </Button>
      </MessageActions>
    </Message>
  );
}
