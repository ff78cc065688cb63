import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { Button } from "./Button";
import { Text } from "./Text";
import { RadioChoices } from "./Choice";
import { Redline } from "./Redline";
import type { Finding, Paragraph, Position, Suggestion } from "../../engine/types";
import { POSITION_GAP_REASON, POSITION_HINT, POSITION_LABEL } from "../../engine/report/labels";
import { useSharedStyles } from "./styles";
import { DecisionHistory } from "./DecisionHistory";
import { positionGaps } from "../review/positions";
import type { FindingRowProps } from "./FindingRow";
import { typographic } from "../review/typographic";

const useStyles = makeStyles({
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

type Edit = { start: number; end: number; replacement: string };

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

export interface FindingPanelProps extends Pick<
  FindingRowProps,
  "item" | "paragraphs" | "position" | "primaryApply" | "canApply" | "canComment" | "busy" | "canGoTo" | "onPositionChange" | "onGoTo" | "onApply" | "onCommentOnly" | "onDismiss" | "project" | "decisions"
> {
  /** The id prefix the row and its panel share. */
  base: string;
  /** The finding's paragraph as the offsets see it. */
  text: string;
  /** The wording shown in place (shownEdit), if any. */
  edit?: Edit;
  /** The suggestion Apply writes (the chosen position's, else the first). */
  suggestion: Suggestion | undefined;
  /** Browser mode: the read-only view of the clause is shown (the row keeps this while it folds). */
  showContext: boolean;
  onToggleContext(): void;
}

/** An expanded finding: the sentence with the proposed wording in place, the position, the actions and the details. */
export function FindingPanel(props: FindingPanelProps): React.JSX.Element {
  const { item, paragraphs, position, canApply, canComment, busy, base, text, edit, suggestion, showContext } = props;
  const f = item.finding;
  const open = item.status === "open";
  const shared = useSharedStyles();
  const styles = useStyles();
  return (
    <div id={`${base}-panel`} className={styles.panel} role="region" aria-labelledby={`${base}-row`}>
      <Text weight="semibold">{typographic(f.message)}</Text>
      {open ? null : <Text>Your change is written as a tracked change; it counts once the other side accepts it.</Text>}
      <Redline text={text} trigger={f} edit={edit} />
      <Text className={shared.muted}>{typographic(f.rationale)}</Text>
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
                You chose “{POSITION_LABEL[g.position]}”, but it does not apply to this clause now, so Apply writes “{POSITION_LABEL[suggestion.position]}”. Why: {typographic(POSITION_GAP_REASON[g.reason])}.
              </Text>
            ) : (
              <Text key={g.position} size={200} className={shared.muted}>
                {typographic(g.text)}
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
          <Button size="small" appearance={props.primaryApply === false ? "secondary" : "primary"} disabled={!canApply || !suggestion} disabledFocusable={busy} onClick={() => props.onApply(f)}>
            Apply
          </Button>
          <Button size="small" disabled={!canComment} disabledFocusable={busy} onClick={() => props.onCommentOnly(f)}>
            Comment only
          </Button>
          {props.canGoTo === false ? (
            <Button size="small" aria-expanded={showContext} onClick={props.onToggleContext}>
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
          <Button size="small" aria-expanded={showContext} onClick={props.onToggleContext}>
            {showContext ? "Hide clause" : "Show clause"}
          </Button>
        </div>
      ) : null}
      {showContext ? <DocumentContext paragraphs={paragraphs} finding={f} edit={edit} /> : null}
      {props.decisions ? <DecisionHistory decisions={props.decisions} target={f.id} /> : null}
      <details>
        <summary className={styles.summary}>Details</summary>
        <ul className={shared.list}>
          {/* said once: the row names the risk and the category, the message the section (engine/scan/findings.ts) */}
          {f.context && !f.message.includes(f.context.heading) ? <li>Section: “{f.context.heading}”</li> : null}
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
  );
}
