/**
 * Reading a suggestion back as a wording: where its words go (a Placement) and which words it
 * adds. Used to describe the engine's own wording in the playbook format (./defaults.ts) and to
 * put the user's words in the same slot as the engine's (./wording.ts).
 */
import type { Suggestion } from "../types";
import type { Placement } from "./types";

export interface Shape {
  placement: Placement;
  /** The words the edit adds (without the parentheses, the leading ", " or the final stop). */
  text: string;
}

const STOP = /^[.;:!]$/;

export function shapeOf(s: Pick<Suggestion, "start" | "end" | "original" | "replacement">, trigger: { start: number; end: number }): Shape | null {
  const o = s.original;
  const r = s.replacement;
  if (r.startsWith(o) && o.length > 0) {
    const paren = /^ \(([^()]*(?:\([^()]*\)[^()]*)*)\)$/.exec(r.slice(o.length));
    if (paren && s.start <= trigger.start && s.end >= trigger.end) return { placement: "after-trigger", text: paren[1] };
    if (r.slice(o.length).startsWith(", ") && s.start >= trigger.end) return { placement: "end-of-sentence", text: r.slice(o.length + 2) };
  }
  if (STOP.test(o) && r.endsWith(o) && r.startsWith(", ")) return { placement: "end-of-sentence", text: r.slice(2, -1) };
  if (s.start > trigger.start || s.end < trigger.end) return null;
  if (!/\w/.test(r) || (r.trim().split(/\s+/).length <= 2 && o.includes(r.trim()))) return { placement: "delete-trigger", text: "" };
  if (s.start === trigger.start && s.end === trigger.end) return { placement: "replace-trigger", text: r };
  return null;
}
