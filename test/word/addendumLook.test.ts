/**
 * The addendum inserted in Word looks like the contract's body text: its paragraph style, font,
 * size and colour (headings in bold, nothing of the neighbour's emphasis), never the document's
 * list numbering, read in the same batch as the text (3 round trips whatever the length). Sample
 * contract sentences written for this test.
 */
import { buildAddendum } from "../../src/engine";
import { createWordHost } from "../../src/word";
import { DEFAULT_FONT, FakeWord, type FakeParagraphSpec, type ParaModel } from "../support/fakeWord";

const parties = { agency: "Studio", contractor: "Designer", work: "Designs" };
const BODY_FONT = { name: "Georgia", size: 10.5, color: "#262626" };
const body = (text: string): FakeParagraphSpec => ({ text, style: "Body Text", font: BODY_FONT });

/** A contract in Georgia 10.5 whose last clause is a numbered list in small italic Arial. */
function contract(filler = 0): FakeParagraphSpec[] {
  return [
    { text: "Design Services Agreement", styleBuiltIn: "Heading1", font: { name: "Arial", size: 16, bold: true, color: "#1F3864" } },
    body("1. The Designer shall prepare the Designs described in each statement of work issued by the Studio."),
    body("2. The Studio shall pay the fees set out in each statement of work within thirty days of invoice."),
    ...Array.from({ length: filler }, (_, i) => body(`${i + 3}. Each party shall give the other party notice in writing of any change to its address.`)),
    { text: "14. General", styleBuiltIn: "Heading1", listItem: true, font: { name: "Arial", size: 14, bold: true, color: "#1F3864" } },
    { text: "14.1 This agreement is governed by the laws of the State of Oregon, without regard to its conflict rules.", listItem: true, font: { name: "Arial", size: 9, italic: true, color: "#7F7F7F" } },
  ];
}

const inserted = (fake: FakeWord, n: number): ParaModel[] => fake.live().slice(n);

describe("the addendum in Word takes the body text's look", () => {
  it("font, size and colour of the body; bold headings; no list numbering from the clause it follows; 3 round trips", async () => {
    const doc = contract();
    const fake = new FakeWord(doc);
    const host = createWordHost({ Word: fake.wordGlobal(), Office: fake.officeGlobal() });
    const addendum = buildAddendum({ parties });
    const syncs = fake.syncs;
    expect(await host.insertAddendum(addendum, "end")).toMatchObject({ inserted: true });
    expect(fake.syncs - syncs).toBe(3);
    const added = inserted(fake, doc.length);
    expect(added).toHaveLength(addendum.length);
    added.forEach((p, i) => {
      const heading = addendum[i].kind !== "body";
      expect({ ...DEFAULT_FONT, ...p.font }).toEqual({ ...BODY_FONT, bold: heading, italic: false });
      expect(p.listItem).toBeFalsy();
      expect(p.style).toBe("Body Text");
      expect(p.outlineLevel).toBe(10);
    });
  });

  it("a body paragraph of mixed fonts (Word gives no name) is passed over for the next one", async () => {
    const doc = contract();
    doc[2] = { text: (doc[2] as { text: string }).text, style: "Body Text", font: { name: "", size: 0 } };
    const fake = new FakeWord(doc);
    await createWordHost({ Word: fake.wordGlobal(), Office: fake.officeGlobal() }).insertAddendum(buildAddendum({ parties }), "end");
    for (const p of inserted(fake, doc.length)) expect(p.font).toMatchObject({ name: "Georgia", size: 10.5 });
  });

  it("before a signature block too, and the round trips do not grow with the contract", async () => {
    const signature: FakeParagraphSpec[] = [{ text: "IN WITNESS WHEREOF the parties have signed this agreement.", font: { name: "Arial", size: 12, bold: true } }, "Studio: ____________", "Designer: ____________"];
    const small = new FakeWord([...contract(), ...signature]);
    const big = new FakeWord([...contract(400), ...signature]);
    for (const fake of [small, big]) {
      const before = fake.syncs;
      expect(await createWordHost({ Word: fake.wordGlobal(), Office: fake.officeGlobal() }).insertAddendum(buildAddendum({ parties }), "end")).toMatchObject({ inserted: true });
      expect(fake.syncs - before).toBe(3);
      const live = fake.live();
      const sig = live.findIndex((p) => fake.currentText(p).startsWith("IN WITNESS"));
      const title = live.findIndex((p) => fake.currentText(p) === buildAddendum({ parties })[0].text);
      expect(title).toBeGreaterThan(0);
      expect(title).toBeLessThan(sig);
      expect(live[title].font).toMatchObject({ name: "Georgia", size: 10.5, bold: true });
      expect(live[title + 1].font).toMatchObject({ name: "Georgia", size: 10.5 });
    }
  });
});
