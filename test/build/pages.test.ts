/**
 * The landing, support and privacy pages of the production build (dist/, built by `npm run build`
 * in pretest) in Debian's Chromium: readable in light and dark mode (axe-core finds no serious or
 * critical violation), every link and image served from dist/, no request leaving the host.
 */
import * as path from "path";
import type { Browser } from "playwright-core";
import { AXE_FILE, ROOT, launch, openRecordedPage, requireBuild, seriousViolations, serve, type Served } from "../support/browserHarness";

jest.setTimeout(120_000);
const DIST = path.join(ROOT, "dist");
let server: Served;
let browser: Browser;

beforeAll(async () => {
  requireBuild(DIST);
  server = await serve(DIST, AXE_FILE);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.each(["index.html", "support.html", "privacy.html"])("%s", (page) => {
  test.each(["light", "dark"] as const)("%s mode: accessible, self-contained, links resolve", async (colorScheme) => {
    const rec = await openRecordedPage(browser, server.origin, { width: 390, height: 900 });
    try {
      await rec.page.emulateMedia({ colorScheme });
      const response = await rec.page.goto(`${server.origin}/${page}`);
      expect(response?.status()).toBe(200);
      expect(await rec.page.locator("h1").innerText()).toMatch(/TermScore/);
      expect(await seriousViolations(rec.page)).toEqual([]);
      const links = await rec.page.$$eval("a[href], img[src], link[href]", (els) =>
        els.map((e) => (e as HTMLAnchorElement).href || (e as HTMLImageElement).src).filter((u) => u.startsWith(location.origin))
      );
      expect(links.length).toBeGreaterThan(1);
      for (const link of new Set(links.map((l) => l.split("#")[0]))) {
        const r = await rec.page.request.get(link);
        expect([link, r.status()]).toEqual([link, 200]);
      }
      expect(rec.outside).toEqual([]);
      expect(rec.consoleErrors).toEqual([]);
    } finally {
      await rec.context.close();
    }
  });
});
