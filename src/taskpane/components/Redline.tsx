import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { sentenceAround } from "../review/clause";
import { useSharedStyles } from "./styles";

/**
 * A sentence of the contract with the trigger words highlighted and, when given, the proposed
 * wording shown in place as a redline (deleted words struck through, new words underlined).
 */
export interface RedlineProps {
  text: string;
  trigger: { start: number; end: number };
  edit?: { start: number; end: number; replacement: string };
  /** Show the whole paragraph instead of the sentence around the words. */
  whole?: boolean;
}

const useStyles = makeStyles({
  // a shared quote with more room: the words marked in it need the line height
  root: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, lineHeight: tokens.lineHeightBase300 },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
    // forced colours: the system's own highlight pair, so text and background always contrast (the
    // forced text colour on the theme's yellow did not: axe measured 1.07:1)
    "@media (forced-colors: active)": { forcedColorAdjust: "none", backgroundColor: "Mark", color: "MarkText", outlineColor: "MarkText" },
  },
  del: { color: tokens.colorPaletteRedForeground1, textDecorationLine: "line-through" },
  ins: { color: tokens.colorPaletteGreenForeground1, textDecorationLine: "underline", textDecorationStyle: "double" },
});

export function Redline({ text, trigger, edit, whole }: RedlineProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const lo = Math.min(trigger.start, edit?.start ?? trigger.start);
  const hi = Math.max(trigger.end, edit?.end ?? trigger.end);
  const span = whole ? { start: 0, end: text.length } : sentenceAround(text, lo, hi);
  const out: React.ReactNode[] = [];
  const plain = (a: number, b: number) => {
    if (b <= a) return;
    // Trigger words outside the edit are highlighted.
    const ts = Math.max(a, trigger.start);
    const te = Math.min(b, trigger.end);
    if (te > ts) {
      if (ts > a) out.push(text.slice(a, ts));
      out.push(
        <mark key={`m${ts}`} className={styles.mark}>
          {text.slice(ts, te)}
        </mark>
      );
      if (b > te) out.push(text.slice(te, b));
    } else out.push(text.slice(a, b));
  };
  if (edit && edit.start >= span.start && edit.end <= span.end) {
    plain(span.start, edit.start);
    if (edit.end > edit.start)
      out.push(
        <del key="del" className={styles.del}>
          <span className={shared.visuallyHidden}>deleted: </span>
          {text.slice(edit.start, edit.end)}
        </del>
      );
    if (edit.replacement)
      out.push(
        <ins key="ins" className={styles.ins}>
          <span className={shared.visuallyHidden}>inserted: </span>
          {edit.replacement}
        </ins>
      );
    plain(edit.end, span.end);
  } else plain(span.start, span.end);
  return (
    <p className={mergeClasses(shared.quote, styles.root)}>
      {span.start > 0 ? "… " : null}
      {out}
      {span.end < text.length ? " …" : null}
    </p>
  );
}
