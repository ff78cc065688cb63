import * as React from "react";
import { Button } from "./Button";
import { Text } from "./Text";
import { Message, MessageBody } from "./Message";
import type { SuggestionFate } from "../../engine/compare/types";
import type { Paragraph } from "../../engine/types";
import { Busy } from "./Busy";
import { DOCX_ACCEPT, HiddenFileInput } from "./HiddenFileInput";
import { THEIR_CHANGE_KINDS } from "../../engine/compare/types";
import { THEIR_CHANGE_LABEL } from "../../engine/report/labels";
import type { TheirChangesActions, TheirChangesState } from "../rounds/useTheirChanges";
import { DecisionHistory } from "./DecisionHistory";
import { ChangeCard, clip } from "./TheirChangeCard";
import { useSharedStyles } from "./styles";
import { countOf } from "../../engine/fix/plural";


export interface TheirChangesPanelProps {
  state: TheirChangesState;
  actions: TheirChangesActions;
  /** The host can list tracked changes by author. */
  canRead: boolean;
  /** Browser mode: compare with the user's last reviewed .docx. */
  canCompare: boolean;
  /** Tracked changes can be written (restore, counter). */
  canApply: boolean;
  /** Word: the pane can show the words in the document. Otherwise (browser mode) the pane shows a read-only view. */
  canGoTo: boolean;
  /** The document's text as read (browser mode's read-only view shows the paragraphs around a change). */
  paragraphs?: readonly Paragraph[];
  /** The host can put a deleted paragraph back as a tracked insertion. */
  canRestoreParagraph?: boolean;
  /** Another action of the pane is running. */
  busy: boolean;
  /** The tab may hold the pane's one primary button now (default true). */
  primary?: boolean;
}

const FATE_TEXT: Record<SuggestionFate["fate"], string> = { accepted: "accepted", rejected: "rejected", altered: "altered", open: "still open" };

export function TheirChangesPanel(props: TheirChangesPanelProps): React.JSX.Element {
  const shared = useSharedStyles();
  const { state, actions, canRead, canCompare, busy } = props;
  const fileInput = React.useRef<HTMLInputElement>(null);
  const { loadLog } = actions;
  React.useEffect(() => {
    void loadLog();
  }, [loadLog]);
  const r = state.result?.report;
  const loading = state.status === "loading";
  return (
    <section className={shared.section} aria-label="Their changes">
      <h2 className={shared.heading}>Their changes</h2>
      <Text size={200} className={shared.muted}>
        What the other side changed in your protections and risks, what became of your suggestions, and the decisions stored in the document.
      </Text>
      <div className={shared.row}>
        {canRead ? (
          <Button appearance={!r && props.primary !== false ? "primary" : "secondary"} disabled={busy || loading} onClick={() => void actions.load()}>
            {r && state.source === "tracked" ? "Check again" : "Check their tracked changes"}
          </Button>
        ) : null}
        {canCompare ? (
          <>
            <Button disabled={busy || loading} onClick={() => fileInput.current?.click()}>
              Compare with a file…
            </Button>
            <HiddenFileInput ref={fileInput} accept={DOCX_ACCEPT} label="Your last reviewed version (.docx)" onFile={(f) => void actions.compareWith(f)} />
          </>
        ) : null}
        {loading ? <Busy small label="Reading their changes…" /> : null}
      </div>
      {canCompare ? <Text size={200} className={shared.muted}>Got a clean copy back? Compare it with the version you sent (the file you reviewed last).</Text> : null}
      {state.logProblem ? (
        <Message intent="warning">
          <MessageBody>{state.logProblem}</MessageBody>
        </Message>
      ) : null}
      {state.error ? (
        <Message intent="error">
          <MessageBody>{state.error}</MessageBody>
        </Message>
      ) : null}
      {state.message ? (
        <Message intent={state.message.intent}>
          <MessageBody>{state.message.text}</MessageBody>
        </Message>
      ) : null}
      {r ? (
        <>
          <Text role="status">
            {state.source && state.source !== "tracked" ? `Compared with ${state.source.file}: ` : state.result?.theirAuthors.length ? `Changes by ${state.result.theirAuthors.join(", ")}: ` : ""}
            {r.changes.length === 0 ? "nothing of theirs touches your protections or adds a risk." : `${r.changes.length} ${r.changes.length === 1 ? "touches your protections or adds" : "touch your protections or add"} a risk.`}
            {r.summary.otherEdits ? ` ${countOf(r.summary.otherEdits, "other edit")} not listed.` : ""}
          </Text>
          {r.changes.length ? (
            <ul className={shared.list} aria-label="Counts by kind">
              {THEIR_CHANGE_KINDS.filter((k) => r.summary.counts[k]).map((k) => (
                <li key={k}>
                  <Text size={200}>
                    {THEIR_CHANGE_LABEL[k]}: {r.summary.counts[k]}
                  </Text>
                </li>
              ))}
            </ul>
          ) : null}
          <ul className={shared.plainList} aria-label="Their changes, one by one">
            {r.changes.map((c) => (
              // only the first change still to answer shows its proposed answer as the primary button
              <ChangeCard key={c.id} c={c} props={props} primary={props.primary !== false && c.id === r.changes.find((x) => !state.responded[x.id])?.id} />
            ))}
          </ul>
          {r.comments.length ? (
            <>
              <h3 className={shared.subheading}>Their other comments</h3>
              <ul className={shared.list}>
                {r.comments.map((m, i) => (
                  <li key={i}>
                    <Text size={200}>
                      {m.author}
                      {m.paragraph !== undefined ? ` (paragraph ${m.paragraph + 1})` : ""}: {m.text}
                    </Text>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {r.suggestions.length ? (
            <>
              <h3 className={shared.subheading}>
                Your suggestions: {r.summary.suggestions.accepted} accepted, {r.summary.suggestions.rejected} rejected, {r.summary.suggestions.altered} altered, {r.summary.suggestions.open} open
              </h3>
              <ul className={shared.plainList} aria-label="Your suggestions">
                {r.suggestions.map((s) => (
                  <li key={s.id} className={shared.card}>
                    <Text>
                      <span className={shared.label}>{s.label ?? s.ruleId ?? "Suggestion"}</span>: {FATE_TEXT[s.fate]}
                    </Text>
                    <Text size={200} className={shared.muted}>
                      You proposed: {clip(s.proposed, 160)}
                    </Text>
                    {s.now ? <Text size={200}>Now: {clip(s.now, 200)}</Text> : null}
                    <DecisionHistory decisions={state.decisions} target={s.id} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      <Text size={200} className={shared.muted}>
        Decision log: {state.decisions.length ? `${countOf(state.decisions.length, "decision")} stored in the document` : "no decision stored yet"}. It travels with the file and never changes its text.
      </Text>
    </section>
  );
}
