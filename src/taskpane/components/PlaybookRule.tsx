import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Button } from "./Button";
import { Text } from "./Text";
import { Message, MessageBody } from "./Message";
import { CheckboxChoice } from "./Choice";
import type { CatalogRule } from "../../engine/playbook/catalog";
import type { Placement, Spelling } from "../../engine/playbook/types";
import type { Severity } from "../../engine/types";
import { SEVERITY_ORDER, SEVERITY_SHORT } from "../../engine/report/labels";
import { ruleName, type RuleEdit, type RuleView } from "../playbook/edit";
import type { RulePreview } from "../playbook/usePlaybook";
import { Redline } from "./Redline";
import { useSharedStyles } from "./styles";
import { typographic } from "../review/typographic";

/** One rule of the playbook: on or off, its risk level, and (opened) its wording with a preview on a sample clause. */
export interface PlaybookRuleProps {
  rule: CatalogRule;
  view: RuleView;
  /** Bumped when the playbook in use changes (the preview follows it). */
  version: number;
  busy?: boolean;
  onEdit(edit: RuleEdit): void;
  onReset(): void;
  preview(ruleId: string, sample: string, spelling?: Spelling): Promise<RulePreview | null>;
  /** The open document's spelling (the preview is drafted in it). */
  spelling?: Spelling;
}

const PLACEMENT_LABEL: Record<Placement, string> = {
  "after-trigger": "In brackets after the risky words",
  "end-of-sentence": "At the end of the sentence",
  "replace-trigger": "Instead of the risky words",
  "delete-trigger": "Delete the risky words",
};

const useStyles = makeStyles({
  // on the shared control
  control: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}` },
  area: { width: "100%", boxSizing: "border-box", minHeight: "64px", resize: "vertical" },
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, justifyContent: "space-between" },
});

/** A text box that reports its value when it loses focus (one check and save per change, not per key). */
function CommitText(props: { id: string; label: string; value: string; multiline?: boolean; disabled?: boolean; onCommit(value: string): void }): React.JSX.Element {
  const styles = useStyles();
  const control = mergeClasses(useSharedStyles().control, styles.control);
  const [text, setText] = React.useState(props.value);
  React.useEffect(() => setText(props.value), [props.value]);
  const commit = () => {
    if (text !== props.value) props.onCommit(text);
  };
  const common = { id: props.id, value: text, disabled: props.disabled, onBlur: commit, onChange: (e: React.ChangeEvent<HTMLTextAreaElement | HTMLInputElement>) => setText(e.target.value) };
  return (
    <div className={styles.field}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.multiline ? <textarea {...common} className={mergeClasses(control, styles.area)} /> : <input {...common} className={control} />}
    </div>
  );
}

export function PlaybookRule({ rule, view, version, busy, onEdit, onReset, preview, spelling }: PlaybookRuleProps): React.JSX.Element {
  const shared = useSharedStyles();
  const styles = useStyles();
  const control = mergeClasses(shared.control, styles.control);
  const [open, setOpen] = React.useState(false);
  const [shown, setShown] = React.useState<RulePreview | null>(null);
  const name = ruleName(rule.id);
  const base = `ts-pb-${rule.id.replace(/[^a-z0-9]+/gi, "-")}`;

  React.useEffect(() => {
    if (!open) return;
    let live = true;
    void preview(rule.id, rule.sample, spelling).then(
      (p) => live && setShown(p),
      () => live && setShown(null)
    );
    return () => {
      live = false;
    };
  }, [open, version, rule.id, rule.sample, preview, spelling]);

  return (
    <li className={shared.card} aria-label={name}>
      <div className={styles.head}>
        <CheckboxChoice checked={view.enabled} disabled={busy} label={name} onChange={(enabled) => onEdit({ enabled })} />
        <select
          aria-label={`Risk level of ${name}`}
          className={control}
          value={view.severity}
          disabled={busy}
          onChange={(e) => onEdit({ severity: e.target.value as Severity })}
        >
          {SEVERITY_ORDER.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_SHORT[s]}
            </option>
          ))}
        </select>
        <Button size="small" appearance="subtle" aria-expanded={open} aria-controls={`${base}-body`} onClick={() => setOpen((o) => !o)}>
          {open ? "Close" : "Wording"}
        </Button>
      </div>
      {!view.enabled ? <Text size={200} className={shared.muted}>Switched off: still found and listed, not scored or fixed.</Text> : null}
      {open ? (
        <div id={`${base}-body`} className={shared.section}>
          <Text size={200} className={shared.muted}>{typographic(rule.message)}</Text>
          <CommitText id={`${base}-text`} label="Your wording" multiline value={view.text} disabled={busy || view.placement === "delete-trigger"} onCommit={(text) => onEdit({ text })} />
          <div className={styles.field}>
            <label htmlFor={`${base}-placement`}>Where it goes</label>
            <select id={`${base}-placement`} className={control} value={view.placement} disabled={busy} onChange={(e) => onEdit({ placement: e.target.value as Placement })}>
              {(Object.keys(PLACEMENT_LABEL) as Placement[]).map((p) => (
                <option key={p} value={p}>
                  {PLACEMENT_LABEL[p]}
                </option>
              ))}
            </select>
          </div>
          <Text size={200} className={shared.muted}>Placeholders: {"{party}"} (you), {"{other}"} (the other side), {"{work}"} (your work); {"{Party}"}, {"{Other}"}, {"{Work}"} start a sentence.</Text>
          <CommitText id={`${base}-comment`} label="Comment to the other side" multiline value={view.comment} disabled={busy} onCommit={(comment) => onEdit({ comment })} />
          <CommitText id={`${base}-walk`} label="Walk-away note (only for you)" value={view.walkAway} disabled={busy} onCommit={(walkAway) => onEdit({ walkAway })} />
          <h4 className={shared.subheading}>Preview on a sample clause</h4>
          {shown ? (
            <>
              <Redline text={shown.text} trigger={shown.trigger} edit={shown.edit} whole />
              <Text size={200}>
                {SEVERITY_SHORT[shown.severity]} risk{shown.switchedOff ? ", switched off" : ""}. Comment: {shown.comment}
              </Text>
              {shown.openRisk ? (
                <Message intent="warning">
                  <MessageBody>{typographic(shown.openRisk)}</MessageBody>
                </Message>
              ) : null}
            </>
          ) : (
            <Text size={200} className={shared.muted}>Preparing the preview…</Text>
          )}
          <div className={shared.row}>
            <Button size="small" disabled={busy || !view.changed} onClick={onReset}>
              Reset this rule
            </Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
