/** analyze's onProgress (issue 15): how far the document pass has come, without changing the report. */
import { analyze, type Paragraph } from "../../src/engine";

const CLAUSES = [
  "The Designer shall deliver the files on the dates set out in the schedule.",
  "The Client may use the Deliverables for any purpose, including to train its machine learning models.",
  "Each invoice is payable within thirty days of receipt.",
  "The Client may share the Deliverables with its service providers.",
  "",
];

function contract(n: number): Paragraph[] {
  const out: Paragraph[] = [{ text: 'This agreement is between Bluebird Studio Inc. (the "Client") and Ada Okafor (the "Designer").' }];
  for (let i = 1; i < n; i++) out.push(i % 40 === 1 ? { text: `${i}. Section ${i}`, headingLevel: 1 } : { text: CLAUSES[i % CLAUSES.length] });
  return out;
}

describe("analyze reports its progress", () => {
  test("monotonic, in steps of whole paragraphs, a few dozen calls, ending at total of total", () => {
    const paragraphs = contract(3000);
    const calls: Array<[number, number]> = [];
    analyze(paragraphs, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThan(5);
    expect(calls.length).toBeLessThan(40); // not per paragraph
    expect(calls[0]).toEqual([0, 3000]);
    expect(calls[calls.length - 1]).toEqual([3000, 3000]);
    for (let k = 1; k < calls.length; k++) {
      expect(calls[k][1]).toBe(3000);
      expect(calls[k][0]).toBeGreaterThan(calls[k - 1][0]);
      expect(Number.isInteger(calls[k][0])).toBe(true);
    }
  });

  test("the report is the same with and without the callback (and with other options)", () => {
    const paragraphs = contract(1200);
    const plain = JSON.stringify(analyze(paragraphs));
    let last = -1;
    const watched = JSON.stringify(analyze(paragraphs, { onProgress: (d) => (last = d) }));
    expect(watched).toBe(plain);
    expect(last).toBe(1200);
    expect(plain).toContain("train");
    const named = { parties: { agency: "Publisher" }, dismissed: [] as string[] };
    expect(JSON.stringify(analyze(paragraphs, { ...named, onProgress: () => undefined }))).toBe(JSON.stringify(analyze(paragraphs, named)));
  });

  test("a short document: told once at the start and once at the end; an empty one only at the end", () => {
    const calls: Array<[number, number]> = [];
    analyze(contract(3), { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([
      [0, 3],
      [3, 3],
    ]);
    calls.length = 0;
    analyze([], { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([[0, 0]]);
  });
});
