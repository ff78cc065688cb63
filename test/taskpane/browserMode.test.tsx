/**
 * @jest-environment jsdom
 */
/** Browser mode: open a .docx, review it, and never lose the reviewed copy by accident. */
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { CreateDocxHost, DocxDocumentHost } from "../../src/host/types";
import { FakeHost } from "./fakeHost";
import { fakeEngine } from "./fakeEngine";
import { SAMPLE } from "./sample";
import { expand } from "./rows";
import type { ReviewEngine } from "../../src/taskpane/useReview";
import { CancelledError } from "../../src/engine/common/cancelled";

class FakeDocx extends FakeHost implements DocxDocumentHost {
  constructor(readonly fileName: string) {
    super(SAMPLE);
    this.caps = { kind: "docx", comments: true, trackChanges: true, decideChanges: false, insertAtCursor: false };
  }
  async save(): Promise<Uint8Array> {
    return new Uint8Array(Buffer.from(this.texts.join("\n"), "utf8"));
  }
}

function setup() {
  const opened: FakeDocx[] = [];
  const openDocx: jest.MockedFunction<CreateDocxHost> = jest.fn(async (_data, fileName) => {
    const d = new FakeDocx(fileName);
    opened.push(d);
    return d;
  });
  const download = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <App environment={{ kind: "browser", reason: "outside-office" }} host={null} engine={fakeEngine} openDocx={openDocx} download={download} />
    </FluentProvider>
  );
  return { user: userEvent.setup(), openDocx, opened, download };
}

const file = (name: string) => new File([new Uint8Array([80, 75, 3, 4])], name);

