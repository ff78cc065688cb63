/**
 * The message of anything thrown, for people, after "Could not …:": an Error's message (or any
 * object's `message`, as errors from a worker or another realm arrive), a string as it is, another
 * value as text; never empty, never "[object Object]" or "undefined" ("unknown error" instead).
 * `firstLine` keeps only its first line (parsers add a location on further lines). The one
 * error → message function: the pane, the .docx host and the CLI all use it (lint forbids the
 * inline `e instanceof Error ? e.message : …`).
 */
export function errorMessage(e: unknown, options: { firstLine?: boolean } = {}): string {
  let text = "";
  if (typeof e === "string") text = e;
  else if (typeof e === "object" && e !== null) {
    const { message, name } = e as { message?: unknown; name?: unknown };
    if (typeof message === "string" && message.trim()) text = message;
    else if (typeof name === "string" && name && name !== "Error") text = name;
  } else if (e !== undefined && e !== null) text = String(e);
  if (!text.trim()) return "unknown error";
  return options.firstLine ? text.split("\n")[0] : text;
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
