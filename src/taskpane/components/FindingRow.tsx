import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Pill } from "./Pill";
import { FindingPanel } from "./FindingPanel";
import type { Finding, Paragraph, Position } from "../../engine/types";
import { shownEdit, type ReviewItem } from "../review/truth";
import { chosenSuggestion } from "../../engine/edit/request";
import { CATEGORY_LABEL, SEVERITY_SHORT } from "../../engine/report/labels";
import { useSharedStyles } from "./styles";
import type { Decision } from "../../engine/compare/decisionLog";

export interface FindingActionsAvailability {
  /** Tracked changes can be written. */
  canApply: boolean;
  /** Comments can be written. */
  canComment: boolean;
  /** Another action is running. */
  busy: boolean;
  /** The host can show the words in a document view (Word). Otherwise the pane shows the text itself. Default true. */
  canGoTo?: boolean;
}

export interface FindingRowProps extends FindingActionsAvailability {
  item: ReviewItem;
  /** Paragraphs the item's offsets refer to (current text for open items, as it stands for proposed ones). */
  paragraphs: readonly Paragraph[];
  /** "§ 2.1" or the heading. */
  clause: string;
  /** Another row has the same clause and category: the trigger words are shown to tell them apart. */
  showTrigger?: boolean;
  position: Position | undefined;
  commented: boolean;
  expanded: boolean;
  /** Its Apply is the pane's one primary button (the last row opened). Default true. */
  primaryApply?: boolean;
  /** This row's button is the list's one tab stop. */
  tabStop: boolean;
  buttonRef(el: HTMLButtonElement | null): void;
  onToggle(): void;
  onRowKeyDown(e: React.KeyboardEvent<HTMLButtonElement>): void;
  onRowFocus(): void;
  onPositionChange(id: string, position: Position): void;
  onGoTo(finding: Finding): void;
  onApply(finding: Finding): void;
  onCommentOnly(finding: Finding): void;
  onDismiss(finding: Finding): void;
  /** The project the contract points at (for the project-scope position); null: none. Unknown when undefined. */
  project?: string | null;
  /** The decision log stored in the document (this finding's entries are shown when it is open). */
  decisions?: readonly Decision[];
}

const useStyles = makeStyles({
  row: {
    // Contains the visually hidden words, so they never widen the page.
    position: "relative",
    overflow: "hidden",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    minHeight: "32px",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    border: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  chevron: { flexShrink: 0, width: "12px", color: tokens.colorNeutralForeground2 },
  clause: { flexShrink: 0, fontWeight: tokens.fontWeightSemibold, maxWidth: "7em", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  problem: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  trigger: { color: tokens.colorNeutralForeground2 },
  // a twin's line wraps so its trigger words are read whole at 320 px
  wrap: { whiteSpace: "normal", overflowWrap: "anywhere" },
  proposed: { color: tokens.colorNeutralForeground2 },
});

const SEVERITY_TONE = { high: "danger", medium: "warning", low: "neutral" } as const;

/** One line per finding; expands to the sentence, the proposed wording in place, the position and the actions (FindingPanel). */
export function FindingRow(props: FindingRowProps): React.JSX.Element {
  const { item, paragraphs, position, commented, expanded } = props;
  const f = item.finding;
  const shared = useSharedStyles();
  const styles = useStyles();
  const [showContext, setShowContext] = React.useState(false);
  const base = `ts-f-${f.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const suggestion = chosenSuggestion(f, position);
  const open = item.status === "open";
  const text = paragraphs[f.paragraph]?.text ?? "";
  const edit = shownEdit(item, position, text);
  return (
    <li>
      <button
        ref={props.buttonRef}
        type="button"
        id={`${base}-row`}
        className={mergeClasses(styles.row, !open && styles.proposed)}
        aria-expanded={expanded}
        aria-controls={expanded ? `${base}-panel` : undefined}
        tabIndex={props.tabStop ? 0 : -1}
        onClick={props.onToggle}
        onKeyDown={props.onRowKeyDown}
        onFocus={props.onRowFocus}
      >
        <span className={styles.chevron} aria-hidden="true">
          {expanded ? "▾" : "▸"}
        </span>
        {/* The accessible name is the visible text plus a few hidden words: "High risk, § 2: Broad license, “for any purpose” Proposed". */}
        <Pill tone={open ? SEVERITY_TONE[f.severity] : "neutral"}>{SEVERITY_SHORT[f.severity]}</Pill>
        <span className={shared.visuallyHidden}> risk,</span>{" "}
        <span className={styles.clause}>{props.clause}</span>
        <span className={shared.visuallyHidden}>:</span>{" "}
        <span className={mergeClasses(styles.problem, props.showTrigger && styles.wrap)}>
          {CATEGORY_LABEL[f.category]}
          {props.showTrigger ? (
            <span className={styles.trigger} data-trigger="">
              , “{f.trigger}”
            </span>
          ) : (
            <span className={shared.visuallyHidden}>, “{f.trigger}”</span>
          )}
        </span>
        {!open ? (
          <>
            {" "}
            <Pill tone="success">Proposed</Pill>
          </>
        ) : commented ? (
          <>
            {" "}
            <Pill tone="success">Comment</Pill>
          </>
        ) : null}
      </button>
      {expanded ? (
        <FindingPanel
          {...props}
          base={base}
          text={text}
          edit={edit}
          suggestion={suggestion}
          showContext={showContext}
          onToggleContext={() => setShowContext((v) => !v)}
        />
      ) : null}
    </li>
  );
}
