import { beforeTheirChanges, type TrackedPiece } from "../../../src/engine/compare/interleave";

const ours = (type: TrackedPiece["type"], text: string): TrackedPiece => ({ type, text, ours: true });
const theirs = (type: TrackedPiece["type"], text: string): TrackedPiece => ({ type, text, ours: false });

describe("a paragraph before their changes, from its accepted and rejected texts and its changes in order", () => {
  it("our insertion kept, their deletion put back, each where it stands", () => {
    // The Agency shall [their del: not ]use the Artwork[our ins: , or data derived from it,] to train.
    const current = "The Agency shall use the Artwork, or data derived from it, to train.";
    const original = "The Agency shall not use the Artwork to train.";
    expect(beforeTheirChanges(current, original, [theirs("Deleted", "not "), ours("Added", ", or data derived from it,")])).toBe("The Agency shall not use the Artwork, or data derived from it, to train.");
  });

  it("their insertion out, our deletion applied", () => {
    const current = "Use is allowed for internal purposes only.";
    const original = "Use is allowed only.";
    expect(beforeTheirChanges(current, original, [theirs("Added", "for internal purposes ")])).toBe("Use is allowed only.");
    expect(beforeTheirChanges("A C", "A B C", [ours("Deleted", "B ")])).toBe("A C");
  });

  it("their deletion of words we inserted (nested) puts our words back; our deletion inside their insertion stays applied", () => {
    // publish the Artwork [our del: for any purpose][our ins + their del: in the named campaigns][their ins: for any purpose].
    const current = "publish the Artwork for any purpose.";
    const original = "publish the Artwork for any purpose.";
    const changes = [ours("Deleted", "for any purpose"), ours("Added", "in the named campaigns"), theirs("Deleted", "in the named campaigns"), theirs("Added", "for any purpose")];
    expect(beforeTheirChanges(current, original, changes)).toBe("publish the Artwork in the named campaigns.");
    // their insertion "X, except for testing, Y" with our deletion of ", except for testing" inside it
    // their insertion with our deletion of part of it: rejected whole
    expect(beforeTheirChanges("shall not train, for tests.", "shall not train.", [theirs("Added", ", except for tests"), ours("Deleted", "except ")])).toBe("shall not train.");
    expect(beforeTheirChanges("shall not train.", "shall not train.", [theirs("Added", ", except for testing"), ours("Deleted", ", except for testing")])).toBe("shall not train.");
  });

  it("changes that do not fit the texts: null (the caller falls back)", () => {
    expect(beforeTheirChanges("abc", "abd", [theirs("Deleted", "zzz")])).toBeNull();
  });
});
