import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/** One state's colours: background, text and a thin border (Fluent's three per state). */
function paint(background: string, color: string, stroke: string): { backgroundColor: string; color: string; border: string } {
  return { backgroundColor: background, color, border: `${tokens.strokeWidthThin} solid ${stroke}` };
}

/** Disabled looks the same hovered and pressed. */
const disabledPaint = paint(tokens.colorNeutralBackgroundDisabled, tokens.colorNeutralForegroundDisabled, tokens.colorNeutralStrokeDisabled);
const disabledForced = paint("ButtonFace", "GrayText", "GrayText");
/** A disabled subtle button has no fill and no border, in every state (its text stays disabled). */
const clear = { backgroundColor: tokens.colorTransparentBackground, border: `${tokens.strokeWidthThin} solid transparent` };

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
    ...paint(tokens.colorNeutralBackground1, tokens.colorNeutralForeground1, tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    overflow: "hidden",
    ":hover": paint(tokens.colorNeutralBackground1Hover, tokens.colorNeutralForeground1Hover, tokens.colorNeutralStroke1Hover),
    ":hover:active": paint(tokens.colorNeutralBackground1Pressed, tokens.colorNeutralForeground1Pressed, tokens.colorNeutralStroke1Pressed),
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
    ...paint(tokens.colorBrandBackground, tokens.colorNeutralForegroundOnBrand, "transparent"),
    ":hover": paint(tokens.colorBrandBackgroundHover, tokens.colorNeutralForegroundOnBrand, "transparent"),
    ":hover:active": paint(tokens.colorBrandBackgroundPressed, tokens.colorNeutralForegroundOnBrand, "transparent"),
    "@media (forced-colors: active)": {
      backgroundColor: "Highlight",
      color: "HighlightText",
      forcedColorAdjust: "none",
      ":hover": paint("HighlightText", "Highlight", "Highlight"),
    },
  },
  subtle: {
    ...paint(tokens.colorSubtleBackground, tokens.colorNeutralForeground2, "transparent"),
    ":hover": paint(tokens.colorSubtleBackgroundHover, tokens.colorNeutralForeground2Hover, "transparent"),
    ":hover:active": paint(tokens.colorSubtleBackgroundPressed, tokens.colorNeutralForeground2Pressed, "transparent"),
  },
  disabled: {
    cursor: "not-allowed",
    ...disabledPaint,
    ":hover": disabledPaint,
    ":hover:active": disabledPaint,
    "@media (forced-colors: active)": { ...disabledForced, forcedColorAdjust: "none", ":hover": disabledForced },
  },
  disabledSubtle: { ...clear, ":hover": clear, ":hover:active": clear },
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
