import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { Button } from "./Button";
import { Text } from "./Text";
import { Message, MessageBody, MessageTitle } from "./Message";
import type { Playbook, Spelling } from "../../engine/playbook/types";
import { CATEGORIES } from "../../engine/types";
import { CATEGORY_LABEL } from "../../engine/report/labels";
import { ruleView, sectionName, withRuleEdit, withSection, withoutRule } from "../playbook/edit";
import type { PlaybookActions, PlaybookState } from "../playbook/usePlaybook";
import { PlaybookRule } from "./PlaybookRule";
import { HiddenFileInput } from "./HiddenFileInput";
import { useSharedStyles } from "./styles";
import { countOf } from "../../engine/fix/plural";

/**
 * The Playbook tab: every rule with its wording, on or off, its risk level, a preview on a sample
 * clause; the addendum's sections; import, export and reset. Kept on this computer; a bad file or
 * edit is refused with every problem and its JSON path, and changes nothing.
 */
export interface PlaybookPanelProps {
  state: PlaybookState;
  actions: PlaybookActions;
  download(fileName: string, data: string, mime: string): void;
  busy?: boolean;
  /** The open document's spelling: previews are drafted in it, as the review's suggestions are. */
  spelling?: Spelling;
  /** The playbook changed since the review was last checked with it (leaving the tab checks again). */
  changed?: boolean;
  /** Back to the review (which is checked again with the playbook when it changed). */
  onDone?(): void;
  /** The Done button is the pane's one primary button now (default true). */
  primary?: boolean;
}

/** A file larger than this is not even read: the engine refuses it by its size. */
const READ_LIMIT = 16 * 1024 * 1024;

const useStyles = makeStyles({
  sectionRow: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
});

function fileText(file: File): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsText(file);
  });
}

export function PlaybookPanel({ state, actions, download, busy, spelling, changed, onDone, primary = true }: PlaybookPanelProps): React.JSX.Element {
  const shared = useSharedStyles();
  const styles = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const { catalog, draft } = state;
  React.useEffect(() => actions.loadCatalog(), [actions]);

  const onFile = async (file: File) => {
    await actions.importText(file.size > READ_LIMIT ? "" : await fileText(file), file.size);
  };
  const edit = (next: Playbook | null) => void actions.update(next);

  return (
    <section className={shared.section} aria-labelledby="ts-playbook-heading">
      <h2 id="ts-playbook-heading" className={shared.heading}>
        Your playbook
      </h2>
      <Text>Your own wording, risk levels and rules, used in every review on this computer. A rule you switch off is still found and listed, never hidden.</Text>
      {onDone ? (
        <div className={shared.row}>
          <Button appearance={primary ? "primary" : "secondary"} disabled={busy} onClick={onDone}>
            {changed ? "Check the contract again" : "Back to the clauses"}
          </Button>
        </div>
      ) : null}
      <div className={shared.row}>
        <Button size="small" disabled={busy} onClick={() => fileInput.current?.click()}>
          Import…
        </Button>
        <HiddenFileInput ref={fileInput} accept=".json,application/json" label="Playbook file to import" onFile={(file) => void onFile(file)} />
        <Button size="small" disabled={busy} onClick={() => download("termscore-playbook.json", actions.exportText(), "application/json")}>
          Export
        </Button>
        <Button size="small" disabled={busy || !draft} onClick={() => edit(null)}>
          Reset all
        </Button>
      </div>
      {state.canShare ? (
        <div className={shared.row}>
          <Button size="small" disabled={busy || !state.active} onClick={() => void actions.share()}>
            Store in this document
          </Button>
          {state.shared && JSON.stringify(state.shared) !== JSON.stringify(state.active) ? (
            <Button size="small" disabled={busy} onClick={() => void actions.adoptShared()}>
              Use this document's playbook{state.shared.name ? ` (${state.shared.name})` : ""}
            </Button>
          ) : null}
        </div>
      ) : null}
      <Text size={200} className={shared.muted} role="status">
        {state.status || (state.active ? `Using ${state.active.name ?? "your playbook"}.` : "Using TermScore's default playbook.")}
      </Text>
      {state.problems.length ? (
        <Message intent="error">
          <MessageBody>
            <MessageTitle>{countOf(state.problems.length, "problem")}</MessageTitle>
            <ul className={shared.list}>
              {state.problems.map((p, i) => (
                <li key={i}>
                  <code>{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
          </MessageBody>
        </Message>
      ) : null}
      {!catalog ? (
        state.status ? null : <Text className={shared.muted}>Loading the rules…</Text>
      ) : (
        <>
          {CATEGORIES.map((category) => {
            const rules = catalog.rules.filter((r) => r.category === category);
            if (!rules.length) return null;
            return (
              <div key={category} className={shared.section}>
                <h3 className={shared.subheading}>{CATEGORY_LABEL[category]}</h3>
                <ul className={shared.plainList}>
                  {rules.map((rule) => (
                    <PlaybookRule
                      key={rule.id}
                      rule={rule}
                      view={ruleView(draft, catalog.defaults, rule)}
                      version={state.version}
                      busy={busy}
                      onEdit={(e) => edit(withRuleEdit(draft, catalog.defaults, rule, e))}
                      onReset={() => edit(withoutRule(draft, rule.id))}
                      preview={actions.preview}
                      spelling={spelling}
                    />
                  ))}
                </ul>
              </div>
            );
          })}
          <h3 className={shared.subheading}>Addendum sections</h3>
          <ul className={shared.plainList}>
            {catalog.sections.map((id) => {
              const setting = draft?.addendum?.sections?.[id] ?? "keep";
              return (
                <li key={id} className={styles.sectionRow}>
                  <Text>{sectionName(id)}</Text>
                  <select
                    aria-label={`Addendum section ${sectionName(id)}`}
                    className={shared.control}
                    disabled={busy}
                    value={typeof setting === "string" ? setting : "replace"}
                    onChange={(e) => edit(withSection(draft, id, e.target.value === "drop" ? "drop" : "keep"))}
                  >
                    <option value="keep">Keep</option>
                    <option value="drop">Leave out</option>
                    {typeof setting === "object" ? <option value="replace">Your own text (from the file)</option> : null}
                  </select>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
