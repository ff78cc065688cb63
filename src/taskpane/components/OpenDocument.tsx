import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Button } from "./Button";
import { Text } from "./Text";
import { TextField } from "./TextField";
import { DOCX_ACCEPT, HiddenFileInput } from "./HiddenFileInput";
import { useSharedStyles } from "./styles";

export interface OpenDocumentProps {
  /** Name of the open file, if any. */
  fileName: string | null;
  busy: boolean;
  /** The reviewed copy has changes that were not downloaded yet. */
  unsaved?: boolean;
  /** Which button is the pane's one primary action now, if one of these ("open": Open a .docx, or Open another after an empty file). */
  primary?: "open" | "save" | null;
  /** Name written on tracked changes and comments (remembered on this computer). */
  author?: string;
  onAuthorChange?(name: string): void;
  onOpen(file: File): void;
  /** Opens the bundled sample contract; absent when the build has none. */
  onTrySample?: () => void;
  /** Saves the reviewed copy; absent until a file is open. */
  onSave?: () => void;
}

const useStyles = makeStyles({
  drop: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorNeutralBackground2 },
  file: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  name: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", flexGrow: 1, fontWeight: tokens.fontWeightSemibold },
});

/** Browser mode: open a .docx from this computer (read here, never uploaded), by button or by dropping it. */
export function OpenDocument({ fileName, busy, unsaved, primary = null, author, onAuthorChange, onOpen, onTrySample, onSave }: OpenDocumentProps): React.JSX.Element {
  const shared = useSharedStyles();
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = React.useState(false);
  const dropProps = {
    onDragOver: (e: React.DragEvent) => {
      if (busy) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = "copy";
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const file = e.dataTransfer.files?.[0];
      if (file && !busy) onOpen(file);
    },
  };
  const fileInput = <HiddenFileInput ref={input} id="ts-open-input" accept={DOCX_ACCEPT} label="Open a .docx file" onFile={onOpen} />;
  if (fileName)
    return (
      <section className={mergeClasses(styles.file, dragging && styles.dragging)} aria-label="The open file" {...dropProps}>
        {fileInput}
        <span className={styles.name} title={fileName}>
          {fileName}
          {unsaved ? " (changes not downloaded)" : ""}
        </span>
        {onSave ? (
          <Button size="small" appearance={primary === "save" ? "primary" : "secondary"} disabled={busy} onClick={onSave}>
            Download reviewed copy
          </Button>
        ) : null}
        <Button size="small" appearance={primary === "open" ? "primary" : "subtle"} disabled={busy} onClick={() => input.current?.click()}>
          Open another
        </Button>
      </section>
    );
  return (
    <section className={mergeClasses(styles.drop, dragging && styles.dragging)} aria-labelledby="ts-open-heading" {...dropProps}>
      <h2 id="ts-open-heading" className={shared.heading}>
        Review a .docx file
      </h2>
      <Text>Drop a .docx here or open one. It is read inside this page and never uploaded; you download a reviewed copy.</Text>
      {fileInput}
      <div className={shared.row}>
        <Button appearance={primary === "open" ? "primary" : "secondary"} disabled={busy} onClick={() => input.current?.click()}>
          Open a .docx
        </Button>
        {onTrySample ? (
          <Button disabled={busy} onClick={onTrySample}>
            Try the sample contract
          </Button>
        ) : null}
      </div>
      {onAuthorChange ? (
        <TextField label="Your name on tracked changes and comments" hint="Remembered on this computer only." value={author ?? ""} placeholder="TermScore" onChange={onAuthorChange} />
      ) : null}
    </section>
  );
}
