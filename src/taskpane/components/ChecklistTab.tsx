import * as React from "react";
import type { Report } from "../../engine/types";
import type { ReviewActions, ReviewState } from "../useReview";
import { ProtectionsPanel } from "./ProtectionsPanel";
import { AddendumPanel } from "./AddendumPanel";
import { Message, MessageBody } from "./Message";

/** The Checklist tab: the protections as the contract stands, and the addendum that adds the missing ones. */
/** `primary`: the tab's insert button may be the pane's one primary button now. */
export function ChecklistTab({ state, actions, report, standing, primary = true }: { state: ReviewState; actions: ReviewActions; report: Report; standing: Report; primary?: boolean }): React.JSX.Element {
  const caps = state.capabilities;
  const busy = state.busy !== null;
  const canApply = !!caps && caps.trackChanges;
  return (
    <>
      <ProtectionsPanel report={standing} status={state.protections} busy={busy} canInsert={canApply} onFix={(sections) => void actions.insertAddendum(sections)} />
      {state.addendumMessage ? (
        <Message intent={state.addendumMessage.intent}>
          <MessageBody>{state.addendumMessage.text}</MessageBody>
        </Message>
      ) : null}
      <AddendumPanel
        detected={report.parties}
        overrides={state.partyOverrides}
        settings={state.addendum}
        preview={actions.addendumPreview()}
        present={report.addendumPresent}
        canInsert={canApply}
        canInsertAtCursor={!!caps && caps.insertAtCursor}
        cursorHint={caps?.kind === "docx" ? "A .docx file opened here has no cursor: the addendum goes before the signature block, or at the end when there is none." : "Needs a newer Word (WordApi 1.4)."}
        busy={busy}
        message={null}
        primary={primary}
        complete={report.missing.length === 0 && (report.addendumPresent || state.insertions.length > 0)}
        onPartyChange={actions.setPartyName}
        onSettingsChange={actions.setAddendum}
        onInsert={() => void actions.insertAddendum()}
      />
    </>
  );
}
