/**
 * Supply-chain budget: the production task pane's JavaScript (dist/taskpane.*.js, built by
 * `npm run build`, which npm test runs in pretest) is at most BUNDLE_BUDGET_KB gzipped (see harness.ts for its history).
 */
import * as fs from "fs";
import * as path from "path";
import { BUNDLE_BUDGET_KB, ROOT, paneBundleKb } from "../support/browserHarness";
import { RULES, type RuleData } from "../../src/engine/rules";
import { defaultPlaybook } from "../../src/engine/playbook";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { paneThemes } = require("../../scripts/paneThemes.js") as { paneThemes: () => Record<"base" | "light" | "dark" | "high-contrast", Record<string, string>> };

const DIST = path.join(ROOT, "dist");

test(`production pane JavaScript is at most ${BUNDLE_BUDGET_KB} KB gzipped`, () => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(`${DIST}/taskpane.html does not exist. Build the pane first: \`npm run build\` (npm test does it in pretest).`);
  }
  const { kb, initialKb, files, initial } = paneBundleKb(DIST);
  expect(initial.some((f) => /^taskpane\.[0-9a-f]+\.js$/.test(f))).toBe(true);
  expect(initialKb).toBeGreaterThan(10); // a real bundle, not an empty file
  // Everything the pane can ever load counts, including chunks loaded on demand.
  expect(files.length).toBeGreaterThanOrEqual(initial.length);
  expect(kb).toBeLessThanOrEqual(BUNDLE_BUDGET_KB);
});

test("the page (every script taskpane.html loads) leaves to the worker what only the worker needs: the Markdown report, the suggestion writer, the clause wording", () => {
  const { initial } = paneBundleKb(DIST);
  // the engine code both use is one shared chunk, loaded by the page and by the worker
  expect(initial.some((f) => /^shared\.[0-9a-f]+\.js$/.test(f))).toBe(true);
  expect(fs.readFileSync(path.join(DIST, "review-worker.js"), "utf8")).toMatch(/importScripts/);
  const page = initial.map((f) => fs.readFileSync(path.join(DIST, f), "utf8")).join("\n");
  const worker = fs.readFileSync(path.join(DIST, "review-worker.js"), "utf8");
  // one sentence from each (report/format.ts, fix/suggest.ts via fix/wording.ts, fix/wording.ts)
  for (const words of ["if every suggestion is accepted and the addendum added", "has opted out of that use by written notice", "covenants, for itself and its successors, assignees and licensees"]) {
    expect([words, worker.includes(words)]).toEqual([words, true]);
    expect([words, page.includes(words)]).toEqual([words, false]);
  }
});

test("the worker carries the default playbook as data and each rule's first invalid example (the Playbook tab's preview), no other example (tests only: scripts/ruleExamplesLoader.js, scripts/defaultPlaybookLoader.js)", () => {
  const worker = fs.readFileSync(path.join(DIST, "review-worker.js"), "utf8");
  const holds = (sentence: string) => worker.includes(sentence) || worker.includes(JSON.stringify(sentence).slice(1, -1));
  const rules: readonly RuleData[] = RULES;
  const first = rules.map((r) => r.examples.invalid[0]);
  const others = rules.flatMap((r) => [...r.examples.invalid.slice(1), ...r.examples.valid]).filter((v) => !first.includes(v));
  expect(others.length).toBeGreaterThan(50);
  expect(first.filter((s) => !holds(s))).toEqual([]);
  expect(others.filter(holds)).toEqual([]);
  // every rule's built-in comment, as the source computes it, is in the worker as text
  const defaults = defaultPlaybook().rules!;
  const comments = rules.map((r) => defaults[r.id].comment!).filter((c) => c.length > 0);
  expect(comments.length).toBe(rules.length);
  expect(comments.filter((c) => !holds(c))).toEqual([]);
});

