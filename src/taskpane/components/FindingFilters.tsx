import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Category, Severity } from "../../engine/types";
import { CATEGORIES } from "../../engine/types";
import { CATEGORY_LABEL, SEVERITY_LABEL, SEVERITY_ORDER } from "../../engine/report/labels";
import { useSharedStyles } from "./styles";

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
  // on the shared control: small, and as wide as its half of the row
  select: { minWidth: 0, width: "100%", height: "28px", padding: `0 ${tokens.spacingHorizontalXS}`, fontSize: tokens.fontSizeBase200 },
});

/** One filter: "all" first, then only the values the findings have, in the given order. */
function Filter<T extends string>(props: { label: string; all: string; value: T | "all"; order: readonly T[]; has: ReadonlySet<T>; labels: Record<T, string>; onChange(value: T | "all"): void }): React.JSX.Element {
  const className = mergeClasses(useSharedStyles().control, useStyles().select);
  return (
    <select className={className} aria-label={props.label} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as T | "all")}>
      <option value="all">{props.all}</option>
      {props.order
        .filter((v) => props.has.has(v))
        .map((v) => (
          <option key={v} value={v}>
            {props.labels[v]}
          </option>
        ))}
    </select>
  );
}

/** The findings' two filters, side by side at 320 px: by risk and by category. */
export function FindingFilters(props: FindingFiltersProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.filters}>
      <Filter label="Filter by risk" all="All risks" value={props.severity} order={SEVERITY_ORDER} has={props.severities} labels={SEVERITY_LABEL} onChange={props.onSeverityChange} />
      <Filter label="Filter by category" all="All categories" value={props.category} order={CATEGORIES} has={props.categories} labels={CATEGORY_LABEL} onChange={props.onCategoryChange} />
    </div>
  );
}
