import * as React from "react";
import { makeStyles, mergeClasses, tokens, useAnnounce } from "@fluentui/react-components";

/**
 * A message bar: intent colour and mark, an optional title, the text, and actions under it.
 * Written here instead of Fluent's MessageBar (about 5 KB gzipped with its motion and icons) and
 * behaving as it does: a group named by its title, announced when it appears (politely for info
 * and success, as an alert for warnings and errors), colours from Fluent tokens.
 */
export type MessageIntent = "info" | "success" | "warning" | "error";

const useStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
  },
  success: { backgroundColor: tokens.colorPaletteGreenBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}` },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}` },
  error: { backgroundColor: tokens.colorPaletteRedBackground1, border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}` },
  mark: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    boxSizing: "border-box",
    width: "16px",
    height: "16px",
    marginTop: "2px",
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThick} solid currentColor`,
    fontSize: "10px",
    lineHeight: "1",
    fontWeight: tokens.fontWeightBold,
    color: tokens.colorNeutralForeground3,
  },
  markSuccess: { color: tokens.colorPaletteGreenForeground3 },
  markWarning: { color: tokens.colorPaletteDarkOrangeForeground3 },
  markError: { color: tokens.colorPaletteRedForeground3 },
  content: { minWidth: 0, gridColumnStart: 2 },
  title: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  actions: { gridColumnStart: 2, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

const MARK: Record<MessageIntent, string> = { info: "i", success: "✓", warning: "!", error: "!" };

const TitleId = React.createContext<string | undefined>(undefined);

export function Message({ intent = "info", children }: { intent?: MessageIntent; layout?: "multiline" | "singleline"; children: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  const titleId = React.useId();
  const ref = React.useRef<HTMLDivElement>(null);
  const { announce } = useAnnounce();
  const polite = intent === "info" || intent === "success";
  React.useEffect(() => {
    const text = ref.current?.textContent;
    if (text) announce(text, { polite, alert: !polite });
  }, [announce, polite]);
  // named by its title when it has one (the title sits inside the body)
  const [hasTitle, setHasTitle] = React.useState(false);
  React.useLayoutEffect(() => setHasTitle(!!ref.current && ref.current.querySelector(`[id="${titleId}"]`) !== null), [titleId, children]);
  return (
    <div ref={ref} role="group" aria-labelledby={hasTitle ? titleId : undefined} className={mergeClasses(styles.root, intent !== "info" && styles[intent])}>
      <span aria-hidden="true" className={mergeClasses(styles.mark, intent === "success" && styles.markSuccess, intent === "warning" && styles.markWarning, intent === "error" && styles.markError)}>
        {MARK[intent]}
      </span>
      <TitleId.Provider value={titleId}>{children}</TitleId.Provider>
    </div>
  );
}

export function MessageBody({ children }: { children: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  return <div className={styles.content}>{children}</div>;
}

export function MessageTitle({ children }: { children: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  const id = React.useContext(TitleId);
  return (
    <span id={id} className={styles.title}>
      {children}
    </span>
  );
}

export function MessageActions({ children }: { children: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  return <div className={styles.actions}>{children}</div>;
}
