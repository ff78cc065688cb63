/**
 * The production pane (dist-local/, office.js from the @microsoft/office-js package) in Debian's
 * Chromium: it renders outside Office with its explanation, axe-core finds no serious or
 * critical violations, no request leaves localhost, and the Content-Security-Policy blocks an
 * outside request if the page tries one. Screenshots go to test-artifacts/.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import { ARTIFACTS, AXE_FILE, DIST_LOCAL, expectCspBlocked, launch, openRecordedPage, requireBuild, seriousViolations, serve, waitForPane, type Served } from "../support/browserHarness";

jest.setTimeout(120_000);

let server: Served;
let browser: Browser;

beforeAll(async () => {
  requireBuild();
  server = await serve(DIST_LOCAL, AXE_FILE);
  browser = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("production pane in Chromium, outside Office", () => {
  for (const [name, viewport] of [
    ["pane.png", { width: 320, height: 900 }],
    ["pane-wide.png", { width: 900, height: 900 }],
  ] as const) {
    test(`renders its explanation at ${viewport.width} px, passes axe, stays on localhost (${name})`, async () => {
      const rec = await openRecordedPage(browser, server.origin, viewport);
      try {
        await rec.page.goto(`${server.origin}/taskpane.html`);
        await waitForPane(rec.page);
        await rec.page.getByRole("heading", { name: "TermScore" }).waitFor();
        const text = await rec.page.locator("main").innerText();
        expect(text).toMatch(/Not running inside Word/);
        expect(text).toMatch(/open a \.docx file here; it stays on this computer/);
        // Nothing wider than the pane: no horizontal scrolling at 320 px.
        const overflow = await rec.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await rec.page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
        const serious = await seriousViolations(rec.page);
        expect(serious).toEqual([]);
        expect(rec.outside).toEqual([]);
        expect(rec.attempted.filter((u) => !rec.cspBlocked.includes(u))).toEqual([]);
        expect(rec.requests.some((u) => u.endsWith("/office-js/office.js"))).toBe(true);
      } finally {
        await rec.context.close();
      }
    });
  }

  for (const [name, media] of [
    ["pane-dark.png", { colorScheme: "dark" as const }],
    ["pane-high-contrast.png", { forcedColors: "active" as const }],
  ] as const) {
    test(`follows the ${name.includes("dark") ? "dark" : "high-contrast"} theme with no serious axe violations (${name})`, async () => {
      const rec = await openRecordedPage(browser, server.origin, { width: 320, height: 700 });
      try {
        await rec.page.emulateMedia(media);
        await rec.page.goto(`${server.origin}/taskpane.html`);
        await waitForPane(rec.page);
        const colors = await rec.page.evaluate(() => {
          const main = document.querySelector("main") as HTMLElement;
          const style = getComputedStyle(main);
          return { bg: style.backgroundColor, fg: style.color };
        });
        const lum = (rgb: string) => {
          const [r, g, b] = (rgb.match(/\d+/g) ?? ["0", "0", "0"]).map(Number);
          return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        };
        if (name.includes("dark")) {
          expect(lum(colors.bg)).toBeLessThan(0.3);
          expect(lum(colors.fg)).toBeGreaterThan(0.7);
        } else {
          expect(lum(colors.bg)).not.toBeCloseTo(lum(colors.fg), 1);
        }
        await rec.page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
        expect(await seriousViolations(rec.page)).toEqual([]);
        expect(rec.outside).toEqual([]);
      } finally {
        await rec.context.close();
      }
    });
  }

  test("the Content-Security-Policy blocks requests to other origins before they are sent", async () => {
    const rec = await openRecordedPage(browser, server.origin);
    try {
      await rec.page.goto(`${server.origin}/taskpane.html`);
      await waitForPane(rec.page);
      await expectCspBlocked(rec);
    } finally {
      await rec.context.close();
    }
  });
});
