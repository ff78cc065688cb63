import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/** A small labelled pill (severity, category, state) in theme colours; lighter than Fluent's Badge. */
export type PillTone = "danger" | "warning" | "success" | "neutral";

const usePillStyles = makeStyles({
  base: {
    display: "inline-flex",
    alignItems: "center",
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  danger: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}` },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorNeutralForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}` },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, color: tokens.colorPaletteGreenForeground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}` },
  neutral: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground2, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

export function Pill({ tone, children }: { tone: PillTone; children: React.ReactNode }): React.JSX.Element {
  const styles = usePillStyles();
  return <span className={mergeClasses(styles.base, styles[tone])}>{children}</span>;
}
