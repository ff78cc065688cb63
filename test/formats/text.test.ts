/** The shared .txt / .md reader (src/formats/text.ts): line N is paragraph N, headings kept, bad input named. */
import { analyze } from "../../src/engine";
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

  test("a Markdown paragraph is read as the words it shows; a .txt file keeps every character", () => {
    const md = textParagraphs(bytes("## **3. Rights**\n**Designer:** **Ana Ruiz** (\u201cDesigner\u201d)\nSee [the Policy](https://example.org/p_1) and `Schedule 2`.\nClient: ______"), true, "a.md");
    expect(md.map((p) => p.text)).toEqual(["3. Rights", "Designer: Ana Ruiz (\u201cDesigner\u201d)", "See the Policy and Schedule 2.", "Client: ______"]);
    expect(textParagraphs(bytes("**Designer:** Ana"), false, "a.txt")[0].text).toBe("**Designer:** Ana");
  });

  test("a Markdown contract whose parties are set out in bold is read for its parties and work", () => {
    const md = [
      "# Website Build Agreement",
      "- **Client:** **Harbour Bakery Ltd** (\u201cClient\u201d)",
      "- **Web Designer:** **Noor Haddad** (\u201cWeb Designer\u201d)",
      "## Definitions",
      "**Deliverables** means the site files, code and images the Web Designer delivers.",
      "## Ownership",
      "On final payment the Web Designer assigns to the Client all copyright in the Deliverables. The Client shall pay each invoice within 14 days.",
    ].join("\n");
    const r = analyze(textParagraphs(bytes(md), true, "a.md"));
    expect(r.roles).toMatchObject({ user: "Web Designer", other: "Client", work: "Deliverables" });
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
