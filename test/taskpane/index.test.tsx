/**
 * @jest-environment jsdom
 */
/**
 * The real entry point (index.tsx) in Word: with Office reporting Word, it creates the Word
 * host from the Office.js globals and the pane scans the open document. The globals are the
 * Word layer's fake object model (no Word on Linux).
 */
import { screen } from "@testing-library/react";
import { FakeWord } from "../support/fakeWord";
import { createHandler } from "../../src/taskpane/worker/handler";
import type { Request, Response } from "../../src/taskpane/worker/protocol";

// jsdom has no TextEncoder / TextDecoder (browsers and workers do): the paragraphs cross to the worker as UTF-8.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "util";
const encoding = globalThis as unknown as { TextEncoder?: unknown; TextDecoder?: unknown };
encoding.TextEncoder ??= NodeTextEncoder;
encoding.TextDecoder ??= NodeTextDecoder;

/** jsdom has no Web Worker: this one runs the real worker handler in the same thread, asynchronously. */
class InProcessWorker {
  static created: string[] = [];
  onmessage: ((e: { data: Response }) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  private readonly handle = createHandler((response) => setTimeout(() => this.onmessage?.({ data: response }), 0));
  constructor(url: string) {
    InProcessWorker.created.push(url);
  }
  postMessage(message: Request): void {
    setTimeout(() => void this.handle(message), 0);
  }
  terminate(): void {
    this.onmessage = null;
  }
}

test("index.tsx in Word: wires createWordHost() to the globals and scans the document on open, analysing in the worker", async () => {
  const fake = new FakeWord([
    "This agreement is between Northwind Studio (the “Agency”) and Sam Okafor (the “Contractor”).",
    "The Agency may use the Deliverables for any purpose.",
  ]);
  const office = Object.assign(fake.officeGlobal(), {
    HostType: { Word: "Word" },
    onReady: (cb?: (info: { host: unknown; platform: unknown }) => void) => {
      cb?.({ host: "Word", platform: "PC" });
      return Promise.resolve({ host: "Word", platform: "PC" });
    },
  });
  const g = globalThis as unknown as { Office?: unknown; Word?: unknown; Worker?: unknown };
  g.Office = office;
  g.Worker = InProcessWorker;
  g.Word = fake.wordGlobal();
  document.body.innerHTML = '<div id="root"></div>';
  // index.tsx renders on its own schedule, as in the browser: not inside act().
  const actEnv = globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  const previousAct = actEnv.IS_REACT_ACT_ENVIRONMENT;
  actEnv.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    await import("../../src/taskpane/index");
    await screen.findByText("Connected to the open document.");
    // the first scan compiles every rule in the (in-process) worker and scans the sample; on a loaded
    // machine that can pass the default 1 s, so this wait is longer (a functional check, not a timing one)
    await screen.findByRole("heading", { name: /^Risky clauses \([1-9]\d*\)$/ }, { timeout: 15_000 });
    expect(window.__termscoreReady).toBe(true);
    expect(screen.queryByText("Not running inside Word")).toBeNull();
    expect(fake.syncs).toBeGreaterThan(0);
    // The analysis ran in the pane's worker, loaded by its file name.
    expect(InProcessWorker.created).toEqual(["review-worker.js"]);
  } finally {
    delete g.Worker;
    delete g.Office;
    delete g.Word;
    actEnv.IS_REACT_ACT_ENVIRONMENT = previousAct;
  }
});
