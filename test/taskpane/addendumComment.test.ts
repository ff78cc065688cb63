/**
 * Issue 12, item 5: "a comment on the addendum explains why it is there — in Word, in the .docx
 * writer and in browser mode alike". The pane inserts the addendum through the Word host (over the
 * fake) and through browser mode (in the worker, as the pane runs it); both put on its title the
 * very sentence the CLI's .docx review writes for the same contract and place, naming the parties
 * as the addendum does. Browser mode's undo takes the comment out with the addendum. Sample
 * contract written for this test.
 */
import { analyze, buildAddendum, formatReportMarkdown } from "../../src/engine";
import { addendumComment } from "../../src/engine/fix/placement";
import { reviewDocx } from "../../src/docx/review";
import { ReviewController, type ReviewEngine } from "../../src/taskpane/controller";
import { docxOpener } from "../../src/taskpane/worker/remote";
import { createWordHost } from "../../src/word";
import { FakeOfficeError, FakeWord, reviewAll } from "../support/fakeWord";
import { messages } from "../../src/word/messages";
import { docx, documentXml, partText, texts } from "../docx/helpers";
import { inProcess } from "./inProcessWorker";

jest.setTimeout(60_000);

const engine: ReviewEngine = { analyze, buildAddendum, formatReportMarkdown };
const DOC = [
  "This agreement is made between Kestrel Studio (the \u201cClient\u201d) and Ana Ruiz (the \u201cDesigner\u201d).",
  "The Client may use the Artwork for any purpose, including to train machine learning models.",
  "Invoices are payable within thirty days of receipt.",
  "IN WITNESS WHEREOF the parties have signed this agreement.",
  "Signed for the Client: ____________",
];
const xmlText = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Each comment of a saved .docx: id, author and text, with the paragraph it is anchored in. */
async function docxComments(bytes: Uint8Array): Promise<Array<{ id: string; author: string; text: string; anchoredIn: string }>> {
  const comments = (await partText(bytes, "word/comments.xml")) ?? "";
  const doc = await documentXml(bytes);
  return [...comments.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)].map((m) => {
    const id = /w:id="([^"]+)"/.exec(m[1])![1];
    const author = xmlText(/w:author="([^"]*)"/.exec(m[1])![1]);
    const text = xmlText([...m[2].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
    const start = doc.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
    const para = start < 0 ? "" : doc.slice(doc.lastIndexOf("<w:p>", start) >= doc.lastIndexOf("<w:p ", start) ? doc.lastIndexOf("<w:p>", start) : doc.lastIndexOf("<w:p ", start), doc.indexOf("</w:p>", start));
    const anchoredIn = xmlText([...para.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""));
    return { id, author, text, anchoredIn };
  });
}
const isAddendumComment = (text: string) => /asks to add this addendum/.test(text);

test("Word, browser mode and the CLI writer put the same sentence on the addendum's title for the same contract", async () => {
  const bytes = await docx(DOC.map((text) => ({ text })));

  // the CLI's .docx review
  const cli = await reviewDocx(bytes.slice(), { author: "Ana Ruiz" });
  expect(cli.addendum).toBe("inserted");
  expect(cli.addendumPlace).toBe("signature-block");
  const cliComments = (await docxComments(cli.bytes)).filter((c) => isAddendumComment(c.text));
  expect(cliComments).toHaveLength(1);
  const sentence = cliComments[0].text;
  expect(sentence).toBe(addendumComment("the Client", "the Designer", "signature-block"));
  expect(cliComments[0].anchoredIn).toBe("Prohibition on AI Training");

  // Word, from the pane
  const fake = new FakeWord(DOC);
  fake.commentAuthor = "Ana Ruiz";
  const inWord = new ReviewController(engine);
  await inWord.open(createWordHost({ Word: fake.wordGlobal(), Office: fake.officeGlobal() }));
  await inWord.insertAddendum();
  expect(inWord.getSnapshot().addendumMessage).toMatchObject({ intent: "success" });
  const wordComments = fake.comments.filter((c) => isAddendumComment(c.content));
  expect(wordComments.map((c) => c.content)).toEqual([sentence]);
  expect(fake.currentText(wordComments[0].range.para)).toBe("Prohibition on AI Training");
  reviewAll(fake, false);
  expect(fake.live().map((p) => fake.currentText(p))).toEqual(DOC);

  // browser mode, from the pane, the copy in the worker
  const host = await docxOpener(inProcess()).open(bytes.slice(), "contract.docx", { author: "Ana Ruiz" });
  const inBrowser = new ReviewController(engine);
  await inBrowser.open(host);
  await inBrowser.insertAddendum();
  expect(inBrowser.getSnapshot().addendumMessage).toMatchObject({ intent: "success" });
  const saved = await host.save();
  const browserComments = (await docxComments(saved)).filter((c) => isAddendumComment(c.text));
  expect(browserComments).toEqual([{ id: expect.any(String), author: "Ana Ruiz", text: sentence, anchoredIn: "Prohibition on AI Training" }]);
  expect(await texts(saved, "reject")).toEqual(DOC);

  // undo before download: the addendum goes, its comment with it; the copy is the original again
  const inserted = inBrowser.getSnapshot().insertions;
  expect(inserted).toHaveLength(1);
  await host.removeAddendum!(inserted[0].texts);
  const undone = await host.save();
  expect((await docxComments(undone)).filter((c) => isAddendumComment(c.text))).toEqual([]);
  expect(await texts(undone, "accept")).toEqual(DOC);
  expect(await texts(undone, "reject")).toEqual(DOC);
});

test("Word refusing the comment: the addendum is in, and the pane says it went in without its comment", async () => {
  const fake = new FakeWord(DOC);
  fake.failWhen = (op) => (op.name === "insertComment" ? new FakeOfficeError("GeneralException", "Comments are not allowed here.") : undefined);
  const c = new ReviewController(engine);
  await c.open(createWordHost({ Word: fake.wordGlobal(), Office: fake.officeGlobal() }));
  await c.insertAddendum();
  expect(c.getSnapshot().addendumMessage).toEqual({ intent: "success", text: `Inserted the addendum before the signature block as a tracked change. ${messages.addendumNoComment("Word reported an internal error")}` });
  expect(fake.comments).toHaveLength(0);
  expect(fake.live().map((p) => fake.currentText(p))).toContain("Prohibition on AI Training");
});
