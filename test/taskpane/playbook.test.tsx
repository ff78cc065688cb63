/**
 * @jest-environment jsdom
 */
/** Issue 18: the Playbook tab with the real engine: wording, risk level, rules off, reset, import and export, storage. */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyze, buildAddendum, formatReportMarkdown } from "../../src/engine";
import { checkPlaybookText, playbookCatalog } from "../../src/engine/playbook";
import { App } from "../../src/taskpane/App";
import { PLAYBOOK_KEY } from "../../src/taskpane/playbook/store";
import type { ReviewEngine } from "../../src/taskpane/useReview";
import { FakeHost } from "./fakeHost";
import { CONTRACT } from "../engine/playbook/fixtures";

const engine: ReviewEngine = {
  analyze,
  buildAddendum,
  formatReportMarkdown,
  playbookCatalog: async () => playbookCatalog(),
  checkPlaybook: async (text, bytes) => checkPlaybookText(text, bytes),
};

/** A document that can store settings (Word), holding the team's playbook. */
class SharingHost extends FakeHost {
  stored: string | null = JSON.stringify({ version: 1, name: "Team", rules: { "feedback/feedback-rights": { severity: "high" } } });
  async loadPlaybook() {
    return this.stored;
  }
  async savePlaybook(text: string | null) {
    this.stored = text;
  }
}

function setup(host: FakeHost = new FakeHost(CONTRACT)) {
  const download = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <App environment={{ kind: "word" }} host={host} engine={engine} download={download} copy={async () => undefined} />
    </FluentProvider>
  );
  return { host, download, user: userEvent.setup() };
}

const stored = () => JSON.parse(window.localStorage.getItem(PLAYBOOK_KEY) ?? "null");
const rule = (name: string) => screen.getByRole("listitem", { name });

async function openPlaybook(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
  await user.click(screen.getByRole("tab", { name: "Playbook" }));
  await screen.findByRole("listitem", { name: "Any purpose" }, { timeout: 15_000 });
}

beforeEach(() => window.localStorage.clear());

