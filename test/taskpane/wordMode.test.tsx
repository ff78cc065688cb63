/**
 * @jest-environment jsdom
 */
/**
 * The pane in Word mode, end to end below the UI: the real engine and the real Word layer
 * (createWordHost) over the Word layer's fake object model (test/support/fakeWord.ts). There is no
 * Word on Linux; this is the nearest real thing.
 */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webDarkTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { analyze, buildAddendum, formatReportMarkdown } from "../../src/engine";
import { DISMISSED_SETTING, createWordHost } from "../../src/word";
import { FakeWord, reviewAll, type FakeParagraphSpec } from "../support/fakeWord";
import { label, panelOf } from "./rows";

const engine = { analyze, buildAddendum, formatReportMarkdown };

// Sample sentences written for this test.
const RISKY = [
  "The Agency may use the Deliverables for any purpose.",
  "The Contractor grants the Agency a licence to the Deliverables for internal business purposes.",
  "The Agency may sublicense the Deliverables to its service providers.",
];
const NEUTRAL = "Payment is due within thirty days of each invoice.";

function contract(copies: number, neutral: number): FakeParagraphSpec[] {
  const out: FakeParagraphSpec[] = [{ text: "Services Agreement", styleBuiltIn: "Heading1" }, "This agreement is between Northwind Studio (the “Agency”) and Sam Okafor (the “Contractor”)."];
  for (let i = 0; i < copies; i++) out.push(...RISKY);
  for (let i = 0; i < neutral; i++) out.push(NEUTRAL);
  return out;
}

function mount(fake: FakeWord) {
  const host = createWordHost({ Word: fake.wordGlobal(), Office: fake.officeGlobal() });
  render(
    <FluentProvider theme={webDarkTheme}>
      <App environment={{ kind: "word" }} host={host} engine={engine} />
    </FluentProvider>
  );
  return userEvent.setup();
}

async function scanAndApplyAll(fake: FakeWord): Promise<{ scanSyncs: number; applySyncs: number; findings: number }> {
  const user = mount(fake);
  const heading = await screen.findByRole("heading", { name: /^Risky clauses \(\d+\)$/ });
  const findings = Number(heading.textContent?.replace(/\D+/g, ""));
  const scanSyncs = fake.syncs;
  await user.click(screen.getByRole("button", { name: /^Apply all/ }));
  await screen.findByText(/^Applied \d+, skipped \d+, failed \d+\./);
  return { scanSyncs, applySyncs: fake.syncs - scanSyncs, findings };
}

test("scan and apply all through the real Word layer; rejecting every change gives the original back", async () => {
  const fake = new FakeWord(contract(1, 2), { changeTrackingMode: "Off" });
  const original = fake.textIfAllAccepted();
  const { findings } = await scanAndApplyAll(fake);
  expect(findings).toBeGreaterThanOrEqual(3);
  expect(screen.getByText(/^Applied \d+, skipped \d+, failed 0\./)).toBeTruthy();
  expect(fake.comments.length).toBeGreaterThanOrEqual(3);
  expect(fake.changeTrackingMode).toBe("Off"); // the user's mode is restored
  // every finding stays listed (risky until accepted), now with its change proposed
  await screen.findByText(/^\d+ to act on · \d+ with a change proposed, not agreed yet$/);
  expect(screen.getByRole("heading", { name: /^Risky clauses/ }).textContent).toBe(`Risky clauses (${findings})`);
  reviewAll(fake, false);
  expect(fake.textIfAllAccepted()).toBe(original);
});

test("round trips of the pane's scan and apply-all do not grow with paragraphs or findings", async () => {
  const small = await scanAndApplyAll(new FakeWord(contract(1, 5)));
  document.body.innerHTML = "";
  const large = await scanAndApplyAll(new FakeWord(contract(8, 300)));
  expect(large.findings).toBeGreaterThanOrEqual(small.findings * 5);
  expect(large.scanSyncs).toBe(small.scanSyncs);
  expect(large.applySyncs).toBe(small.applySyncs);
});

