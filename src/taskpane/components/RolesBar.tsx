import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { Button } from "./Button";
import { TextField } from "./TextField";
import { useSharedStyles } from "./styles";import { shownParty } from "../../engine/report/labels";


export interface Roles {
  /** What the contract calls you (the party doing the work). */
  user: string;
  /** What it calls the other side. */
  other: string;
  /** What it calls your work. */
  work: string;
}

export interface RolesBarProps extends Roles {
  /** All three were found in the document (otherwise the bar asks to check them). */
  sure: boolean;
  /** What TermScore could not tell, in a sentence (shown while not sure). */
  question?: string;
  onChange(next: Roles): void;
  /** The editor was opened or closed (while open, its Save is the pane's one primary button and the review waits below). */
  onEditingChange?(editing: boolean): void;
  /** Save is the pane's one primary button (default true); false while another question is open above it. */
  primary?: boolean;
}

const useStyles = makeStyles({
  bar: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  line: {
    flexGrow: 1,
    minWidth: 0,
    // wraps at 320 px rather than cutting the names off
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  unsure: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  editor: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** One line at the top of the review: who is who in this contract, with a small editor. Props only. */
export function RolesBar({ user, other, work, sure, question, onChange, onEditingChange, primary = true }: RolesBarProps): React.JSX.Element {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [editing, setEditing] = React.useState(false);
  const form = React.useRef<HTMLFormElement>(null);
  const change = React.useRef<HTMLButtonElement>(null);
  const opened = React.useRef(false);
  React.useEffect(() => {
    onEditingChange?.(editing);
    return () => onEditingChange?.(false);
  }, [editing, onEditingChange]);
  React.useEffect(() => {
    // focus follows the editor: into its first box when it opens, back to Change when it closes
    if (editing) form.current?.querySelector("input")?.focus();
    else if (opened.current) change.current?.focus();
    opened.current = editing;
  }, [editing]);
  const [draft, setDraft] = React.useState<Roles>({ user, other, work });
  const line = `You: ${shownParty(user)} · Other side: ${shownParty(other)} · Your work: ${work}`;
  if (!editing)
    return (
      <div className={styles.bar} role="group" aria-label="Roles in this contract">
        <span className={styles.line} title={sure ? line : `${line}. ${question ?? "Please check who is who."}`}>
          {sure ? null : <span className={styles.unsure}>Check: </span>}
          {line}
        </span>
        {sure ? null : (
          <Button size="small" appearance="subtle" aria-label={`Confirm roles (${line})`} onClick={() => onChange({ user, other, work })}>
            Confirm
          </Button>
        )}
        <Button
          size="small"
          appearance="subtle"
          aria-label={`Swap sides: you are ${other}, the other side is ${user}`}
          onClick={() => onChange({ user: other, other: user, work })}
        >
          Swap
        </Button>
        <Button
          ref={change}
          size="small"
          appearance="subtle"
          aria-label={`Change roles (${line})`}
          onClick={() => {
            setDraft({ user, other, work });
            setEditing(true);
          }}
        >
          Change
        </Button>
      </div>
    );
  const set = (k: keyof Roles) => (value: string) => setDraft((r) => ({ ...r, [k]: value }));
  const valid = draft.user.trim() !== "" && draft.other.trim() !== "" && draft.work.trim() !== "";
  return (
    <form
      ref={form}
      className={styles.editor}
      aria-label="Change roles"
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        onChange({ user: draft.user.trim(), other: draft.other.trim(), work: draft.work.trim() });
        setEditing(false);
      }}
    >
      <TextField small label="You are called" value={draft.user} onChange={set("user")} />
      <TextField small label="The other side is called" value={draft.other} onChange={set("other")} />
      <TextField small label="Your work is called" value={draft.work} onChange={set("work")} />
      <div className={shared.row}>
        <Button size="small" appearance={primary ? "primary" : "secondary"} type="submit" disabled={!valid}>
          Save roles
        </Button>
        <Button size="small" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
