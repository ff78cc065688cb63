import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { Button } from "./Button";
import { Text } from "./Text";
import type { Category, Finding, Paragraph, Position, Severity } from "../../engine/types";
import type { ReviewItem } from "../review/truth";
import { clauseLabel } from "../review/clause";
import { severityRank } from "../../engine/fix/order";
import { FindingRow, type FindingActionsAvailability } from "./FindingRow";
import { FindingFilters } from "./FindingFilters";
import { useSharedStyles } from "./styles";
import type { Decision } from "../../engine/compare/decisionLog";

export interface FindingListProps extends FindingActionsAvailability {
  items: readonly ReviewItem[];
  /** The current text (offsets of open items). */
  paragraphs: readonly Paragraph[];
  /** The contract as it stands (offsets of proposed items, clause labels). */
  standingParagraphs: readonly Paragraph[];
  positions: Record<string, Position>;
  commented: readonly string[];
  dismissedCount: number;
  onPositionChange(id: string, position: Position): void;
  onGoTo(finding: Finding): void;
  onApply(finding: Finding): void;
  onCommentOnly(finding: Finding): void;
  onDismiss(finding: Finding): void;
  onRestoreDismissed(): void;
  /** The project the contract points at (null: none), so a row can say when "Limit to this project" does not apply. */
  project?: string | null;
  /** The decision log stored in the document: each open row shows its finding's decisions. */
  decisions?: readonly Decision[];
  /** Tells the pane whether a row is open, and whether one of them has an Apply (then the one primary button). */
  onExpandedChange?(anyExpanded: boolean, actionable: boolean): void;
  /** An open row's Apply may be the pane's one primary button (default true; false while Re-scan is). */
  primary?: boolean;
}

/** Rows rendered before "Show more": a contract with thousands of findings stays quick. */
export const ROWS_PER_PAGE = 50;
/** Rows added per render. */
const ROWS_PER_SLICE = 8;
/** Rows PageDown / PageUp move. */
const PAGE = 10;

const useStyles = makeStyles({
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "space-between" },
  list: { listStyleType: "none", margin: 0, padding: 0, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

/** Open findings first (high risk first, then document order), then the ones with a change proposed. */
function sortItems(items: readonly ReviewItem[]): ReviewItem[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) =>
        (a.item.status === "open" ? 0 : 1) - (b.item.status === "open" ? 0 : 1) ||
        severityRank(a.item.finding.severity) - severityRank(b.item.finding.severity) ||
        a.item.paragraph - b.item.paragraph ||
        a.item.finding.start - b.item.finding.start ||
        a.i - b.i
    )
    .map((x) => x.item);
}

