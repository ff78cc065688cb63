import * as React from "react";
import type { Report } from "../../engine/types";
import type { ReviewActions, ReviewEngine, ReviewState } from "../useReview";
import { ExportPanel } from "./ExportPanel";
import type { ChecklistItem } from "./ProtectionsPanel";
import { buildMemoInput } from "../memoInput";
import { coverNoteRequest } from "../coverNoteInput";
import { VERSION } from "../version";

/** The Export tab: the report as Markdown or JSON, the review memo (.docx) and the cover note to the other side when the engine can write them. */
export interface ExportTabProps {
  state: ReviewState;
  actions: ReviewActions;
  engine?: ReviewEngine;
  report: Report;
  standing: Report;
  checklist: ChecklistItem[];
  /** The document's name in the memo. */
  fileName: string;
  /** Name of the saved files, without extension. */
  baseName: string;
  download: (fileName: string, data: string | Uint8Array, mime: string) => void;
  copy: (text: string) => Promise<void>;
  /** Something is proposed in the document: the cover note leads. */
  proposed: boolean;
  /** The tab holds the pane's one primary button. */
  primary: boolean;
}

export function ExportTab({ state, actions, engine, report, standing, checklist, fileName, baseName, download, copy, proposed, primary }: ExportTabProps): React.JSX.Element {
  return (
    <ExportPanel
      getText={actions.exportReport}
      busy={state.busy !== null}
      proposed={proposed}
      primary={primary}
      baseName={baseName}
      download={download}
      copy={copy}
      getNote={
        engine?.coverNote
          ? async () => {
              const request = coverNoteRequest(state);
              if (!request || !engine.coverNote) return null;
              return { text: await engine.coverNote(request), commentsAsChanges: request.commentsAsChanges };
            }
          : undefined
      }
      getMemo={
        engine?.memo
          ? async () =>
              engine.memo
                ? engine.memo(
                    buildMemoInput({
                      fileName,
                      version: VERSION,
                      date: new Date(),
                      standing,
                      current: report,
                      pending: state.pending,
                      items: state.items,
                      paragraphs: state.paragraphs,
                      standingParagraphs: state.standingParagraphs,
                      positions: state.positions,
                      checklist,
                      parties: {
                        user: state.partyOverrides.contractor?.trim() || report.parties.contractor,
                        other: state.partyOverrides.agency?.trim() || report.parties.agency,
                        work: state.partyOverrides.work?.trim() || report.parties.work,
                      },
                    }),
                  )
                : null
          : undefined
      }
    />
  );
}
