import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { useSharedStyles } from "./styles";

export interface OpenDocumentProps {
  /** Name of the open file, if any. */
  fileName: string | null;
  busy: boolean;
  /** The reviewed copy has changes that were not downloaded yet. */
  unsaved?: boolean;
  onOpen(file: File): void;
  /** Saves the reviewed copy; absent until a file is open. */
  onSave?: () => void;
}

/** Browser mode: open a .docx from this computer (it is read here and never uploaded). */
export function OpenDocument({ fileName, busy, unsaved, onOpen, onSave }: OpenDocumentProps): React.JSX.Element {
  const shared = useSharedStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <section className={shared.section} aria-labelledby="ts-open-heading">
      <h2 id="ts-open-heading" className={shared.heading}>
        Review a .docx file
      </h2>
      <Text>The file is read inside this page and never uploaded. The original stays untouched; you download a reviewed copy.</Text>
      <input
        ref={input}
        id="ts-open-input"
        type="file"
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        className={shared.visuallyHidden}
        aria-label="Open a .docx file"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) onOpen(file);
        }}
      />
      <div className={shared.row}>
        <Button appearance={fileName ? "secondary" : "primary"} disabled={busy} onClick={() => input.current?.click()}>
          {fileName ? "Open another .docx" : "Open a .docx"}
        </Button>
        {onSave ? (
          <Button appearance="primary" disabled={busy} onClick={onSave}>
            Download reviewed copy
          </Button>
        ) : null}
      </div>
      {fileName ? (
        <Text>
          Open: {fileName}
          {unsaved ? " — changes not downloaded yet" : ""}
        </Text>
      ) : null}
    </section>
  );
}
