import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useSharedStyles } from "./styles";

/**
 * Accessible tabs (WAI-ARIA tabs pattern, automatic activation): one tab stop, arrow keys,
 * Home and End move between tabs. Written here instead of Fluent's TabList, which costs about
 * 22 KB of the pane's gzipped budget (measured on 2026-12-05: 298.1 KB total with TabList against
 * 276.5 KB without; the pane is now 248.6 KB against issue 7's 250 KB, so there is no room for it);
 * styled with Fluent tokens so every theme applies. One row, never wrapping: labels are short.
 *
 * High contrast: only the selected tab has a bottom border. Forced-colours mode paints every
 * border, transparent ones included, so unselected tabs have none at all (their padding makes up
 * the height) and the selected one is marked by its border, not only by weight.
 */
export interface TabItem<T extends string> {
  value: T;
  label: string;
  /** Accessible name when the visible label is abbreviated. */
  name?: string;
}

export interface TabsProps<T extends string> {
  items: ReadonlyArray<TabItem<T>>;
  selected: T;
  onSelect(value: T): void;
  /** Accessible name of the tab list. */
  label: string;
  /** Prefix for element ids: tabs are `${idPrefix}-${value}`, the panel `${idPrefix}-panel`. */
  idPrefix: string;
}

const useTabStyles = makeStyles({
  // Four short labels fit 320 px (the browser tests check every tab is whole and in view); at a
  // large zoom the row scrolls inside itself instead of widening the page.
  list: { display: "flex", flexWrap: "nowrap", gap: 0, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, overflowX: "auto", scrollbarWidth: "none" },
  tab: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    // five tabs on one row at 320 px (Clauses, Checklist and addendum, Export, Playbook, Theirs)
    letterSpacing: "-0.2px",
    position: "relative",
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorTransparentBackground,
    border: "none",
    borderRadius: 0,
    whiteSpace: "nowrap",
    flexShrink: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXXS} calc(${tokens.spacingVerticalS} + ${tokens.strokeWidthThicker})`,
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThicker} solid ${tokens.colorCompoundBrandStroke}`,
  },
});

export function Tabs<T extends string>({ items, selected, onSelect, label, idPrefix }: TabsProps<T>): React.JSX.Element {
  const styles = useTabStyles();
  const shared = useSharedStyles();
  const refs = React.useRef<Array<HTMLButtonElement | null>>([]);
  const move = (to: number) => {
    const i = (to + items.length) % items.length;
    refs.current[i]?.focus();
    onSelect(items[i].value);
  };
  const onKeyDown = (e: React.KeyboardEvent, i: number) => {
    const to = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : e.key === "Home" ? 0 : e.key === "End" ? items.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    move(to);
  };
  return (
    <div role="tablist" aria-label={label} className={styles.list}>
      {items.map((item, i) => {
        const isSelected = item.value === selected;
        return (
          <button
            key={item.value}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${idPrefix}-${item.value}`}
            aria-selected={isSelected}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(item.value)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {item.name ? (
              <>
                <span aria-hidden="true">{item.label}</span>
                <span className={shared.visuallyHidden}>{item.name}</span>
              </>
            ) : (
              item.label
            )}
          </button>
        );
      })}
    </div>
  );
}
