/**
 * The message of anything thrown, for people, after "Could not …:": an Error's message (or any
 * object's `message`, as errors from a worker or another realm arrive), a string as it is, another
 * value as text; never empty, never "[object Object]" or "undefined" ("unknown error" instead).
 * The one error → message function: the pane, the .docx host, the Word host and the CLI all use
 * it (lint forbids the inline `e instanceof Error ? e.message : …`).
 */
export function errorMessage(e: unknown, options: ErrorMessageOptions = {}): string {
  let text = "";
  if (typeof e === "string") text = e;
  else if (typeof e === "object" && e !== null) {
    const { message, name, code } = e as { message?: unknown; name?: unknown; code?: unknown };
    if (typeof code === "string" && options.codes && Object.prototype.hasOwnProperty.call(options.codes, code)) text = options.codes[code];
    else if (typeof message === "string" && message.trim()) text = message;
    else if (typeof name === "string" && name && name !== "Error") text = name;
  } else if (e !== undefined && e !== null) text = String(e);
  if (options.firstLine) text = text.split("\n")[0];
  if (options.inSentence) text = text.replace(/[.\s]+$/, "");
  return text.trim() ? text : "unknown error";
}

export interface ErrorMessageOptions {
  /** Keep only the first line (parsers add a location on further lines). */
  firstLine?: boolean;
  /**
   * Plain words for an error's `code` (Office.js errors carry a code and a technical English
   * message: the Word host passes its table, `OFFICE_ERRORS` in word/messages.ts).
   */
  codes?: Readonly<Record<string, string>>;
  /** Without its closing full stop, to sit inside a sentence ("Word did not add the comment (<here>)."). */
  inSentence?: boolean;
}

/**
 * "Could not <action>: <the error's message>." as one sentence, ending in one full stop whether or
 * not the message brings its own.
 *
 * @example
 * couldNot("write the cover note", new Error("The document is locked.")) // "Could not write the cover note: The document is locked."
 */
export function couldNot(action: string, e: unknown): string {
  const message = errorMessage(e).trimEnd();
  return `Could not ${action}: ${/[.!?]$/.test(message) ? message : `${message}.`}`;
}
