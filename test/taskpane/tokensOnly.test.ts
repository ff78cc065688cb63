/**
 * Theme safety: the pane's styles use Fluent design tokens only — no literal colours — so the
 * light, dark and high-contrast themes all apply. theme.ts is exempt: it reads Office's
 * background colour (a hex string) to pick the theme. CSS system colours (Canvas, CanvasText,
 * Highlight, Mark, …) are allowed: they are the user's high-contrast colours, used under forced-colors.
 */
import * as fs from "fs";
import * as path from "path";

const DIR = path.resolve(__dirname, "../../src/taskpane");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

const LITERAL_COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?)\(|(?:color|background|backgroundColor|border\w*|outline\w*|fill|stroke)\s*:\s*["'`](?:(?!(?:none|inherit|initial|unset|Canvas|CanvasText|Highlight|HighlightText|Mark|MarkText|ButtonFace|ButtonText|GrayText|LinkText)["'`])[a-z]+|[^"'`]*\b(?:white|black|red|green|blue|gray|grey|yellow|orange)\b)/i;

test("no literal colours in the pane's source", () => {
  const offenders: string[] = [];
  const all = files(DIR).filter((f) => !f.endsWith("theme.ts"));
  expect(all.length).toBeGreaterThan(5);
  for (const f of all) {
    fs.readFileSync(f, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (LITERAL_COLOUR.test(line)) offenders.push(`${path.relative(DIR, f)}:${i + 1}: ${line.trim()}`);
      });
  }
  expect(offenders).toEqual([]);
});

test("the check itself catches literal colours", () => {
  for (const bad of ['color: "#fff",', 'backgroundColor: "white",', "border: `1px solid red`,", 'color: "rgb(0, 0, 0)",']) expect(LITERAL_COLOUR.test(bad)).toBe(true);
  for (const good of ['border: "none",', "color: tokens.colorNeutralForeground1,", "border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,", 'backgroundColor: "CanvasText",', 'color: "Highlight",', 'backgroundColor: "Mark",', 'color: "MarkText",']) expect(LITERAL_COLOUR.test(good)).toBe(false);
});
