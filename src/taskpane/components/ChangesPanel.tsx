import * as React from "react";
import { Button } from "./Button";
import { Text } from "./Text";
import { Busy } from "./Busy";
import type { AppliedChange } from "../useReview";
import { useSharedStyles } from "./styles";
import { countOf } from "../../engine/fix/plural";

export interface ChangesPanelProps {
  /** Suggestions applied in this session and not yet accepted or rejected here. */
  changes: readonly AppliedChange[];
  /** How many were accepted or rejected here already. */
  reviewed: number;
  /** Accept / reject from the pane is possible (WordApi 1.6); otherwise Word's Review tab does it. In browser mode: undo only. */
  canReview: boolean;
  /** Browser mode: the changes are in the reviewed copy the user downloads. */
  browserMode: boolean;
  /** Another action is running. */
  busy: boolean;
  /** An accept / reject is running. */
  reviewing: boolean;
  onReview(id: string, accept: boolean): void;
  /** Sections inserted in this session (the addendum), still in the document. */
  insertions?: ReadonlyArray<{ texts: readonly string[]; batch: number }>;
  /** Browser mode: an inserted addendum can be undone before download. */
  canUndoInsertion?: boolean;
  onUndoInsertion?(batch: number): void;
}

/** What an inserted addendum adds, in a line: its title and how many sections. */
export function describeInsertion(texts: readonly string[]): string {
  const sections = texts.filter((t) => /^\s*(?:AI-)?\d{1,2}\.\s+\S/.test(t)).length;
  const title = texts[0]?.trim() || "the addendum";
  return `Adds “${title}”${sections ? ` (${countOf(sections, "section")})` : ""}.`;
}

/** The change in words a reader follows: an addition is an addition, not a change of "." into a sentence. */
export function explainChange(c: Pick<AppliedChange, "original" | "replacement">): string {
  const o = c.original.trim();
  const r = c.replacement.trim();
  if (!/[A-Za-z0-9]/.test(o) && r.endsWith(o)) return `Adds “${r.slice(0, r.length - o.length).replace(/^[,;]\s*/, "").trim()}”.`;
  if (r.startsWith(o) && o.length > 0) return `Keeps “${o}” and adds “${r.slice(o.length).replace(/^[,;]\s*/, "").trim()}”.`;
  return `Replaces “${o}” with “${r}”.`;
}

/**
 * A button's accessible name: its visible label, then what it acts on in the same words the card
 * shows (explainChange, describeInsertion), e.g. "Undo: replaces “a” with “b”". One vocabulary for
 * eyes and screen readers, and the visible label starts the name (WCAG 2.5.3, label in name).
 */
export function actionName(label: string, shown: string): string {
  return `${label}: ${shown.charAt(0).toLowerCase()}${shown.slice(1).replace(/\.$/, "")}`;
}

/** Changes listed before "Show more" (a long contract can have thousands). */
const CHANGES_PER_PAGE = 20;

function reviewTabLine(browserMode: boolean): string {
  return browserMode
    ? "To keep or undo these changes, open the downloaded copy in Word and use its Review tab (Accept / Reject)."
    : "To keep or undo these changes, use Word's Review tab (Accept / Reject).";
}

/** The tracked changes the pane made in this session, with Accept / Reject where Word allows it. */
export function ChangesPanel({ changes, reviewed, canReview, browserMode, busy, reviewing, onReview, insertions = [], canUndoInsertion = false, onUndoInsertion }: ChangesPanelProps): React.JSX.Element | null {
  const shared = useSharedStyles();
  const [limit, setLimit] = React.useState(CHANGES_PER_PAGE);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const previousCount = React.useRef(changes.length);
  // An accepted or rejected change leaves the list with the focus on its button: keep the
  // keyboard user's place on the section heading instead of the page.
  React.useEffect(() => {
    const shrank = changes.length < previousCount.current;
    previousCount.current = changes.length;
    if (shrank && (document.activeElement === null || document.activeElement === document.body)) heading.current?.focus();
  }, [changes.length]);
  // After the last one is reviewed the section stays, saying so, so keyboard focus has somewhere to go.
  if (changes.length === 0 && insertions.length === 0 && reviewed === 0) return null;
  const total = changes.length + insertions.length;
  return (
    <section className={shared.section} aria-labelledby="ts-changes-heading">
      <h2 id="ts-changes-heading" className={shared.heading} ref={heading} tabIndex={-1}>
        Changes made here ({total})
      </h2>
      {total === 0 ? <Text>{browserMode ? "Every change made here has been undone." : "Every change made here has been accepted or rejected."}</Text> : null}
      {changes.length > 0 && canReview ? (
        <Text className={shared.muted}>
          {browserMode
            ? "Undo takes a change back out of the copy before you download it; the others stay. The other side accepts or rejects the rest in Word."
            : "Accept keeps the new wording as plain text; Reject puts your original words back."}
        </Text>
      ) : null}
      {changes.length > 0 && !canReview ? <Text>{reviewTabLine(browserMode)}</Text> : null}
      {insertions.length > 0 ? (
        <ul className={shared.plainList} aria-label="Sections added here">
          {insertions.map((ins) => (
            <li key={`ins-${ins.batch}`} className={shared.card}>
              <Text weight="semibold">Addendum</Text>
              <Text className={shared.text}>{describeInsertion(ins.texts)}</Text>
              {canUndoInsertion && browserMode && onUndoInsertion ? (
                <div className={shared.row}>
                  <Button size="small" disabledFocusable={busy} aria-label={actionName("Undo", describeInsertion(ins.texts))} onClick={() => onUndoInsertion(ins.batch)}>
                    Undo
                  </Button>
                </div>
              ) : changes.length === 0 ? (
                <Text>{reviewTabLine(browserMode)}</Text>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {reviewing ? (
        <Busy label="Updating the document…" />
      ) : null}
      {changes.length > 0 ? (
        <ul className={shared.plainList} aria-label="Changes made here">
          {changes.slice(0, limit).map((c) => (
            <li key={c.id} className={shared.card}>
              <Text weight="semibold">{c.title}</Text>
              <Text className={shared.text}>{explainChange(c)}</Text>
              {canReview && browserMode ? (
                <div className={shared.row}>
                  <Button size="small" disabledFocusable={busy} aria-label={actionName("Undo", explainChange(c))} onClick={() => onReview(c.id, false)}>
                    Undo
                  </Button>
                </div>
              ) : canReview ? (
                <div className={shared.row} role="group" aria-label={actionName("Review the change", explainChange(c))}>
                  <Button size="small" disabledFocusable={busy} aria-label={actionName("Accept change", explainChange(c))} onClick={() => onReview(c.id, true)}>
                    Accept change
                  </Button>
                  <Button size="small" disabledFocusable={busy} aria-label={actionName("Reject change", explainChange(c))} onClick={() => onReview(c.id, false)}>
                    Reject change
                  </Button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {changes.length > limit ? (
        <div className={shared.row}>
          <Button size="small" onClick={() => setLimit((n) => n + CHANGES_PER_PAGE * 5)}>
            Show {Math.min(CHANGES_PER_PAGE * 5, changes.length - limit)} more of {changes.length - limit}
          </Button>
        </div>
      ) : null}
    </section>
  );
}
