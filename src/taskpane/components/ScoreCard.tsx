import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { Pill } from "./Pill";
import type { Report } from "../../engine/types";
import { CATEGORY_LABEL, PROTECTION_LABEL } from "../labels";
import { useSharedStyles } from "./styles";

export interface ScoreCardProps {
  report: Report;
}

const useStyles = makeStyles({
  scores: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "baseline" },
  big: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  summary: { cursor: "pointer", fontWeight: tokens.fontWeightSemibold },
});

/** Plain verdict for a 0–100 score. */
export function verdict(score: number): { text: string; tone: "danger" | "warning" | "success" } {
  if (score < 50) return { text: "Risky", tone: "danger" };
  if (score < 80) return { text: "Needs work", tone: "warning" };
  return { text: "Well protected", tone: "success" };
}

export function ScoreCard({ report }: ScoreCardProps): React.JSX.Element {
  const shared = useSharedStyles();
  const styles = useStyles();
  const v = verdict(report.score);
  const categories = report.breakdown.categories.filter((c) => c.deducted > 0);
  const protections = report.breakdown.protections.filter((p) => p.deducted > 0);
  return (
    <section className={shared.section} aria-labelledby="ts-score-heading">
      <h2 id="ts-score-heading" className={shared.heading}>
        Score
      </h2>
      <div className={styles.scores}>
        <Text role="img" aria-label={`Score ${report.score} of 100: ${v.text}`} className={styles.big}>
          {report.score}
          <Text size={300}> / 100</Text>
        </Text>
        <Pill tone={v.tone}>{v.text}</Pill>
      </div>
      <Text>
        After all suggestions and the addendum: <strong>{report.scoreIfAccepted}</strong> / 100
      </Text>
      <details className={styles.details}>
        <summary className={styles.summary}>How the score is made</summary>
        {report.breakdown.lowered.length > 0 ? (
          <>
            <h3 className={shared.subheading}>What lowered it</h3>
            <ul className={shared.list}>
              {report.breakdown.lowered.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          </>
        ) : null}
        {report.breakdown.wouldRaise.length > 0 ? (
          <>
            <h3 className={shared.subheading}>What would raise it</h3>
            <ul className={shared.list}>
              {report.breakdown.wouldRaise.map((s, i) => (
                <li key={i}>{s}</li>
              ))}
            </ul>
          </>
        ) : null}
        {/* The engine's sentences already say what cost points; the numbers are the fallback. */}
        {report.breakdown.lowered.length === 0 && categories.length + protections.length > 0 ? (
          <>
            <h3 className={shared.subheading}>Points taken off</h3>
            <ul className={shared.list} aria-label="Points taken off">
              {categories.map((c) => (
                <li key={c.category}>
                  {CATEGORY_LABEL[c.category]}: −{c.deducted} ({c.findings} {c.findings === 1 ? "clause" : "clauses"}; −{c.deductedIfAccepted} after the fixes). {c.explanation}
                </li>
              ))}
              {protections.map((p) => (
                <li key={p.kind}>
                  Missing: {PROTECTION_LABEL[p.kind]}: −{p.deducted}. {p.explanation}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {categories.length + protections.length === 0 ? <Text>No points taken off.</Text> : null}
        <Text className={shared.muted}>Starts from {report.breakdown.base}.</Text>
      </details>
    </section>
  );
}
