/**
 * The review controller outside React (issue 14): plain TypeScript, no DOM. Scans on open, applies
 * with the stale guard, re-scans after writes, and tells its subscribers of every change.
 */
import { analyze, buildAddendum, formatReportMarkdown } from "../../src/engine";
import { ReviewController, type ReviewEngine } from "../../src/taskpane/controller";
import { FakeHost } from "./fakeHost";

const engine: ReviewEngine = { analyze, buildAddendum, formatReportMarkdown };
const TEXT = ["This agreement is between Harbor Light Media (the \u201cAgency\u201d) and Priya Nandakumar (the \u201cContractor\u201d).", "The Agency may use the Deliverables for any purpose."];

describe("ReviewController", () => {
  it("scans on open, applies one finding as a tracked change, re-scans, and notifies subscribers", async () => {
    const host = new FakeHost(TEXT);
    const c = new ReviewController(engine);
    const seen: string[] = [];
    const stop = c.subscribe(() => seen.push(c.getSnapshot().busy ?? "idle"));
    await c.open(host);
    const s = c.getSnapshot();
    expect(s.report?.findings.length).toBeGreaterThan(0);
    expect(s.items.every((i) => i.status === "open")).toBe(true);
    expect(seen).toContain("scan");
    const before = seen.length;
    const f = s.report!.findings[0];
    await c.apply(f);
    const after = c.getSnapshot();
    expect(after.writes).toBe(1);
    expect(after.applied.map((a) => a.id)).toEqual([f.id]);
    expect(host.changes).toHaveLength(1);
    // as it stands the clause is still risky, with our change proposed
    expect(after.items.find((i) => i.finding.id === f.id)?.status).not.toBe("open");
    expect(seen.length).toBeGreaterThan(before);
    // a snapshot is a new object on every change, never mutated
    expect(after).not.toBe(s);
    // after unsubscribing nothing more is heard, while the state still changes
    stop();
    const heard = seen.length;
    c.setPosition(f.id, "opt-out");
    expect(c.getSnapshot().positions[f.id]).toBe("opt-out");
    expect(seen.length).toBe(heard);
  });

  it("refuses to write into a document edited since the scan, and says so", async () => {
    const host = new FakeHost(TEXT);
    const c = new ReviewController(engine);
    await c.open(host);
    host.paragraphs[1] = { text: "The Agency may use the Deliverables for any lawful purpose whatsoever." };
    await c.checkStale();
    expect(c.getSnapshot().stale).toBe(true);
    await c.apply(c.getSnapshot().report!.findings[0]);
    expect(host.changes).toHaveLength(0);
    expect(c.getSnapshot().status).toMatch(/changed since the last scan/);
    await c.scan();
    expect(c.getSnapshot().stale).toBe(false);
  });

  it("Apply all with a chosen position that does not apply: the recommended wording goes in, and the summary says so", async () => {
    const host = new FakeHost(TEXT);
    const c = new ReviewController(engine);
    await c.open(host);
    const f = c.getSnapshot().report!.findings[0];
    expect(f.suggestions.map((x) => x.position)).not.toContain("project-scope");
    c.setPosition(f.id, "project-scope");
    await c.applyAll();
    const primary = f.suggestions.find((x) => x.position === "primary")!;
    expect(host.changes.map((x) => x.inserted)).toContain(primary.replacement);
    expect(c.getSnapshot().summary?.note).toBe("The position you chose does not apply to 1 finding, so the recommended wording was written for it.");
    expect(c.getSnapshot().status).toMatch(/does not apply to 1 finding/);
  });

  it("Apply all with an opt-out chosen leaves the addendum out (its ban would cancel the opt-out) and says so", async () => {
    const host = new FakeHost(TEXT);
    const c = new ReviewController(engine);
    await c.open(host);
    const f = c.getSnapshot().report!.findings[0];
    expect(f.suggestions.map((x) => x.position)).toContain("opt-out");
    c.setPosition(f.id, "opt-out");
    await c.applyAll({ addendum: true });
    expect(host.calls.insertAddendum).toBe(0);
    expect(host.changes.map((x) => x.inserted)).toContain(f.suggestions.find((x) => x.position === "opt-out")!.replacement);
    expect(c.getSnapshot().status).toMatch(/addendum was not added: its outright ban would cancel the opt-out/);
    // with the recommended wording, the addendum goes in
    const host2 = new FakeHost(TEXT);
    const c2 = new ReviewController(engine);
    await c2.open(host2);
    await c2.applyAll({ addendum: true });
    expect(host2.calls.insertAddendum).toBe(1);
  });

  it("says where the host put the addendum (before the signature block), not the place it asked for", async () => {
    const host = new FakeHost(TEXT);
    host.addendumPlace = "signature-block";
    const c = new ReviewController(engine);
    await c.open(host);
    await c.insertAddendum();
    expect(c.getSnapshot().addendumMessage?.text).toBe("Inserted the addendum before the signature block as a tracked change.");
    // a host that does not say: the place asked for
    const quiet = new FakeHost(TEXT);
    const c2 = new ReviewController(engine);
    await c2.open(quiet);
    await c2.insertAddendum();
    expect(c2.getSnapshot().addendumMessage?.text).toBe("Inserted the addendum at the end of the document as a tracked change.");
  });

  it("a refused addendum: the host's own sentence shown as it is only when the host marks it one, on Insert and in Apply all", async () => {
    const sentence = "The addendum went nowhere: the document is locked.";
    const refusedWith = async (refusal: { message: string; messageIsSentence?: boolean }) => {
      const host = new FakeHost(TEXT);
      host.addendumRefusal = refusal;
      const c = new ReviewController(engine);
      await c.open(host);
      await c.insertAddendum();
      const inserted = c.getSnapshot().addendumMessage;
      await c.applyAll({ addendum: true });
      return { inserted, status: c.getSnapshot().status };
    };
    const marked = await refusedWith({ message: sentence, messageIsSentence: true });
    expect(marked.inserted).toEqual({ intent: "warning", text: sentence });
    expect(marked.status).toContain(` ${sentence}`);
    expect(marked.status).not.toContain("was not added");
    // the same words unmarked are a reason, whatever they start with
    const unmarked = await refusedWith({ message: sentence });
    expect(unmarked.inserted?.text).toBe(`The addendum was not added: ${sentence.replace(/\.$/, "")}.`);
    expect(unmarked.status).toContain(`The addendum was not added: ${sentence.replace(/\.$/, "")}.`);
  });

  it("the addendum names the parties as the contract writes them (bare \"Client\") and quotes as it quotes (straight)", async () => {
    const bare = [
      'This agreement is between Fenwick Tools Inc. ("Client") and Ola Berg ("Designer").',
      "Client may use the Designs for any purpose. Client shall pay Designer within 30 days. Client may request revisions.",
    ];
    const c = new ReviewController(engine);
    await c.open(new FakeHost(bare));
    const text = c.addendumPreview().map((p) => p.text).join("\n");
    expect(text).toMatch(/\bClient\b/);
    expect(text).not.toMatch(/\bthe Client\b/);
    expect(text).not.toMatch(/[\u201c\u201d]/);
    expect(text).toMatch(/"/);
    // a contract that writes "the Agency" and curly quotes keeps both
    const c2 = new ReviewController(engine);
    await c2.open(new FakeHost(TEXT));
    const text2 = c2.addendumPreview().map((p) => p.text).join("\n");
    expect(text2).toMatch(/\bthe Agency\b/);
    expect(text2).toMatch(/[\u201c\u201d]/);
  });

  it("open(null) drops the review; a new document starts over", async () => {
    const c = new ReviewController(engine);
    await c.open(new FakeHost(TEXT));
    expect(c.getSnapshot().report).not.toBeNull();
    await c.open(null);
    expect(c.getSnapshot().report).toBeNull();
    await c.open(new FakeHost([""]));
    expect(c.getSnapshot().blank).toBe(true);
    c.dispose();
  });
});
