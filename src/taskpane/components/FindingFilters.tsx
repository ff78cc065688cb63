import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Category, Severity } from "../../engine/types";
import { CATEGORIES } from "../../engine/types";
import { CATEGORY_LABEL, SEVERITY_LABEL, SEVERITY_ORDER } from "../../engine/report/labels";

export interface FindingFiltersProps {
  severity: Severity | "all";
  category: Category | "all";
  /** The risks and categories the findings have: only those are offered. */
  severities: ReadonlySet<Severity>;
  categories: ReadonlySet<Category>;
  onSeverityChange(severity: Severity | "all"): void;
  onCategoryChange(category: Category | "all"): void;
}

const useStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  select: {
    minWidth: 0,
    width: "100%",
    height: "28px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** The findings' two filters, side by side at 320 px: by risk and by category. */
export function FindingFilters(props: FindingFiltersProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.filters}>
      <select className={styles.select} aria-label="Filter by risk" value={props.severity} onChange={(e) => props.onSeverityChange(e.currentTarget.value as Severity | "all")}>
        <option value="all">All risks</option>
        {SEVERITY_ORDER.filter((s) => props.severities.has(s)).map((s) => (
          <option key={s} value={s}>
            {SEVERITY_LABEL[s]}
          </option>
        ))}
      </select>
      <select className={styles.select} aria-label="Filter by category" value={props.category} onChange={(e) => props.onCategoryChange(e.currentTarget.value as Category | "all")}>
        <option value="all">All categories</option>
        {CATEGORIES.filter((c) => props.categories.has(c)).map((c) => (
          <option key={c} value={c}>
            {CATEGORY_LABEL[c]}
          </option>
        ))}
      </select>
    </div>
  );
}
