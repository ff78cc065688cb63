/**
 * Issue 7, no egress: the production pane (dist-local/) in Chromium runs a full review in browser
 * mode — open a .docx through the file input, scan, apply one, apply all, insert the addendum,
 * export the report, download the reviewed copy — and no request leaves localhost; afterwards
 * the Content-Security-Policy still blocks any attempt to send data out.
 */
import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import { createDocx } from "../../src/docx/create";
import { createDocxHost } from "../../src/docx/browserHost";
import { analyze, ADDENDUM_TITLE } from "../../src/engine";
import { EDITS, ROUND1, at, blocksOf, edit } from "../fixtures/rounds";
import { compareVersions } from "../../src/engine/compare";
import { ARTIFACTS, AXE_FILE, DIST_LOCAL, expectCspBlocked, launch, openRecordedPage, requireBuild, seriousViolations, serve, waitForPane, type Served } from "../support/browserHarness";

jest.setTimeout(180_000);

// Sample sentences written for this test.
const CONTRACT = [
  "Master Services Agreement",
  "This agreement is between Brightline Media LLC (the “Agency”) and Dana Reyes (the “Contractor”).",
  "1. Licence. The Contractor grants the Agency a perpetual, irrevocable, royalty-free licence to use the Deliverables for any purpose.",
  "2. Data. The Agency may process the Deliverables for its internal business purposes and may aggregate them with other data.",
  "3. Feedback. The Agency owns all feedback, suggestions and data derived from the Services.",
  "4. Service providers. The Agency may sublicense the Deliverables to its service providers.",
];

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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

