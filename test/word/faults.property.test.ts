/**
 * Issue 7, Word layer: an error injected at any step of apply() leaves no half-applied
 * replacement, reports each suggestion truthfully, and restores the user's tracking mode;
 * rejecting every tracked change gives back the exact original. Generated documents mix
 * risky, protective and neutral sample sentences (written for this test), tables, the other
 * side's tracked changes and odd Unicode.
 */
import fc from "fast-check";
import type { ApplyRequest } from "../../src/host/types";
import { spliceAll } from "../../src/engine/edit/plan";
import { FakeOfficeError, FakeWord, OTHER_AUTHOR, reviewAll, type FakeParagraphSpec } from "../support/fakeWord";
import { hostFor } from "./helpers";

const RISKY = ["for any purpose", "internal business purposes", "aggregated data", "its service providers", "perpetual, irrevocable", "anonymized data"];
const NEUTRAL = [
  "The Agency shall pay each invoice within thirty days.",
  "Notices must be in writing.",
  "The Contractor shall not use the Deliverables to train any AI system.",
  "Le prestataire conserve ses droits.",
  "يحتفظ المقاول بحقوقه",
  "Fees are in\u00a0EUR\u00a0and exclude VAT 🙂.",
  "The “Deliverables” are listed in Schedule\u00a01.",
  "Term:\tthree years; renewal by agreement.",
  "co\u00adoperation in good faith [see 10^3 (a) {b} <c> @d! ~e *f ?g].",
];

const sentence = fc.oneof(
  fc.record({ risky: fc.constantFrom(...RISKY), lead: fc.constantFrom("The Agency may use the work ", "Client may keep ", "It may share "), tail: fc.constantFrom(".", " forever.", ", and more.") }).map(
    ({ risky, lead, tail }) => lead + risky + tail,
  ),
  fc.constantFrom(...NEUTRAL),
);

const paragraphSpec: fc.Arbitrary<FakeParagraphSpec> = fc.oneof(
  { weight: 3, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(" ")) },
  { weight: 1, arbitrary: sentence.map((text) => ({ text, tableNestingLevel: 1 })) },
  {
    weight: 1,
    arbitrary: fc.tuple(sentence, fc.constantFrom("never ", "not ", "only "), fc.boolean()).map(([s, extra, asInsert]) => {
      const cut = s.indexOf(" ") + 1;
      return { runs: [{ text: s.slice(0, cut) }, { text: extra, del: !asInsert, ins: asInsert }, { text: s.slice(cut) }] };
    }),
  },
);

const docArb = fc.record({
  paragraphs: fc.array(paragraphSpec, { minLength: 1, maxLength: 8 }),
  mode: fc.constantFrom("Off" as const, "TrackAll" as const, "TrackMineOnly" as const),
  failAt: fc.nat({ max: 60 }),
  code: fc.constantFrom("GeneralException", "NotAllowed", "AccessDenied", "InvalidArgument"),
  commentOnly: fc.boolean(),
  editOne: fc.boolean(),
  /** Word desktop in Simple Markup / No Markup: Paragraph.text without tracked deletions. */
  hideDeletions: fc.boolean(),
});

/** Requests for every risky phrase in the scanned text (like the engine's primary suggestions). */
function requestsFor(texts: string[]): ApplyRequest[] {
  const out: ApplyRequest[] = [];
  texts.forEach((text, paragraph) => {
    for (const words of RISKY) {
      for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) {
        // Every shape of edit: append, prepend, change the middle, replace whole, delete part.
        const shapes = [`${words} (never for AI training)`, `only ${words}`, words.replace(/^(\S+) .* (\S+)$/, "$1 project $2"), "for this Project", words.split(" ")[0]];
        const replacement = shapes[(paragraph + at) % shapes.length];
        out.push({ id: `${paragraph}:${at}:${words}`, paragraph, start: at, end: at + words.length, original: words, replacement: replacement === words ? `${words}!` : replacement, comment: `Narrow "${words}" (${paragraph}:${at})`, paragraphText: text });
      }
    }
  });
  return out;
}

type Input = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

