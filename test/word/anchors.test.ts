import fc from "fast-check";
import {
  MAX_SEARCH_LENGTH,
  escapeSearchText,
  mapToRaw,
  occurrences,
  planAnchors,
  trimParagraphMark,
} from "../../src/word/anchors";

describe("escapeSearchText", () => {
  test("wildcard characters stay literal (matchWildcards is off); ^ is doubled", () => {
    expect(escapeSearchText("* ? [ ] < > ( ) { } @ ! ~ \" ' “ ”")).toBe("* ? [ ] < > ( ) { } @ ! ~ \" ' “ ”");
    expect(escapeSearchText("10^3 fee")).toBe("10^^3 fee");
    expect(escapeSearchText("^p")).toBe("^^p");
  });
  test("tabs, non-breaking spaces, line breaks and optional hyphens become ^ codes", () => {
    expect(escapeSearchText("a\tb\u00a0c\u000bd\u00ade\u2011f")).toBe("a^tb^sc^ld^-e^~f");
  });
  test("other control characters (fields, footnote marks, objects) cannot be searched", () => {
    expect(escapeSearchText("see note\u0002")).toBeNull();
    expect(escapeSearchText("a\u0013b")).toBeNull();
  });
  test("emoji and right-to-left text pass through", () => {
    expect(escapeSearchText("اتفاقية 🙂")).toBe("اتفاقية 🙂");
  });
});

test("occurrences are non-overlapping, left to right (Word's search order)", () => {
  expect(occurrences("aaaa", "aa")).toEqual([0, 2]);
  expect(occurrences("use, use and use", "use")).toEqual([0, 5, 13]);
  expect(occurrences("abc", "")).toEqual([]);
});

describe("mapToRaw: reviewed offsets to the raw text that still holds tracked deletions", () => {
  test("identical texts map to themselves", () => {
    expect(mapToRaw("for any purpose", "for any purpose", 4, 7)).toEqual({ start: 4 });
  });
  test("words after a tracked deletion shift by the deleted text", () => {
    // raw: "The Agency may [not ]use the work" with "not " deleted
    const raw = "The Agency may not use the work";
    const reviewed = "The Agency may use the work";
    expect(mapToRaw(raw, reviewed, reviewed.indexOf("use the work"), reviewed.length)).toEqual({ start: raw.indexOf("use the work") });
  });
  test("words that run across deleted text are refused, not guessed", () => {
    const raw = "for any internal purpose";
    const reviewed = "for any purpose";
    const r = mapToRaw(raw, reviewed, 0, reviewed.length);
    expect("error" in r && r.error).toMatch(/tracked change/);
  });
  test("the same words in a deletion right next to them are ambiguous and refused", () => {
    const raw = "use for any purpose for any purpose here";
    const reviewed = "use for any purpose here";
    const r = mapToRaw(raw, reviewed, 4, 19);
    expect("error" in r && r.error).toMatch(/cannot tell/);
  });
  test("a text that is not the raw text minus deletions is reported", () => {
    const r = mapToRaw("abc", "abd", 0, 1);
    expect("error" in r).toBe(true);
  });
});

