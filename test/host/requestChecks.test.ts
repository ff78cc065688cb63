/**
 * Issue 14: one rule for what a host does with each request of a batch (engine/edit/plan.ts:
 * `spanProblem` for a request's range, `planEdits` for overlaps), one table, both hosts. A request
 * whose range or words do not fit its own paragraph text is a bad request; one whose paragraph is
 * gone or has changed since the scan is stale; a later request overlapping an earlier one is not
 * written ("overlap"); the very same edit twice is written once and both are applied. Word through
 * the fake, the .docx through the real writer. Contract sentences written for this test.
 */
import type { ApplyRequest, ApplyStatus, DocumentHost } from "../../src/host/types";
import { createDocxHost } from "../../src/docx/browserHost";
import { docx, texts } from "../docx/helpers";
import { FakeWord } from "../support/fakeWord";
import { hostFor } from "../word/helpers";

const PARAGRAPHS = ["The Client may use the Deliverables for any purpose.", "The Client may combine the Deliverables with other data."];
const WRITTEN = [PARAGRAPHS[0].replace("for any purpose", "solely for this project"), PARAGRAPHS[1]];

/** A request for `words` in paragraph `paragraph` as the scan read it (`scanned`, default the document's text). */
function at(id: string, paragraph: number, words: string, replacement: string, scanned = PARAGRAPHS[paragraph]): ApplyRequest {
  const start = scanned.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in "${scanned}"`);
  return { id, paragraph, start, end: start + words.length, original: words, replacement, comment: `Comment on ${id}.`, paragraphText: scanned };
}

const TABLE: Array<[string, ApplyRequest, ApplyStatus, string | undefined]> = [
  ["a request that fits", at("fits", 0, "for any purpose", "solely for this project"), "applied", undefined],
  ["the very same edit as an earlier request (written once)", { ...at("same", 0, "for any purpose", "solely for this project") }, "applied", undefined],
  ["overlapping an earlier request (the list's order wins)", at("overlap", 0, "any purpose", "no purpose"), "failed", "overlap"],
  ["an empty range", { ...at("empty", 1, "combine", "merge"), end: PARAGRAPHS[1].indexOf("combine"), original: "" }, "failed", "bad-request"],
  ["a range past the end of its own paragraph text", { ...at("past-end", 1, "other data.", "data"), end: PARAGRAPHS[1].length + 4 }, "failed", "bad-request"],
  ["words that are not at its range in its own paragraph text", { ...at("wrong-words", 1, "combine", "merge"), original: "compile" }, "failed", "bad-request"],
  ["a paragraph the document does not have", at("gone", 5, "Gone", "Kept", "Gone are the days of this clause."), "stale", "stale"],
  ["a paragraph changed since the scan", at("changed", 1, "merge", "join", "The Client may merge the Deliverables with other data."), "stale", "stale"],
];

async function check(host: DocumentHost): Promise<void> {
  const result = await host.apply(TABLE.map(([, r]) => r));
  expect(result.error).toBeUndefined();
  expect(result.results.map((r) => [r.id, r.status, r.reason])).toEqual(TABLE.map(([, r, status, reason]) => [r.id, status, reason]));
}

describe("each request of a batch: the same verdict in both hosts", () => {
  test("Word (the fake)", async () => {
    const fake = new FakeWord(PARAGRAPHS);
    await check(hostFor(fake));
    expect(fake.textIfAllAccepted()).toBe(WRITTEN.join("\n"));
    expect(fake.textIfAllRejected()).toBe(PARAGRAPHS.join("\n"));
  });

  test(".docx (the real writer)", async () => {
    const host = await createDocxHost(await docx(PARAGRAPHS.map((text) => ({ text }))), "contract.docx", { author: "Ana Ruiz" });
    await check(host);
    const out = await host.save();
    expect(await texts(out, "accept")).toEqual(WRITTEN);
    expect(await texts(out, "reject")).toEqual(PARAGRAPHS);
  });
});
