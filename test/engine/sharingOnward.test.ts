/**
 * Issue 11: rights in the work reaching group companies and appointees, read from the clause's
 * structure (a list of group entities after "extend to", a power to appoint or authorise others).
 */
import { analyze } from "../../src/engine";

const categories = (text: string) => [...new Set(analyze([{ text }]).findings.map((f) => f.category))];

describe("rights reaching the other side's group and appointees", () => {
  test.each([
    "The licence granted to the Client extends to the Client's parent company, subsidiaries and affiliates.",
    "The rights granted to the Client extend to its parent, subsidiaries, affiliates and their licensees.",
    "The Client may authorise its group companies to exercise the rights granted in clause 4.",
    "The Publisher may appoint sub-licensees in any territory for the Work.",
  ])("sublicensing: %s", (text) => {
    expect(categories(text)).toContain("sublicensing");
  });

  test.each([
    "Either party may assign this Agreement to its parent, subsidiaries or affiliates.",
    "The Publisher may not appoint sub-licensees for the Work.",
    "The Client and its group companies will pay every invoice within thirty days.",
  ])("not flagged: %s", (text) => {
    expect(categories(text)).toEqual([]);
  });
});

describe("a use right 'without limitation and without' anything more", () => {
  test("flagged", () => {
    expect(categories("The Client may edit, crop or otherwise modify the Photographs without limitation and without the Photographer's approval.")).toContain("broad-license");
  });
  test("'including without limitation' still introduces examples", () => {
    expect(categories("The Client may use the Deliverables for its marketing, including without limitation and without prejudice to clause 3, its website.")).toEqual([]);
  });
});

describe("all rights of every kind", () => {
  test("granted: a broad licence", () => {
    expect(categories("The Writer grants the Network all rights of every kind in the Material.")).toContain("broad-license");
  });
  test("reserved: nothing given", () => {
    expect(categories("The Writer reserves all rights of every kind in the Material.")).toEqual([]);
  });
});

describe("rights exercised by the other side's own licensees", () => {
  test("flagged", () => {
    expect(categories("Each of the rights granted to the Studio may be exercised by the Studio's licensees, assignees and co-producers.")).toContain("sublicensing");
  });
});
