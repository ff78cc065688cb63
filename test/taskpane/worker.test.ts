/**
 * The pane's worker protocol, run in-process: the handler the worker runs, the client's promises,
 * progress and Cancel, the .docx host proxied through it, and the review memo it builds.
 */
import { createDocx } from "../../src/docx/create";
import { createDocxHost } from "../../src/docx/browserHost";
import { analyze, formatReportMarkdown } from "../../src/engine";
import { createHandler } from "../../src/taskpane/worker/handler";
import { CancelledError, WorkerClient, type WorkerLike } from "../../src/taskpane/worker/client";
import { docxOpener, workerEngine } from "../../src/taskpane/worker/remote";
import type { Request, Response } from "../../src/taskpane/worker/protocol";
import { buildMemoDocx } from "../../src/taskpane/memo";
import type { MemoInput } from "../../src/taskpane/memoInput";

/** A Worker stand-in: the real handler, messages delivered asynchronously, terminate() drops them. */
function inProcess(delayMs = 0): { create: () => WorkerLike; made: () => number; terminated: () => number } {
  let made = 0;
  let terminated = 0;
  return {
    create: () => {
      made++;
      let alive = true;
      const w: WorkerLike = {
        onmessage: null,
        onerror: null,
        // cloned as a real worker would (a function in the message throws here as it would there)
        postMessage: (m: unknown) => {
          const copy = structuredClone(m) as Request;
          setTimeout(() => alive && void handle(copy), delayMs);
        },
        terminate: () => {
          alive = false;
          terminated++;
        },
      };
      const handle = createHandler((r: Response) => setTimeout(() => alive && w.onmessage?.({ data: r } as MessageEvent<Response>), 0));
      return w;
    },
    made: () => made,
    terminated: () => terminated,
  };
}

// Sentences written for this test.
const TEXT = ["Agreement", "The Agency may use the Deliverables for any purpose.", "The Agency may aggregate the Deliverables with other data."];

test("analysis in the worker gives the engine's report", async () => {
  const w = inProcess();
  const engine = workerEngine(w.create, { buildAddendum: () => [] });
  const paragraphs = TEXT.map((text) => ({ text }));
  expect(await engine.analyze(paragraphs)).toEqual(analyze(paragraphs));
});

