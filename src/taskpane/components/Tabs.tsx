import * as React from "react";
import { makeStyles, slot, tokens } from "@fluentui/react-components";
import {
  renderTabList_unstable,
  renderTab_unstable,
  useTabBase_unstable,
  useTabListBase_unstable,
  useTabListContext_unstable,
  useTabListContextValues_unstable,
  useTabListStyles_unstable,
  useTabStyles_unstable,
  type TabListState,
  type TabProps,
  type TabState,
} from "@fluentui/react-tabs";
import { useSharedStyles } from "./styles";

/**
 * The pane's tabs: Fluent UI v9's TabList and Tab, put together from Fluent's own parts (its base
 * state hooks, its style hooks, its render functions), so the look in every theme, the selection
 * mark and high contrast (only the selected tab has a mark, painted in the system's text colour)
 * are Fluent's. What differs from `<TabList>`: focus moves by a roving tab index written here (the
 * WAI-ARIA tabs pattern, automatic activation: one tab stop, arrow keys, Home and End) instead of
 * Tabster's arrow-navigation group; Fluent's base hooks (`useTabListBase_unstable`,
 * `useTabBase_unstable`, exported by @fluentui/react-tabs, not re-exported by react-components)
 * leave focus handling out for this. Measured on 2026-12-06: `<TabList>` as it comes added 23.1 KB
 * gzipped to the pane (Tabster most of it, nothing else on the page uses it); this adds 8.9 KB.
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
  // Five short labels on one row at 320 px (the browser tests check every tab is whole and in
  // view); at a large zoom the row scrolls inside itself instead of widening the page.
  list: { flexWrap: "nowrap", overflowX: "auto", scrollbarWidth: "none", borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // Fluent's small tab, tighter: no room beside the label but the label's own 2 px, and the
  // selection mark as wide as the label.
  tab: {
    flexShrink: 0,
    paddingLeft: 0,
    paddingRight: 0,
    "::after": { left: tokens.spacingHorizontalXXS, right: tokens.spacingHorizontalXXS },
  },
  // the labels at Fluent's caption size (selected or not: the selected one stays semibold)
  content: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, letterSpacing: "-0.2px" },
});

/** Fluent's Tab (useTab_unstable less Tabster's focus attributes: the list gives each tab its tab index). */
const FluentTab = React.forwardRef<HTMLButtonElement, TabProps>(function FluentTab(props, ref) {
  const base = useTabBase_unstable(props, ref);
  const appearance = useTabListContext_unstable((ctx) => ctx.appearance);
  const reserveSelectedTabSpace = useTabListContext_unstable((ctx) => ctx.reserveSelectedTabSpace);
  const size = useTabListContext_unstable((ctx) => ctx.size ?? "medium");
  const state: TabState = {
    ...base,
    components: { ...base.components, contentReservedSpace: "span" },
    // the bold label's width, reserved when the list asks (it does not: see Tabs)
    contentReservedSpace: slot.optional<NonNullable<TabState["contentReservedSpace"]>>(undefined, {
      renderByDefault: !base.selected && !base.iconOnly && reserveSelectedTabSpace,
      defaultProps: { children: props.children },
      elementType: "span",
    }),
    appearance,
    size,
  };
  useTabStyles_unstable(state);
  return renderTab_unstable(state);
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
  const base = useTabListBase_unstable({ selectedValue: selected, onTabSelect: (_, d) => onSelect(d.value as T), "aria-label": label, className: styles.list }, null);
  // Fluent's small transparent tabs. reserveSelectedTabSpace off: reserving each label's bold width
  // costs about 27 px at 320 px, more than the row has; a tab widens a little when selected instead.
  const state: TabListState = { ...base, appearance: "transparent", reserveSelectedTabSpace: false, size: "small" };
  const contextValues = useTabListContextValues_unstable(state);
  useTabListStyles_unstable(state);
  state.root.children = items.map((item, i) => (
    <FluentTab
      key={item.value}
      ref={(el) => {
        refs.current[i] = el;
      }}
      value={item.value}
      id={`${idPrefix}-${item.value}`}
      aria-controls={`${idPrefix}-panel`}
      tabIndex={item.value === selected ? 0 : -1}
      onKeyDown={(e) => onKeyDown(e, i)}
      className={styles.tab}
      content={{ className: styles.content }}
    >
      {item.name ? (
        <>
          <span aria-hidden="true">{item.label}</span>
          <span className={shared.visuallyHidden}>{item.name}</span>
        </>
      ) : (
        item.label
      )}
    </FluentTab>
  ));
  return renderTabList_unstable(state, contextValues);
}

