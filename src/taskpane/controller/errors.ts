/** What a failed action tells the user: the error's own words, and whether it was only a Cancel. */
import { CancelledError } from "../worker/client";

/** The analysis was stopped (Cancel), not failed: the worker's CancelledError, even across realms. */
export function isCancelled(e: unknown): boolean {
  return e instanceof CancelledError || (e instanceof Error && e.name === "CancelledError");
}

/** The reason to show after "Could not …:" (never empty). */
export function reason(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return "unknown error";
}
