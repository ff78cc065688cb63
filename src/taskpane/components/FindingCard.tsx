import * as React from "react";
import { Button, Radio, RadioGroup, Field, Text } from "@fluentui/react-components";
import { Pill } from "./Pill";
import type { Finding, Position } from "../../engine/types";
import { CATEGORY_LABEL, POSITION_HINT, POSITION_LABEL, SEVERITY_LABEL } from "../labels";
import { useSharedStyles } from "./styles";

export interface FindingActionsAvailability {
  /** Tracked changes can be written. */
  canApply: boolean;
  /** Comments can be written. */
  canComment: boolean;
  /** Another action is running. */
  busy: boolean;
  /** The host can show the words in a document view (not in browser mode). Default true. */
  canGoTo?: boolean;
}

export interface FindingCardProps extends FindingActionsAvailability {
  finding: Finding;
  position: Position | undefined;
  /** A comment was already added for this finding. */
  commented: boolean;
  onPositionChange(id: string, position: Position): void;
  onGoTo(finding: Finding): void;
  onApply(finding: Finding): void;
  onCommentOnly(finding: Finding): void;
  onDismiss(finding: Finding): void;
}

const SEVERITY_TONE = { high: "danger", medium: "warning", low: "neutral" } as const;

export function FindingCard(props: FindingCardProps): React.JSX.Element {
  const { finding: f, position, commented, canApply, canComment, busy } = props;
  const shared = useSharedStyles();
  const headingId = `ts-finding-${f.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
  const suggestion = f.suggestions.find((s) => s.position === position) ?? f.suggestions[0];
  const radioName = `${headingId}-position`;
  return (
    <article className={shared.card} aria-labelledby={headingId}>
      <div className={shared.row}>
        <Pill tone={SEVERITY_TONE[f.severity]}>{SEVERITY_LABEL[f.severity]}</Pill>
        <Pill tone="neutral">{CATEGORY_LABEL[f.category]}</Pill>
        {commented ? <Pill tone="success">Comment added</Pill> : null}
      </div>
      <h4 id={headingId} className={shared.subheading}>
        {f.message}
      </h4>
      <Text size={200} className={shared.muted}>
        Rule: <code>{f.ruleId}</code>
      </Text>
      {f.context ? <Text className={shared.muted}>In the section “{f.context.heading}”, where such rights are often hidden.</Text> : null}
      <Text className={shared.label}>The words that trigger it</Text>
      <blockquote className={shared.quote}>“{f.trigger}”</blockquote>
      <Text className={shared.label}>Why it is risky</Text>
      <p className={shared.text}>{f.rationale}</p>
      {f.suggestions.length > 1 ? (
        <Field label="Your position">
          <RadioGroup
            name={radioName}
            value={suggestion?.position}
            onChange={(_e, data) => props.onPositionChange(f.id, data.value as Position)}
          >
            {f.suggestions.map((s) => (
              <Radio key={s.position} value={s.position} label={POSITION_LABEL[s.position]} />
            ))}
          </RadioGroup>
        </Field>
      ) : null}
      {suggestion ? (
        <>
          <Text className={shared.label}>Suggested wording: {suggestion.label}</Text>
          <blockquote className={shared.suggestion}>{suggestion.replacement}</blockquote>
          <Text className={shared.muted}>{POSITION_HINT[suggestion.position]} It goes in as a tracked change with a comment that explains it; you accept or reject it in Word.</Text>
        </>
      ) : (
        <Text className={shared.muted}>No wording to suggest; add a comment to raise it with the other side.</Text>
      )}
      <div className={shared.row} role="group" aria-label={`Actions for: ${f.message}`}>
        {props.canGoTo === false ? null : (
          <Button size="small" disabledFocusable={busy} onClick={() => props.onGoTo(f)}>
            Go to
          </Button>
        )}
        <Button size="small" appearance="primary" disabled={!canApply || !suggestion} disabledFocusable={busy} onClick={() => props.onApply(f)}>
          Apply
        </Button>
        <Button size="small" disabled={!canComment} disabledFocusable={busy} onClick={() => props.onCommentOnly(f)}>
          Comment only
        </Button>
        <Button size="small" appearance="subtle" disabledFocusable={busy} onClick={() => props.onDismiss(f)}>
          Dismiss
        </Button>
      </div>
    </article>
  );
}
