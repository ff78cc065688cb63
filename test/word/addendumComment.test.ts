/**
 * Issue 12, item 5: the Word host comments on the inserted addendum's title why it is there, in
 * the .docx writer's words (addendumComment) for the place it chose, in the third round trip with
 * the paragraphs; a comment Word refuses never costs the addendum. Sample text written for this test.
 */
import { buildAddendum } from "../../src/engine";
import { addendumParties } from "../../src/engine/fix/addendum";
import { addendumComment } from "../../src/engine/fix/placement";
import { createWordHost } from "../../src/word";
import { messages } from "../../src/word/messages";
import { FakeOfficeError, FakeWord, reviewAll } from "../support/fakeWord";

const DOC = [
  "This agreement is made between Kestrel Studio (the \u201cClient\u201d) and Ana Ruiz (the \u201cDesigner\u201d).",
  "The Designer delivers the Artwork in three rounds.",
  "IN WITNESS WHEREOF the parties have signed this agreement.",
  "Signed for the Client: ____________",
];
const options = { parties: { agency: "Client", contractor: "Designer", work: "Artwork" } };
const addendum = buildAddendum(options);
const parties = addendumParties(options);

const hostOf = (fake: FakeWord) => createWordHost({ Word: fake.wordGlobal(), Office: fake.officeGlobal() });
const texts = (fake: FakeWord) => fake.live().map((p) => fake.currentText(p));

test("the title carries the writer's comment for the place chosen, by the signed-in user, in the same 3 round trips; reject-all restores the original", async () => {
  const fake = new FakeWord(DOC);
  fake.commentAuthor = "Ana Ruiz";
  const host = hostOf(fake);
  const syncs = fake.syncs;
  expect(await host.insertAddendum(addendum, "end", { parties })).toEqual({ inserted: true, place: "signature-block" });
  expect(fake.syncs - syncs).toBe(3);
  expect(fake.comments).toHaveLength(1);
  const [c] = fake.comments;
  expect(c.content).toBe(addendumComment("the Client", "the Designer", "signature-block"));
  expect(c.content).toMatch(/^The Designer asks to add this addendum .* It sits before the signature block/);
  expect(c.author).toBe("Ana Ruiz");
  expect(fake.currentText(c.range.para)).toBe("Prohibition on AI Training");
  expect(fake.changeTrackingMode).toBe("Off");
  reviewAll(fake, false);
  expect(texts(fake)).toEqual(DOC);
});

test("at the cursor the comment says what it says at the end; without the parties, no comment", async () => {
  const atCursor = new FakeWord(DOC.slice(0, 2));
  atCursor.selection = { para: atCursor.paragraphs[0], start: null, end: null };
  expect(await hostOf(atCursor).insertAddendum(addendum, "cursor", { parties })).toMatchObject({ inserted: true, place: "cursor" });
  expect(atCursor.comments.map((c) => c.content)).toEqual([addendumComment(parties.agency, parties.contractor, "end")]);

  const bare = new FakeWord(DOC);
  expect(await hostOf(bare).insertAddendum(addendum, "end")).toMatchObject({ inserted: true });
  expect(bare.comments).toHaveLength(0);
});

test("sections added to an addendum already there have no title, so no comment", async () => {
  const fake = new FakeWord([...DOC.slice(0, 2), ...buildAddendum({ ...options, includeAudit: false }).map((a) => a.text), ...DOC.slice(2)]);
  expect(await hostOf(fake).insertAddendum(buildAddendum({ ...options, only: ["audit-rights"] }), "end", { parties })).toMatchObject({ inserted: true, place: "extends-addendum" });
  expect(fake.comments).toHaveLength(0);
});

test("Word refusing the comment leaves the addendum in, the user's mode back, and says so", async () => {
  const fake = new FakeWord(DOC, { changeTrackingMode: "TrackMineOnly" });
  fake.failWhen = (op) => (op.name === "insertComment" ? new FakeOfficeError("GeneralException", "Comments are not allowed here.") : undefined);
  const result = await hostOf(fake).insertAddendum(addendum, "end", { parties });
  expect(result).toEqual({ inserted: true, place: "signature-block", message: messages.addendumNoComment("Word reported an internal error") });
  expect(fake.comments).toHaveLength(0);
  expect(texts(fake)).toEqual([...DOC.slice(0, 2), ...addendum.map((a) => a.text), ...DOC.slice(2)]);
  expect(fake.changeTrackingMode).toBe("TrackMineOnly");
});

test("a paragraph Word refuses still takes the whole addendum back out, comment and all", async () => {
  const fake = new FakeWord(DOC);
  let seen = 0;
  fake.failWhen = (op) => (op.name === "insertParagraph" && ++seen === 3 ? new FakeOfficeError("GeneralException", "No room.") : undefined);
  const result = await hostOf(fake).insertAddendum(addendum, "end", { parties });
  expect(result.inserted).toBe(false);
  // Word's own sentence ("The addendum was not inserted: …"), marked so the pane shows it as it is
  expect(result.messageIsSentence).toBe(true);
  expect(fake.comments).toHaveLength(0);
  expect(texts(fake)).toEqual(DOC);
});
