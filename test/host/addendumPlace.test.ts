/**
 * Both hosts put the addendum where the engine's addendumPlace says (fix/placement.ts): the same
 * contract as a Word document and as a .docx file comes out with the same paragraphs in the same
 * order. Contract sentences written for this test.
 */
import { buildAddendum } from "../../src/engine";
import { createDocxHost } from "../../src/docx/browserHost";
import { docx } from "../docx/helpers";
import { createWordHost } from "../../src/word";
import { FakeWord, type FakeParagraphSpec } from "../support/fakeWord";

const parties = { agency: "the Client", contractor: "the Designer", work: "the Deliverables" };
const CLAUSES = [
  "1. The Designer will prepare the Deliverables described in each statement of work agreed by the parties in writing.",
  "2. The Client will pay each invoice within thirty days after it receives it, by bank transfer to the account named.",
  "3. This Agreement is governed by the laws of England and Wales, and the courts of London have jurisdiction.",
];
const SIGNED = ["IN WITNESS WHEREOF, the parties have signed this Agreement.", "By: ____________", "Name: Ana Ruiz"];

/** A paragraph, or (with `table`) a table whose cells are each one paragraph; `text` then names it for the checks below. */
type Para = { text: string; heading?: 1 | 2; table?: string[][] };
/** The paragraphs a host reads from a document: a table's cells row by row. */
const textsOf = (doc: Para[]): string[] => doc.flatMap((p) => (p.table ? p.table.flat() : [p.text]));
const SIGNED_TABLE: Para = { text: "signature table", table: [["Signed by the Client", "Signed by the Designer"], ["By: ____________", "By: ____________"], ["Name: Ana Ruiz", "Name: Sam Lee"]] };
const plain = (...texts: string[]): Para[] => texts.map((text) => ({ text }));
/** The addendum without its audit section, typed in with a second body paragraph under its last section. */
function existingAddendum(): Para[] {
  const a = buildAddendum({ parties, includeAudit: false });
  return [...a.map((p) => ({ text: p.text })), { text: "The parties agree that this section survives any assignment of this Agreement as well." }];
}

type Place = "signature-block" | "additional-terms" | "extends-addendum" | "end";
const DOCUMENTS: Array<[string, Para[], () => ReturnType<typeof buildAddendum>, Place]> = [
  ["before the signature block", [{ text: "Services Agreement", heading: 1 }, ...plain(...CLAUSES, ...SIGNED)], () => buildAddendum({ parties }), "signature-block"],
  [
    "at the end of an Additional Terms section",
    [{ text: "Services Agreement", heading: 1 }, ...plain(...CLAUSES), { text: "4. Additional Terms", heading: 2 }, ...plain("The parties may agree further terms in writing, signed by both of them."), { text: "5. Notices", heading: 2 }, ...plain("Notices go to the addresses given above, by post or by email.", ...SIGNED)],
    () => buildAddendum({ parties }),
    "additional-terms",
  ],
  ["after an addendum being extended, past its section's second paragraph", [{ text: "Services Agreement", heading: 1 }, ...plain(...CLAUSES), ...existingAddendum(), ...plain(...SIGNED)], () => buildAddendum({ parties, only: ["audit-rights"] }), "extends-addendum"],
  ["after an addendum followed by a schedule", [...plain(...CLAUSES), ...existingAddendum(), { text: "Schedule A", heading: 1 }, ...plain("Fees are due within thirty days of each invoice.")], () => buildAddendum({ parties, only: ["audit-rights"] }), "extends-addendum"],
  ["before a signature block set in a table (before the whole table, never in a cell)", [{ text: "Services Agreement", heading: 1 }, ...plain(...CLAUSES), SIGNED_TABLE], () => buildAddendum({ parties }), "signature-block"],
  ["at the end of a contract with no signature block", [{ text: "Services Agreement", heading: 1 }, ...plain(...CLAUSES)], () => buildAddendum({ parties }), "end"],
];

