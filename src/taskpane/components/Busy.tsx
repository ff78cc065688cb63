import * as React from "react";
import { Field, ProgressBar } from "@fluentui/react-components";

/**
 * Indeterminate progress with its words. Used instead of Fluent's Spinner, which would add about
 * 2.5 KB gzipped to the pane for the same information (the ProgressBar is in the bundle anyway).
 */
export function Busy({ label, small }: { label: string; small?: boolean }): React.JSX.Element {
  return (
    <Field label={label} validationState="none" size={small ? "small" : undefined}>
      <ProgressBar thickness="medium" aria-label={label} />
    </Field>
  );
}
