import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import type { Category, Finding, Position } from "../../engine/types";
import { CATEGORIES } from "../../engine/types";
import { CATEGORY_LABEL, SEVERITY_LABEL, SEVERITY_ORDER } from "../labels";
import { FindingCard, type FindingActionsAvailability } from "./FindingCard";
import { useSharedStyles } from "./styles";

export interface FindingListProps extends FindingActionsAvailability {
  findings: readonly Finding[];
  positions: Record<string, Position>;
  commented: readonly string[];
  dismissedCount: number;
  onPositionChange(id: string, position: Position): void;
  onGoTo(finding: Finding): void;
  onApply(finding: Finding): void;
  onCommentOnly(finding: Finding): void;
  onDismiss(finding: Finding): void;
  onRestoreDismissed(): void;
}

/** Cards shown per severity before "Show all": long contracts stay quick to render and to read. */
export const CARDS_PER_SEVERITY = 20;

/** Findings grouped by severity (high first), then by category. */
export function groupFindings(findings: readonly Finding[]): Array<{ severity: Finding["severity"]; categories: Array<{ category: Category; findings: Finding[] }> }> {
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    categories: CATEGORIES.map((category) => ({
      category,
      findings: findings.filter((f) => f.severity === severity && f.category === category).sort((a, b) => a.paragraph - b.paragraph || a.start - b.start),
    })).filter((g) => g.findings.length > 0),
  })).filter((g) => g.categories.length > 0);
}

export function FindingList(props: FindingListProps): React.JSX.Element {
  const shared = useSharedStyles();
  const groups = groupFindings(props.findings);
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(() => new Set());
  const heading = React.useRef<HTMLHeadingElement>(null);
  const previousCount = React.useRef(props.findings.length);
  // When a fixed or dismissed card disappears with the keyboard focus in it, focus would fall to
  // the page; put it on the list's heading instead so keyboard users keep their place.
  React.useEffect(() => {
    const shrank = props.findings.length < previousCount.current;
    previousCount.current = props.findings.length;
    if (shrank && (document.activeElement === null || document.activeElement === document.body)) heading.current?.focus();
  }, [props.findings.length]);
  return (
    <section className={shared.section} aria-labelledby="ts-findings-heading">
      <h2 id="ts-findings-heading" className={shared.heading} ref={heading} tabIndex={-1}>
        Risky clauses ({props.findings.length})
      </h2>
      {props.findings.length === 0 ? <Text>No risky clauses found. Look at the Checklist too: silence in a contract is not a prohibition.</Text> : null}
      {groups.map((g) => {
        const total = g.categories.reduce((n, c) => n + c.findings.length, 0);
        let budget = expanded.has(g.severity) ? Infinity : CARDS_PER_SEVERITY;
        const shown = g.categories
          .map((c) => {
            const findings = c.findings.slice(0, Math.max(0, budget));
            budget -= findings.length;
            return { ...c, findings };
          })
          .filter((c) => c.findings.length > 0);
        const hidden = total - shown.reduce((n, c) => n + c.findings.length, 0);
        return (
          <section key={g.severity} className={shared.section} aria-labelledby={`ts-sev-${g.severity}`}>
            <h3 id={`ts-sev-${g.severity}`} className={shared.subheading}>
              {SEVERITY_LABEL[g.severity]} ({total})
            </h3>
            {shown.map((c) => (
              <section key={c.category} className={shared.section} aria-label={`${SEVERITY_LABEL[g.severity]}: ${CATEGORY_LABEL[c.category]}`}>
                <Text className={shared.muted} weight="semibold">
                  {CATEGORY_LABEL[c.category]}
                </Text>
                <ul className={shared.plainList}>
                  {c.findings.map((f) => (
                    <li key={f.id}>
                      <FindingCard
                        finding={f}
                        position={props.positions[f.id]}
                        commented={props.commented.includes(f.id)}
                        canApply={props.canApply}
                        canComment={props.canComment}
                        busy={props.busy}
                        canGoTo={props.canGoTo}
                        onPositionChange={props.onPositionChange}
                        onGoTo={props.onGoTo}
                        onApply={props.onApply}
                        onCommentOnly={props.onCommentOnly}
                        onDismiss={props.onDismiss}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
            {hidden > 0 ? (
              <div className={shared.row}>
                <Button size="small" onClick={() => setExpanded((e) => new Set([...e, g.severity]))}>
                  Show {hidden} more ({SEVERITY_LABEL[g.severity].toLowerCase()})
                </Button>
                <Text className={shared.muted}>Apply all covers them too.</Text>
              </div>
            ) : null}
          </section>
        );
      })}
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
