/**
 * Browser mode's undo before download (browserHost.ts): every write that reached the copy is
 * remembered as it was asked for, and the copy can be rebuilt from the file as opened with all of
 * them replayed but one, each found again by its words (an earlier change undone in the same
 * paragraph moves the later ones). Pure of the host's state: bytes and writes in, a copy out.
 */
import { planAddendumInsertion } from "../engine/fix/addendumPlan";
import type { AddendumParagraph } from "../engine/types";
import type { ApplyRequest } from "../host/types";
import { DocxWriter } from "./writer";
import { restoreInto, type RestoreTarget } from "./restore";
import { addendumComment, type AddendumPlace } from "../engine/fix/placement";

/** The writer's comment option for an addendum inserted with these parties (none without them). */
export function addendumCommentFor(parties: { agency: string; contractor: string } | undefined): { comment?: (place: AddendumPlace["reason"]) => string } {
  return parties ? { comment: (place) => addendumComment(parties.agency, parties.contractor, place) } : {};
}

/** A write that reached the copy, as it was asked for (replayed when an earlier one is undone). */
export type Write = { kind: "apply"; requests: ApplyRequest[]; commentOnly: boolean } | { kind: "addendum"; paragraphs: AddendumParagraph[]; parties?: { agency: string; contractor: string } } | { kind: "restore"; target: RestoreTarget };

/** A replayed copy: the review, the writes that took (as they now stand) and what was lost, in words. */
export interface Replayed {
  review: DocxWriter;
  kept: Write[];
  lost: string[];
}

/**
 * Where `r.original` now stands in `text`: at the same offset when the paragraph is unchanged, else
 * the occurrence nearest to where it was, shifted by what changed before it. Null: it is gone.
 */
function relocate(r: Pick<ApplyRequest, "start" | "end" | "original" | "paragraphText">, text: string): { start: number; end: number } | null {
  if (text.slice(r.start, r.end) === r.original && (r.paragraphText === undefined || r.paragraphText === text)) return { start: r.start, end: r.end };
  // the text after the words is what an earlier undone change (always before or apart) leaves alone
  const before = r.paragraphText?.slice(0, r.start) ?? "";
  const after = r.paragraphText?.slice(r.end) ?? "";
  const shift = text.length - (r.paragraphText?.length ?? text.length);
  const candidates: number[] = [];
  for (let at = text.indexOf(r.original); at >= 0; at = text.indexOf(r.original, at + 1)) {
    candidates.push(at);
    if (r.original.length === 0) break;
  }
  if (candidates.length === 0) return null;
  const score = (at: number): number => {
    // prefer an occurrence whose following text is the same as before, then the nearest to where it was expected
    const sameAfter = text.slice(at + r.original.length) === after ? 0 : 1;
    const sameBefore = text.slice(0, at).endsWith(before.slice(-20)) ? 0 : 1;
    return sameAfter * 4 + sameBefore * 2 + Math.min(1, Math.abs(at - (r.start + shift)) / (text.length + 1));
  };
  const best = candidates.reduce((a, b) => (score(b) < score(a) ? b : a));
  return { start: best, end: best + r.original.length };
}

/**
 * The file as opened (`original`, never modified) with `writes` replayed in order, but `skip` (or,
 * for an apply, its request `id`): the copy, the writes that took, and what could not be made again.
 */
export async function replayWrites(original: Uint8Array, author: string | undefined, writes: readonly Write[], skip?: Write, id?: string): Promise<Replayed> {
  let replay = await DocxWriter.open(original.slice(), { author });
  const kept: Write[] = [];
  const lost: string[] = [];
  for (const w of writes) {
    if (w === skip && w.kind !== "apply") continue;
    if (w.kind === "restore") {
      try {
        replay = await restoreInto(replay, w.target);
        kept.push(w);
      } catch {
        lost.push("the restored paragraph");
      }
      continue;
    }
    if (w.kind === "addendum") {
      const plan = planAddendumInsertion(replay.paragraphs(), w.paragraphs);
      if (plan.insert === null) lost.push("the addendum");
      else {
        await replay.insertAddendum(plan.insert, addendumCommentFor(w.parties));
        kept.push(w);
      }
      continue;
    }
    const requests: ApplyRequest[] = [];
    for (const r of w.requests) {
      if (w === skip && r.id === id) continue;
      const text = replay.paragraphs()[r.paragraph]?.text;
      const at = text === undefined ? null : relocate(r, text);
      if (!at || text === undefined) {
        lost.push(`“${r.original}”`);
        continue;
      }
      requests.push({ ...r, start: at.start, end: at.end, paragraphText: text });
    }
    if (requests.length === 0) continue;
    const results = await replay.apply(requests, { commentOnly: w.commentOnly });
    const done = new Set(results.filter((x) => x.status === "applied").map((x) => x.id));
    for (const r of requests) if (!done.has(r.id)) lost.push(`“${r.original}”`);
    const applied = requests.filter((r) => done.has(r.id));
    if (applied.length > 0) kept.push({ ...w, requests: applied });
  }
  return { review: replay, kept, lost };
}
