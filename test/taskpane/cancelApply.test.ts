/**
 * Cancel of Apply all (issue 15, "no freezes"): in browser mode the writing stops in the worker and
 * the copy is put back exactly as it was before Apply all (earlier changes kept), with the review as
 * it was; then Apply all runs again to the end. The in-page host, the worker protocol and the
 * controller are each tested; the pane in Chromium is test/browser/review.test.ts.
 */
import { inProcess } from "./inProcessWorker";
import { createDocxHost } from "../../src/docx/browserHost";
import { analyze, buildAddendum, formatReportMarkdown } from "../../src/engine";
import { docxOpener } from "../../src/taskpane/worker/remote";
import { planApplyAll } from "../../src/taskpane/controller/applyPlan";
import { ReviewController, type ReviewEngine } from "../../src/taskpane/controller";
import type { ApplyRequest, DocxDocumentHost } from "../../src/host/types";
import { longContractDocx } from "../browser/longContract";


const texts = async (h: DocxDocumentHost) => (await h.read()).paragraphs.map((p) => p.text);
/** The saved copy's text, read back by a fresh host. */
const savedTexts = async (h: DocxDocumentHost) => texts(await createDocxHost(await h.save(), "saved.docx"));

async function plan(h: DocxDocumentHost): Promise<ApplyRequest[]> {
  const snap = await h.read();
  return planApplyAll(analyze(snap.paragraphs).findings, {}, snap.paragraphs).requests;
}

jest.setTimeout(60_000);

test("the in-page host stops between two edits and puts the copy back as it was, an earlier change kept", async () => {
  const host = await createDocxHost(await longContractDocx(40), "long.docx");
  const all = await plan(host);
  expect(all.length).toBeGreaterThan(5);
  // an earlier write, before Apply all: it stays
  await host.apply([all[0]]);
  const before = await texts(host);
  const mark = await host.checkpoint!();
  const rest = await plan(host);
  const abort = new AbortController();
  const seen: number[] = [];
  const run = host.apply(rest, {
    signal: abort.signal,
    onProgress: (done) => {
      seen.push(done);
      if (done === 2) abort.abort();
    },
  });
  await expect(run).rejects.toMatchObject({ name: "CancelledError" });
  // it stopped: two edits written, then none
  expect(seen).toEqual([1, 2]);
  expect(await texts(host)).toEqual(before);
  expect(await savedTexts(host)).toEqual(before);
  expect(before.join("\n")).toContain(all[0].replacement);
  // the copy is usable: Apply all again goes to the end, and rollback to the mark takes it out again
  const again = await host.apply(await plan(host));
  expect(again.results.every((r) => r.status === "applied")).toBe(true);
  expect(await texts(host)).not.toEqual(before);
  await host.rollback!(mark);
  expect(await texts(host)).toEqual(before);
});

test("through the worker: Cancel sent with the request stops it there and the copy is as before", async () => {
  const host = await docxOpener(inProcess()).open(await longContractDocx(40), "long.docx");
  expect((await host.capabilities()).cancelApply).toBe(true);
  const before = await texts(host);
  const requests = await plan(host);
  const abort = new AbortController();
  const run = host.apply(requests, { signal: abort.signal });
  abort.abort();
  await expect(run).rejects.toMatchObject({ name: "CancelledError" });
  expect(await texts(host)).toEqual(before);
  expect(await savedTexts(host)).toEqual(before);
  // without Cancel the same request writes every edit
  const done = await host.apply(requests, { signal: new AbortController().signal });
  expect(done.results.filter((r) => r.status === "applied")).toHaveLength(requests.length);
});

test.each([
  ["while the edits are written", (label: string) => /^\d+\/\d+/.test(label)],
  ["after the edits and the addendum, during the re-scan", (label: string) => label === "Checking the contract again…"],
])("the controller: Cancel during Apply all (with the addendum) %s leaves the copy and the review as they were", async (_when, at) => {
  const engine: ReviewEngine = { analyze, buildAddendum, formatReportMarkdown };
  const host = await docxOpener(inProcess()).open(await longContractDocx(40), "long.docx");
  const c = new ReviewController(engine);
  await c.open(host);
  const f = c.getSnapshot().report!.findings[0];
  await c.apply(f); // an earlier change, kept
  const before = c.getSnapshot();
  const text = await texts(host);
  expect(before.capabilities?.cancelApply).toBe(true);
  expect(before.writes).toBe(1);
  const progress: string[] = [];
  let cancelled = false;
  const stop = c.subscribe(() => {
    const p = c.getSnapshot().progress;
    if (!p) return;
    progress.push(`${p.label ?? `${p.done}/${p.total}`}${p.cancellable ? " (can cancel)" : ""}`);
    if (p.cancellable && !cancelled && at(p.label ?? `${p.done}/${p.total}`)) {
      cancelled = true;
      c.cancelApplyAll();
    }
  });
  await c.applyAll({ addendum: true });
  stop();
  const after = c.getSnapshot();
  expect(cancelled).toBe(true);
  expect(progress[0]).toMatch(/^0\/\d+ \(can cancel\)$/);
  const cancelling = progress.indexOf("Cancelling: putting the copy back as it was…");
  expect(progress.slice(0, cancelling).every((p) => p.endsWith("(can cancel)"))).toBe(true);
  expect(progress.slice(cancelling).every((p) => p === "Cancelling: putting the copy back as it was…")).toBe(true);
  expect(progress).toContain("Cancelling: putting the copy back as it was…");
  expect(after.status).toBe("Apply all cancelled. Nothing of it was kept: the copy is as it was before.");
  expect(after.busy).toBeNull();
  expect(after.progress).toBeNull();
  expect(after.error).toBeNull();
  // the copy and the review as before Apply all: the earlier change kept, nothing of Apply all
  expect(await texts(host)).toEqual(text);
  expect(await savedTexts(host)).toEqual(text);
  expect(after.writes).toBe(before.writes);
  expect(after.applied).toEqual(before.applied);
  expect(after.insertions).toEqual(before.insertions);
  expect(after.fingerprint).toBe(before.fingerprint);
  expect(after.report).toBe(before.report);
  expect(after.summary).toEqual({ action: "apply-all", items: [], cancelled: true, note: "Nothing of it was kept: the copy is as it was before." });
  // and Apply all still works to the end
  await c.applyAll({ addendum: true });
  const done = c.getSnapshot();
  expect(done.status).toMatch(/^Done: \d+ applied/);
  expect(done.writes).toBe(before.writes + 2);
  expect(done.insertions).toHaveLength(1);
  expect(await texts(host)).not.toEqual(text);
});

test("Word cannot stop its two round trips: no Cancel is offered there", async () => {
  const { FakeHost } = await import("./fakeHost");
  const c = new ReviewController({ analyze, buildAddendum, formatReportMarkdown });
  await c.open(new FakeHost(["The Agency may use the Deliverables for any purpose.", "The Agency may aggregate the Deliverables with other data."]));
  const seen: boolean[] = [];
  const stop = c.subscribe(() => {
    const p = c.getSnapshot().progress;
    if (p) seen.push(p.cancellable === true);
  });
  await c.applyAll();
  stop();
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.every((x) => !x)).toBe(true);
  expect(c.getSnapshot().status).toMatch(/^Done: /);
});
