import JSZip from "jszip";
import { reviewDocx } from "../../src/docx/review";
import { docx } from "./helpers";

// Sample clauses written for this test.
const BODY =
  `<w:p><w:r><w:t xml:space="preserve">This agreement is between Harbor Lane Media (the \u201cCompany\u201d) and Lee Park (the \u201cConsultant\u201d).</w:t></w:r></w:p>` +
  `<w:p><w:r><w:t xml:space="preserve">The Company may use the Work Product for any purpose.</w:t></w:r></w:p>`;

test("--comment-only writes comments that propose the wording instead of describing an edit that was not made", async () => {
  const result = await reviewDocx(await docx(BODY), { commentOnly: true, addendum: false, date: "2026-01-01T00:00:00Z" });
  expect(result.report.findings.length).toBeGreaterThan(0);
  const zip = await JSZip.loadAsync(result.bytes);
  const document = await zip.file("word/document.xml")!.async("string");
  expect(document).not.toMatch(/<w:(ins|del)\b/);
  const comments = await zip.file("word/comments.xml")!.async("string");
  const texts = Array.from(comments.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g), (m) => m[1]).join(" ");
  expect(texts).not.toMatch(/\bThis edit\b/);
  expect(texts).toMatch(/Proposed wording/);
  expect(texts).toMatch(/Company/);
});

test("--comment-only changes no text, not even for the addendum: it is proposed in full in a comment", async () => {
  const result = await reviewDocx(await docx(BODY), { commentOnly: true, date: "2026-01-01T00:00:00Z" });
  expect(result.addendum).toBe("proposed-in-comment");
  const zip = await JSZip.loadAsync(result.bytes);
  const document = await zip.file("word/document.xml")!.async("string");
  expect(document).not.toMatch(/<w:(ins|del)\b/);
  expect(document).not.toMatch(/Prohibition on AI Training/);
  const comments = await zip.file("word/comments.xml")!.async("string");
  const texts = Array.from(comments.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g), (m) => m[1]).join(" ");
  expect(texts).toMatch(/asks to add the following .Prohibition on AI Training. addendum/);
  expect(texts).toMatch(/the text of the contract is unchanged/);
  expect(texts).toMatch(/AI-1/);
});

test("--comment-only quotes the words to replace without a leading space or joining comma", async () => {
  const body =
    `<w:p><w:r><w:t xml:space="preserve">This agreement is between Harbor Lane Media (the \u201cCompany\u201d) and Lee Park (the \u201cConsultant\u201d).</w:t></w:r></w:p>` +
    `<w:p><w:r><w:t xml:space="preserve">The Company may use the Work Product for marketing and to train its AI models.</w:t></w:r></w:p>` +
    `<w:p><w:r><w:t xml:space="preserve">Unless the Consultant opts out, the Company may process the Work Product to improve its machine learning models.</w:t></w:r></w:p>`;
  const result = await reviewDocx(await docx(body), { commentOnly: true, addendum: false, date: "2026-01-01T00:00:00Z" });
  const zip = await JSZip.loadAsync(result.bytes);
  const comments = await zip.file("word/comments.xml")!.async("string");
  const texts = Array.from(comments.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g), (m) => m[1]).join(" ");
  expect(texts).toMatch(/delete \u201cand to train/);
  expect(texts).toMatch(/replace \u201cto improve its machine learning models\u201d with \u201cbut not to train/);
  expect(texts).not.toMatch(/\u201c[\s,;]|[\s,;]\u201d/);
});