async function inWord(doc: Para[], addendum: ReturnType<typeof buildAddendum>, place?: Place): Promise<string[]> {
  const fake = new FakeWord(doc.flatMap((p): FakeParagraphSpec[] => (p.table ? p.table.flat().map((text) => ({ text, tableNestingLevel: 1 })) : [p.heading ? { text: p.text, styleBuiltIn: `Heading${p.heading}` } : p.text])));
  const host = createWordHost({ Word: fake.wordGlobal(), Office: fake.officeGlobal() });
  // the host says where it went, so the pane does not assume the end of the document
  expect(await host.insertAddendum(addendum, "end")).toMatchObject({ inserted: true, ...(place ? { place } : {}) });
  return fake.live().map((p) => fake.currentText(p));
}

async function inDocx(doc: Para[], addendum: ReturnType<typeof buildAddendum>, place?: Place): Promise<string[]> {
  const bytes = await docx(doc.map((p) => (p.table ? { table: p.table } : p.heading ? { text: p.text, style: p.heading === 1 ? ("Heading1" as const) : ("Heading2" as const) } : { text: p.text })));
  const host = await createDocxHost(bytes, "contract.docx");
  expect(await host.insertAddendum(addendum, "end")).toMatchObject({ inserted: true, ...(place ? { place } : {}) });
  const texts = (await host.read()).paragraphs.map((p) => p.text);
  // appended at the very end, the .docx keeps an empty final paragraph (so that rejecting all restores the last one exactly)
  while (texts.length && texts[texts.length - 1] === "") texts.pop();
  return texts;
}

test.each(DOCUMENTS)("Word and the .docx host insert the addendum at the same place, and say so: %s", async (_name, doc, addendum, place) => {
  const word = await inWord(doc, addendum(), place);
  const file = await inDocx(doc, addendum(), place);
  expect(word).toEqual(file);
  // and it did go in: the contract's own paragraphs are all still there, in order
  const original = textsOf(doc);
  expect(word.filter((t) => original.includes(t))).toEqual(original);
  expect(word.length).toBeGreaterThan(original.length);
});

test("a signature block set in a table: the addendum goes right before the table in both hosts, outside it", async () => {
  const doc: Para[] = [...plain(...CLAUSES), SIGNED_TABLE];
  const addendum = buildAddendum({ parties });
  const table = SIGNED_TABLE.table!.flat();
  for (const texts of [await inWord(doc, addendum), await inDocx(doc, addendum)]) {
    expect(texts.slice(0, CLAUSES.length)).toEqual(CLAUSES);
    expect(texts.slice(CLAUSES.length, CLAUSES.length + addendum.length)).toEqual(addendum.map((a) => (a.kind === "heading" && a.number && !a.text.trimStart().startsWith(a.number) ? `${a.number}. ${a.text}` : a.text)));
    expect(texts.slice(-table.length)).toEqual(table);
  }
  // Word: the new paragraphs are outside the table (a paragraph inserted before a cell's would be in the cell)
  const fake = new FakeWord([...CLAUSES, ...table.map((text) => ({ text, tableNestingLevel: 1 }))]);
  const host = createWordHost({ Word: fake.wordGlobal(), Office: fake.officeGlobal() });
  expect(await host.insertAddendum(addendum, "end")).toEqual({ inserted: true, place: "signature-block" });
  expect(fake.live().map((p) => p.tableNestingLevel)).toEqual([...CLAUSES.map(() => 0), ...addendum.map(() => 0), ...table.map(() => 1)]);
});

test("a .docx asked to insert at the cursor (it has none) says where the addendum went", async () => {
  const withSignature = await docx([...CLAUSES, ...SIGNED].map((text) => ({ text })));
  const signed = await createDocxHost(withSignature, "contract.docx");
  expect(await signed.insertAddendum(buildAddendum({ parties }), "cursor")).toEqual({ inserted: true, place: "signature-block", message: "Added before the signature block (a .docx file has no cursor)." });
  const unsigned = await createDocxHost(await docx(CLAUSES.map((text) => ({ text }))), "contract.docx");
  expect(await unsigned.insertAddendum(buildAddendum({ parties }), "cursor")).toEqual({ inserted: true, place: "end", message: "Added at the end of the document (a .docx file has no cursor)." });
  // asked for the end, nothing to say
  const again = await createDocxHost(withSignature, "contract.docx");
  expect(await again.insertAddendum(buildAddendum({ parties }), "end")).toEqual({ inserted: true, place: "signature-block" });
});
