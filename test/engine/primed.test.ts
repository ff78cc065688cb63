import { primed } from "../../src/engine/text/primed";

describe("primed: a pattern run once on a long blank subject before its first real use", () => {
  it("returns the same expression, its lastIndex reset, matching as before", () => {
    const re = /\btrain\w*/gi;
    re.lastIndex = 7;
    expect(primed(re)).toBe(re);
    expect(re.lastIndex).toBe(0);
    expect("may train and retrain; Training".match(re)).toEqual(["train", "Training"]);
  });

  it("leaves a pattern that matches blanks as new (lastIndex 0), and primes once only", () => {
    const re = /\s+/g;
    primed(re);
    expect(re.lastIndex).toBe(0);
    expect(re.exec("a  b")?.index).toBe(1);
    // a second call does not run it again: lastIndex set by the exec above is kept
    primed(re);
    expect(re.lastIndex).toBe(3);
  });
});
