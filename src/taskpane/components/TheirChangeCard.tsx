/** One of their changes in the Their-changes tab: what they did, where it is now, and the answers to it. */
import * as React from "react";
import { Button } from "./Button";
import { Text } from "./Text";
import { TextField } from "./TextField";
import type { TheirChange } from "../../engine/compare/types";
import type { Paragraph } from "../../engine/types";
import { Busy } from "./Busy";
import { THEIR_CHANGE_LABEL } from "../../engine/report/labels";
import { putsBack, theirChangeRequest, whereNow } from "../rounds/useTheirChanges";
import { DecisionHistory } from "./DecisionHistory";
import { useSharedStyles } from "./styles";
import type { TheirChangesPanelProps } from "./TheirChangesPanel";
import { typographic } from "../review/typographic";

export const clip = (s: string, n = 280): string => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}\u2026` : s);
const spot = (section: string | undefined, i: number): string => (section ? `section ${section}` : `paragraph ${i + 1}`);
/** What a move changed about the protection (any other weakening: its words, on the way). */
const MOVE_HOW: Record<string, string> = { "moved-under-exception": "now under an exception", "moved-out-of-survival": "no longer covered by the survival clause" };

/**
 * Browser mode's read-only view of where a change is now (there is no Word to scroll): the
 * paragraph with its words marked (for moved text, where the words went), between its neighbours
 * when the document's text agrees with the change's.
 */
function WhereNow({ target, paragraphs }: { target: NonNullable<ReturnType<typeof whereNow>>; paragraphs?: readonly Paragraph[] }): React.JSX.Element {
  const shared = useSharedStyles();
  const i = target.paragraph;
  const known = paragraphs?.[i]?.text === target.paragraphText;
  const around = (k: number) => (known && paragraphs?.[k] ? <p className={shared.muted}>{clip(paragraphs[k].text)}</p> : null);
  const t = target.paragraphText;
  return (
    <div role="region" aria-label="Where it is now in the document" tabIndex={0} className={shared.quote}>
      {around(i - 1)}
      <p>
        {t.slice(0, target.start)}
        <mark>{t.slice(target.start, target.end)}</mark>
        {t.slice(target.end)}
      </p>
      {around(i + 1)}
    </div>
  );
}

export function ChangeCard({ c, props, primary = true }: { c: TheirChange; props: TheirChangesPanelProps; primary?: boolean }): React.JSX.Element {
  const shared = useSharedStyles();
  const { state, actions, canApply, canGoTo, busy } = props;
  const working = state.busyId === c.id;
  const m = c.moved;
  const disabled = busy || state.busyId !== null;
  // once restored or countered, the document holds the answer: writing it again would double it
  const answered = state.responded[c.id];
  const written = answered === "restore" || answered === "counter";
  const restorable = canApply && !written && (theirChangeRequest(c, "restore") !== null || (putsBack(c) && !!props.canRestoreParagraph));
  const counter = canApply && !written && c.response.action === "counter" && theirChangeRequest(c, "counter") !== null;
  const where = c.afterParagraph !== undefined ? `paragraph ${c.afterParagraph + 1}` : c.beforeParagraph !== undefined ? `was paragraph ${c.beforeParagraph + 1}` : "";
  const [reason, setReason] = React.useState("");
  const [showing, setShowing] = React.useState(false);
  const now = whereNow(c);
  const why = reason.trim() || undefined;
  return (
    <li className={shared.card} aria-label={`${THEIR_CHANGE_LABEL[c.kind]}${where ? `, ${where}` : ""}`}>
      <Text weight="semibold">
        {THEIR_CHANGE_LABEL[c.kind]}
        {where ? ` \u00b7 ${where}` : ""}
        {c.author ? ` \u00b7 ${c.author}` : ""}
      </Text>
      <Text>{typographic(c.summary)}</Text>
      {m ? (
        <Text size={200}>
          <span className={shared.label}>Moved:</span> {spot(m.fromSection, m.from)} {"\u2192"} {spot(m.toSection, m.to)} {"\u00b7"} {c.how ? (MOVE_HOW[c.how] ?? "reworded on the way") : "same words, nothing new qualifies them"}
        </Text>
      ) : null}
      <Text size={200} className={shared.label}>
        Before
      </Text>
      <blockquote className={shared.quote}>{c.before === null ? "(not there)" : clip(c.before)}</blockquote>
      <Text size={200} className={shared.label}>
        After
      </Text>
      <blockquote className={shared.quote}>{c.after === null ? "(deleted)" : clip(c.after)}</blockquote>
      {m && !m.whole ? (
        <>
          <Text size={200} className={shared.label}>
            Now in {spot(m.toSection, m.to)}
          </Text>
          <blockquote className={shared.quote}>{clip(m.toText)}</blockquote>
        </>
      ) : null}
      {c.rules.length ? <Text size={200} className={shared.muted}>Touches: {c.rules.join(", ")}</Text> : null}
      {c.comments.map((m, i) => (
        <Text key={i} size={200}>
          <span className={shared.label}>Their comment ({m.author}):</span> {m.text}
        </Text>
      ))}
      <Text size={200}>
        <span className={shared.label}>Proposed:</span> {c.response.action === "restore" ? "restore your wording" : c.response.action === "counter" ? `counter-propose (${c.response.position ?? "fallback"})` : "accept"}. {typographic(c.response.why)}
      </Text>
      {c.response.action === "counter" && c.response.wording ? <blockquote className={shared.suggestion}>{clip(c.response.wording, 400)}</blockquote> : null}
      <TextField small value={reason} onChange={setReason} placeholder="Reason (optional, kept in the decision log)" aria-label="Reason for your decision (optional)" />
      <div className={shared.row}>
        {canGoTo && now ? (
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => void actions.goTo(c)}>
            Go to
          </Button>
        ) : null}
        {!canGoTo && now ? (
          <Button size="small" appearance="subtle" aria-expanded={showing} onClick={() => setShowing((v) => !v)}>
            Show in the document
          </Button>
        ) : null}
        {restorable ? (
          <Button size="small" appearance={primary && c.response.action === "restore" ? "primary" : "secondary"} disabled={disabled} onClick={() => void actions.respond(c, "restore", why)}>
            Restore
          </Button>
        ) : null}
        {counter ? (
          <Button size="small" appearance={primary ? "primary" : "secondary"} disabled={disabled} onClick={() => void actions.respond(c, "counter", why)}>
            Counter-propose
          </Button>
        ) : null}
        <Button size="small" appearance={primary && c.response.action === "accept" ? "primary" : "secondary"} disabled={disabled} onClick={() => void actions.respond(c, "accept", why)}>
          Accept
        </Button>
        <Button size="small" appearance="subtle" disabled={disabled} onClick={() => void actions.respond(c, "dismiss", why)}>
          Dismiss
        </Button>
        {working ? <Busy small label="Writing…" /> : null}
      </div>
      {!canGoTo && now && showing ? <WhereNow target={now} paragraphs={props.paragraphs} /> : null}
      {written ? <Text size={200}>{answered === "restore" ? "Restored: your wording is back in the document, as a tracked change." : "Counter-proposed: your wording is in the document, as a tracked change."}</Text> : null}
      {(c.after === null || c.moved?.whole) && canApply && !restorable && !written ? <Text size={200} className={shared.muted}>The paragraph {c.after === null ? "is gone" : "moved whole"}: copy the wording above back into the document to restore it.</Text> : null}
      <DecisionHistory decisions={state.decisions} target={c.suggestion ?? c.id} />
    </li>
  );
}