test("opening another file with changes not downloaded asks first; the reviewed copy can be saved before", async () => {
  const { user, openDocx, download } = setup();
  await user.upload(screen.getByLabelText("Open a .docx file"), file("a.docx"));
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
  expect(screen.getByText("a.docx")).toBeTruthy();
  await user.click(within(await expand(user, "internal business purposes")).getByRole("button", { name: "Apply" }));
  await screen.findByText("a.docx (changes not downloaded)");

  // Leaving the page now would ask the browser to confirm.
  const leave = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(leave);
  expect(leave.defaultPrevented).toBe(true);

  await user.upload(screen.getByLabelText("Open a .docx file"), file("b.docx"));
  await screen.findByText("“a.docx” has changes you have not downloaded. Opening “b.docx” drops them.");
  expect(openDocx).toHaveBeenCalledTimes(1);
  await user.click(screen.getByRole("button", { name: "Download reviewed copy first" }));
  await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
  expect(download.mock.calls[0][0]).toBe("a.reviewed.docx");
  expect(download.mock.calls[0][2]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const saved = Buffer.from(download.mock.calls[0][1] as Uint8Array).toString("utf8");
  expect(saved).toContain("its own operations, which exclude training AI on the Deliverables");
  await screen.findByText("The reviewed copy is downloaded. Open “b.docx” now?");
  const after = new Event("beforeunload", { cancelable: true });
  window.dispatchEvent(after);
  expect(after.defaultPrevented).toBe(false);
  await user.click(screen.getByRole("button", { name: "Open it" }));
  await screen.findByText("b.docx");
  expect(openDocx).toHaveBeenCalledTimes(2);
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
});

test("discarding is a deliberate choice, and Cancel keeps the current file", async () => {
  const { user, openDocx } = setup();
  await user.upload(screen.getByLabelText("Open a .docx file"), file("a.docx"));
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
  await user.click(within(await expand(user, "feedback")).getByRole("button", { name: "Comment only" }));
  await screen.findByText(/changes not downloaded/);
  await user.upload(screen.getByLabelText("Open a .docx file"), file("b.docx"));
  await user.click(await screen.findByRole("button", { name: "Cancel" }));
  expect(screen.getByText("a.docx (changes not downloaded)")).toBeTruthy();
  await user.upload(screen.getByLabelText("Open a .docx file"), file("c.docx"));
  await user.click(await screen.findByRole("button", { name: "Discard and open" }));
  await screen.findByText("c.docx");
  expect(openDocx.mock.calls.map((c) => c[1])).toEqual(["a.docx", "c.docx"]);
  await waitFor(() => expect(screen.queryByText(/changes not downloaded/)).toBeNull());
});

test("no changes yet: another file opens straight away", async () => {
  const { user, openDocx } = setup();
  await user.upload(screen.getByLabelText("Open a .docx file"), file("a.docx"));
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
  await user.upload(screen.getByLabelText("Open a .docx file"), file("b.docx"));
  await screen.findByText("b.docx");
  expect(openDocx).toHaveBeenCalledTimes(2);
});

test("opening a file shows the worker's steps with a bar that fills, not one fixed line", async () => {
  let step: ((phase: string, done: number, total: number) => void) | undefined;
  let finish: (() => void) | undefined;
  const openDocx: jest.MockedFunction<CreateDocxHost> = jest.fn(async (_data, fileName, options) => {
    step = options?.onProgress;
    await new Promise<void>((resolve) => (finish = resolve));
    return new FakeDocx(fileName);
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <App environment={{ kind: "browser", reason: "outside-office" }} host={null} engine={fakeEngine} openDocx={openDocx} download={jest.fn()} />
    </FluentProvider>
  );
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText("Open a .docx file"), file("a.docx"));
  expect((await screen.findByRole("progressbar", { name: "Opening the file…" })).getAttribute("aria-valuenow")).toBeNull();
  await waitFor(() => expect(step).toBeDefined());
  act(() => step?.("Unpacking the file…", 0, 2));
  expect(screen.getByRole("progressbar", { name: "Unpacking the file…" }).getAttribute("aria-valuenow")).toBe("0");
  act(() => step?.("Reading the text…", 1, 2));
  expect(screen.getByRole("progressbar", { name: "Reading the text…" }).getAttribute("aria-valuenow")).toBe("0.5");
  await act(async () => finish?.());
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
  expect(screen.queryByRole("progressbar", { name: /file|text/ })).toBeNull();
});

test("the check shows how many paragraphs the engine has read, with a bar that fills; Cancel stops it", async () => {
  // an engine that says how far it has come, then waits for the test
  let tell: ((done: number, total: number) => void) | undefined;
  let finish: (() => void) | undefined;
  let stop: ((e: Error) => void) | undefined;
  const engine: ReviewEngine = {
    ...fakeEngine,
    analyze: (paragraphs, options) =>
      new Promise((resolve, reject) => {
        tell = options?.onProgress;
        finish = () => resolve(fakeEngine.analyze(paragraphs, options));
        stop = reject;
      }),
    cancel: () => stop?.(new CancelledError()),
  };
  const openDocx: jest.MockedFunction<CreateDocxHost> = jest.fn(async (_data, fileName) => new FakeDocx(fileName));
  render(
    <FluentProvider theme={webLightTheme}>
      <App environment={{ kind: "browser", reason: "outside-office" }} host={null} engine={engine} openDocx={openDocx} download={jest.fn()} />
    </FluentProvider>
  );
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText("Open a .docx file"), file("a.docx"));
  // before the engine says anything: the moving bar
  expect((await screen.findByRole("progressbar", { name: "Checking the contract…" })).getAttribute("aria-valuenow")).toBeNull();
  await waitFor(() => expect(tell).toBeDefined());
  act(() => tell?.(0, 1200));
  expect(screen.getByRole("progressbar", { name: "Checking the contract… (0 of 1200 paragraphs)" }).getAttribute("aria-valuenow")).toBe("0");
  act(() => tell?.(768, 1200));
  expect(screen.getByRole("progressbar", { name: "Checking the contract… (768 of 1200 paragraphs)" }).getAttribute("aria-valuenow")).toBe("0.64");
  // Cancel during the check: no score, no bar, and the next scan starts from nothing
  await user.click(screen.getByRole("button", { name: "Cancel" }));
  await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
  expect(screen.queryByRole("heading", { name: /^Risky clauses/ })).toBeNull();
  await user.click(await screen.findByRole("button", { name: /^(Scan|Check)/ }));
  expect(await screen.findByRole("progressbar", { name: "Checking the contract…" })).toBeTruthy();
  act(() => tell?.(1200, 1200));
  expect(screen.getByRole("progressbar", { name: "Checking the contract… (1200 of 1200 paragraphs)" }).getAttribute("aria-valuenow")).toBe("1");
  await act(async () => finish?.());
  await screen.findByRole("heading", { name: "Risky clauses (3)" });
  expect(screen.queryByRole("progressbar")).toBeNull();
});
