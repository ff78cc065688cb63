/**
 * Issue 15 in Chromium (production build, dist-local/), browser mode with the bundled sample at
 * 320 px: one primary action at a time. Every tab is walked in the main states (before a file,
 * after the scan, a finding open, the roles editor open, after Apply all, the question before
 * opening another file, and after the reviewed copy is downloaded) and the filled buttons are
 * counted as the user sees them: a button whose computed background is the theme's brand colour.
 * Screenshots go to test-artifacts/.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { ARTIFACTS, AXE_FILE, DIST_LOCAL, launch, openRecordedPage, requireBuild, seriousViolations, serve, waitForPane, type Served } from "../support/browserHarness";


jest.setTimeout(300_000);

const SAMPLE = path.join(__dirname, "../../samples/agency-msa-sow.docx");

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

/**
 * The visible buttons painted as primary: background in the theme's brand colour (at rest, hovered
 * or pressed), or in high contrast the system's Highlight (Button.tsx). Disabled buttons are
 * painted grey (ButtonFace in high contrast) whatever their appearance, so they do not count.
 */
function primaries(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const main = document.querySelector("main")!;
    const paint = (background: string) => {
      const probe = document.createElement("span");
      probe.style.backgroundColor = background;
      probe.style.setProperty("forced-color-adjust", "none");
      main.appendChild(probe);
      const c = getComputedStyle(probe).backgroundColor;
      probe.remove();
      return c;
    };
    const forced = matchMedia("(forced-colors: active)").matches;
    const fills = forced ? [paint("Highlight")] : ["--colorBrandBackground", "--colorBrandBackgroundHover", "--colorBrandBackgroundPressed"].map((v) => paint(`var(${v})`));
    if (fills.some((c) => c === "" || c === "rgba(0, 0, 0, 0)")) throw new Error(`the primary fill was not found: ${fills.join(", ")}`);
    return [...document.querySelectorAll("button")]
      .filter((b) => {
        const box = b.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && b.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && fills.includes(getComputedStyle(b).backgroundColor);
      })
      .map((b) => (b.textContent ?? "").trim());
  });
}

const tabs = (page: Page) => page.getByRole("tab");

/** Selects each tab in turn, runs `inside` there (to open a question), and returns the primary buttons seen on each. */
async function walkTabs(page: Page, state: string, inside?: () => Promise<void>, after?: () => Promise<void>): Promise<Record<string, string[]>> {
  const seen: Record<string, string[]> = {};
  const names = await tabs(page).evaluateAll((els) => els.map((e) => (e.textContent ?? "").trim()));
  expect(names.length).toBeGreaterThanOrEqual(4);
  for (let i = 0; i < names.length; i++) {
    await tabs(page).nth(i).click();
    await page.waitForFunction((n) => document.querySelectorAll("[role=tab]")[n]?.getAttribute("aria-selected") === "true", i);
    if (inside) await inside();
    // the pointer rests off every button: a hovered button is counted by its hover colour anyway
    await page.mouse.move(1, 1);
    await page.waitForTimeout(150);
    seen[`${state} · ${names[i]}`] = await primaries(page);
    if (after) await after();
  }
  return seen;
}

const expectOneEach = (seen: Record<string, string[]>) => {
  for (const [where, buttons] of Object.entries(seen)) expect([where, buttons.length, buttons]).toEqual([where, 1, buttons]);
};