test("the Markdown report is formatted in the worker, as the engine formats it (the page carries none of it)", async () => {
  const w = inProcess();
  const engine = workerEngine(w.create, { buildAddendum: () => [] });
  const report = analyze(TEXT.map((text) => ({ text })));
  const md = await engine.formatReportMarkdown(report);
  expect(md).toBe(formatReportMarkdown(report));
  expect(md).toMatch(/^# /m);
});

test("Cancel rejects the waiting request at once and the next request starts a fresh worker", async () => {
  const w = inProcess(50);
  const engine = workerEngine(w.create, { buildAddendum: () => [] });
  const paragraphs = TEXT.map((text) => ({ text }));
  // Cancelled while still being packed on the page: never sent.
  const packing = engine.analyze(paragraphs);
  engine.cancel?.();
  await expect(packing).rejects.toBeInstanceOf(CancelledError);
  // Cancelled while the worker checks it: the worker is stopped.
  const running = engine.analyze(paragraphs);
  await new Promise((resolve) => setTimeout(resolve, 10));
  engine.cancel?.();
  await expect(running).rejects.toBeInstanceOf(CancelledError);
  expect(w.terminated()).toBe(1);
  await expect(engine.analyze(paragraphs)).resolves.toMatchObject({ version: 1 });
  expect(w.made()).toBe(2);
});

test("the worker posts the analysis's progress (first 0 of N, last N of N, in order); the report is the same; Cancel during the check stops it", async () => {
  const w = inProcess();
  const engine = workerEngine(w.create, { buildAddendum: () => [] });
  const paragraphs = Array.from({ length: 2000 }, (_, i) => ({ text: i % 7 === 3 ? TEXT[1 + (i % 2)] : `${i}. The parties shall meet each month to review the schedule.` }));
  const seen: Array<[number, number]> = [];
  const report = await engine.analyze(paragraphs, { onProgress: (d, t) => seen.push([d, t]) });
  expect(report).toEqual(analyze(paragraphs));
  expect(seen[0]).toEqual([0, 2000]);
  expect(seen[seen.length - 1]).toEqual([2000, 2000]);
  for (let k = 1; k < seen.length; k++) expect(seen[k][0]).toBeGreaterThan(seen[k - 1][0]);
  // Cancel at the first progress message: the check is stopped (the worker terminated), nothing else arrives
  let after = 0;
  const cancelled = engine.analyze(paragraphs, {
    onProgress: () => {
      after++;
      engine.cancel?.();
    },
  });
  await expect(cancelled).rejects.toBeInstanceOf(CancelledError);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(after).toBe(1);
  expect(w.terminated()).toBe(1);
  await expect(engine.analyze(TEXT.map((text) => ({ text })))).resolves.toMatchObject({ version: 1 });
});

test("a .docx opened in the worker reads, applies with progress and saves like the in-page host", async () => {
  const bytes = await createDocx(TEXT.map((text) => ({ text })));
  const keep = Buffer.from(bytes);
  const opener = docxOpener(inProcess().create);
  const phases: string[] = [];
  const host = await opener.open(bytes, "a.docx", { author: "Sam Okafor", onProgress: (p, d, t) => phases.push(`${p} ${d}/${t}`) });
  expect(phases).toEqual(["Unpacking the file… 0/2", "Reading the text… 1/2"]);
  expect(Buffer.from(bytes).equals(keep)).toBe(true); // the caller's bytes are untouched
  const local = await createDocxHost(bytes, "a.docx", { author: "Sam Okafor" });
  const snap = await host.read();
  expect(snap).toEqual(await local.read());
  expect((await host.capabilities()).kind).toBe("docx");
  const f = analyze(snap.paragraphs).findings[0];
  const s = f.suggestions[0];
  const progress: Array<[number, number]> = [];
  const result = await host.apply(
    [{ id: f.id, paragraph: s.paragraph, start: s.start, end: s.end, original: s.original, replacement: s.replacement, comment: s.comment, paragraphText: snap.paragraphs[s.paragraph].text }],
    { onProgress: (d, t) => progress.push([d, t]) }
  );
  expect(result.results.map((r) => r.status)).toEqual(["applied"]);
  expect(progress.length).toBeGreaterThan(0);
  const saved = await host.save();
  const reopened = await createDocxHost(saved, "b.docx");
  expect((await reopened.read()).paragraphs[s.paragraph].text).toContain(s.replacement);
  // The author the user gave is on the tracked change.
  const JSZip = (await import("jszip")).default;
  const xml = await (await JSZip.loadAsync(saved)).file("word/document.xml")!.async("string");
  expect(xml).toContain('w:author="Sam Okafor"');
});

test("a suggestion applied in the worker can be undone there before download", async () => {
  const bytes = await createDocx(TEXT.map((text) => ({ text })));
  const host = await docxOpener(inProcess().create).open(bytes, "a.docx");
  const snap = await host.read();
  expect((await host.capabilities()).decideChanges).toBe(true);
  const f = analyze(snap.paragraphs).findings[0];
  const s = f.suggestions[0];
  await host.apply([{ id: f.id, paragraph: s.paragraph, start: s.start, end: s.end, original: s.original, replacement: s.replacement, comment: s.comment, paragraphText: snap.paragraphs[s.paragraph].text }]);
  expect((await host.read()).paragraphs[s.paragraph].text).toContain(s.replacement);
  expect(await host.decideChange!(f.id, false)).toMatchObject({ changes: 1 });
  expect((await host.read()).paragraphs).toEqual(snap.paragraphs);
  const reopened = await createDocxHost(await host.save(), "b.docx");
  expect((await reopened.read()).paragraphs.map((p) => p.text)).toEqual(snap.paragraphs.map((p) => p.text));
});

test("a file that is not a .docx fails with the reader's code (for a plain message), and Cancel stops an opening", async () => {
  const opener = docxOpener(inProcess().create);
  await expect(opener.open(new TextEncoder().encode("hello"), "x.docx")).rejects.toMatchObject({ code: "not-zip" });
  const slow = docxOpener(inProcess(100).create);
  const opening = slow.open(await createDocx([{ text: "Hello." }]), "y.docx");
  slow.cancel();
  await expect(opening).rejects.toBeInstanceOf(CancelledError);
});

test("a client with nothing pending is not busy; an unknown worker crash rejects every waiting call", async () => {
  let worker: WorkerLike | null = null;
  const client = new WorkerClient(() => {
    worker = { onmessage: null, onerror: null, postMessage: () => undefined, terminate: () => undefined };
    return worker;
  });
  expect(client.busy).toBe(false);
  const a = client.call("read", {});
  expect(client.busy).toBe(true);
  (worker as unknown as WorkerLike).onerror?.({ message: "boom", preventDefault: () => undefined } as unknown as ErrorEvent);
  await expect(a).rejects.toThrow(/the checking engine stopped \(boom\)/);
  expect(client.busy).toBe(false);
});

test("the review memo is a .docx with the scores, the findings with their redline, and the checklist", async () => {
  const input: MemoInput = {
    fileName: "msa.docx",
    version: "0.1.0",
    date: "2026-12-04",
    standingScore: 35,
    standingVerdict: "Risky",
    proposedScore: 88,
    proposedLabel: "If the other side accepts the changes proposed",
    parties: { user: "Contractor", other: "Agency", work: "Deliverables" },
    findings: [
      {
        clause: "§ 1",
        risk: "High risk",
        category: "Broad license",
        trigger: "for any purpose",
        message: "The license covers any purpose.",
        rationale: "Any purpose includes AI training.",
        status: "open",
        sentence: { before: "The Agency may use the Deliverables ", deleted: "for any purpose", inserted: "for this project only", after: "." },
        positions: [{ label: "Limit to this project", wording: "for this project only" }],
      },
    ],
    checklist: [{ label: "AI training is prohibited", status: "proposed" }],
  };
  const bytes = await buildMemoDocx(input);
  const host = await createDocxHost(bytes, "memo.docx");
  const text = (await host.read()).paragraphs.map((p) => p.text).join("\n");
  expect(text).toMatch(/Contract review memo: msa\.docx/);
  expect(text).toMatch(/As the contract stands: 35 \/ 100 \(Risky\)/);
  expect(text).toMatch(/If the other side accepts the changes proposed: 88 \/ 100/);
  expect(text).toMatch(/1\. § 1: Broad license \(high risk\)/);
  expect(text).toMatch(/Proposed redline: The Agency may use the Deliverables for any purposefor this project only\./);
  expect(text).toMatch(/Proposed \(pending tracked change\)/);
  expect(text).toMatch(/not legal advice/);
  const JSZip = (await import("jszip")).default;
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  expect(xml).toMatch(/<w:strike\/>[\s\S]*for any purpose/);
});
