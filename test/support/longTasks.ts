/**
 * Long tasks on a page's main thread (PerformanceObserver 'longtask'), measured the one way every
 * browser test of the pane's responsiveness does: observed from a point on, read back, and retried
 * once when a shared machine's other work may have caused one.
 */
import * as fs from "fs";
import type { Page } from "playwright-core";

/** From now on, the page records the duration (ms) of every long task, forgetting those before. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(Math.round(e.duration));
    }).observe({ type: "longtask" });
  });
}

/** The long tasks recorded since `observeLongTasks`, in ms. */
export function longTasksSince(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
}

/**
 * Runs `attempt` (what it returns is recorded with the attempt's long tasks) with long tasks
 * observed, up to `tries` times (default 2) while an attempt shows one over `limitMs` (default 100):
 * the machine is shared, and other processes can only add time. `prepare` runs before each
 * attempt, unobserved. Every attempt is written to `record` (JSON); the longest task of the best
 * attempt is returned, for the test to judge.
 */
export async function fewestLongTasks<T extends object>(
  page: Page,
  record: string,
  attempt: () => Promise<T>,
  options: { prepare?: () => Promise<void>; tries?: number; limitMs?: number } = {}
): Promise<number> {
  const { prepare, tries = 2, limitMs = 100 } = options;
  const attempts: Array<T & { longTasks: number[] }> = [];
  for (let i = 0; i < tries; i++) {
    await prepare?.();
    await observeLongTasks(page);
    const seen = await attempt();
    const longTasks = await longTasksSince(page);
    attempts.push({ ...seen, longTasks });
    if (Math.max(0, ...longTasks) <= limitMs) break;
  }
  fs.writeFileSync(record, JSON.stringify({ attempts }, null, 2));
  return Math.min(...attempts.map((a) => Math.max(0, ...a.longTasks)));
}
