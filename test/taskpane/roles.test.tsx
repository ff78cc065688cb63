/**
 * @jest-environment jsdom
 */
/**
 * Issue 11, "which side am I", in the pane: the roles read from the contract at the top of the
 * review, one click to swap sides or confirm, and the review follows the confirmed roles (real engine).
 */
import * as React from "react";
import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { RolesBar } from "../../src/taskpane/components/RolesBar";
import { analyze, buildAddendum, formatReportMarkdown } from "../../src/engine";
import { FakeHost } from "./fakeHost";
import { PROVIDER_CONTRACT } from "../fixtures/providerContract";

const engine = { analyze, buildAddendum, formatReportMarkdown };
afterEach(cleanup);

const CONTRACT = PROVIDER_CONTRACT;

function ui(host: FakeHost) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App environment={{ kind: "word" }} host={host} engine={engine} />
    </FluentProvider>
  );
}

test("the pane says who is who, read from the contract, and follows a swap of sides", async () => {
  const user = userEvent.setup();
  ui(new FakeHost(CONTRACT));
  const bar = await screen.findByRole("group", { name: "Roles in this contract" });
  expect(bar.textContent).toMatch(/You: Provider · Other side: Customer · Your work: Deliverables/);
  expect(bar.textContent).not.toMatch(/Check:/);
  const before = analyze(CONTRACT.map((text) => ({ text })));
  expect(before.findings.map((f) => f.paragraph)).toContain(3);
  await user.click(screen.getByRole("button", { name: /^Swap sides/ }));
  await waitFor(() => expect(screen.getByRole("group", { name: "Roles in this contract" }).textContent).toMatch(/You: Customer · Other side: Provider/), { timeout: 5000 });
  // the engine now reads the contract from the Customer's side: its own broad right is no risk,
  // the Provider's feedback right is (the same swap, run directly, agrees)
  const after = analyze(CONTRACT.map((text) => ({ text })), { parties: { contractor: "Customer", agency: "Provider", work: "Deliverables" } });
  expect(after.roles.source).toBe("user");
  expect(after.findings.map((f) => f.paragraph)).not.toContain(3);
  expect(after.findings.map((f) => f.paragraph)).toContain(4);
});

test("while unsure the bar asks to check, says why, and one click confirms", async () => {
  const user = userEvent.setup();
  const onChange = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <RolesBar user="Provider" other="Customer" work="Deliverables" sure={false} question="TermScore could not tell which side you are." onChange={onChange} />
    </FluentProvider>
  );
  const bar = screen.getByRole("group", { name: "Roles in this contract" });
  expect(bar.textContent).toMatch(/^Check: You: Provider/);
  expect(bar.querySelector("[title]")?.getAttribute("title")).toMatch(/could not tell which side you are/);
  await user.click(screen.getByRole("button", { name: /^Confirm roles/ }));
  expect(onChange).toHaveBeenLastCalledWith({ user: "Provider", other: "Customer", work: "Deliverables" });
  await user.click(screen.getByRole("button", { name: /^Swap sides/ }));
  expect(onChange).toHaveBeenLastCalledWith({ user: "Customer", other: "Provider", work: "Deliverables" });
});

test('terms written as "we" and "you" show the pronouns quoted, so the bar reads as a statement about the contract', () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <RolesBar user="we" other="you" work="website" sure={false} question="TermScore could not tell what your work is called." onChange={jest.fn()} />
    </FluentProvider>
  );
  expect(screen.getByRole("group", { name: "Roles in this contract" }).textContent).toMatch(/You: "we" · Other side: "you" · Your work: website/);
});
