/**
 * Stands in for rtl-css-js (`rtl-css-js/core`) in the pane's webpack build (webpack.config.js).
 * Griffel, which turns the pane's makeStyles rules into CSS at run time, asks rtl-css-js for the
 * right-to-left twin of every rule (margin-left becomes margin-right, …) so that a right-to-left
 * FluentProvider can swap classes. The pane is only ever left to right: English text, and its one
 * FluentProvider (index.tsx) sets no `dir`, so Fluent's default, "ltr", is the only direction any
 * class is chosen for. Here every rule is its own twin: Griffel writes the same CSS it uses now and
 * no right-to-left copy that nothing would select; rtl-css-js's tables (about 2 KB gzipped) stay
 * out of the build. Fluent's own components ship their styles precompiled and never call this.
 * test/browser/bundle.test.ts checks rtl-css-js is not bundled; test/taskpane/ltrStyles.test.tsx
 * that the pane renders left to right with these.
 */
type Value = string | number | object;

/** The "right-to-left" twin of one declaration: the declaration itself. */
export function convertProperty(key: string, value: Value): { key: string; value: Value } {
  return { key, value };
}

/** The "right-to-left" twin of a set of declarations (keyframes): a copy of it. */
export function convert<T extends object>(object: T): T {
  return (Array.isArray(object) ? [...object] : { ...object }) as T;
}
