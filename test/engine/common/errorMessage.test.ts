/** One error → message function (issue 14): what follows "Could not …:" in the pane, the .docx host and the CLI. */
import { errorMessage } from "../../../src/engine/common/errorMessage";
import { errorMessage as paneReason } from "../../../src/taskpane/controller/errors";

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

  test("the pane's controller uses the same function (no second copy)", () => {
    expect(paneReason).toBe(errorMessage);
  });
});
