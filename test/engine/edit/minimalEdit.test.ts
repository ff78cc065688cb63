import { minimalEdit } from "../../../src/engine/edit/minimalEdit";
import { MINIMAL_EDIT_TABLE } from "../../support/minimalEditTable";

describe("minimalEdit: only the words that change are tracked, never part of a word", () => {
  test.each(MINIMAL_EDIT_TABLE)("$original → $replacement", ({ original, replacement, deleted, inserted }) => {
    const e = minimalEdit(original, replacement);
    expect([e.deleted, e.inserted]).toEqual([deleted, inserted]);
    expect(original.slice(e.keepStart, original.length - e.keepEnd)).toBe(e.deleted);
    expect(original.slice(0, e.keepStart) + e.inserted + original.slice(original.length - e.keepEnd)).toBe(replacement);
  });

  test("identical texts: nothing to change", () => {
    expect(minimalEdit("for any purpose", "for any purpose")).toMatchObject({ deleted: "", inserted: "" });
  });
});
