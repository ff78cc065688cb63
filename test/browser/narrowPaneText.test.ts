/**
 * Issue 15 in Chromium (production build, dist-local/), the bundled sample at 320 px: the roles bar
 * is read whole, two findings with the same clause and category are told apart by their words, the
 * Apply-all summary puts the covered suggestions in one line, the Changes list is headed by clause
 * and category, explanations use typographic quotes, and the checklist's note on proposed items is
 * said once. Screenshots go to test-artifacts/.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { ARTIFACTS, DIST_LOCAL, launch, openRecordedPage, requireBuild, serve, waitForPane, type Served } from "../support/browserHarness";

jest.setTimeout(240_000);

let server: Served;
let browser: Browser;

beforeAll(async () => {
  requireBuild();
  server = await serve(DIST_LOCAL);
  browser = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const rows = (page: Page) => page.getByRole("list", { name: /^Findings/ }).getByRole("button", { name: /risk, / });

async function openSample(page: Page): Promise<void> {
  await page.goto(`${server.origin}/taskpane.html`);
  await waitForPane(page);
  await page.getByRole("button", { name: "Try the sample contract" }).click();
  await page.getByRole("heading", { name: /^Risky clauses \(\d+\)$/ }).waitFor();
}

test("at 320 px: roles bar whole, twin findings told apart, compact Apply-all summary, Changes headed by clause and category, typographic quotes, the checklist note once", async () => {
  const rec = await openRecordedPage(browser, server.origin, { width: 320, height: 800 });
  const { page } = rec;
  try {
    await openSample(page);
    // the roles bar: every word visible (it wraps), nothing clipped or wider than the pane
    const roles = page.getByRole("group", { name: "Roles in this contract" });
    const line = roles.locator("span").first();
    expect(await line.innerText()).toBe("You: Contractor · Other side: Agency · Your work: Deliverables");
    const fit = await line.evaluate((e) => ({ clipped: e.scrollWidth - e.clientWidth, right: e.getBoundingClientRect().right, width: document.documentElement.clientWidth }));
    expect(fit.clipped).toBeLessThanOrEqual(0);
    expect(fit.right).toBeLessThanOrEqual(fit.width);

    // two rows "§ 3.4 · Passing your work on": each shows its own trigger words, whole
    await page.waitForFunction(() => document.querySelectorAll("ul[aria-label^='Findings'] > li").length >= 14);
    const twins = rows(page).filter({ hasText: "§ 3.4" }).filter({ hasText: "Passing your work on" });
    expect(await twins.count()).toBe(2);
    const shown = await twins.evaluateAll((els) =>
      els.map((e) => {
        const t = e.querySelector("[data-trigger]") as HTMLElement | null;
        const r = t?.getBoundingClientRect();
        return { text: t?.innerText ?? "", visible: !!r && r.width > 0 && r.right <= document.documentElement.clientWidth, clipped: t ? t.parentElement!.scrollWidth - t.parentElement!.clientWidth : 1 };
      })
    );
    expect(shown.map((s) => s.text)).toEqual([", “sublicense”", ", “its affiliates, partners and service providers”"].sort((a, b) => shown.findIndex((s) => s.text === a) - shown.findIndex((s) => s.text === b)));
    expect(new Set(shown.map((s) => s.text)).size).toBe(2);
    for (const s of shown) expect([s.text, s.visible, s.clipped <= 0]).toEqual([s.text, true, true]);
    // a row with no twin keeps one line, its words for screen readers only
    expect(await rows(page).filter({ hasText: "Vague purpose" }).locator("[data-trigger]").count()).toBe(0);
    await twins.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "gaps-320-twin-rows.png") });

    // typographic quotes in an expanded finding's explanation (the engine writes "work made for hire")
    const ownership = rows(page).filter({ hasText: "Ownership without AI limits" }).first();
    await ownership.click();
    const panel = page.locator(`[id="${await ownership.getAttribute("aria-controls")}"]`);
    const explained = await panel.locator("span").first().innerText();
    expect(explained).toMatch(/“work made for hire”/);
    expect(explained).not.toContain('"');
    await ownership.click();

    // Apply all: the skipped ones in one line, the Changes list headed "§ 6.2 · Data pooling"
    await page.getByRole("button", { name: /^Apply all/ }).click();
    await page.getByText(/^Applied \d+, skipped \d+, failed 0\./).waitFor();
    const covered = page.getByText(/^Skipped \d+ that other changes in the same clauses already cover: /);
    await covered.waitFor();
    expect(await covered.innerText()).toMatch(/^Skipped 5 that other changes in the same clauses already cover: (§ [\d.]+|Usage)(, (§ [\d.]+|Usage))* and (§ [\d.]+|Usage)\.$/);
    expect(await page.getByRole("list", { name: "Not applied" }).count()).toBe(0);
    const heads = await page
      .getByRole("list", { name: "Changes made here" })
      .locator("li > span:first-child")
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText));
    expect(heads.length).toBeGreaterThan(3);
    for (const h of heads) expect(h).toMatch(/^(?:§ \d+(?:\.\d+)*|Usage|¶ \d+) · (AI training allowed|Broad license|Vague purpose|Data pooling|Feedback rights|Anonymized-data loophole|Passing your work on|Ownership without AI limits)$/);
    expect(await page.locator("main").innerText()).not.toMatch(/Changed from/);
    await page.getByRole("list", { name: "Changes made here" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS, "gaps-320-after-apply-all.png"), fullPage: true });

    // the checklist: the note on proposed items once
    await page.getByRole("tab", { name: /^Checklist/ }).click();
    await page.getByRole("list", { name: "Protections checklist" }).waitFor();
    expect(await page.getByText(/counts? once the other side accepts/).count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, "gaps-320-checklist-note-once.png"), fullPage: true });
    expect(rec.outside).toEqual([]);
  } finally {
    await rec.context.close();
  }
});
