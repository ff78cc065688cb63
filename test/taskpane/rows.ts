/**
 * Helpers for the pane's compact finding list: find a row by its trigger words and open it.
 */
import { screen } from "@testing-library/react";
import type { UserEvent } from "@testing-library/user-event";

/** A row's accessible name: its visible words and hidden helper words, without the ▸ / ▾ marker. */
export function label(el: Element | null | undefined): string {
  if (!el) return "";
  const aria = el.getAttribute("aria-label");
  if (aria) return aria;
  return (el.textContent ?? "").replace(/^[▸▾]/, "").replace(/\s+/g, " ").trim();
}

export function row(trigger: string): HTMLElement {
  const found = screen
    .getAllByRole("button")
    .find((b) => b.hasAttribute("aria-expanded") && label(b).includes(`“${trigger}”`));
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
  return panelOf(r);
}

/** The expanded panel a row controls. */
export function panelOf(r: Element): HTMLElement {
  const id = r.getAttribute("aria-controls");
  const panel = id ? document.getElementById(id) : null;
  if (!panel) throw new Error(`the row “${label(r)}” is not expanded`);
  return panel;
}