test("a Word without WordApi 1.4 gets a plain MessageBar and no write buttons", async () => {
  const fake = new FakeWord(contract(1, 0), { wordApi: "1.3" });
  mount(fake);
  await screen.findByText("Some features are not available");
  expect((screen.getByRole("button", { name: /^Apply all/ }) as HTMLButtonElement).disabled).toBe(true);
});

test("dismissals are stored in the document's settings", async () => {
  const fake = new FakeWord(contract(1, 0));
  const user = mount(fake);
  await screen.findByRole("heading", { name: /^Risky clauses/ });
  const rows = () => within(screen.getByRole("list", { name: /^Findings/ })).getAllByRole("button", { expanded: false });
  const before = rows().length;
  await user.click(rows()[0]);
  await user.click(screen.getAllByRole("button", { name: "Dismiss" })[0]);
  await waitFor(() => expect(rows()).toHaveLength(before - 1));
  const stored = fake.settings.get(DISMISSED_SETTING);
  expect(Array.isArray(stored) && stored.length === 1 && typeof stored[0] === "string").toBe(true);
});

/** Opens the first finding that has no change proposed yet and applies it. */
async function applyFirstOpen(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  const open = within(screen.getByRole("list", { name: /^Findings/ }))
    .getAllByRole("button")
    .find((b) => b.hasAttribute("aria-expanded") && !/ Proposed$/.test(label(b)));
  if (!open) throw new Error("no open finding");
  if (open.getAttribute("aria-expanded") !== "true") await user.click(open);
  await user.click(within(panelOf(open)).getByRole("button", { name: "Apply" }));
}

describe("accept / reject from the pane through the real Word layer", () => {
  test.each([true, false])("accept=%s acts on the change of the applied finding only", async (accept) => {
    const fake = new FakeWord(contract(1, 0));
    const original = fake.textIfAllAccepted();
    const user = mount(fake);
    await screen.findByRole("heading", { name: /^Risky clauses/ });
    await applyFirstOpen(user);
    await screen.findByRole("heading", { name: "Changes made here (1)" });
    await applyFirstOpen(user);
    await screen.findByRole("heading", { name: "Changes made here (2)" });
    const applied = fake.textIfAllAccepted();
    expect(fake.ownChanges().length).toBeGreaterThanOrEqual(2);
    const ownBefore = fake.ownChanges().length;
    const buttons = screen.getAllByRole("button", { name: accept ? /^Accept change: (?:replaces “.+” with|(?:keeps “.+” and )?adds) “.+”$/ : /^Reject change: (?:replaces “.+” with|(?:keeps “.+” and )?adds) “.+”$/ });
    expect(buttons).toHaveLength(2);
    await user.click(buttons[0]);
    await screen.findByRole("heading", { name: "Changes made here (1)" });
    // Only the first change was reviewed; the other is still tracked.
    expect(fake.ownChanges().length).toBeGreaterThan(0);
    expect(fake.ownChanges().length).toBeLessThan(ownBefore);
    if (accept) expect(fake.textIfAllAccepted()).toBe(applied);
    else expect(fake.textIfAllAccepted()).not.toBe(applied);
    reviewAll(fake, false);
    if (accept) expect(fake.textIfAllAccepted()).not.toBe(original);
    else expect(fake.textIfAllAccepted()).toBe(original);
  });

  test("Word with WordApi 1.4 only: the Review-tab line instead of the buttons", async () => {
    const fake = new FakeWord(contract(1, 0), { wordApi: "1.4" });
    const user = mount(fake);
    await screen.findByRole("heading", { name: /^Risky clauses/ });
    await applyFirstOpen(user);
    await screen.findByRole("heading", { name: "Changes made here (1)" });
    expect(screen.getByText("To keep or undo these changes, use Word's Review tab (Accept / Reject).")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Accept change|Reject change/ })).toBeNull();
  });
});