async function checkOnce(input: Input): Promise<void> {
  const fake = new FakeWord(input.paragraphs, { changeTrackingMode: input.mode, hideDeletions: input.hideDeletions });
  const host = hostFor(fake);
  const snap = await host.read();
  const requests = requestsFor(snap.paragraphs.map((p) => p.text));
  const rejectedBefore = fake.textIfAllRejected();
  const theirs = [...fake.changes.values()].filter((c) => c.author === OTHER_AUTHOR).map((c) => c.id);
  // Sometimes the user edits a paragraph between scan and apply.
  const edited = input.editOne && requests.length ? requests[0].paragraph : -1;
  if (edited >= 0) fake.live()[edited].chars.unshift({ ch: "X" });
  const scannedAfterEdit = fake.live().map((p) => fake.currentText(p));

  const opsBefore = fake.ops.length;
  const syncsBefore = fake.syncs;
  fake.failWhen = (op) => (op.seq - opsBefore === input.failAt ? new FakeOfficeError(input.code, "injected") : undefined);
  const result = await host.apply(requests, { commentOnly: input.commentOnly });

  // Round trips stay bounded on the error path too: 2 for apply, at most 6 more after an error.
  expect(fake.syncs - syncsBefore).toBeLessThanOrEqual(8);
  // Tracking mode restored whatever happened.
  expect(fake.changeTrackingMode).toBe(input.mode);
  // One result per request, with a message unless plainly applied.
  expect(result.results.map((r) => r.id)).toEqual(requests.map((r) => r.id));
  for (const r of result.results) if (r.status !== "applied") expect(r.message).toBeTruthy();
  // The edited paragraph's requests are never applied (stale, or failed when Word failed before the check).
  requests.forEach((req, i) => {
    if (req.paragraph === edited) expect(["stale", "failed"]).toContain(result.results[i].status);
    if (req.paragraph === edited && !result.error) expect(result.results[i].status).toBe("stale");
  });
  // Each paragraph reads exactly as its scanned text with the applied replacements made: no half replacement.
  fake.live().forEach((p, index) => {
    const mine = requests.filter((r, i) => r.paragraph === index && result.results[i].status === "applied");
    const expected = input.commentOnly || index === edited ? scannedAfterEdit[index] : spliceAll(snap.paragraphs[index].text, mine);
    expect(fake.currentText(p)).toBe(expected);
  });
  // Comments: every "applied" without a message has its comment, nothing else got one.
  requests.forEach((req, i) => {
    const r = result.results[i];
    const has = fake.comments.some((c) => c.content === req.comment && c.range.para === fake.live()[req.paragraph]);
    if (r.status === "applied" && !r.message) expect(has).toBe(true);
    if (r.status !== "applied") expect(has).toBe(false);
  });
  // The other side's tracked changes are still there, untouched.
  for (const id of theirs) expect(fake.changeInUse(id)).toBe(true);
  // Rejecting everything gives back the exact original (the user's own edit aside).
  if (edited < 0) {
    reviewAll(fake, false);
    expect(fake.textIfAllAccepted()).toBe(rejectedBefore);
  }
}

test("an error injected at any step: no half replacement, truthful results, tracking restored, reject-all restores (property)", async () => {
  await fc.assert(
    fc.asyncProperty(docArb, async (input) => {
      await checkOnce(input);
    }),
    { numRuns: 1000, seed: 20261129 },
  );
});

test("exhaustively: a failure at each operation of one apply-all", async () => {
  const paragraphs: FakeParagraphSpec[] = [
    "The Agency may use the work for any purpose.",
    { runs: [{ text: "Client may keep " }, { text: "only ", del: true }, { text: "aggregated data forever." }] },
    { text: "It may share its service providers, and more.", tableNestingLevel: 1 },
    "The Agency may use the work internal business purposes. Client may keep anonymized data.",
  ];
  const probe = new FakeWord(paragraphs);
  const probeHost = hostFor(probe);
  const snap = await probeHost.read();
  const before = probe.ops.length;
  await probeHost.apply(requestsFor(snap.paragraphs.map((p) => p.text)));
  const total = probe.ops.length - before;
  expect(total).toBeGreaterThan(20);
  for (const commentOnly of [false, true]) {
    for (let failAt = 0; failAt <= total; failAt++) {
      await checkOnce({ paragraphs, mode: "Off", failAt, code: "GeneralException", commentOnly, editOne: false, hideDeletions: false });
    }
  }
});

test("insertAddendum: a failure at each operation leaves either the whole addendum or none of it, tracking restored", async () => {
  const addendum = [
    { kind: "title" as const, text: "Prohibition on AI Training", level: 1 },
    { kind: "heading" as const, text: "1. No AI Training", level: 2, number: "1" },
    { kind: "body" as const, text: "The Agency shall not train any AI system on the Deliverables.", number: "1" },
    { kind: "heading" as const, text: "2. Survival", level: 2, number: "2" },
    { kind: "body" as const, text: "This addendum survives termination.", number: "2" },
  ];
  const base = ["Agreement.", "The Agency pays within thirty days."];
  const probe = new FakeWord(base);
  await hostFor(probe).insertAddendum(addendum, "end");
  const total = probe.ops.length;
  let refused = 0;
  for (const mode of ["Off", "TrackAll"] as const) {
    for (let failAt = 0; failAt <= total; failAt++) {
      const fake = new FakeWord(base, { changeTrackingMode: mode });
      fake.failWhen = (op) => (op.seq === failAt ? new FakeOfficeError("GeneralException", "injected") : undefined);
      const result = await hostFor(fake).insertAddendum(addendum, "end");
      const texts = fake.live().map((p) => fake.currentText(p));
      if (result.inserted) expect(texts).toEqual([...base, ...addendum.map((a) => a.text)]);
      else {
        refused++;
        expect(texts).toEqual(base);
        expect(result.message).toMatch(/not inserted/);
      }
      expect(fake.changeTrackingMode).toBe(mode);
      expect(fake.textIfAllRejected()).toBe(base.join("\n"));
    }
  }
  expect(refused).toBeGreaterThan(10);
});

test("protected document: the message says so once and does not blame Track Changes", async () => {
  const fake = new FakeWord(["The Agency may use the work for any purpose."]);
  fake.protectedDocument = true;
  const host = hostFor(fake);
  const snap = await host.read();
  const result = await host.apply(requestsFor(snap.paragraphs.map((p) => p.text)));
  expect(result.error).toMatch(/^Nothing was changed in the document\..*protected or read-only/);
  expect(result.error).not.toMatch(/Track Changes/);
  const add = await host.insertAddendum([{ kind: "title", text: "Prohibition on AI Training" }], "end");
  expect(add.inserted).toBe(false);
  expect(add.message).toMatch(/protected or read-only/);
  expect(add.message).not.toMatch(/Track Changes/);
});
