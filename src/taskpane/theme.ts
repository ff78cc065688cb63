import type { Theme } from "@fluentui/react-components";

/**
 * Fluent's web light, web dark and Teams high-contrast themes less the colorPalette* and
 * colorStatus* tokens the pane never reads, computed at build time (scripts/paneThemes.js says
 * why); webpack and jest define it. A theme is { ...base, ...its own }.
 */
declare const __TERMSCORE_THEMES__: { base: Partial<Theme> } & Record<ThemeName, Partial<Theme>>;

/** Relative luminance of a #rrggbb colour (0 dark … 1 light); null when unparseable. */
export function luminance(color: string | undefined | null): number | null {
  if (!color) return null;
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const ch = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
}

export type ThemeName = "light" | "dark" | "high-contrast";

/**
 * Picks the Fluent theme that follows Office's: its body background, or the OS high-contrast mode.
 * Outside Office (no background known) it follows the browser's dark-mode preference.
 */
export function pickThemeName(officeBackground: string | undefined | null, forcedColors: boolean, prefersDark = false): ThemeName {
  if (forcedColors) return "high-contrast";
  const l = luminance(officeBackground);
  if (l === null) return prefersDark ? "dark" : "light";
  return l < 0.4 ? "dark" : "light";
}

/**
 * The theme for FluentProvider. Typed as Fluent's Theme: it has every token of Fluent's but the
 * colorPalette* and colorStatus* ones nothing on the page reads (test/browser/bundle.test.ts checks that).
 */
export function themeFor(name: ThemeName): Theme {
  if (typeof __TERMSCORE_THEMES__ === "undefined") throw new Error("no themes: __TERMSCORE_THEMES__ is defined by webpack.config.js and jest.config.js (scripts/paneThemes.js)");
  const themes = __TERMSCORE_THEMES__; // written once in the bundle
  return { ...themes.base, ...themes[name] } as Theme;
}
