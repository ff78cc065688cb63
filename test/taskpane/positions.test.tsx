/**
 * @jest-environment jsdom
 */
/** Issue 12 in the pane: a position that does not apply is said in plain words; the addendum is in the contract's spelling. */
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyze, buildAddendum, formatReportMarkdown } from "../../src/engine";
import { App } from "../../src/taskpane/App";
import { positionGaps } from "../../src/taskpane/review/positions";
import { HAS_OPT_OUT } from "../../src/engine/fix/clause";
import { FindingRow } from "../../src/taskpane/components/FindingRow";
import type { ReviewEngine } from "../../src/taskpane/useReview";
import { FakeHost } from "./fakeHost";

const engine: ReviewEngine = { analyze, buildAddendum, formatReportMarkdown };
const PARTIES = "This agreement is between Harbor Light Media (the \u201cAgency\u201d) and Priya Nandakumar (the \u201cContractor\u201d).";
const findingOf = (text: string, more: string[] = []) => {
  const paragraphs = [PARTIES, ...more, text].map((t) => ({ text: t }));
  return analyze(paragraphs).findings.find((f) => f.paragraph === paragraphs.length - 1)!;
};

describe("positions that do not apply", () => {
  it("the pane's 'already has an opt-out' test is the engine's (one regex, exported by fix/clause.ts)", () => {
    const text = "The Agency may use the Deliverables to train its models unless the Contractor opts out in writing.";
    const f = findingOf(text);
    expect(HAS_OPT_OUT.test(text)).toBe(true);
    expect(f.suggestions.map((s) => s.position)).not.toContain("opt-out");
    const gaps = positionGaps(f, text, null);
    expect(gaps.find((g) => g.position === "opt-out")?.text).toMatch(/already lets you opt out/);
    // and a clause without one is not told so
    const plain = "The Agency may use the Deliverables to train its models.";
    expect(HAS_OPT_OUT.test(plain)).toBe(false);
    expect(positionGaps(findingOf(plain), plain, null).some((g) => /already lets you opt out/.test(g.text))).toBe(false);
  });

  it("no project in the contract: the project limit does not apply, and says why", () => {
    const text = "The Agency may use the Deliverables for any purpose.";
    const f = findingOf(text);
    expect(f.suggestions.map((s) => s.position)).not.toContain("project-scope");
    expect(positionGaps(f, text, null)).toEqual([{ position: "project-scope", reason: "no-project", text: "Limit to this project does not apply here: the contract describes no project or statement of work to limit the use to." }]);
  });

  it("a clause that already lets the user opt out: no second opt-out, said in plain words", () => {
    const text = "The Agency may use the Deliverables to train machine learning models, unless the Contractor opts out in writing.";
    const f = findingOf(text);
    expect(f.suggestions.map((s) => s.position)).toEqual(["primary"]);
    const gaps = positionGaps(f, text, "the project described in the applicable Statement of Work");
    expect(gaps.map((g) => g.position)).toEqual(["opt-out", "project-scope"]);
    expect(gaps[0].text).toBe("Right to opt out does not apply here: the clause already lets you opt out, so offering it again adds nothing.");
    // a project exists, so the project limit is missing for another reason, also said
    expect(gaps[1].text).toMatch(/^Limit to this project does not apply here: TermScore has no wording for it that fits this clause\.$/);
    expect(positionGaps(f, text, "the Project", true)[1].text).toMatch(/your playbook does not offer it/);
  });

  it("every position offered: nothing to say; no wording at all: left to the comment", () => {
    const f = findingOf("The Agency may use the Deliverables for any purpose.");
    const all = { ...f, suggestions: [...f.suggestions, { ...f.suggestions[0], position: "project-scope" as const }] };
    expect(positionGaps(all, "", "the Project")).toEqual([]);
    expect(positionGaps({ ...f, suggestions: [] }, "", null)).toEqual([]);
  });
});

describe("a chosen position that no longer applies", () => {
  test("the row says the pick does not apply and which wording Apply writes instead, with why", () => {
    const text = "The Agency may use the Deliverables to train machine learning models, unless the Contractor opts out in writing.";
    const f = findingOf(text);
    const paragraphs = [{ text: PARTIES }, { text }];
    const noop = () => undefined;
    render(
      <FluentProvider theme={webLightTheme}>
        <ul>
          <FindingRow
            item={{ finding: f, status: "open", paragraph: f.paragraph }}
            paragraphs={paragraphs}
            clause="§ 2"
            position="opt-out"
            commented={false}
            expanded
            tabStop
            buttonRef={noop}
            onToggle={noop}
            onRowKeyDown={noop}
            onRowFocus={noop}
            onPositionChange={noop}
            onGoTo={noop}
            onApply={noop}
            onCommentOnly={noop}
            onDismiss={noop}
            canApply
            canComment
            busy={false}
            project={null}
          />
        </ul>
      </FluentProvider>
    );
    // the reason is the gap's own field (POSITION_GAP_REASON), not words cut out of its sentence
    expect(
      screen.getByText("You chose “Right to opt out”, but it does not apply to this clause now, so Apply writes “Prohibit it (recommended)”. Why: the clause already lets you opt out, so offering it again adds nothing.")
    ).toBeTruthy();
    expect(screen.getByText(/^Limit to this project does not apply here: the contract describes no project/)).toBeTruthy();
  });
});

function setup(host: FakeHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App environment={{ kind: "word" }} host={host} engine={engine} download={jest.fn()} copy={async () => undefined} />
    </FluentProvider>
  );
  return userEvent.setup();
}

describe("in the pane", () => {
  test("an open finding says which positions do not apply and why; the addendum previews in UK spelling for a UK contract", async () => {
    const host = new FakeHost([PARTIES, "The Agency is granted a perpetual licence to use the Deliverables for any purpose, and the Contractor shall be recognised as author."]);
    const user = setup(host);
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    const list = screen.getByRole("list", { name: /^Findings/ });
    await user.click(within(list).getAllByRole("button", { expanded: false })[0]);
    expect(await screen.findByText("Limit to this project does not apply here: the contract describes no project or statement of work to limit the use to.")).toBeTruthy();
    await user.click(screen.getByRole("tab", { name: /^Checklist and addendum/ }));
    const preview = screen.getByRole("region", { name: "Preview" }).textContent ?? "";
    expect(preview).toMatch(/\blicence\b/);
    expect(preview).not.toMatch(/\blicense\b/);
    expect(preview).toMatch(/anonymised/);
    await user.click(screen.getByRole("button", { name: "Insert addendum" }));
    await screen.findAllByText(/Inserted the addendum/);
    expect(host.paragraphs.some((p) => /\blicence\b/.test(p.text) && p.text !== host.paragraphs[1].text)).toBe(true);
    expect(host.paragraphs.some((p) => /\blicense\b/.test(p.text))).toBe(false);
  }, 30_000);

  test("a US contract keeps US spelling", async () => {
    const host = new FakeHost([PARTIES, "The Agency is granted a perpetual license to use the Deliverables for any purpose; the data may be anonymized."]);
    const user = setup(host);
    await screen.findByRole("heading", { name: "Score" }, { timeout: 15_000 });
    await user.click(screen.getByRole("tab", { name: /^Checklist and addendum/ }));
    const preview = screen.getByRole("region", { name: "Preview" }).textContent ?? "";
    expect(preview).toMatch(/\blicense\b/);
    expect(preview).not.toMatch(/\blicence\b/);
  }, 30_000);
});
