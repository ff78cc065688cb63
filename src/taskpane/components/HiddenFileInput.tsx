import * as React from "react";
import { useSharedStyles } from "./styles";

/** A Word document, as a file input's accept names it. */
export const DOCX_ACCEPT = ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface HiddenFileInputProps {
  /** A button opens it through this ref (`ref.current.click()`). */
  ref: React.Ref<HTMLInputElement>;
  id?: string;
  accept: string;
  /** Its name for screen readers (it is out of the Tab order; the button is what the user reaches). */
  label: string;
  onFile(file: File): void;
}

/**
 * A file input out of sight and out of the Tab order, opened by a button: it reports the one file
 * chosen and then forgets it, so choosing the same file again is a new choice.
 */
export function HiddenFileInput({ ref, id, accept, label, onFile }: HiddenFileInputProps): React.JSX.Element {
  const shared = useSharedStyles();
  return (
    <input
      ref={ref}
      id={id}
      type="file"
      accept={accept}
      className={shared.visuallyHidden}
      aria-label={label}
      tabIndex={-1}
      onChange={(e) => {
        const file = e.currentTarget.files?.[0];
        e.currentTarget.value = "";
        if (file) onFile(file);
      }}
    />
  );
}
