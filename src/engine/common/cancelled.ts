/**
 * Work the user stopped (Cancel), not work that failed. Shared by the pane, its worker and the
 * .docx host, and recognised by its name across realms (a worker's error arrives as a copy).
 */
export class CancelledError extends Error {
  constructor(message = "Cancelled") {
    super(message);
    this.name = "CancelledError";
  }
}

/** True for a CancelledError, from this realm or another (by name). */
export function isCancelled(e: unknown): boolean {
  return e instanceof CancelledError || (e instanceof Error && e.name === "CancelledError");
}