describe("the Playbook tab", () => {
  test("change wording and risk level with a preview, switch a rule off; the review follows when you go back", async () => {
    const { user } = setup();
    await openPlaybook(user);
    const any = rule("Any purpose");
    await user.click(within(any).getByRole("button", { name: "Wording" }));
    // the built-in wording, previewed on the rule's own sample clause
    await waitFor(() => expect(any.querySelector("ins")?.textContent).toMatch(/other than to train, fine-tune, test or improve/));
    const box = within(any).getByLabelText("Your wording");
    await user.clear(box);
    await user.type(box, "solely for the project in the Statement of Work");
    await user.tab();
    await waitFor(() => expect(any.querySelector("ins")?.textContent).toMatch(/solely for the project in the Statement of Work/));
    expect(stored().rules["broad-license/any-purpose"].preferred).toMatchObject({ text: "solely for the project in the Statement of Work", placement: "replace-trigger" });
    await user.selectOptions(within(any).getByLabelText("Risk level of Any purpose"), "low");
    await waitFor(() => expect(within(any).getByText(/^Low risk\. Comment:/)).toBeTruthy());
    const sub = rule("Sublicense");
    await user.click(within(sub).getByRole("checkbox", { name: "Sublicense" }));
    await waitFor(() => expect(within(sub).getByText(/Switched off: still found and listed/)).toBeTruthy());
    expect(stored().rules["sublicensing/sublicense"]).toEqual({ enabled: false });

    // back to the clauses: re-scanned with the playbook; the switched-off clause is not a finding
    await user.click(screen.getByRole("tab", { name: /^Clauses/ }));
    await waitFor(() => expect(screen.queryByText(/sublicense the Deliverables/)).toBeNull());
    const list = screen.getByRole("list", { name: /^Findings/ });
    await waitFor(() => expect(within(list).getAllByRole("button").some((b) => /Low risk/.test(b.getAttribute("aria-label") ?? b.textContent ?? ""))).toBe(true));
  });

  test("the tab's one next step: Back to the clauses, or Check the contract again once the playbook changed (which checks it again)", async () => {
    const { host, user } = setup();
    await openPlaybook(user);
    await user.click(screen.getByRole("button", { name: "Back to the clauses" }));
    const count = () => Number(/\((\d+)\)/.exec(screen.getByRole("heading", { name: /^Risky clauses/ }).textContent ?? "")?.[1]);
    const before = count();
    expect(screen.getByRole("tab", { name: /^Clauses/ }).getAttribute("aria-selected")).toBe("true");
    const reads = host.calls.read;
    await user.click(screen.getByRole("tab", { name: "Playbook" }));
    const sub = await screen.findByRole("listitem", { name: "Sublicense" }, { timeout: 15_000 });
    expect(screen.queryByRole("button", { name: "Check the contract again" })).toBeNull();
    await user.click(within(sub).getByRole("checkbox", { name: "Sublicense" }));
    await user.click(await screen.findByRole("button", { name: "Check the contract again" }));
    expect(screen.getByRole("tab", { name: /^Clauses/ }).getAttribute("aria-selected")).toBe("true");
    await waitFor(() => expect(host.calls.read).toBeGreaterThan(reads));
    // switched off: no longer counted among the risky clauses
    await waitFor(() => expect(count()).toBe(before - 1));
    // checked with it: the next visit offers the way back again
    await user.click(screen.getByRole("tab", { name: "Playbook" }));
    expect(await screen.findByRole("button", { name: "Back to the clauses" })).toBeTruthy();
  });

  test("a wording with an unknown placeholder is refused with its JSON path; nothing is saved", async () => {
    const { user } = setup();
    await openPlaybook(user);
    const any = rule("Any purpose");
    await user.click(within(any).getByRole("button", { name: "Wording" }));
    const box = within(any).getByLabelText("Comment to the other side");
    await user.clear(box);
    await user.type(box, "{{client} wants this");
    await user.tab();
    const alert = await screen.findByText(/unknown placeholder \{client\}/);
    expect(alert.closest("li")?.textContent).toMatch(/^\$\.rules\["broad-license\/any-purpose"\]\.comment: unknown placeholder/);
    expect(stored()).toBeNull();
    expect(screen.getByText("Not saved: fix the problems below. Reviews still use your last good playbook.")).toBeTruthy();
  });

  test("a shared review: the document's playbook is offered, used, and the user's own can be stored in the document", async () => {
    const host = new SharingHost(CONTRACT);
    const { user } = setup(host);
    await openPlaybook(user);
    await user.click(await screen.findByRole("button", { name: "Use this document's playbook (Team)" }));
    await screen.findByText("Using Team, from this document.");
    expect(stored()).toMatchObject({ name: "Team" });
    expect((screen.getByLabelText("Risk level of Feedback rights") as HTMLSelectElement).value).toBe("high");
    await user.selectOptions(screen.getByLabelText("Risk level of Any purpose"), "low");
    await waitFor(() => expect(stored().rules["broad-license/any-purpose"]).toEqual({ severity: "low" }));
    await user.click(screen.getByRole("button", { name: "Store in this document" }));
    await screen.findByText(/^Stored in this document/);
    expect(JSON.parse(host.stored!).rules).toEqual({ "feedback/feedback-rights": { severity: "high" }, "broad-license/any-purpose": { severity: "low" } });
  });

  test("a saved playbook this version cannot use is set aside: the review runs with the default and the tab says why", async () => {
    window.localStorage.setItem(PLAYBOOK_KEY, JSON.stringify({ version: 1, rules: { "feedback/renamed-rule": { enabled: false } } }));
    const { user } = setup();
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    await user.click(screen.getByRole("tab", { name: "Playbook" }));
    await screen.findByText(/^Your saved playbook does not fit this version of TermScore, so the default is used/);
    expect(screen.getByText(/unknown key "feedback\/renamed-rule"/)).toBeTruthy();
  });

  test("names say AI in capitals and the pane's spelling; previews are drafted in the open document's spelling, as its suggestions are", async () => {
    // a contract written in UK spelling ("licence", "authorise", "organisation")
    const uk = [
      "SERVICES AGREEMENT between Northgate Design Ltd (the \u201cClient\u201d) and Ada Brennan (the \u201cDesigner\u201d).",
      "1. Licence. The Designer grants the Client a licence to use the Deliverables for any purpose.",
      "2. The Client shall not authorise any other organisation to use the Deliverables, and this licence is personal to the Client.",
    ];
    const { user } = setup(new FakeHost(uk));
    await openPlaybook(user);
    const tab = screen.getByRole("tabpanel");
    for (const name of ["Improve AI", "AI training use", "AI purpose listed", "Affiliates license"]) expect(rule(name)).toBeTruthy();
    expect(screen.getByLabelText("Addendum section No AI training")).toBeTruthy();
    expect(screen.getByLabelText("Addendum section AI definition")).toBeTruthy();
    // no "ai" or "Ai" as a word, no UK "licence" in the pane's own words (names, headings, labels)
    expect(tab.textContent).not.toMatch(/\b(?:ai|Ai)\b/);
    const names = [...tab.querySelectorAll("h3, li[aria-label], label, option")].map((e) => e.getAttribute("aria-label") ?? e.textContent ?? "");
    expect(names.filter((n) => /licence/i.test(n))).toEqual([]);
    // the preview of "Any purpose" in the document's spelling: "licence", as the Clauses tab's own suggestion says
    const any = rule("Any purpose");
    await user.click(within(any).getByRole("button", { name: "Wording" }));
    const comment = await within(any).findByText(/Comment: /);
    expect(comment.textContent).toMatch(/\blicence\b/);
    expect(comment.textContent).not.toMatch(/\blicense\b/);
  });

  test("import, export and reset; a bad file changes nothing", async () => {
    const { user, download } = setup();
    await openPlaybook(user);
    const input = screen.getByLabelText("Playbook file to import") as HTMLInputElement;
    await user.upload(input, new File(['{"version":1,"colour":"red","rules":{"feedback/feedback-rights":{"enabled":"no"}}}'], "bad.json", { type: "application/json" }));
    await screen.findByText("2 problems");
    expect(screen.getByText(/unknown key "colour"/)).toBeTruthy();
    expect(screen.getByText(/must be true or false, not a string/)).toBeTruthy();
    expect(stored()).toBeNull();
    await user.upload(input, new File([JSON.stringify({ version: 1, name: "Team", rules: { "feedback/feedback-rights": { enabled: false } }, addendum: { sections: { "audit-rights": "drop" } } })], "team.json"));
    await screen.findByText("Imported Team. Reviews use it.");
    expect(screen.queryByText("2 problems")).toBeNull();
    expect((within(rule("Feedback rights")).getByRole("checkbox") as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText("Addendum section Audit rights") as HTMLSelectElement).value).toBe("drop");
    await user.click(screen.getByRole("button", { name: "Export" }));
    expect(download).toHaveBeenCalledWith("termscore-playbook.json", expect.stringContaining('"name": "Team"'), "application/json");
    await user.click(within(rule("Feedback rights")).getByRole("button", { name: "Wording" }));
    await user.click(within(rule("Feedback rights")).getByRole("button", { name: "Reset this rule" }));
    await waitFor(() => expect((within(rule("Feedback rights")).getByRole("checkbox") as HTMLInputElement).checked).toBe(true));
    expect(stored()).toEqual({ version: 1, name: "Team", addendum: { sections: { "audit-rights": "drop" } } });
    await user.click(screen.getByRole("button", { name: "Reset all" }));
    await screen.findByText("Back to TermScore's default playbook.");
    expect(stored()).toBeNull();
  });
});
