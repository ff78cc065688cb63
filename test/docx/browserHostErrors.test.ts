/**
 * Issue 14: in browser mode an error part way through a write leaves the copy as it was before the
 * call: insertAddendum answers with a clear message (never throws, the host contract) and apply
 * reports nothing written. The writer is made to fail after it has changed the copy.
 */
import { analyze, buildAddendum } from "../../src/engine";
import { requestFor } from "../../src/engine/edit/request";
import { createDocxHost } from "../../src/docx/browserHost";
import type { DocxWriter } from "../../src/docx/writer";
import type { DocxDocumentHost } from "../../src/host/types";
import { docx, texts } from "./helpers";

const PARAGRAPHS = [
  'This agreement is between Kestrel Studio (the "Client") and Ana Ruiz (the "Freelancer").',
  "The Client may use the Work Product for any purpose.",
  "The Client may share the Work Product with its service providers.",
];

/** The host's writer, made to throw right after `method` has done its work. */
function failAfter(host: DocxDocumentHost, method: "apply" | "insertAddendum"): void {
  const review = (host as unknown as { review: DocxWriter }).review;
  const real = review[method].bind(review) as (...args: unknown[]) => Promise<unknown>;
  (review as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    await real(...args);
    throw new Error("disk full.");
  };
}

async function open(): Promise<{ host: DocxDocumentHost; bytes: Uint8Array }> {
  const bytes = await docx(PARAGRAPHS.map((text) => ({ text })));
  return { host: await createDocxHost(bytes, "contract.docx", { author: "Ana Ruiz" }), bytes };
}

const addendum = () => buildAddendum({ parties: { agency: "Client", contractor: "Freelancer", work: "Work Product" } });

describe("browser mode: an error part way leaves the copy untouched", () => {
  test("insertAddendum: a clear message, the copy as it was, and the next try works", async () => {
    const { host, bytes } = await open();
    const before = await host.read();
    failAfter(host, "insertAddendum");
    const result = await host.insertAddendum(addendum(), "end");
    expect(result).toEqual({ inserted: false, messageIsSentence: true, message: "The addendum was not inserted: disk full. The copy was left as it was." });
    expect(await host.read()).toEqual(before);
    expect(await texts(await host.save(), "accept")).toEqual(await texts(bytes, "accept"));
    // the copy was rebuilt from the file as opened: the next insertion is written
    expect(await host.insertAddendum(addendum(), "end")).toMatchObject({ inserted: true });
    expect((await host.read()).paragraphs.length).toBeGreaterThan(before.paragraphs.length);
  });

  test("apply: every request failed, nothing written (error set, as the contract allows only then), earlier writes kept", async () => {
    const { host } = await open();
    const snap = await host.read();
    const findings = analyze(snap.paragraphs).findings;
    expect(findings.length).toBeGreaterThanOrEqual(2);
    const [first, ...rest] = findings.map((f) => requestFor(f, snap.paragraphs));
    expect((await host.apply([first])).results[0].status).toBe("applied");
    const afterFirst = await host.read();
    failAfter(host, "apply");
    const result = await host.apply(rest);
    expect(result.error).toBe("disk full.");
    expect(result.results.every((r) => r.status === "failed" && r.reason === "not-written")).toBe(true);
    expect(await host.read()).toEqual(afterFirst);
    // the first change is still there and can be undone
    await host.decideChange!(first.id, false);
    expect((await host.read()).paragraphs.map((p) => p.text)).toEqual(snap.paragraphs.map((p) => p.text));
  });
});
