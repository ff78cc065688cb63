import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Text } from "./Text";
import { Pill } from "./Pill";
import type { Report } from "../../engine/types";
import { CATEGORY_LABEL, PROTECTION_LABEL } from "../../engine/report/labels";
import { useSharedStyles } from "./styles";
import { countOf } from "../../engine/fix/plural";
import { typographic } from "../review/typographic";

export interface ScoreCardProps {
  /** The contract as it stands: without TermScore's pending changes. */
  standing: Report;
  /** The current text with TermScore's pending changes as if accepted. */
  current: Report;
  /** How many changes TermScore wrote that the other side has not accepted yet (edits and inserted sections). */
  pending: number;
}

const useStyles = makeStyles({
  scores: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS, alignItems: "start" },
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  second: { borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalS },
  label: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground2 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalXS },
  big: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  summary: { cursor: "pointer", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** A heading and the score's reasons under it, in typographic quotes and dashes; nothing when there are none. */
function Reasons({ heading, lines }: { heading: string; lines: readonly string[] }): React.JSX.Element | null {
  const shared = useSharedStyles();
  if (lines.length === 0) return null;
  return (
    <>
      <h3 className={shared.subheading}>{heading}</h3>
      <ul className={shared.list}>
        {lines.map((s, i) => (
          <li key={i}>{typographic(s)}</li>
        ))}
      </ul>
    </>
  );
}

/** Plain verdict for a 0–100 score. */
export function verdict(score: number): { text: string; tone: "danger" | "warning" | "success" } {
  if (score < 50) return { text: "Risky", tone: "danger" };
  if (score < 80) return { text: "Needs work", tone: "warning" };
  return { text: "Well protected", tone: "success" };
}

/**
 * The two honest numbers: the contract as it stands (TermScore's pending changes do not count:
 * nothing is agreed until the other side accepts them) and the score if the other side accepts
 * what you propose.
 */
export function ScoreCard({ standing, current, pending }: ScoreCardProps): React.JSX.Element {
  const shared = useSharedStyles();
  const styles = useStyles();
  const [open, setOpen] = React.useState(false);
  const v = verdict(standing.score);
  const proposedScore = pending > 0 ? current.score : standing.scoreIfAccepted;
  const proposedLabel = pending > 0 ? `If they accept your ${pending === 1 ? "change" : `${pending} changes`}` : "If they accept every suggestion and the addendum";
  const more = pending > 0 && current.scoreIfAccepted > current.score;
  const categories = standing.breakdown.categories.filter((c) => c.deducted > 0);
  const protections = standing.breakdown.protections.filter((p) => p.deducted > 0);
  return (
    <section className={shared.section} aria-labelledby="ts-score-heading">
      <h2 id="ts-score-heading" className={shared.visuallyHidden}>
        Score
      </h2>
      <div className={styles.scores}>
        <div className={styles.box}>
          <span className={styles.label}>As the contract stands</span>
          <div className={styles.line}>
            <Text role="img" aria-label={`Score ${standing.score} of 100: ${v.text}`} className={styles.big}>
              {standing.score}
            </Text>
            <Pill tone={v.tone}>{v.text}</Pill>
          </div>
        </div>
        <div className={mergeClasses(styles.box, styles.second)}>
          <span className={styles.label}>{proposedLabel}</span>
          <div className={styles.line}>
            <Text role="img" aria-label={`${proposedLabel}: ${proposedScore} of 100`} className={styles.big}>
              {proposedScore}
            </Text>
            <Text size={200}>/ 100</Text>
          </div>
        </div>
      </div>
      {more ? <Text size={200}>With the remaining suggestions and the addendum too: {current.scoreIfAccepted} / 100.</Text> : null}
      {/* The breakdown renders only when opened: a lighter first render on a long contract. */}
      <details className={styles.details} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className={styles.summary}>How the score is made</summary>
        {open ? (
          <>
        <Text size={200}>
          Your changes count only once the other side accepts them: until then they are proposals, and the first number leaves them out.
        </Text>
        <Reasons heading="What lowered it" lines={standing.breakdown.lowered} />
        <Reasons heading="What would raise it" lines={standing.breakdown.wouldRaise} />
        {standing.breakdown.lowered.length === 0 && categories.length + protections.length > 0 ? (
          <>
            <h3 className={shared.subheading}>Points taken off</h3>
            <ul className={shared.list} aria-label="Points taken off">
              {categories.map((c) => (
                <li key={c.category}>
                  {CATEGORY_LABEL[c.category]}: −{c.deducted} ({countOf(c.findings, "clause")}; −{c.deductedIfAccepted} after the fixes).
                </li>
              ))}
              {protections.map((p) => (
                <li key={p.kind}>
                  Missing: {PROTECTION_LABEL[p.kind]}: −{p.deducted}.
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {categories.length + protections.length === 0 ? <Text>No points taken off.</Text> : null}
        <Text className={shared.muted}>Starts from {standing.breakdown.base}.</Text>
          </>
        ) : null}
      </details>
    </section>
  );
}
