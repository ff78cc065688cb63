/**
 * Accepting and rejecting our tracked changes from the pane (word/trackedChanges.ts), over
 * generated paragraphs with the other side's tracked changes (property): apply every suggestion,
 * then accept some and reject the others one by one through decideChange(). Our changes are then
 * all gone from the pending list, each paragraph reads as the scan with exactly the accepted
 * suggestions made, and every change of the other side that our edits did not delete is still
 * pending. Sample sentences written for this test.
 */
import fc from "fast-check";
import type { ApplyRequest } from "../../src/host/types";
import { spliceAll } from "../../src/engine/edit/plan";
import { FakeWord, OTHER_AUTHOR, type FakeParagraphSpec } from "../support/fakeWord";
import { hostFor } from "./helpers";

const RISKY = ["for any purpose", "aggregated data", "its service providers"];
const LEADS = ["The Agency may use the work ", "Client may keep ", "It may share "];

const paragraph: fc.Arbitrary<FakeParagraphSpec> = fc
  .tuple(fc.array(fc.tuple(fc.constantFrom(...LEADS), fc.constantFrom(...RISKY)), { minLength: 1, maxLength: 3 }), fc.nat({ max: 3 }), fc.constantFrom("ins", "del", "none"))
  .map(([sentences, at, kind]) => {
    const runs: Array<{ text: string; ins?: boolean; del?: boolean }> = [];
    sentences.forEach(([lead, risky], i) => {
      runs.push({ text: lead });
      if (i === at && kind !== "none") runs.push({ text: kind === "ins" ? "never " : "only ", [kind]: true });
      runs.push({ text: `${risky}. ` });
    });
    return { runs };
  });

function requestsFor(texts: string[]): ApplyRequest[] {
  const out: ApplyRequest[] = [];
  texts.forEach((text, p) => {
    for (const words of RISKY) {
      for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.length)) {
        const shapes = [`${words} (never for AI training)`, `only ${words}`, "for this Project", words.split(" ")[0]];
        out.push({ id: `${p}:${at}`, paragraph: p, start: at, end: at + words.length, original: words, replacement: shapes[(p + at) % shapes.length], comment: `c${p}:${at}`, paragraphText: text });
      }
    }
  });
  return out;
}

test("accepting some and rejecting the others from the pane acts on exactly our changes (property)", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), fc.boolean(), async (paragraphs, accepts, hide) => {
      const fake = new FakeWord(paragraphs, { hideDeletions: hide });
      const host = hostFor(fake);
      const scanned = (await host.read()).paragraphs.map((p) => p.text);
      const requests = requestsFor(scanned);
      const result = await host.apply(requests);
      expect(result.results.every((r) => r.status === "applied")).toBe(true);
      const theirs = [...fake.changes.values()].filter((c) => c.author === OTHER_AUTHOR && fake.changeInUse(c.id)).map((c) => c.id);
      const accepted = new Set<string>();
      for (const [i, r] of requests.entries()) {
        const accept = accepts[i % accepts.length];
        await host.decideChange!(r.id, accept);
        if (accept) accepted.add(r.id);
      }
      expect(fake.ownChanges()).toEqual([]);
      fake.live().forEach((p, i) => {
        expect(fake.currentText(p)).toBe(spliceAll(scanned[i], requests.filter((r) => r.paragraph === i && accepted.has(r.id))));
      });
      // Their changes are still pending, except where an accepted deletion of ours removed their inserted words.
      for (const id of theirs) {
        const removedByUs = fake.paragraphs.some((p) => p.chars.some((c) => c.ins === id && c.gone));
        if (!removedByUs) expect(fake.changeInUse(id)).toBe(true);
      }
      // Comments: rejected ones gone, accepted ones resolved.
      expect(fake.comments.map((c) => c.content).sort()).toEqual(requests.filter((r) => accepted.has(r.id)).map((r) => r.comment).sort());
      expect(fake.comments.every((c) => c.resolved)).toBe(true);
    }),
    { numRuns: 100, seed: 20261204 },
  );
});
