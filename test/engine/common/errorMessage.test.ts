/** One error → message function (issue 14): what follows "Could not …:" in the pane, the .docx host and the CLI. */
import { errorMessage } from "../../../src/engine/common/errorMessage";
import { errorMessage as paneReason } from "../../../src/taskpane/controller/errors";
import { OFFICE_ERRORS } from "../../../src/word/messages";

describe("errorMessage", () => {
  test("an Error's message (first line on request), a string as it is, another value as text", () => {
    expect(errorMessage(new Error("bad zip\nat offset 4"))).toBe("bad zip\nat offset 4");
    expect(errorMessage(new Error("bad zip\nat offset 4"), { firstLine: true })).toBe("bad zip");
    expect(errorMessage("plain")).toBe("plain");
    expect(errorMessage(42)).toBe("42");
  });

  test("an error from a worker or another realm: its message, not '[object Object]'", () => {
    expect(errorMessage({ name: "Error", message: "The document is locked." })).toBe("The document is locked.");
    expect(errorMessage({ code: "x" })).toBe("unknown error");
  });

  test("never empty: an empty message gives the error's name when it has one, else 'unknown error'", () => {
    expect(errorMessage(new Error(""))).toBe("unknown error");
    const aborted = new Error("");
    aborted.name = "AbortError";
    expect(errorMessage(aborted)).toBe("AbortError");
    for (const nothing of [undefined, null, "", "  "]) expect(errorMessage(nothing)).toBe("unknown error");
  });

  test("the Word host's reasons: an Office.js error by its code in plain words, inside a sentence (no second mapper in src/word)", () => {
    const officeError = (code: string, message: string) => Object.assign(new Error(message), { name: "RichApi.Error", code });
    expect(errorMessage(officeError("AccessDenied", "Access denied."), OFFICE_ERRORS)).toBe("the document is protected or read-only");
    // a code Word has no plain words for: its message, without the full stop
    expect(errorMessage(officeError("Timeout", "The operation timed out. "), OFFICE_ERRORS)).toBe("The operation timed out");
    // codes are read only when a table is given; an inherited name is not a code
    expect(errorMessage(officeError("AccessDenied", "Access denied."))).toBe("Access denied.");
    expect(errorMessage(officeError("toString", "Odd."), OFFICE_ERRORS)).toBe("Odd");
    expect(errorMessage("", OFFICE_ERRORS)).toBe("unknown error");
    expect(errorMessage(new Error("..."), { inSentence: true })).toBe("unknown error");
    expect(errorMessage(new Error("\nat offset 4"), { firstLine: true })).toBe("unknown error");
  });

  test("the pane's controller uses the same function (no second copy)", () => {
    expect(paneReason).toBe(errorMessage);
  });
});
