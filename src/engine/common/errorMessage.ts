/**
 * The message of anything thrown, for people: an Error's message, else the value as text.
 * `firstLine` keeps only its first line (parsers add a location on further lines).
 */
export function errorMessage(e: unknown, options: { firstLine?: boolean } = {}): string {
  const text = e instanceof Error ? e.message : String(e);
  return options.firstLine ? text.split("\n")[0] : text;
}
