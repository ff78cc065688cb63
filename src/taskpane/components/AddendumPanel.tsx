import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Button } from "./Button";
import { Text } from "./Text";
import { Message, MessageBody } from "./Message";
import { TextField } from "./TextField";
import { CheckboxChoice, RadioChoices } from "./Choice";
import type { AddendumParagraph, Parties } from "../../engine/types";
import type { AddendumSettings, PartyNames } from "../useReview";
import { useSharedStyles } from "./styles";

export interface AddendumPanelProps {
  /** Names detected in the document. */
  detected: Parties;
  /** The user's edits (empty = detected). */
  overrides: Partial<PartyNames>;
  settings: AddendumSettings;
  preview: AddendumParagraph[];
  present: boolean;
  canInsertAtCursor: boolean;
  /** Why "At the cursor" is not available, shown under it when it is greyed out. */
  cursorHint?: string;
  canInsert: boolean;
  busy: boolean;
  message: { intent: "success" | "warning"; text: string } | null;
  onPartyChange(which: keyof PartyNames, value: string): void;
  onSettingsChange(settings: Partial<AddendumSettings>): void;
  onInsert(): void;
  /** Insert is the pane's one primary button now (default true). */
  primary?: boolean;
  /** Every section is in the document (agreed or proposed): a completed state, no insert button. */
  complete?: boolean;
}

/** The preview: a card (shared) on the second background, scrolled past 320 px. */
const useStyles = makeStyles({ preview: { backgroundColor: tokens.colorNeutralBackground2, maxHeight: "320px", overflowY: "auto" } });

const PARTY_FIELDS: Array<{ key: keyof PartyNames; label: string; hint: string }> = [
  { key: "agency", label: "The other side is called", hint: "e.g. Agency, Client, Company" },
  { key: "contractor", label: "You are called", hint: "e.g. Contractor, Consultant" },
  { key: "work", label: "Your work is called", hint: "e.g. Deliverables, Work Product" },
];

export function AddendumPanel(props: AddendumPanelProps): React.JSX.Element {
  const shared = useSharedStyles();
  const styles = useStyles();
  const { detected, overrides, settings } = props;
  const daysValid = Number.isInteger(settings.deletionDays) && settings.deletionDays >= 1 && settings.deletionDays <= 365;
  return (
    <section className={shared.section} aria-labelledby="ts-addendum-heading">
      <h2 id="ts-addendum-heading" className={shared.heading}>
        Addendum: Prohibition on AI Training
      </h2>
      <Text>Adds a short addendum that forbids using your work for AI training, with deletion, audit, court-order and survival terms. It goes in as a tracked change.</Text>
      {props.present ? (
        <Message intent="info">
          <MessageBody>This document already has a TermScore addendum. Inserting adds only the sections it is missing, numbered after the last one.</MessageBody>
        </Message>
      ) : null}
      {PARTY_FIELDS.map((f) => (
        <TextField
          key={f.key}
          label={f.label}
          hint={detected.detected[f.key] ? `Found in the document: “${detected[f.key]}”` : `Not found in the document; ${f.hint}`}
          value={overrides[f.key] ?? detected[f.key]}
          onChange={(value) => props.onPartyChange(f.key, value)}
        />
      ))}
      <TextField
        label="Delete your work within (days after the contract ends)"
        error={daysValid ? undefined : "Enter a whole number of days from 1 to 365."}
        type="number"
        min={1}
        max={365}
        value={Number.isFinite(settings.deletionDays) ? String(settings.deletionDays) : ""}
        onChange={(value) => props.onSettingsChange({ deletionDays: value === "" ? NaN : Number(value) })}
      />
      <CheckboxChoice checked={settings.includeAudit} label="Include my right to audit their data use" onChange={(checked) => props.onSettingsChange({ includeAudit: checked })} />
      <RadioChoices<AddendumSettings["where"]>
        legend="Where to put it"
        name="ts-addendum-where"
        value={settings.where}
        onChange={(where) => props.onSettingsChange({ where })}
        options={[
          { value: "end", label: "End of the document" },
          { value: "cursor", label: props.canInsertAtCursor ? "At the cursor" : `At the cursor (not available: ${props.cursorHint ?? "this host has no cursor"})`, disabled: !props.canInsertAtCursor },
        ]}
      />
      <h3 className={shared.subheading} id="ts-preview-heading">
        Preview
      </h3>
      <div className={mergeClasses(shared.card, styles.preview)} role="region" aria-labelledby="ts-preview-heading" tabIndex={0}>
        {props.preview.map((p, i) =>
          p.kind === "body" ? (
            <p key={i} className={shared.text}>
              {p.text}
            </p>
          ) : (
            <p key={i} className={shared.text}>
              <strong>{p.text}</strong>
            </p>
          )
        )}
      </div>
      {props.complete ? (
        <Message intent="success">
          <MessageBody>The addendum is in the document: every protection it adds is there, as agreed text or your tracked change.</MessageBody>
        </Message>
      ) : (
        <div className={shared.row}>
          <Button appearance={props.primary === false ? "secondary" : "primary"} disabled={props.busy || !props.canInsert || !daysValid} onClick={props.onInsert}>
            Insert addendum
          </Button>
        </div>
      )}
      {props.message ? (
        <Message intent={props.message.intent}>
          <MessageBody>{props.message.text}</MessageBody>
        </Message>
      ) : null}
    </section>
  );
}
