/**
 * @jest-environment jsdom
 */
/** Issue 15, browser mode: undo before download covers an inserted addendum, not only suggestions. */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { CreateDocxHost, DocxDocumentHost, DecideChangeResult } from "../../src/host/types";
import { ADDENDUM_TITLE } from "../../src/engine/read/sections";
import { describeInsertion } from "../../src/taskpane/components/ChangesPanel";
import { createHandler } from "../../src/taskpane/worker/handler";
import type { Request, Response } from "../../src/taskpane/worker/protocol";
import { FakeHost } from "./fakeHost";
import { fakeEngine } from "./fakeEngine";
import { SAMPLE } from "./sample";

class UndoDocx extends FakeHost implements DocxDocumentHost {
  removed: string[][] = [];
  constructor(
    readonly fileName: string,
    canUndo: boolean
  ) {
    super(SAMPLE);
    this.caps = { kind: "docx", comments: true, trackChanges: true, decideChanges: false, insertAtCursor: false, ...(canUndo ? { undoAddendum: true } : {}) };
  }
  async save(): Promise<Uint8Array> {
    return new Uint8Array(Buffer.from(this.texts.join("\n"), "utf8"));
  }
  /** Takes the block of paragraphs with exactly these texts back out. */
  async removeAddendum(texts: string[]): Promise<DecideChangeResult> {
    const at = this.paragraphs.findIndex((_, i) => texts.every((t, k) => this.paragraphs[i + k]?.text === t));
    if (at < 0) throw new Error("the addendum is not in this copy");
    this.paragraphs.splice(at, texts.length);
    this.removed.push(texts);
    return { changes: 1 };
  }
}

function setup(canUndo: boolean) {
  const opened: UndoDocx[] = [];
  const openDocx: jest.MockedFunction<CreateDocxHost> = jest.fn(async (_data, fileName) => {
    const d = new UndoDocx(fileName, canUndo);
    opened.push(d);
    return d;
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <App environment={{ kind: "browser", reason: "outside-office" }} host={null} engine={fakeEngine} openDocx={openDocx} download={jest.fn()} />
    </FluentProvider>
  );
  return { user: userEvent.setup(), opened };
}

const file = (name: string) => new File([new Uint8Array([80, 75, 3, 4])], name);

test("an inserted addendum is listed with the changes and can be undone before download", async () => {
  const { user, opened } = setup(true);
  await user.upload(screen.getByLabelText("Open a .docx file"), file("a.docx"));
  await screen.findByRole("heading", { name: "Score" });
  await user.click(screen.getByRole("tab", { name: /^Checklist and addendum/ }));
  await user.click(screen.getByRole("button", { name: "Insert addendum" }));
  await waitFor(() => expect(opened[0].texts).toContain(ADDENDUM_TITLE));
  const inserted = opened[0].texts.slice(opened[0].texts.indexOf(ADDENDUM_TITLE));
  await user.click(screen.getByRole("tab", { name: /^Clauses/ }));
  const list = await screen.findByRole("list", { name: "Sections added here" });
  expect(screen.getByRole("heading", { name: /^Changes made here \(1\)$/ })).toBeTruthy();
  expect(within(list).getByText(describeInsertion(inserted))).toBeTruthy();
  await user.click(within(list).getByRole("button", { name: new RegExp(`^Undo: adds “${ADDENDUM_TITLE}” \\(\\d+ sections?\\)$`) }));
  await screen.findByText(/Undone: the addendum is no longer in the copy\./);
  expect(opened[0].removed).toEqual([inserted]);
  expect(opened[0].texts).toEqual(SAMPLE);
  expect(screen.queryByRole("list", { name: "Sections added here" })).toBeNull();
  expect(screen.getByText("Every change made here has been undone.")).toBeTruthy();
});

test("a host that cannot take the addendum out: listed, no Undo button, Word's Review tab named instead", async () => {
  const { user, opened } = setup(false);
  await user.upload(screen.getByLabelText("Open a .docx file"), file("a.docx"));
  await screen.findByRole("heading", { name: "Score" });
  await user.click(screen.getByRole("tab", { name: /^Checklist and addendum/ }));
  await user.click(screen.getByRole("button", { name: "Insert addendum" }));
  await waitFor(() => expect(opened[0].texts).toContain(ADDENDUM_TITLE));
  await user.click(screen.getByRole("tab", { name: /^Clauses/ }));
  const list = await screen.findByRole("list", { name: "Sections added here" });
  expect(within(list).queryByRole("button", { name: /Undo/ })).toBeNull();
  expect(within(list).getByText(/open the downloaded copy in Word and use its Review tab/)).toBeTruthy();
});

test("describeInsertion: title and section count", () => {
  expect(describeInsertion([ADDENDUM_TITLE, "Intro.", "AI-1. Definitions", "x", "AI-2. No AI Training", "y"])).toBe(`Adds “${ADDENDUM_TITLE}” (2 sections).`);
  expect(describeInsertion([ADDENDUM_TITLE, "Intro.", "AI-1. Audit Rights", "x"])).toBe(`Adds “${ADDENDUM_TITLE}” (1 section).`);
});

test("the worker says whether the opened document can undo an addendum (capabilities().undoAddendum)", async () => {
  const posted: Response[] = [];
  const handle = createHandler((r: Response) => void posted.push(r));
  const { docx } = await import("../docx/helpers");
  const bytes = await docx("<w:p><w:r><w:t>The Agency may use the Deliverables for any purpose.</w:t></w:r></w:p>");
  await handle({ id: 1, op: "open", args: { data: bytes, fileName: "a.docx" } } as Request);
  await handle({ id: 2, op: "capabilities", args: {} } as Request);
  const caps = posted.find((r) => r.id === 2 && r.kind === "result") as { result: { kind: string; undoAddendum: boolean } };
  expect(caps.result.kind).toBe("docx");
  // the .docx host decides: true once it implements removeAddendum
  const { createDocxHost } = await import("../../src/docx/browserHost");
  const host = await createDocxHost(bytes, "a.docx");
  expect(caps.result.undoAddendum).toBe(typeof host.removeAddendum === "function");
});