test("browser mode: open .docx → scan → apply one → apply all → addendum → export → download, all on localhost", async () => {
  const input = await createDocx([{ text: CONTRACT[0], style: "Title" }, ...CONTRACT.slice(1).map((text) => ({ text }))]);
  const inputCopy = Buffer.from(input);
  const expected = analyze(CONTRACT.map((text) => ({ text })));
  expect(expected.findings.length).toBeGreaterThan(2);

  const rec = await openRecordedPage(browser, server.origin, { width: 420, height: 1000 });
  const { page } = rec;
  try {
    await page.goto(`${server.origin}/taskpane.html`);
    await waitForPane(page);
    // The .docx code is a separate chunk, fetched only when a file is opened.
    const scripts = () => rec.requests.filter((u) => u.endsWith(".js") && !u.includes("/office-js/"));
    const before = scripts();
    expect(before.some((u) => /\/taskpane\.[0-9a-f]+\.js$/.test(u))).toBe(true);
    await page.locator("#ts-open-input").setInputFiles({ name: "agency-msa.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(input) });

    // Scan on open: the same findings the engine gives for the same text.
    await page.getByRole("heading", { name: "Score", exact: true }).waitFor();
    await page.getByRole("heading", { name: `Risky clauses (${expected.findings.length})` }).waitFor();
    await page.getByRole("img", { name: new RegExp(`^Score ${expected.score} of 100`) }).waitFor();
    expect(scripts().filter((u) => !before.includes(u)).some((u) => /\/docx\.[0-9a-f]+\.js$/.test(u))).toBe(true);

    // The findings view at 320 px: no sideways scrolling, no serious accessibility violations.
    await page.setViewportSize({ width: 320, height: 1400 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "pane-320-findings.png") });
    const serious = await seriousViolations(page);
    expect(serious).toEqual([]);
    await page.setViewportSize({ width: 420, height: 1000 });

    // Apply one (the first row, expanded), then all the rest.
    const firstRow = page.getByRole("list", { name: /^Findings/ }).getByRole("button", { name: /risk, / }).first();
    await firstRow.click();
    await page.locator(`[id="${await firstRow.getAttribute("aria-controls")}"]`).getByRole("button", { name: "Apply", exact: true }).click();
    await page.getByText(/^Applied 1, skipped 0, failed 0\./).waitFor();
    // Clauses still to act on (a clause with a change proposed stays listed, and risky, until accepted).
    const toActOn = () => /(\d+) to act on · \d+ with a change proposed/.exec(document.body.innerText)?.[1];
    const count = async () => Number(await page.evaluate(toActOn));
    // Fixing one clause can settle others in the same sentence (the engine's call), never add any.
    await page.waitForFunction(toActOn);
    const afterOne = await count();
    expect(afterOne).toBeLessThan(expected.findings.length);
    // Apply all says whether the addendum is included; here it is added by hand afterwards.
    await page.getByRole("checkbox", { name: "+ addendum" }).uncheck();
    await page.getByRole("button", { name: /^Apply all/ }).click();
    await page.getByText(/^Applied \d+, skipped \d+, failed 0\./).waitFor();
    await page.waitForFunction((n) => /(\d+) to act on · \d+ with a change proposed/.exec(document.body.innerText)?.[1] !== String(n), afterOne);
    expect(await count()).toBeLessThan(afterOne);

    // Addendum at the end of the document.
    await page.getByRole("tab", { name: /^Checklist and addendum/ }).click();
    await page.getByRole("spinbutton", { name: /Delete your work within/ }).fill("21");
    await page.getByRole("button", { name: "Insert addendum" }).click();
    await page.getByText(/^Inserted the addendum at the end of the document/).first().waitFor();

    // Export the report as Markdown and JSON (downloads stay on this machine).
    await page.getByRole("tab", { name: "Export" }).click();
    const [md] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download Markdown" }).click()]);
    expect(md.suggestedFilename()).toBe("agency-msa.termscore.md");
    const markdown = fs.readFileSync(await md.path(), "utf8");
    expect(markdown.length).toBeGreaterThan(50);
    const [js] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSON" }).click()]);
    const report = JSON.parse(fs.readFileSync(await js.path(), "utf8"));
    expect(report.version).toBe(1);
    // The report is the contract as it stands: TermScore's own pending addendum is not agreed yet.
    expect(report.addendumPresent).toBe(false);

    // The reviewed copy: tracked changes, comments and the addendum; the opened file untouched.
    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download reviewed copy" }).click()]);
    expect(docx.suggestedFilename()).toBe("agency-msa.reviewed.docx");
    const reviewed = fs.readFileSync(await docx.path());
    const reopened = await createDocxHost(reviewed, "agency-msa.reviewed.docx");
    const texts = (await reopened.read()).paragraphs.map((p) => p.text);
    expect(texts).toContain(ADDENDUM_TITLE);
    expect(texts.some((t) => /21 days/.test(t))).toBe(true);
    expect(Buffer.from(input).equals(inputCopy)).toBe(true);

    await page.screenshot({ path: path.join(ARTIFACTS, "pane-flow.png"), fullPage: false });

    // Nothing left localhost during the whole flow…
    expect(rec.outside).toEqual([]);
    expect(rec.attempted).toEqual([]);
    // …and the CSP would block it if the page tried.
    await expectCspBlocked(rec);
  } finally {
    await rec.context.close();
  }
});

test("browser mode: a file that is not a .docx, or a broken one, gets a plain message and nothing else happens", async () => {
  const rec = await openRecordedPage(browser, server.origin, { width: 320, height: 900 });
  const { page } = rec;
  try {
    await page.goto(`${server.origin}/taskpane.html`);
    await waitForPane(page);
    await page.locator("#ts-open-input").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
    await page.getByText("“notes.txt” is not a .docx file. Save it from Word as a Word Document (.docx) first.").waitFor();
    await page.locator("#ts-open-input").setInputFiles({ name: "broken.docx", mimeType: "application/octet-stream", buffer: Buffer.from("PK\u0003\u0004 this is not really a zip file at all") });
    await page.getByText(/^Could not open “broken\.docx”\. .{10,}/).waitFor();
    expect(await page.getByRole("heading", { name: "Score", exact: true }).count()).toBe(0);
    expect(rec.outside).toEqual([]);
    expect(rec.attempted).toEqual([]);
  } finally {
    await rec.context.close();
  }
});

test("browser mode: Compare with a file… reads the version you sent beside their clean copy, lists what they weakened, and a counter-proposal goes into the copy", async () => {
  // Our contract as sent (round one), and their clean copy back: no tracked changes, 3.2 turned from 'shall not' into 'may'.
  const sent = await createDocx(blocksOf(ROUND1));
  const returnedText = edit(ROUND1, "3.2", EDITS.shallNotToMay.text);
  const returned = await createDocx(blocksOf(returnedText));
  const rec = await openRecordedPage(browser, server.origin, { width: 350, height: 900 });
  const { page } = rec;
  try {
    await page.goto(`${server.origin}/taskpane.html`);
    await waitForPane(page);
    await page.locator("#ts-open-input").setInputFiles({ name: "returned.docx", mimeType: DOCX, buffer: Buffer.from(returned) });
    await page.getByRole("heading", { name: "Score", exact: true }).waitFor();
    await page.getByRole("tab", { name: "Their changes" }).click();
    // The button opens the file picker; the version you sent is chosen there.
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Compare with a file…" }).click()]);
    expect(chooser.isMultiple()).toBe(false);
    await chooser.setFiles({ name: "sent.docx", mimeType: DOCX, buffer: Buffer.from(sent) });
    await page.getByText(/^Compared with sent\.docx: /).waitFor();
    const counts = page.getByRole("list", { name: "Counts by kind" });
    expect(await counts.innerText()).toMatch(/Protection weakened: 1/);
    const card = page.getByRole("listitem", { name: `Protection weakened, paragraph ${at("3.2", returnedText) + 1}` });
    await card.waitFor();
    expect(await card.innerText()).toMatch(/counter-propose \(opt-out\)/);
    await page.screenshot({ path: path.join(ARTIFACTS, "flow-compare-with-a-file.png"), fullPage: true });
    // Answer with the counter-proposal: it is written into the copy as a tracked change with a comment.
    await card.getByRole("button", { name: "Counter-propose" }).click();
    await card.getByText("Counter-proposed: your wording is in the document, as a tracked change.").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download reviewed copy" }).click()]);
    const copy = await createDocxHost(fs.readFileSync(await download.path()), "copy.docx");
    const now = (await copy.read()).paragraphs.map((p) => p.text);
    // the engine's counter wording (its opt-out fallback), as the pane proposed it
    const counter = compareVersions(ROUND1.map((text) => ({ text })), returnedText.map((text) => ({ text }))).changes[0].response;
    expect(counter.action).toBe("counter");
    expect(now[at("3.2", returnedText)]).toBe(counter.wording);
    const JSZip = (await import("jszip")).default;
    const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
    expect(await zip.file("word/document.xml")!.async("string")).toMatch(/<w:ins\b/);
    expect(zip.file("word/comments.xml")).not.toBeNull();
    expect(await seriousViolations(page)).toEqual([]);
    expect(rec.outside).toEqual([]);
  } finally {
    await rec.context.close();
  }
});
