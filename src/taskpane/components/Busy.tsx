import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Button } from "./Button";
import { useSharedStyles } from "./styles";

/**
 * Progress with its words: a bar that fills (value 0…1) or, without a value, moves back and forth.
 * Written here instead of Fluent's Field, ProgressBar and Spinner (about 5 KB gzipped together for
 * a label and a bar); role, name and value are those of Fluent's ProgressBar.
 */
const useStyles = makeStyles({
  row: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS, "> :first-child": { flexGrow: 1 } },
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: "96px" },
  track: {
    position: "relative",
    overflow: "hidden",
    height: "2px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground6,
    "@media (forced-colors: active)": { backgroundColor: "CanvasText" },
  },
  fill: {
    position: "absolute",
    top: 0,
    bottom: 0,
    left: 0,
    backgroundColor: tokens.colorCompoundBrandBackground,
    transitionProperty: "width",
    transitionDuration: tokens.durationNormal,
    "@media (forced-colors: active)": { backgroundColor: "Highlight" },
  },
  moving: {
    width: "33%",
    animationName: { from: { left: "-33%" }, to: { left: "100%" } },
    animationDuration: "1.5s",
    animationIterationCount: "infinite",
    animationTimingFunction: "linear",
    "@media (prefers-reduced-motion: reduce)": { animationName: "none", width: "100%", opacity: 0.5 },
  },
});

export function Busy({ label, small, value }: { label: string; small?: boolean; value?: number }): React.JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const id = React.useId();
  const known = value !== undefined && Number.isFinite(value);
  const fraction = known ? Math.min(1, Math.max(0, value)) : 0;
  return (
    <div className={styles.root}>
      <span id={id} className={mergeClasses(shared.fieldLabel, small && shared.fieldLabelSmall)}>
        {label}
      </span>
      <div
        role="progressbar"
        aria-labelledby={id}
        aria-valuemin={known ? 0 : undefined}
        aria-valuemax={known ? 1 : undefined}
        aria-valuenow={known ? fraction : undefined}
        className={styles.track}
      >
        <div className={mergeClasses(styles.fill, !known && styles.moving)} style={known ? { width: `${fraction * 100}%` } : undefined} />
      </div>
    </div>
  );
}

/** Progress with a Cancel button beside it (when the work can be stopped); `cancelLabel` names the button for screen readers. */
export function BusyRow({ label, value, onCancel, cancelLabel }: { label: string; value?: number; onCancel?: () => void; cancelLabel?: string }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Busy label={label} value={value} />
      {onCancel ? (
        <Button size="small" onClick={onCancel} aria-label={cancelLabel}>
          Cancel
        </Button>
      ) : null}
    </div>
  );
}
