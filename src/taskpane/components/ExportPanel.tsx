import * as React from "react";
import { Button } from "./Button";
import { Text } from "./Text";
import { useSharedStyles } from "./styles";
import { couldNot } from "../../engine/common/errorMessage";
import { itOrThem } from "../../engine/fix/plural";

export type ExportFormat = "markdown" | "json";

export interface ExportPanelProps {
  /** Returns the report text (at once or later), or null when there is no report yet. */
  getText(format: ExportFormat): string | null | Promise<string | null>;
  /** Base file name for downloads, without extension. */
  baseName: string;
  /** Saves a file on this computer (injected so tests can watch it). */
  download(fileName: string, data: string | Uint8Array, mime: string): void;
  /** Copies to the clipboard; rejects when copying is not allowed. */
  copy(text: string): Promise<void>;
  /** Builds the review memo for a lawyer as .docx bytes; absent when the build cannot. */
  getMemo?: () => Promise<Uint8Array | null>;
  /**
   * Writes the cover note to the other side (Markdown) for the changes written so far; null when
   * nothing was written yet. `commentsAsChanges`: proposals left as comments that the note calls
   * changes. Absent when the build cannot.
   */
  getNote?: () => Promise<{ text: string; commentsAsChanges: number } | null>;
  /**
   * TermScore is writing into the document or reading it again: every export waits (its buttons are
   * disabled and the reason is shown), so nothing is built from the review as it was before the write.
   */
  busy?: boolean;
  /**
   * Something is proposed in the document, so the cover note that explains it is the tab's one
   * primary action; otherwise the memo is (the Markdown report when the build has no memo).
   */
  proposed?: boolean;
  /** The tab may hold the pane's one primary button now (false while Re-scan holds it). Default true. */
  primary?: boolean;
}

const FORMAT = {
  markdown: { label: "Markdown", ext: "md", mime: "text/markdown" },
  json: { label: "JSON", ext: "json", mime: "application/json" },
} as const;

/** Default download: a Blob URL clicked as a link. Nothing leaves the computer. */
export function downloadText(fileName: string, data: string | Uint8Array, mime: string): void {
  const blob = new Blob([data as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function copyText(text: string): Promise<void> {
  if (typeof navigator === "undefined" || !navigator.clipboard || typeof navigator.clipboard.writeText !== "function") {
    throw new Error("Copying is not allowed here");
  }
  await navigator.clipboard.writeText(text);
}

export function ExportPanel({ getText, baseName, download, copy, getMemo, getNote, busy = false, proposed = false, primary = true }: ExportPanelProps): React.JSX.Element {
  const shared = useSharedStyles();
  const lead = !primary ? null : proposed && getNote ? "note" : getMemo ? "memo" : "report";
  const look = (which: typeof lead) => (lead === which ? "primary" : "secondary");
  const [message, setMessage] = React.useState("");
  const act = async (format: ExportFormat, how: "download" | "copy") => {
    let text: string | null;
    try {
      text = await getText(format);
    } catch (e) {
      setMessage(couldNot("build the report", e));
      return;
    }
    const f = FORMAT[format];
    if (text === null) {
      setMessage("Scan the document first.");
      return;
    }
    if (how === "download") {
      download(`${baseName}.termscore.${f.ext}`, text, f.mime);
      setMessage(`Saved the report as ${f.label} (${baseName}.termscore.${f.ext}).`);
      return;
    }
    try {
      await copy(text);
      setMessage(`Copied the report as ${f.label}.`);
    } catch {
      setMessage("Copying is not allowed here. Use Download instead.");
    }
  };
  const note = async (how: "download" | "copy") => {
    if (!getNote) return;
    let built: Awaited<ReturnType<typeof getNote>>;
    try {
      built = await getNote();
    } catch (e) {
      setMessage(couldNot("write the cover note", e));
      return;
    }
    if (!built) {
      setMessage("Nothing proposed yet: apply suggestions (or add the addendum) first; the note explains the changes in the document.");
      return;
    }
    const mixed = built.commentsAsChanges > 0 ? ` ${built.commentsAsChanges === 1 ? "One proposal is a comment" : `${built.commentsAsChanges} proposals are comments`} in the document, not a tracked change; the note counts ${itOrThem(built.commentsAsChanges)} among the changes.` : "";
    const file = `${baseName}.termscore-note.md`;
    if (how === "download") {
      download(file, built.text, "text/markdown");
      setMessage(`Saved the cover note (${file}).${mixed}`);
      return;
    }
    try {
      await copy(built.text);
      setMessage(`Copied the cover note: paste it into your email.${mixed}`);
    } catch {
      setMessage("Copying is not allowed here. Use Download instead.");
    }
  };
  return (
    <section className={shared.section} aria-labelledby="ts-export-heading">
      <h2 id="ts-export-heading" className={shared.heading}>
        Export the report
      </h2>
      <Text>The report is the contract as it stands, with your proposals in the memo for a lawyer; the cover note explains to the other side each change you proposed. They quote your contract and are saved or copied on this computer only.</Text>
      {getMemo ? (
        <div className={shared.row} role="group" aria-label="Memo for a lawyer">
          <Button
            appearance={look("memo")}
            disabled={busy}
            onClick={async () => {
              try {
                const bytes = await getMemo();
                if (!bytes) {
                  setMessage("Scan the document first.");
                  return;
                }
                download(`${baseName}.termscore-memo.docx`, bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
                setMessage(`Saved the review memo (${baseName}.termscore-memo.docx).`);
              } catch (e) {
                setMessage(couldNot("build the memo", e));
              }
            }}
          >
            Download memo (.docx)
          </Button>
        </div>
      ) : null}
      {getNote ? (
        <div className={shared.row} role="group" aria-label="Cover note to the other side">
          <Button appearance={look("note")} disabled={busy} onClick={() => void note("download")}>
            Download cover note
          </Button>
          <Button disabled={busy} onClick={() => void note("copy")}>Copy cover note</Button>
        </div>
      ) : null}
      {(Object.keys(FORMAT) as ExportFormat[]).map((format) => (
        <div key={format} className={shared.row} role="group" aria-label={FORMAT[format].label}>
          <Button appearance={format === "markdown" ? look("report") : "secondary"} disabled={busy} onClick={() => void act(format, "download")}>
            Download {FORMAT[format].label}
          </Button>
          <Button disabled={busy} onClick={() => void act(format, "copy")}>Copy {FORMAT[format].label}</Button>
        </div>
      ))}
      {busy ? <Text>Exports wait until TermScore has finished with the document, so they describe it as it now is.</Text> : null}
      <Text role="status" aria-live="polite">
        {message}
      </Text>
    </section>
  );
}
