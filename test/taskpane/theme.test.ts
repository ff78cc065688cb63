/**
 * The pane's themes (src/taskpane/theme.ts) are Fluent's web light, web dark and Teams
 * high-contrast themes, value for value, less the colorPalette* and colorStatus* tokens the pane's
 * source never names (scripts/paneThemes.js, computed at build time).
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { themeFor, type ThemeName } from "../../src/taskpane/theme";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { paletteTokensUsed } = require("../../scripts/paneThemes.js") as { paletteTokensUsed: () => Set<string> };

const FLUENT: Record<ThemeName, Theme> = { light: webLightTheme, dark: webDarkTheme, "high-contrast": teamsHighContrastTheme };

describe.each(Object.keys(FLUENT) as ThemeName[])("the %s theme", (name) => {
  const theme = themeFor(name);
  const fluent = FLUENT[name];

  test("has Fluent's value for every token it has, and no token Fluent's lacks", () => {
    for (const [token, value] of Object.entries(theme)) expect([token, value]).toEqual([token, fluent[token as keyof Theme]]);
  });

  test("lacks only palette and status colour tokens the pane never names", () => {
    const used = paletteTokensUsed();
    const missing = Object.keys(fluent).filter((token) => !(token in theme));
    expect(missing.length).toBeGreaterThan(100);
    expect(missing.filter((token) => !/^color(?:Palette|Status)/.test(token) || used.has(token))).toEqual([]);
  });
});

test("the pane names some palette tokens, and each theme has them", () => {
  const used = [...paletteTokensUsed()];
  expect(used).toEqual(expect.arrayContaining(["colorPaletteRedForeground1", "colorPaletteGreenBackground1", "colorPaletteYellowBackground2", "colorPaletteDarkOrangeBorder1"]));
  for (const name of Object.keys(FLUENT) as ThemeName[]) for (const token of used) expect([name, token, token in themeFor(name)]).toEqual([name, token, true]);
});
