/** The shared .txt / .md reader (src/formats/text.ts): line N is paragraph N, headings kept, bad input named. */
import { looksLikeMarkdown, textParagraphs, TextFormatError } from "../../src/formats/text";

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("text files as paragraphs", () => {
  test("one paragraph per line, blank lines kept so line numbers stay paragraph numbers", () => {
    expect(textParagraphs(bytes("1. Licence.\r\n\r\nThe Client may use the Work.\rEnd"), false, "a.txt").map((p) => p.text)).toEqual(["1. Licence.", "", "The Client may use the Work.", "End"]);
  });

  test("Markdown headings become heading levels; in a .txt file a # line is text", () => {
    const md = textParagraphs(bytes("# Master Agreement\n## 2. License ##\nBody."), true, "a.md");
    expect(md[0]).toEqual({ text: "Master Agreement", headingLevel: 1, style: "Heading 1" });
    expect(md[1]).toEqual({ text: "2. License", headingLevel: 2, style: "Heading 2" });
    expect(md[2]).toEqual({ text: "Body." });
    expect(textParagraphs(bytes("# Not a heading"), false, "a.txt")[0]).toEqual({ text: "# Not a heading" });
  });

  test("a byte-order mark is dropped", () => {
    expect(textParagraphs(bytes("\ufeffHello"), false, "a.txt")[0].text).toBe("Hello");
  });

  test.each([
    [new Uint8Array(0), /a\.txt is empty/],
    [bytes("PK\u0000\u0003binary"), /contains binary data/],
    [new Uint8Array([0xff, 0xfe, 0x41]), /not UTF-8 text/],
    [bytes("  \n\t\n"), /has no text to review/],
  ])("bad input is a TextFormatError that says what is wrong (%#)", (input, message) => {
    expect(() => textParagraphs(input, false, "a.txt")).toThrow(TextFormatError);
    expect(() => textParagraphs(input, false, "a.txt")).toThrow(message);
  });

  test("Markdown is recognised by a heading line", () => {
    expect(looksLikeMarkdown(bytes("Intro\n\n## Terms\n"))).toBe(true);
    expect(looksLikeMarkdown(bytes("Terms\n#hashtag\n"))).toBe(false);
  });
});
