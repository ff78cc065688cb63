import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

/** Body text in Fluent's type ramp (a span, as Fluent's Text renders), without its 1.5 KB gzipped. */
const useStyles = makeStyles({
  root: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightRegular, textAlign: "start" },
  s100: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
  s200: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  s400: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  s500: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  semibold: { fontWeight: tokens.fontWeightSemibold },
  bold: { fontWeight: tokens.fontWeightBold },
  block: { display: "block" },
});

export interface TextProps extends React.HTMLAttributes<HTMLSpanElement> {
  size?: 100 | 200 | 300 | 400 | 500;
  weight?: "regular" | "semibold" | "bold";
  /** display: block */
  block?: boolean;
}

export function Text({ size = 300, weight = "regular", block, className, ...rest }: TextProps): React.JSX.Element {
  const styles = useStyles();
  const sized = size === 100 ? styles.s100 : size === 200 ? styles.s200 : size === 400 ? styles.s400 : size === 500 ? styles.s500 : undefined;
  return <span {...rest} className={mergeClasses(styles.root, sized, weight === "semibold" && styles.semibold, weight === "bold" && styles.bold, block && styles.block, className)} />;
}