/** The themes the build wrote into the page (webpack.config.js, PaneThemesPlugin): the object literal `(/*pane themes*\/{base:{…},…})`. */
function builtThemes(code: string): { themes: Record<string, Record<string, string>>; rest: string } {
  const marker = "(/*pane themes*/{";
  const at = code.indexOf(marker) + marker.length - 1;
  expect(at).toBeGreaterThanOrEqual(marker.length - 1);
  expect(code.indexOf(marker, at)).toBe(-1); // written once
  let depth = 0;
  let quote = "";
  let end = at;
  for (; end < code.length; end++) {
    const c = code[end];
    if (quote) {
      if (c === "\\") end++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) break;
  }
  return { themes: new Function(`return ${code.slice(at, end + 1)}`)() as Record<string, Record<string, string>>, rest: code.slice(0, at) + code.slice(end + 1) };
}

test("every design token the built pane refers to (its own styles and Fluent's) is in all three themes it carries; those hold Fluent's values and nothing else; Fluent's palette code is not bundled", () => {
  const code = fs.readdirSync(DIST).filter((f) => f.endsWith(".js")).map((f) => fs.readFileSync(path.join(DIST, f), "utf8")).join("\n");
  const referred = [...new Set([...code.matchAll(/var\(--([A-Za-z0-9]+)\)/g)].map((m) => m[1]))];
  expect(referred).toEqual(expect.arrayContaining(["colorNeutralForeground1", "fontFamilyBase", "colorPaletteRedForeground1"]));
  expect(code).not.toMatch(/__TERMSCORE_THEMES_JSON__/);
  const { themes: built, rest } = builtThemes(code);
  const fluent = paneThemes();
  expect(Object.keys(built).sort()).toEqual(Object.keys(fluent).sort());
  const { base, ...themes } = built;
  for (const [name, own] of Object.entries(themes)) {
    const theme = { ...base, ...own };
    expect([name, referred.filter((token) => !(token in theme))]).toEqual([name, []]);
    // the page reads this one by name (index.tsx), not through a style
    expect([name, theme.colorNeutralBackground1]).toEqual([name, { ...fluent.base, ...fluent[name as keyof typeof fluent] }.colorNeutralBackground1]);
  }
  // Fluent's own values, and only tokens the code names: fewer than Fluent's (a light theme has over 250)
  for (const [name, tokens] of Object.entries(built)) {
    for (const [token, value] of Object.entries(tokens)) expect([name, token, value]).toEqual([name, token, fluent[name as keyof typeof fluent][token]]);
    for (const token of Object.keys(tokens)) expect([token, new RegExp(`\\b${token}\\b`).test(rest)]).toEqual([token, true]);
  }
  expect(Object.keys({ ...built.base, ...built.light }).length).toBeLessThan(Object.keys({ ...fluent.base, ...fluent.light }).length / 2);
  // the palette's colour ramps and the tokens made from them (Berry is a colour the pane does not use)
  expect(code).not.toMatch(/colorPaletteBerry|lightGreen|personaSharedColors/);
});

test("no zip library and no HTML entity table in the pane: the .docx is unzipped with the platform's deflate and parsed as XML only", () => {
  const code = fs.readdirSync(DIST).filter((f) => f.endsWith(".js")).map((f) => fs.readFileSync(path.join(DIST, f), "utf8")).join("\n");
  expect(code).toMatch(/deflate-raw/);
  expect(code).not.toMatch(/JSZip|pako|CounterClockwiseContourIntegral/);
});

test("no right-to-left style tables: the pane is only left to right (src/taskpane/ltrStyles.ts stands in for rtl-css-js)", () => {
  const page = paneBundleKb(DIST).initial.map((f) => fs.readFileSync(path.join(DIST, f), "utf8")).join("\n");
  // Griffel is there (it writes the pane's styles at run time); rtl-css-js's value converters are not
  expect(page).toMatch(/data-make-styles-bucket/);
  expect(page).not.toMatch(/@noflip|bgImgDirectionRegex|bgPosDirectionRegex/);
});

test("the production page loads office.js only from Microsoft's CDN and everything else from its own origin", () => {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const srcs = [...html.matchAll(/\b(?:src|href)=["']?([^"' >]+)/g)].map((m) => m[1]);
  const outside = srcs.filter((s) => /^(https?:)?\/\//.test(s));
  expect(outside).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  expect(html).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com[;"]/);
  expect(html).toMatch(/connect-src 'self'[;"]/);
});