test("exactly one primary button on every tab: before a file, after the scan, a finding open, roles editor, after Apply all, the pending-file question, after the download", async () => {
  const rec = await openRecordedPage(browser, server.origin, { width: 320, height: 800 });
  const { page } = rec;
  try {
    await page.goto(`${server.origin}/taskpane.html`);
    await waitForPane(page);
    // before a file: opening one is the next step
    expect(await primaries(page)).toEqual(["Open a .docx"]);

    await page.getByRole("button", { name: "Try the sample contract" }).click();
    await page.getByRole("heading", { name: /^Risky clauses \(\d+\)$/ }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll("ul[aria-label^='Findings'] > li").length >= 10);

    const scanned = await walkTabs(page, "after the scan");
    expectOneEach(scanned);
    expect(Object.entries(scanned).find(([k]) => /· Clauses/.test(k))?.[1]).toEqual([expect.stringMatching(/^Apply all \(\d+\)$/)]);
    expect(Object.entries(scanned).find(([k]) => /Playbook$/.test(k))?.[1]).toEqual(["Back to the clauses"]);
    expect(Object.entries(scanned).find(([k]) => /· Export$/.test(k))?.[1]).toEqual(["Download memo (.docx)"]);

    // a finding open: its Apply is the one primary, Apply all steps down
    await tabs(page).first().click();
    const row = page.getByRole("list", { name: /^Findings/ }).getByRole("button", { name: /risk, / }).first();
    await row.click();
    await page.mouse.move(1, 1);
    expect(await primaries(page)).toEqual(["Apply"]);
    await row.click();

    // the roles editor: Save roles is the one primary; the review waits hidden below
    const openRoles = async () => {
      await page.getByRole("button", { name: /^Change roles/ }).click();
      await page.getByRole("form", { name: "Change roles" }).waitFor();
      expect(await page.getByRole("tablist").isVisible()).toBe(false);
    };
    const closeRoles = async () => {
      await page.getByRole("form", { name: "Change roles" }).getByRole("button", { name: "Cancel" }).click();
      await page.getByRole("tablist").waitFor();
    };
    const roles = await walkTabs(page, "roles editor open", openRoles, closeRoles);
    expectOneEach(roles);
    for (const buttons of Object.values(roles)) expect(buttons).toEqual(["Save roles"]);
    await openRoles();
    // focus went into the editor, not lost with the Change button
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("INPUT");
    await page.screenshot({ path: path.join(ARTIFACTS, "primary-roles-editor.png") });
    expect(await seriousViolations(page)).toEqual([]);
    await closeRoles();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Change");

    // after Apply all (with the addendum): downloading the reviewed copy is the next step
    await tabs(page).first().click();
    await page.getByRole("button", { name: /^Apply all/ }).click();
    await page.getByText(/^Applied \d+, skipped \d+, failed 0\./).waitFor();
    await page.getByText("(changes not downloaded)", { exact: false }).waitFor();
    // the copy is read again after the write: wait until the review shows it
    await page.getByRole("tab", { name: /^Clauses \(\d+, 0 to act on\)$/ }).waitFor();
    await page.getByRole("button", { name: "Re-scan" }).and(page.locator(":enabled")).waitFor();
    const applied = await walkTabs(page, "after Apply all");
    expectOneEach(applied);
    const appliedRoles = await walkTabs(page, "after Apply all, roles editor open", openRoles, closeRoles);
    expectOneEach(appliedRoles);

    // another file chosen while changes are not downloaded: the question holds the one primary
    const chooseOther = async () => {
      await page.setInputFiles("#ts-open-input", { name: "other.docx", mimeType: "application/octet-stream", buffer: fs.readFileSync(SAMPLE) });
      await page.getByText(/has changes you have not downloaded\. Opening “other\.docx” drops them\./).waitFor();
      expect(await page.getByRole("tablist").isVisible()).toBe(false);
    };
    const cancelOther = async () => {
      const question = page.getByRole("group").filter({ hasText: "“other.docx”" });
      await question.getByRole("button", { name: "Cancel", exact: true }).click();
      await question.waitFor({ state: "detached" });
    };
    const pending = await walkTabs(page, "pending-file question", chooseOther, async () => {
      await cancelOther();
      await page.getByRole("tablist").waitFor();
    });
    expectOneEach(pending);
    for (const buttons of Object.values(pending)) expect(buttons).toEqual(["Download reviewed copy first"]);
    // the roles editor open too: the question above it keeps the primary
    await openRoles();
    await chooseOther();
    await page.mouse.move(1, 1);
    expect(await primaries(page)).toEqual(["Download reviewed copy first"]);
    await page.screenshot({ path: path.join(ARTIFACTS, "primary-pending-file.png") });
    expect(await seriousViolations(page)).toEqual([]);
    // downloaded: opening the other file is the next step
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download reviewed copy first" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.reviewed\.docx$/);
    await page.getByText(/^The reviewed copy is downloaded\. Open “other\.docx” now\?$/).waitFor();
    await page.mouse.move(1, 1);
    expect(await primaries(page)).toEqual(["Open it"]);
    await cancelOther();
    await closeRoles();

    // after the download nothing waits to be downloaded, and still exactly one primary on every
    // tab: the Clauses and Checklist tabs have nothing left (every suggestion and the addendum are
    // proposed), so their one is the next step, the cover note; it leads to the Export tab, where
    // the cover note is the one (the memo before anything was proposed)
    const saved = await walkTabs(page, "after the download");
    expectOneEach(saved);
    expect(Object.values(saved).flat()).not.toContain("Download reviewed copy");
    const on = (tab: RegExp) => Object.entries(saved).find(([k]) => tab.test(k))?.[1];
    expect([on(/· Clauses/), on(/· Checklist/), on(/· Export/), on(/· Playbook/)]).toEqual([["Write the cover note"], ["Write the cover note"], ["Download cover note"], ["Back to the clauses"]]);
    await tabs(page).first().click();
    await page.getByRole("button", { name: "Write the cover note" }).click();
    await page.getByRole("tab", { name: "Export", selected: true }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("tab");
    await page.screenshot({ path: path.join(ARTIFACTS, "primary-next-step-export.png") });
    expect(await seriousViolations(page)).toEqual([]);
    expect(rec.outside).toEqual([]);
  } finally {
    await rec.context.close();
  }
});

for (const [theme, media] of [
  ["dark", { colorScheme: "dark" as const }],
  ["high-contrast", { forcedColors: "active" as const }],
] as const) {
  test(`${theme}: one primary button on every tab after the scan and with a finding open`, async () => {
    const rec = await openRecordedPage(browser, server.origin, { width: 320, height: 800 });
    const { page } = rec;
    try {
      await page.emulateMedia(media);
      await page.goto(`${server.origin}/taskpane.html`);
      await waitForPane(page);
      expect(await primaries(page)).toEqual(["Open a .docx"]);
      await page.getByRole("button", { name: "Try the sample contract" }).click();
      await page.getByRole("heading", { name: /^Risky clauses \(\d+\)$/ }).waitFor();
      const seen = await walkTabs(page, theme);
      expectOneEach(seen);
      await tabs(page).first().click();
      await page.getByRole("list", { name: /^Findings/ }).getByRole("button", { name: /risk, / }).first().click();
      await page.mouse.move(1, 1);
      expect(await primaries(page)).toEqual(["Apply"]);
    } finally {
      await rec.context.close();
    }
  });
}
