import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Button } from "./Button";
import { Text } from "./Text";
import { RadioChoices } from "./Choice";
import { Pill } from "./Pill";
import { Redline } from "./Redline";
import type { Finding, Paragraph, Position } from "../../engine/types";
import { shownEdit, type ReviewItem } from "../review/truth";
import { CATEGORY_LABEL, POSITION_HINT, POSITION_LABEL, SEVERITY_LABEL, SEVERITY_SHORT } from "../../engine/report/labels";
import { useSharedStyles } from "./styles";
import { DecisionHistory } from "./DecisionHistory";
import { positionGaps } from "../review/positions";
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
  position: Position | undefined;
  commented: boolean;
  expanded: boolean;
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
  proposed: { color: tokens.colorNeutralForeground2 },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  summary: { cursor: "pointer", color: tokens.colorNeutralForeground2 },
  context: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, maxHeight: "280px", overflowY: "auto" },
  contextPara: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

const SEVERITY_TONE = { high: "danger", medium: "warning", low: "neutral" } as const;

/** The read-only view of the document around a finding (browser mode has no Word to scroll). */
function DocumentContext({ paragraphs, finding, edit }: { paragraphs: readonly Paragraph[]; finding: Finding; edit?: { start: number; end: number; replacement: string } }) {
  const styles = useStyles();
  const from = Math.max(0, finding.paragraph - 2);
  const to = Math.min(paragraphs.length, finding.paragraph + 3);
  return (
    <div className={styles.context} role="region" aria-label="The clause in the document" tabIndex={0}>
      {paragraphs.slice(from, to).map((p, k) =>
        from + k === finding.paragraph ? (
          <Redline key={from + k} text={p.text} trigger={finding} edit={edit} whole />
        ) : (
          <p key={from + k} className={styles.contextPara}>
            {p.text}
          </p>
        )
      )}
    </div>
  );
}

/** One line per finding; expands to the sentence, the proposed wording in place, the position and the actions. */
export function FindingRow(props: FindingRowProps): React.JSX.Element {
  const { item, paragraphs, position, commented, canApply, canComment, busy, expanded } = props;
  const f = item.finding;
  const shared = useSharedStyles();
  const styles = useStyles();
  const [showContext, setShowContext] = React.useState(false);
  const base = `ts-f-${f.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const suggestion = f.suggestions.find((s) => s.position === position) ?? f.suggestions[0];
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
        <span className={styles.problem}>
          {CATEGORY_LABEL[f.category]}
          <span className={shared.visuallyHidden}>, “{f.trigger}”</span>
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
        <div id={`${base}-panel`} className={styles.panel} role="region" aria-labelledby={`${base}-row`}>
          <Text weight="semibold">{f.message}</Text>
          {open ? null : <Text>Your change is written as a tracked change; it counts once the other side accepts it.</Text>}
          <Redline text={text} trigger={f} edit={edit} />
          <Text className={shared.muted}>{f.rationale}</Text>
          {open && f.suggestions.length > 1 ? (
            <RadioChoices<Position>
              legend="Your position"
              name={`${base}-position`}
              value={suggestion?.position}
              onChange={(position) => props.onPositionChange(f.id, position)}
              options={f.suggestions.map((s) => ({ value: s.position, label: POSITION_LABEL[s.position] }))}
            />
          ) : null}
          {open && !suggestion ? <Text className={shared.muted}>No wording to suggest; add a comment to raise it with the other side.</Text> : null}
          {open && props.project !== undefined
            ? positionGaps(f, text, props.project, !!f.playbook?.userWording?.length).map((g) =>
                g.position === position && suggestion ? (
                  // the user's pick no longer applies (the clause changed since): never switch silently
                  <Text key={g.position} size={200} weight="semibold">
                    You chose “{POSITION_LABEL[g.position]}”, but it does not apply to this clause now, so Apply writes “{POSITION_LABEL[suggestion.position]}”. {g.text.replace(/^.*? does not apply here: /, "Why: ")}
                  </Text>
                ) : (
                  <Text key={g.position} size={200} className={shared.muted}>
                    {g.text}
                  </Text>
                )
              )
            : null}
          {open && f.playbook?.walkAway ? (
            <Text size={200}>
              <span className={shared.label}>Your walk-away point:</span> {f.playbook.walkAway}
            </Text>
          ) : null}
          {open ? (
            <div className={shared.row} role="group" aria-label="Actions">
              <Button size="small" appearance="primary" disabled={!canApply || !suggestion} disabledFocusable={busy} onClick={() => props.onApply(f)}>
                Apply
              </Button>
              <Button size="small" disabled={!canComment} disabledFocusable={busy} onClick={() => props.onCommentOnly(f)}>
                Comment only
              </Button>
              {props.canGoTo === false ? (
                <Button size="small" aria-expanded={showContext} onClick={() => setShowContext((v) => !v)}>
                  {showContext ? "Hide clause" : "Show clause"}
                </Button>
              ) : (
                <Button size="small" disabledFocusable={busy} onClick={() => props.onGoTo(f)}>
                  Go to
                </Button>
              )}
              <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={() => props.onDismiss(f)}>
                Dismiss
              </Button>
            </div>
          ) : props.canGoTo === false ? (
            <div className={shared.row}>
              <Button size="small" aria-expanded={showContext} onClick={() => setShowContext((v) => !v)}>
                {showContext ? "Hide clause" : "Show clause"}
              </Button>
            </div>
          ) : null}
          {showContext ? <DocumentContext paragraphs={paragraphs} finding={f} edit={edit} /> : null}
          {props.decisions ? <DecisionHistory decisions={props.decisions} target={f.id} /> : null}
          <details>
            <summary className={styles.summary}>Details</summary>
            <ul className={shared.list}>
              <li>
                Category: {CATEGORY_LABEL[f.category]}; {SEVERITY_LABEL[f.severity].toLowerCase()}.
              </li>
              {f.context ? <li>Section: “{f.context.heading}”, where such rights are often hidden.</li> : null}
              {open && suggestion ? (
                <li>
                  {suggestion.label}: {POSITION_HINT[suggestion.position]} It goes in as a tracked change with this comment: “{suggestion.comment}”
                </li>
              ) : null}
              <li>
                Rule: <code>{f.ruleId}</code>
              </li>
            </ul>
          </details>
        </div>
      ) : null}
    </li>
  );
}
