/**
 * The Word host when Word fails or cannot do what was asked: a style that will not load, results
 * that do not match the text, words that cannot be pinned down, a review call that never answers,
 * no Word global, a settings save that fails, an addendum Word will not take back; and the footnote
 * mark inside risky words that needs anchors around it. Each ends in a fallback or a plain message.
 */
import { createWordHostWith, type WordGlobal } from "../../src/word";
import { messages } from "../../src/word/messages";
import { FakeOfficeError, FakeWord } from "../support/fakeWord";
import { hostFor, request } from "./helpers";

test("read: when a style property cannot be loaded, it retries once with text and style only", async () => {
  const fake = new FakeWord([{ text: "Heading", styleBuiltIn: "Heading2" }, { text: "cell", tableNestingLevel: 1 }]);
  let first = true;
  fake.failWhen = (op) => {
    if (op.name === "load" && String(op.args[0]).includes("outlineLevel") && first) {
      first = false;
      return new FakeOfficeError("GeneralException", "not implemented");
    }
    return undefined;
  };
  const snap = await hostFor(fake).read();
  expect(snap.paragraphs).toEqual([{ text: "Heading", style: "Heading 2", headingLevel: 2 }, { text: "cell", style: "Normal" }]);
  expect(fake.syncs).toBe(3);
});

test("a footnote mark inside the risky words: located with anchors around it, replaced whole", async () => {
  const fake = new FakeWord(["The Agency may use the Deliverables\u0002 for any purpose."]);
  const req = request(fake, 0, "Deliverables\u0002 for any purpose", "Deliverables solely for this Project");
  const result = await hostFor(fake).apply([req]);
  expect(result.results[0].status).toBe("applied");
  expect(fake.currentText(fake.live()[0])).toBe("The Agency may use the Deliverables solely for this Project.");
  expect(fake.searches.every((s) => !s.includes("\u0002"))).toBe(true);
});

test("when Word's results do not match what the text predicts, nothing is written and the result says so", async () => {
  // "for any purpose" sits in a field result: Paragraph.text shows it, search() does not see it.
  const fake = new FakeWord([{ runs: [{ text: "Use it " }, { text: "for any purpose", field: true }, { text: "." }] }]);
  const req = request(fake, 0, "for any purpose", "for this Project");
  const result = await hostFor(fake).apply([req]);
  expect(result.results[0]).toEqual({ id: req.id, status: "failed", message: messages.notFound, reason: "not-found" });
  expect(fake.ops.some((o) => o.name === "insertText" || o.name === "insertComment")).toBe(false);
});

test("select: if the words cannot be pinned down in an unchanged paragraph, the paragraph is selected", async () => {
  const fake = new FakeWord(["\u0013Use it for any purpose."]);
  await hostFor(fake).select({ paragraph: 0, start: 0, end: 4, paragraphText: "\u0013Use it for any purpose." });
  expect(fake.selection!.para).toBe(fake.live()[0]);
});

test("decideChange gives up with a plain message if Word never answers (getTrackedChanges has hung Word on Mac)", async () => {
  const fake = new FakeWord(["Use it for any purpose."]);
  const host = hostFor(fake);
  const req = request(fake, 0, "for any purpose", "for this Project");
  await host.apply([req]);
  const hanging = createWordHostWith({
    Word: { run: () => new Promise<never>(() => undefined), ChangeTrackingMode: fake.wordGlobal().ChangeTrackingMode },
    Office: fake.officeGlobal(),

    reviewTimeoutMs: 50,
  });
  await expect(hanging.decideChange!(req.id, true)).rejects.toThrow(messages.unknownChange);
  // Same host that wrote the change, with Word hanging from now on:
  const slow = fake.wordGlobal();
  let hang = false;
  const w = {
    ChangeTrackingMode: slow.ChangeTrackingMode,
    run: ((...args: [never, never]) => (hang ? new Promise(() => undefined) : (slow.run as (...a: unknown[]) => Promise<unknown>)(...args))) as WordGlobal["run"],
  };
  const host2 = createWordHostWith({ Word: w, Office: fake.officeGlobal(), reviewTimeoutMs: 50 });
  await host2.apply([request(fake, 0, "Use it", "Use them")]);
  hang = true;
  await expect(host2.decideChange!(`p0-0-6`, true)).rejects.toThrow(messages.reviewTimeout);
});

test("without the Word global every call fails plainly, capabilities do not crash", async () => {
  const host = createWordHostWith({ Word: undefined, Office: {} });
  expect((await host.capabilities()).message).toBe(messages.noRequirements);
  await expect(host.read()).rejects.toThrow(messages.noWord);
  expect(await host.loadDismissed()).toEqual([]);
  await expect(host.saveDismissed(["a"])).rejects.toThrow(messages.noSettings);
});

test("a failing settings save is reported", async () => {
  const fake = new FakeWord(["x"]);
  const office = fake.officeGlobal();
  office.context.document.settings.saveAsync = (cb?: (r: { status: string; error?: { message: string } }) => void) => cb?.({ status: "failed", error: { message: "quota" } });
  const host = createWordHostWith({ Word: fake.wordGlobal(), Office: office });
  await expect(host.saveDismissed(["a"])).rejects.toThrow(/quota/);
});

test("insertAddendum: if Word also refuses to take the partial addendum back, the message says what to do", async () => {
  const fake = new FakeWord(["Agreement."]);
  let inserts = 0;
  fake.failWhen = (op) => {
    if (op.name === "insertParagraph" && ++inserts === 3) return new FakeOfficeError("GeneralException", "x");
    if (op.name === "delete") return new FakeOfficeError("GeneralException", "y");
    return undefined;
  };
  const result = await hostFor(fake).insertAddendum(
    [
      { kind: "title", text: "Prohibition on AI Training" },
      { kind: "heading", text: "1. No AI Training", level: 2 },
      { kind: "body", text: "No training." },
    ],
    "end",
  );
  expect(result.inserted).toBe(false);
  expect(result.message).toMatch(/reject them in Word's Review tab/);
  expect(fake.changeTrackingMode).toBe("Off");
});
