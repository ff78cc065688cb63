/**
 * Issue 18 in Chromium (production build, dist-local/): a playbook imported in the Playbook tab
 * changes wording, a risk level and the addendum, and switches a rule off; the review follows it,
 * the preview shows the user's words, it is kept across a reload, and the tab passes axe at 320 px.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { ARTIFACTS, AXE_FILE, DIST_LOCAL, launch, openRecordedPage, requireBuild, seriousViolations, serve, waitForPane, type Served } from "../support/browserHarness";

jest.setTimeout(240_000);

const PLAYBOOK = {
  version: 1,
  name: "Robin's playbook",
  rules: {
    "ownership/work-for-hire": {
      preferred: { text: "but {other} may never use {work} to train, fine-tune, test or improve any artificial intelligence or machine-learning model", placement: "end-of-sentence" },
    },
    "feedback/feedback-rights": { severity: "low" },
    "sublicensing/share-third-parties": { enabled: false },
  },
  addendum: { sections: { "audit-rights": "drop" } },
};

let server: Served;
let browser: Browser;
let file: string;

beforeAll(async () => {
  requireBuild();
  server = await serve(DIST_LOCAL, AXE_FILE);
  browser = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "termscore-pb-")), "robin.json");
  fs.writeFileSync(file, JSON.stringify(PLAYBOOK));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const rows = (page: Page) => page.getByRole("list", { name: /^Findings/ }).getByRole("button", { name: /risk, / });
const riskyCount = async (page: Page) => Number(/\((\d+)\)/.exec((await page.getByRole("heading", { name: /^Risky clauses \(\d+\)$/ }).innerText()) ?? "")?.[1]);

async function openSample(page: Page): Promise<void> {
  await page.goto(`${server.origin}/taskpane.html`);
  await waitForPane(page);
  await page.getByRole("button", { name: "Try the sample contract" }).click();
  await page.getByRole("heading", { name: /^Risky clauses \(\d+\)$/ }).waitFor();
}

test("a playbook imported in the Playbook tab: wording, risk level, a rule off, the addendum; kept after a reload", async () => {
  const rec = await openRecordedPage(browser, server.origin, { width: 320, height: 900 });
  const { page } = rec;
  try {
    await openSample(page);
    const before = await riskyCount(page);
    await page.getByRole("tab", { name: "Playbook" }).click();
    await page.getByRole("listitem", { name: "Work for hire" }).waitFor();
    // four tabs (the checklist and the addendum share one), one row; the page never scrolls sideways at 320 px
    const tops = await page.getByRole("tab").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(tops).toHaveLength(5); // with "Theirs": browser mode can compare with a file
    expect(new Set(tops).size).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    await page.getByLabel("Playbook file to import").setInputFiles(file);
    await page.getByText("Imported Robin's playbook. Reviews use it.").waitFor();
    expect(await page.getByRole("listitem", { name: "Share third parties" }).getByRole("checkbox").isChecked()).toBe(false);
    expect(await page.getByLabel("Risk level of Feedback rights").inputValue()).toBe("low");
    expect(await page.getByLabel("Addendum section Audit rights").inputValue()).toBe("drop");
    const wfh = page.getByRole("listitem", { name: "Work for hire" });
    await wfh.getByRole("button", { name: "Wording" }).click();
    await wfh.locator("ins").filter({ hasText: "may never use" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, "playbook-320-tab.png"), fullPage: true });

    // back to the clauses: re-scanned with the playbook
    await page.getByRole("tab", { name: /^Clauses/ }).click();
    await page.getByRole("heading", { name: `Risky clauses (${before - 2})` }).waitFor();
    expect(await rows(page).filter({ hasText: /Feedback rights/ }).count()).toBe(1);
    expect(await page.getByRole("list", { name: /^Findings/ }).getByRole("button", { name: /^Low risk, .*Feedback rights/ }).count()).toBe(1);
    const owner = rows(page).filter({ hasText: /Ownership without AI limits/ }).first();
    await owner.click();
    await page.locator(`[id="${await owner.getAttribute("aria-controls")}"] ins`).filter({ hasText: "may never use" }).waitFor();
    await page.getByRole("tab", { name: /^Checklist and addendum/ }).click();
    await page.getByText("Remedies", { exact: false }).first().waitFor();
    expect(await page.getByText("Audit Rights", { exact: false }).count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "playbook-320-addendum.png") });

    // kept on this computer: after a reload the review uses it again
    await openSample(page);
    expect(await riskyCount(page)).toBe(before - 2);
    await page.getByRole("tab", { name: "Playbook" }).click();
    await page.getByText("Using Robin's playbook.").waitFor();
    expect(rec.outside).toEqual([]);
  } finally {
    await rec.context.close();
  }
});
