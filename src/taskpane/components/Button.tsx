import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/**
 * Fluent's button, drawn with its tokens: primary, secondary and subtle, medium and small,
 * disabled (the native attribute) or disabledFocusable (aria-disabled, still reachable by Tab, clicks
 * ignored), as Fluent's Button does. Written here because Fluent's Button costs about 5 KB gzipped
 * for what these few rules give (issue 7's budget). High contrast: system colours, as Fluent uses.
 */
const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    boxSizing: "border-box",
    verticalAlign: "middle",
    minWidth: "96px",
    minHeight: "32px",
    margin: 0,
    padding: `5px ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    overflow: "hidden",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, color: tokens.colorNeutralForeground1Hover, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Hover}` },
    ":hover:active": { backgroundColor: tokens.colorNeutralBackground1Pressed, color: tokens.colorNeutralForeground1Pressed, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1Pressed}` },
    ":focus": { outline: "none" },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
    "@media (forced-colors: active)": { ":focus-visible": { outline: `${tokens.strokeWidthThick} solid Highlight` } },
  },
  small: {
    minWidth: "64px",
    minHeight: "24px",
    padding: `3px ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightRegular,
    borderRadius: tokens.borderRadiusSmall,
  },
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThin} solid transparent`,
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover, color: tokens.colorNeutralForegroundOnBrand, border: `${tokens.strokeWidthThin} solid transparent` },
    ":hover:active": { backgroundColor: tokens.colorBrandBackgroundPressed, color: tokens.colorNeutralForegroundOnBrand, border: `${tokens.strokeWidthThin} solid transparent` },
    "@media (forced-colors: active)": {
      backgroundColor: "Highlight",
      color: "HighlightText",
      forcedColorAdjust: "none",
      ":hover": { backgroundColor: "HighlightText", color: "Highlight", border: `${tokens.strokeWidthThin} solid Highlight` },
    },
  },
  subtle: {
    backgroundColor: tokens.colorSubtleBackground,
    color: tokens.colorNeutralForeground2,
    border: `${tokens.strokeWidthThin} solid transparent`,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground2Hover, border: `${tokens.strokeWidthThin} solid transparent` },
    ":hover:active": { backgroundColor: tokens.colorSubtleBackgroundPressed, color: tokens.colorNeutralForeground2Pressed, border: `${tokens.strokeWidthThin} solid transparent` },
  },
  disabled: {
    cursor: "not-allowed",
    backgroundColor: tokens.colorNeutralBackgroundDisabled,
    color: tokens.colorNeutralForegroundDisabled,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeDisabled}`,
    ":hover": { backgroundColor: tokens.colorNeutralBackgroundDisabled, color: tokens.colorNeutralForegroundDisabled, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeDisabled}` },
    ":hover:active": { backgroundColor: tokens.colorNeutralBackgroundDisabled, color: tokens.colorNeutralForegroundDisabled, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeDisabled}` },
    "@media (forced-colors: active)": { color: "GrayText", backgroundColor: "ButtonFace", forcedColorAdjust: "none", border: `${tokens.strokeWidthThin} solid GrayText`, ":hover": { color: "GrayText", backgroundColor: "ButtonFace", border: `${tokens.strokeWidthThin} solid GrayText` } },
  },
  disabledSubtle: {
    backgroundColor: tokens.colorTransparentBackground,
    border: `${tokens.strokeWidthThin} solid transparent`,
    ":hover": { backgroundColor: tokens.colorTransparentBackground, border: `${tokens.strokeWidthThin} solid transparent` },
    ":hover:active": { backgroundColor: tokens.colorTransparentBackground, border: `${tokens.strokeWidthThin} solid transparent` },
  },
});

export interface ButtonProps extends Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, "type"> {
  appearance?: "primary" | "secondary" | "subtle";
  size?: "small" | "medium";
  /** Disabled but still focusable (aria-disabled): a screen reader user finds it and hears why. */
  disabledFocusable?: boolean;
  type?: "button" | "submit";
  ref?: React.Ref<HTMLButtonElement>;
}

export function Button({ appearance = "secondary", size = "medium", disabled, disabledFocusable, className, onClick, type = "button", ...rest }: ButtonProps): React.JSX.Element {
  const styles = useStyles();
  const off = !!disabled || !!disabledFocusable;
  return (
    <button
      {...rest}
      type={type}
      disabled={!!disabled && !disabledFocusable}
      aria-disabled={disabledFocusable ? true : undefined}
      className={mergeClasses(
        styles.root,
        size === "small" && styles.small,
        appearance === "primary" && styles.primary,
        appearance === "subtle" && styles.subtle,
        off && styles.disabled,
        off && appearance === "subtle" && styles.disabledSubtle,
        className
      )}
      onClick={
        disabledFocusable
          ? (e) => {
              e.preventDefault();
            }
          : onClick
      }
    />
  );
}
