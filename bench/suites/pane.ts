/**
 * Pane benchmark: the production bundle's gzipped size (dist/), and the time from page load
 * to first render of the production pane (dist-local/, office.js served locally) in headless
 * Chromium — median of several cold loads, each in a fresh browser context.
 * Needs `npm run build && npm run build:local` first; reports what is missing otherwise.
 */
import * as path from "path";
import { BUNDLE_BUDGET_KB, DIST_LOCAL, ROOT, launch, openRecordedPage, paneBundleKb, requireBuild, serve, waitForPane } from "../../test/support/browserHarness";
import type { BenchRow } from "../types";

export type { BenchRow };

export const FIRST_RENDER_TARGET_MS = 1000;
const LOADS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  try {
    const { kb, initialKb } = paneBundleKb(path.join(ROOT, "dist"));
    rows.push({ name: "pane: production JavaScript, all chunks (gzipped)", value: kb, unit: "KB", target: `≤ ${BUNDLE_BUDGET_KB} KB`, pass: kb <= BUNDLE_BUDGET_KB });
    rows.push({ name: "pane: loaded at start in Word (gzipped; .docx code loads only in browser mode)", value: initialKb, unit: "KB" });
  } catch (e) {
    rows.push({ name: "pane: production bundle (gzipped)", value: `not measured: ${(e as Error).message}`, unit: "", target: `≤ ${BUNDLE_BUDGET_KB} KB`, pass: false });
  }
  try {
    requireBuild(DIST_LOCAL);
  } catch (e) {
    rows.push({ name: "pane: page load → first render (Chromium)", value: `not measured: ${(e as Error).message}`, unit: "", pass: false });
    return rows;
  }
  const server = await serve(DIST_LOCAL);
  const browser = await launch();
  try {
    const paints: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const rec = await openRecordedPage(browser, server.origin);
      try {
        await rec.page.goto(`${server.origin}/taskpane.html`);
        // First render: the pane's heading is in the DOM and painted.
        await rec.page.waitForSelector("h1", { state: "visible" });
        const fcp = await rec.page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const have = performance.getEntriesByName("first-contentful-paint")[0];
              if (have) return resolve(have.startTime);
              new PerformanceObserver((list) => {
                const e = list.getEntriesByName("first-contentful-paint")[0];
                if (e) resolve(e.startTime);
              }).observe({ type: "paint", buffered: true });
            })
        );
        paints.push(fcp);
        await waitForPane(rec.page);
        ready.push(await rec.page.evaluate(() => performance.now()));
        if (rec.outside.length > 0) throw new Error(`requests left localhost: ${rec.outside.join(", ")}`);
      } finally {
        await rec.context.close();
      }
    }
    const fcp = Math.round(median(paints));
    rows.push({ name: `pane: page load → first render (Chromium, median of ${LOADS})`, value: fcp, unit: "ms", target: `≤ ${FIRST_RENDER_TARGET_MS} ms`, pass: fcp <= FIRST_RENDER_TARGET_MS });
    rows.push({
      name: `pane: page load → ready outside Office (office.js onReady answered)`,
      value: Math.round(median(ready)),
      unit: "ms",
    });
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (require.main === module) {
  void run().then((rows) => console.table(rows));
}
