import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/**
 * A check box and a group of radio buttons: the platform's own inputs with their labels, in Fluent's
 * type and colours. Fluent's Checkbox and RadioGroup add about 5 KB gzipped to the pane for the same
 * behaviour (keyboard, labels, forced colours all come with the native inputs).
 */
const useStyles = makeStyles({
  label: {
    display: "inline-flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
  },
  disabled: { color: tokens.colorNeutralForegroundDisabled, cursor: "default" },
  input: {
    flexShrink: 0,
    width: "16px",
    height: "16px",
    margin: `2px 0 0 0`,
    accentColor: tokens.colorCompoundBrandBackground,
    cursor: "inherit",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  group: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: {
    padding: `0 0 ${tokens.spacingVerticalXXS} 0`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
});

export function CheckboxChoice(props: { label: string; checked: boolean; disabled?: boolean; onChange(checked: boolean): void }): React.JSX.Element {
  const styles = useStyles();
  return (
    <label className={mergeClasses(styles.label, props.disabled && styles.disabled)}>
      <input type="checkbox" className={styles.input} checked={props.checked} disabled={props.disabled} onChange={(e) => props.onChange(e.target.checked)} />
      <span>{props.label}</span>
    </label>
  );
}

export interface RadioOption<T extends string> {
  value: T;
  label: string;
  disabled?: boolean;
}

/** Radio buttons under a legend (a fieldset: the group's name is the legend). */
export function RadioChoices<T extends string>(props: { legend: string; name: string; value: T | undefined; options: ReadonlyArray<RadioOption<T>>; onChange(value: T): void }): React.JSX.Element {
  const styles = useStyles();
  return (
    <fieldset className={styles.group}>
      <legend className={styles.legend}>{props.legend}</legend>
      {props.options.map((o) => (
        <label key={o.value} className={mergeClasses(styles.label, o.disabled && styles.disabled)}>
          <input type="radio" className={styles.input} name={props.name} value={o.value} checked={props.value === o.value} disabled={o.disabled} onChange={() => props.onChange(o.value)} />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