describe("planAnchors", () => {
  test("short words: one anchor with the occurrence that starts at the offset", () => {
    const raw = "use it, use it again, use it";
    const plan = planAnchors(raw, 22, 28);
    expect(plan).toEqual({ anchors: [{ text: "use it", search: "use it", occurrence: 2, expected: 3 }] });
  });
  test("words longer than 255 characters: head and tail anchors, each within the limit", () => {
    const words = "perpetual, irrevocable, worldwide licence ".repeat(10).trim();
    const raw = `Grant: ${words}. End.`;
    const plan = planAnchors(raw, 7, 7 + words.length);
    if (!("anchors" in plan)) throw new Error(plan.error);
    expect(plan.anchors).toHaveLength(2);
    const [head, tail] = plan.anchors as [{ text: string; search: string }, { text: string; search: string }];
    expect(words.startsWith(head.text)).toBe(true);
    expect(words.endsWith(tail.text)).toBe(true);
    for (const a of plan.anchors) expect(a.search.length).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
  });
  test("escaping that would pass 255 characters switches to head and tail anchors", () => {
    const words = "^".repeat(200);
    const plan = planAnchors(words, 0, words.length);
    if (!("anchors" in plan)) throw new Error(plan.error);
    expect(plan.anchors).toHaveLength(2);
    for (const a of plan.anchors) expect(a.search.length).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
  });
  test("a field character inside the words: anchors around it", () => {
    const raw = "see clause\u00135 for details";
    const plan = planAnchors(raw, 0, raw.length);
    if (!("anchors" in plan)) throw new Error(plan.error);
    expect(plan.anchors.map((a) => a.text)).toEqual(["see clause", "5 for details"]);
  });
  test("words starting with a field character cannot be anchored", () => {
    expect("error" in planAnchors("\u0013abc", 0, 4)).toBe(true);
  });
  test("head and tail never cut an emoji in half", () => {
    const words = "🙂".repeat(150);
    const plan = planAnchors(words, 0, words.length);
    if (!("anchors" in plan)) throw new Error(plan.error);
    for (const a of plan.anchors) expect(a.text.length % 2).toBe(0);
  });
});

test("trimParagraphMark removes one trailing paragraph mark only", () => {
  expect(trimParagraphMark("abc\r")).toBe("abc");
  expect(trimParagraphMark("abc\r\n")).toBe("abc");
  expect(trimParagraphMark("abc")).toBe("abc");
});


describe("properties", () => {
  const alphabet = fc.constantFrom("a", "b", " ", "for", "any", "purpose", "\t", "\u00a0", "^", "“", "\"", "🙂", "\u0013", "*", "?");
  const segment = fc.record({ text: fc.array(alphabet, { minLength: 1, maxLength: 8 }).map((a) => a.join("")), deleted: fc.boolean() });

  test("mapToRaw never points at the wrong place: the true position or a refusal", () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), fc.nat(), (segments, pick, a, b) => {
        const kept = segments.map((s, i) => ({ ...s, i })).filter((s) => !s.deleted);
        if (kept.length === 0) return;
        const seg = kept[pick % kept.length];
        const rawOffset = segments.slice(0, seg.i).reduce((n, s) => n + s.text.length, 0);
        const reviewedOffset = segments.slice(0, seg.i).filter((s) => !s.deleted).reduce((n, s) => n + s.text.length, 0);
        const from = a % seg.text.length;
        const to = from + 1 + (b % (seg.text.length - from));
        const raw = segments.map((s) => s.text).join("");
        const reviewed = segments.filter((s) => !s.deleted).map((s) => s.text).join("");
        const r = mapToRaw(raw, reviewed, reviewedOffset + from, reviewedOffset + to);
        if ("start" in r) expect(r.start).toBe(rawOffset + from);
        else expect(r.error).toMatch(/cannot tell/);
      }),
      { numRuns: 2000, seed: 7 },
    );
  });

  test("planAnchors: every anchor fits Word's limit and its chosen occurrence is exactly the target", () => {
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 150 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const raw = parts.join("");
        const start = a % raw.length;
        const end = start + 1 + (b % (raw.length - start));
        const plan = planAnchors(raw, start, end);
        if ("error" in plan) return;
        const [head, tail] = plan.anchors;
        for (const anchor of plan.anchors) {
          expect(anchor.search.length).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
          expect(escapeSearchText(anchor.text)).toBe(anchor.search);
          expect(occurrences(raw, anchor.text)).toHaveLength(anchor.expected);
        }
        expect(occurrences(raw, head.text)[head.occurrence]).toBe(start);
        const last = tail ?? head;
        expect(occurrences(raw, last.text)[last.occurrence] + last.text.length).toBe(end);
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});
