// The pane's three Fluent themes (web light, web dark, Teams high contrast), computed at build
// time from Fluent's own theme objects and given to the pane by webpack.config.js (DefinePlugin,
// __TERMSCORE_THEMES__) and to jest (jest.config.js, globals).
//
// Why: importing webLightTheme, webDarkTheme and teamsHighContrastTheme on the page bundles the code
// that builds them, and with it Fluent's whole colour palette: every shade of its 54 named colour
// ramps and, in each theme, the 150 colorPalette* and 32 colorStatus* tokens made from them (the
// three themes were about 8 KB gzipped of the page; as data without those tokens, about 4). The pane names 17 of those tokens (Red, Green, Yellow and DarkOrange ones, in its
// own components under src/taskpane) and no Fluent code on the page reads any other. So the themes
// the page gets are Fluent's, value for value, less the colorPalette* and colorStatus* tokens no
// file under src/taskpane names; every other token (neutral, brand, stroke, shadow, font, spacing,
// …) stays. test/browser/bundle.test.ts checks that every token the built page refers to is in
// all three.
"use strict";

const fs = require("fs");
const path = require("path");

const PANE_DIR = path.join(__dirname, "..", "src", "taskpane");

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

/** The colorPalette* and colorStatus* tokens the pane's source names (tokens.colorPaletteRedForeground1, …). */
function paletteTokensUsed(dir = PANE_DIR) {
  const used = new Set();
  for (const file of sourceFiles(dir)) for (const m of fs.readFileSync(file, "utf8").matchAll(/\bcolor(?:Palette|Status)[A-Za-z0-9]+/g)) used.add(m[0]);
  return used;
}

/**
 * { base, light, dark, "high-contrast" }: a theme is { ...base, ...own }. base holds the tokens
 * with the same value in all three (radii, sizes, spacings, durations, …), so they are written once.
 */
function paneThemes(dir = PANE_DIR) {
  const { webLightTheme, webDarkTheme, teamsHighContrastTheme } = require("@fluentui/react-components");
  const keep = paletteTokensUsed(dir);
  const prune = (theme) => Object.fromEntries(Object.entries(theme).filter(([name]) => !/^color(?:Palette|Status)/.test(name) || keep.has(name)));
  const themes = { light: prune(webLightTheme), dark: prune(webDarkTheme), "high-contrast": prune(teamsHighContrastTheme) };
  const all = Object.values(themes);
  const base = Object.fromEntries(Object.entries(themes.light).filter(([name, value]) => all.every((t) => t[name] === value)));
  const own = (theme) => Object.fromEntries(Object.entries(theme).filter(([name]) => !(name in base)));
  return { base, light: own(themes.light), dark: own(themes.dark), "high-contrast": own(themes["high-contrast"]) };
}

module.exports = { paneThemes, paletteTokensUsed };
