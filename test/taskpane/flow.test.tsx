/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { FakeHost } from "./fakeHost";
import { fakeEngine, ADDENDUM_TITLE } from "./fakeEngine";
import { SAMPLE } from "./sample";
import { expand, queryRow, row, label } from "./rows";

function setup(host: FakeHost) {
  const download = jest.fn();
  const copy = jest.fn(async () => undefined);
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <App environment={{ kind: "word" }} host={host} engine={fakeEngine} download={download} copy={copy} />
    </FluentProvider>
  );
  return { ...utils, download, copy, user: userEvent.setup() };
}


const status = () => screen.getAllByRole("status")[0];

describe("the whole review flow against a fake document host", () => {
  test("scan → apply one → apply all → stale → re-scan → addendum → export", async () => {
    const host = new FakeHost(SAMPLE);
    const { user, download, copy } = setup(host);

    // Scan on open: the two scores and one row per finding, high risk first.
    await screen.findByRole("heading", { name: "Score" });
    expect(screen.getByRole("img", { name: /Score 35 of 100: Risky/ })).toBeTruthy();
    expect(screen.getByRole("img", { name: "If they accept every suggestion and the addendum: 100 of 100" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Risky clauses (3)" })).toBeTruthy();
    const rows = within(screen.getByRole("list", { name: /^Findings/ })).getAllByRole("button");
    expect(rows.map((b) => label(b)?.split(",")[0])).toEqual(["High risk", "Medium risk", "Low risk"]);
    const anyPurpose = await expand(user, "for any purpose");
    expect(within(anyPurpose).getByText("for any purpose", { selector: "mark, del" })).toBeTruthy();
    expect(within(anyPurpose).getByText(/includes training AI models/, { selector: "span" })).toBeTruthy();
    // The suggestion uses the contract's own defined term.
    expect(anyPurpose.querySelector("ins")?.textContent).toMatch(/not to train any AI system on the Deliverables/);

    // Apply one, with a fallback position chosen first.
    await user.click(within(anyPurpose).getByRole("radio", { name: "Limit to this project" }));
    expect(anyPurpose.querySelector("ins")?.textContent).toBe("inserted: for this project only");
    await user.click(within(anyPurpose).getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(host.texts[2]).toBe("The Contractor grants the Agency a perpetual licence to use the “Deliverables” for this project only."));
    expect(host.comments).toHaveLength(1);
    expect(host.comments[0].text).toMatch(/^Contractor: /);
    await waitFor(() => expect(screen.getByText("2 to act on · 1 with a change proposed, not agreed yet")).toBeTruthy());
    expect(status().textContent).toMatch(/Applied as a tracked change/);
    // Truthful: the change is only proposed until the other side accepts it.
    expect(screen.getByRole("img", { name: /Score 35 of 100: Risky/ })).toBeTruthy();
    expect(screen.getByRole("img", { name: /^If they accept your change: \d+ of 100$/ })).toBeTruthy();
    expect(label(row("for any purpose"))).toMatch(/ Proposed$/);

    // Apply all: medium before low; one fails and the summary says so.
    const feedback = fakeEngine.analyze(host.paragraphs).findings.find((f) => f.ruleId === "feedback-rights");
    host.failIds.add(feedback!.id);
    // Apply all says whether it includes the addendum; here the addendum comes later, by hand.
    expect(screen.getByText(/then the addendum \(6 missing protections\) at the end\./)).toBeTruthy();
    await user.click(screen.getByRole("checkbox", { name: "+ addendum" }));
    expect(screen.getByText(/the addendum \(6 missing\) is not included\./)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Apply all (2)" }));
    await screen.findByText("Applied 1, skipped 0, failed 1.");
    const last = host.applyCalls[host.applyCalls.length - 1];
    expect(last.requests.map((r) => r.id.split(":")[0])).toEqual(["internal-business", "feedback-rights"]);
    expect(screen.getByRole("list", { name: "Not applied" }).textContent).toMatch(/Failed: ¶ 4 · Feedback rights \(“feedback”\).*refused/);
    expect(host.texts[3]).toMatch(/which exclude training AI on the Deliverables/);
    await waitFor(() => expect(screen.getByText("1 to act on · 2 with a change proposed, not agreed yet")).toBeTruthy());

    // Stale: the document is edited in Word; the pane refuses to act and offers a re-scan.
    host.failIds.clear();
    host.editExternally(4, "Section 9 survives termination. The Agency may use the Deliverables for any purpose.");
    const appliesBefore = host.calls.apply;
    await user.click(within(await expand(user, "feedback")).getByRole("button", { name: "Apply" }));
    await screen.findByText("The document changed");
    expect(host.calls.apply).toBe(appliesBefore);
    await user.click(screen.getByRole("button", { name: "Re-scan now" }));
    await waitFor(() => expect(screen.queryByText("The document changed")).toBeNull());
    expect(screen.getByRole("heading", { name: "Risky clauses (4)" })).toBeTruthy();
    expect(screen.getByText("2 to act on · 2 with a change proposed, not agreed yet")).toBeTruthy();

    // Addendum: options, preview, insert.
    await user.click(screen.getByRole("tab", { name: /^Checklist and addendum/ }));
    const days = screen.getByRole("spinbutton", { name: /Delete your work within/ });
    await user.clear(days);
    await user.type(days, "14");
    await user.click(screen.getByRole("checkbox", { name: /audit/ }));
    const preview = screen.getByRole("region", { name: "Preview" });
    expect(preview.textContent).toMatch(/Agency will delete the Deliverables within 14 days/);
    expect(preview.textContent).not.toMatch(/may audit/);
    await user.click(screen.getByRole("button", { name: "Insert addendum" }));
    expect(await screen.findAllByText(/Inserted the addendum at the end of the document/)).toHaveLength(2); // message bar + live region
    expect(host.texts).toContain(ADDENDUM_TITLE);
    expect(host.texts.some((t) => /within 14 days/.test(t))).toBe(true);
    expect(host.texts.some((t) => /may audit/.test(t))).toBe(false);

    // Export: Markdown download and JSON copy.
    await user.click(screen.getByRole("tab", { name: "Export" }));
    await user.click(screen.getByRole("button", { name: "Download Markdown" }));
    expect(download).toHaveBeenCalledWith("contract.termscore.md", expect.stringMatching(/^# TermScore report/), "text/markdown");
    await user.click(screen.getByRole("button", { name: "Copy JSON" }));
    const json = JSON.parse((copy.mock.calls[0] as unknown as [string])[0]);
    expect(json.version).toBe(1);
    // The report is the contract as it stands: TermScore's own pending changes are not agreed terms.
    expect(json.findings).toHaveLength(4);
    expect(json.addendumPresent).toBe(false);
    expect(screen.getByText("Copied the report as JSON.")).toBeTruthy();
  });

  test("Go to selects the trigger words; Comment only leaves the text alone", async () => {
    const host = new FakeHost(SAMPLE);
    const { user } = setup(host);
    await screen.findByRole("heading", { name: "Score" });
    const c = await expand(user, "internal business purposes");
    await user.click(within(c).getByRole("button", { name: "Go to" }));
    await waitFor(() => expect(host.selections).toEqual([{ paragraph: 3, start: 33, end: 59 }]));
    await user.click(within(c).getByRole("button", { name: "Comment only" }));
    await waitFor(() => expect(host.comments).toHaveLength(1));
    expect(host.comments[0]).toMatchObject({ paragraph: 3, anchor: "internal business purposes" });
    expect(host.comments[0].text).toBe(
      "Contractor: Some companies read internal purposes as including building their own AI. Proposed wording: replace “internal business purposes” with “its own operations, which exclude training AI on the Deliverables”."
    );
    expect(host.texts).toEqual(SAMPLE);
    expect(host.applyCalls[0].options?.commentOnly).toBe(true);
    await waitFor(() => expect(row("internal business purposes").textContent).toMatch(/Comment$/));
    expect(label(row("internal business purposes"))).toMatch(/ Comment$/);
  });

  test("Dismiss is remembered with the document and can be undone", async () => {
    const host = new FakeHost(SAMPLE);
    const first = setup(host);
    await screen.findByRole("heading", { name: "Score" });
    await first.user.click(within(await expand(first.user, "feedback")).getByRole("button", { name: "Dismiss" }));
    await waitFor(() => expect(host.dismissedStore).toHaveLength(1));
    await waitFor(() => expect(queryRow("feedback")).toBeNull());
    first.unmount();

    // Re-opening the pane on the same document keeps it hidden.
    const second = setup(host);
    await screen.findByRole("heading", { name: "Risky clauses (2)" });
    expect(screen.getByText("1 dismissed finding is hidden for this document.")).toBeTruthy();
    await second.user.click(screen.getByRole("button", { name: "Show dismissed again" }));
    await screen.findByRole("heading", { name: "Risky clauses (3)" });
    expect(host.dismissedStore).toEqual([]);
  });

  test("one-click fix for a missing protection inserts only that section", async () => {
    const host = new FakeHost(SAMPLE);
    const { user } = setup(host);
    await screen.findByRole("heading", { name: "Score" });
    await user.click(screen.getByRole("tab", { name: "Checklist and addendum (1 of 8 agreed)" }));
    const list = screen.getByRole("list", { name: "Protections checklist" });
    expect(within(list).getByRole("listitem", { name: "The protection survives the contract: agreed" })).toBeTruthy();
    expect(within(list).getByRole("listitem", { name: "AI is mentioned at all: missing" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Protections found (1)" })).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Add section: You can get a court order fast" }));
    await waitFor(() => expect(host.calls.insertAddendum).toBe(1));
    const added = host.texts.slice(SAMPLE.length);
    expect(added).toEqual([ADDENDUM_TITLE, "1. Contractor may seek injunctive relief."]);
    await waitFor(() => expect(within(screen.getByRole("list", { name: "Protections checklist" })).getByRole("listitem", { name: "You can get a court order fast: proposed" })).toBeTruthy());
    // Our own pending section is never credited as agreed: the tab counts only agreed protections.
    expect(screen.getByRole("tab", { name: "Checklist and addendum (1 of 8 agreed)" })).toBeTruthy();
  });

  test("errors appear in a MessageBar in plain words, and the document is untouched", async () => {
    const host = new FakeHost(SAMPLE);
    host.throwNext.read = "Word is busy";
    const { user } = setup(host);
    await screen.findByText(/Could not read the document: Word is busy/);
    expect(screen.getByText("Something went wrong")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Scan" }));
    await screen.findByRole("heading", { name: "Score" });
    expect(screen.queryByText("Something went wrong")).toBeNull();
    host.throwNext.apply = "GeneralException";
    await user.click(screen.getByRole("button", { name: "Apply all (3)" }));
    await screen.findByText(/Could not apply the suggestions: GeneralException/);
    expect(host.texts).toEqual(SAMPLE);
  });

  test("an old Word without tracked changes: plain warning, writing disabled", async () => {
    const host = new FakeHost(SAMPLE);
    host.caps = { kind: "word", comments: false, trackChanges: false, decideChanges: false, insertAtCursor: false, message: "This version of Word lacks tracked changes and comments (WordApi 1.4). Use Microsoft 365 or Word on the web." };
    const { user } = setup(host);
    await screen.findByText(/lacks tracked changes and comments/);
    const c = await expand(user, "for any purpose");
    expect((within(c).getByRole("button", { name: "Apply" }) as HTMLButtonElement).disabled).toBe(true);
    expect((within(c).getByRole("button", { name: "Comment only" }) as HTMLButtonElement).disabled).toBe(true);
    expect((within(c).getByRole("button", { name: "Go to" }) as HTMLButtonElement).disabled).toBe(false);
    expect((screen.getByRole("button", { name: /Apply all/ }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("coming back to the pane after editing the document: it says the findings are stale", async () => {
    const host = new FakeHost(SAMPLE);
    setup(host);
    await screen.findByRole("heading", { name: "Score" });
    const reads = host.calls.read;
    await act(async () => {
      fireEvent.focus(window);
    });
    await waitFor(() => expect(host.calls.read).toBe(reads + 1));
    expect(screen.queryByText("The document changed")).toBeNull(); // unchanged: no alarm
    host.editExternally(3, "The Agency may use them only for this project.");
    await act(async () => {
      fireEvent.focus(window);
    });
    await screen.findByText("The document changed");
    expect(host.calls.apply).toBe(0);
  });

  test("after Apply moves a row to the proposed ones, keyboard focus goes to the list heading, not the page", async () => {
    const host = new FakeHost(SAMPLE);
    const { user } = setup(host);
    await screen.findByRole("heading", { name: "Score" });
    const apply = within(await expand(user, "internal business purposes")).getByRole("button", { name: "Apply" });
    apply.focus();
    await user.keyboard("{Enter}");
    await screen.findByText("2 to act on · 1 with a change proposed, not agreed yet");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("heading", { name: "Risky clauses (3)" })));
  });

  test("browser mode (.docx host): no Go to, a read-only view of the clause instead", async () => {
    const host = new FakeHost(SAMPLE);
    host.caps = { kind: "docx", comments: true, trackChanges: true, decideChanges: false, insertAtCursor: false, message: "Reviewing a .docx file in the browser." };
    const { user } = setup(host);
    await screen.findByRole("heading", { name: "Score" });
    const panel = await expand(user, "internal business purposes");
    expect(within(panel).queryByRole("button", { name: "Go to" })).toBeNull();
    await user.click(within(panel).getByRole("button", { name: "Show clause" }));
    expect(within(panel).getByRole("region", { name: "The clause in the document" }).textContent).toContain(SAMPLE[2]);
    expect(screen.queryByText("Some features are not available")).toBeNull();
    expect(screen.getByText(/Changes go into a copy you download/)).toBeTruthy();
  });

  test("editing the detected names updates the addendum and the suggestions alike", async () => {
    const host = new FakeHost(SAMPLE);
    const { user } = setup(host);
    await screen.findByRole("heading", { name: "Score" });
    await user.click(screen.getByRole("tab", { name: /^Checklist and addendum/ }));
    const work = screen.getByRole("textbox", { name: /Your work is called/ });
    await user.clear(work);
    await user.type(work, "Artwork");
    expect(screen.getByRole("region", { name: "Preview" }).textContent).toContain("Agency shall not use the Artwork to train");
    await user.click(screen.getByRole("tab", { name: /^Clauses/ }));
    await waitFor(async () => expect((await expand(user, "for any purpose")).querySelector("ins")?.textContent).toMatch(/not to train any AI system on the Artwork/));
    // Cleared field: back to the name found in the document.
    await user.click(screen.getByRole("tab", { name: /^Checklist and addendum/ }));
    await user.clear(screen.getByRole("textbox", { name: /Your work is called/ }));
    await waitFor(() => expect(screen.getByRole("region", { name: "Preview" }).textContent).toContain("Agency shall not use the Deliverables to train"));
  });
});
