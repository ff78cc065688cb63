import { groupBy } from "../../../src/engine/common/groupBy";

describe("groupBy", () => {
  const edits = [
    { paragraph: 4, id: "a" },
    { paragraph: 1, id: "b" },
    { paragraph: 4, id: "c" },
    { paragraph: 0, id: "d" },
    { paragraph: 1, id: "e" },
  ];

  it.each([
    ["keys in first-seen order", (g: Map<number, typeof edits>) => [...g.keys()], [4, 1, 0]],
    ["items in their own order within a group", (g: Map<number, typeof edits>) => [...g.values()].map((l) => l.map((e) => e.id).join("")), ["ac", "be", "d"]],
    ["every item once", (g: Map<number, typeof edits>) => [...g.values()].flat().length, 5],
  ])("%s", (_name, read, expected) => {
    expect(read(groupBy(edits, (e) => e.paragraph))).toEqual(expected);
  });

  it("is empty for no items", () => {
    expect(groupBy([], (e: { paragraph: number }) => e.paragraph).size).toBe(0);
  });
});