export function FindingList(props: FindingListProps): React.JSX.Element {
  const shared = useSharedStyles();
  const styles = useStyles();
  const [severity, setSeverity] = React.useState<Severity | "all">("all");
  const [category, setCategory] = React.useState<Category | "all">("all");
  const [limit, setLimit] = React.useState(ROWS_PER_PAGE);
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(() => new Set());
  const [focusId, setFocusId] = React.useState<string | null>(null);
  const rowRefs = React.useRef(new Map<string, HTMLButtonElement>());
  const heading = React.useRef<HTMLHeadingElement>(null);

  const sorted = React.useMemo(() => sortItems(props.items), [props.items]);
  const filtered = React.useMemo(
    () => sorted.filter((i) => (severity === "all" || i.finding.severity === severity) && (category === "all" || i.finding.category === category)),
    [sorted, severity, category]
  );
  // Rows appear a slice at a time (one small render each), so a long list never blocks the page.
  const [rendered, setRendered] = React.useState(ROWS_PER_SLICE);
  React.useEffect(() => {
    if (rendered >= Math.min(limit, filtered.length)) return;
    const timer = setTimeout(() => React.startTransition(() => setRendered((n) => n + ROWS_PER_SLICE)), 0);
    return () => clearTimeout(timer);
  }, [rendered, limit, filtered.length]);
  const shown = filtered.slice(0, Math.min(limit, rendered));
  const open = props.items.filter((i) => i.status === "open").length;
  const proposed = props.items.length - open;
  const present = new Set(props.items.map((i) => i.finding.category));
  const severities = new Set(props.items.map((i) => i.finding.severity));

  // rows that would read the same ("§ 3.4 · Passing your work on" twice) show their trigger words too
  const twins = React.useMemo(() => {
    const seen = new Map<string, number>();
    for (const i of filtered) {
      const key = `${clauseLabel(props.standingParagraphs, i.paragraph)}|${i.finding.category}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    return seen;
  }, [filtered, props.standingParagraphs]);
  const anyExpanded = shown.some((i) => expanded.has(i.finding.id));
  // with several rows open, only the last one opened has a primary Apply
  const openIds = new Set(shown.filter((i) => i.status === "open").map((i) => i.finding.id));
  const primaryId = [...expanded].filter((id) => openIds.has(id)).pop() ?? null;
  const { onExpandedChange } = props;
  const actionable = primaryId !== null;
  React.useEffect(() => onExpandedChange?.(anyExpanded, actionable), [anyExpanded, actionable, onExpandedChange]);

  // When a fixed or dismissed row (or its Apply button) disappears with the keyboard focus in it,
  // keep the user's place on the list's heading instead of the page.
  const focusInside = React.useRef(false);
  React.useEffect(() => {
    if (focusInside.current && (document.activeElement === null || document.activeElement === document.body)) heading.current?.focus();
  }, [props.items]);

  const tabStopId = shown.some((i) => i.finding.id === focusId) ? focusId : (shown[0]?.finding.id ?? null);
  const moveTo = (index: number) => {
    const target = shown[Math.max(0, Math.min(shown.length - 1, index))];
    if (!target) return;
    setFocusId(target.finding.id);
    rowRefs.current.get(target.finding.id)?.focus();
  };
  const onRowKeyDown = (e: React.KeyboardEvent<HTMLButtonElement>, index: number) => {
    const to =
      e.key === "ArrowDown" ? index + 1 : e.key === "ArrowUp" ? index - 1 : e.key === "Home" ? 0 : e.key === "End" ? shown.length - 1 : e.key === "PageDown" ? index + PAGE : e.key === "PageUp" ? index - PAGE : null;
    if (to === null) return;
    e.preventDefault();
    moveTo(to);
  };
  const toggle = (id: string) =>
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <section
      className={shared.section}
      aria-labelledby="ts-findings-heading"
      onFocus={() => {
        focusInside.current = true;
      }}
      onBlur={(e) => {
        if (e.relatedTarget !== null && !e.currentTarget.contains(e.relatedTarget as Node)) focusInside.current = false;
      }}
    >
      <div className={styles.head}>
        <h2 id="ts-findings-heading" className={shared.heading} ref={heading} tabIndex={-1}>
          Risky clauses ({props.items.length})
        </h2>
        {/* Risky as the contract stands: a clause with our change proposed stays counted until the other side accepts it. */}
        {proposed > 0 ? (
          <Text className={shared.muted}>
            {open} to act on · {proposed} with a change proposed, not agreed yet
          </Text>
        ) : null}
      </div>
      {props.items.length === 0 ? <Text>No risky clauses found. Look at the Checklist too: silence in a contract is not a prohibition.</Text> : null}
      {props.items.length > 1 ? (
        <FindingFilters
          severity={severity}
          category={category}
          severities={severities}
          categories={present}
          onSeverityChange={(v) => (setSeverity(v), setLimit(ROWS_PER_PAGE))}
          onCategoryChange={(v) => (setCategory(v), setLimit(ROWS_PER_PAGE))}
        />
      ) : null}
      {props.items.length > 0 && filtered.length === 0 ? <Text>No findings match these filters.</Text> : null}
      {shown.length > 0 ? (
        <ul className={styles.list} aria-label={`Findings, ${filtered.length} shown${filtered.length < props.items.length ? ` of ${props.items.length}` : ""}. Arrow keys move between them.`}>
          {shown.map((item, index) => {
            const id = item.finding.id;
            const paragraphs = item.status === "open" ? props.paragraphs : props.standingParagraphs;
            const clause = clauseLabel(props.standingParagraphs, item.paragraph);
            return (
              <FindingRow
                key={`${item.status}:${id}`}
                item={item}
                paragraphs={paragraphs}
                clause={clause}
                showTrigger={(twins.get(`${clause}|${item.finding.category}`) ?? 0) > 1}
                position={props.positions[id]}
                commented={props.commented.includes(id)}
                expanded={expanded.has(id)}
                primaryApply={props.primary !== false && id === primaryId}
                tabStop={id === tabStopId}
                buttonRef={(el) => {
                  if (el) rowRefs.current.set(id, el);
                  else rowRefs.current.delete(id);
                }}
                onToggle={() => toggle(id)}
                onRowKeyDown={(e) => onRowKeyDown(e, index)}
                onRowFocus={() => setFocusId(id)}
                canApply={props.canApply}
                canComment={props.canComment}
                busy={props.busy}
                canGoTo={props.canGoTo}
                onPositionChange={props.onPositionChange}
                onGoTo={props.onGoTo}
                onApply={props.onApply}
                onCommentOnly={props.onCommentOnly}
                onDismiss={props.onDismiss}
                decisions={props.decisions}
                project={props.project}
              />
            );
          })}
        </ul>
      ) : null}
      {filtered.length > limit && shown.length >= limit ? (
        <div className={shared.row}>
          <Button size="small" onClick={() => setLimit((n) => n + ROWS_PER_PAGE)}>
            Show {Math.min(ROWS_PER_PAGE, filtered.length - shown.length)} more of {filtered.length - shown.length}
          </Button>
          <Text className={shared.muted}>Apply all covers them too.</Text>
        </div>
      ) : null}
      {props.dismissedCount > 0 ? (
        <div className={shared.row}>
          <Text>
            {props.dismissedCount} dismissed {props.dismissedCount === 1 ? "finding is" : "findings are"} hidden for this document.
          </Text>
          <Button size="small" disabled={props.busy} onClick={props.onRestoreDismissed}>
            Show dismissed again
          </Button>
        </div>
      ) : null}
    </section>
  );
}
