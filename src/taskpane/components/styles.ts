import { makeStyles, tokens } from "@fluentui/react-components";

/** A passage set off by a rule on its left (the contract's words, a proposed wording). */
const quote = {
  margin: 0,
  padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  backgroundColor: tokens.colorNeutralBackground2,
  color: tokens.colorNeutralForeground1,
  overflowWrap: "anywhere",
} as const;

/** Shared layout styles: design tokens only, so light, dark and high-contrast themes work. */
export const useSharedStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  quote,
  /** A proposed wording: a quote with the brand's rule. */
  suggestion: { ...quote, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  label: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  plainList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  text: { margin: 0, overflowWrap: "anywhere" },
  /**
   * The platform's <select>, <input> and <textarea> where the pane draws them itself, in Fluent's
   * type, colours and focus ring (a component adds its size).
   */
  control: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  /** A field's label (a text box's, a progress bar's), in Fluent's body type; `fieldLabelSmall` beside small controls. */
  fieldLabel: { fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground1 },
  fieldLabelSmall: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
});
