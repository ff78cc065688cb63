/**
 * Helpers for the pane's compact finding list: find a row by its trigger words and open it.
 */
import { screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";

export function row(trigger: string): HTMLElement {
  const found = screen
    .getAllByRole("button")
    .find((b) => b.hasAttribute("aria-expanded") && (b.getAttribute("aria-label") ?? "").includes(`“${trigger}”`));
  if (!found) throw new Error(`no finding row for “${trigger}”`);
  return found;
}

export function queryRow(trigger: string): HTMLElement | null {
  try {
    return row(trigger);
  } catch {
    return null;
  }
}

/** Expands the row (if it is not open yet) and returns its panel. */
export async function expand(user: UserEvent, trigger: string): Promise<HTMLElement> {
  const r = row(trigger);
  if (r.getAttribute("aria-expanded") !== "true") await user.click(r);
  return screen.getByRole("region", { name: r.getAttribute("aria-label") ?? "" });
}
