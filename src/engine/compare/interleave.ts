/**
 * A paragraph "before their changes" (our changes accepted, theirs rejected) from what a host that
 * cannot give positions does give: the text with every change accepted, the text with every change
 * rejected, and the tracked changes in document order (type, author, text). The changes are placed
 * by aligning the three; a change nested in another (their deletion of words we inserted, our
 * deletion inside their insertion) is placed inside it. Pure: Word's round two uses it.
 */

export interface TrackedPiece {
  type: "Added" | "Deleted";
  text: string;
  ours: boolean;
}

/** One placed piece: what it takes from the accepted and the rejected text, and what the "before their changes" view shows. */
interface Segment {
  current: string;
  original: string;
  shown: string;
}

/** Is a character that these changes (its insertion, its deletion) touch visible with ours accepted and theirs rejected? */
const visible = (ins: TrackedPiece | undefined, del: TrackedPiece | undefined): boolean => (!ins || ins.ours) && (!del || !del.ours);

/** Group the changes into segments: a change alone, or (nesting) an outer change with the changes nested in it. */
function segments(changes: readonly TrackedPiece[], nesting: boolean): Segment[] {
  const out: Segment[] = [];
  const role = (p: TrackedPiece): { ins?: TrackedPiece; del?: TrackedPiece } => (p.type === "Added" ? { ins: p } : { del: p });
  for (let k = 0; k < changes.length; ) {
    // the inner change is listed first when both start at the same character
    const swap = nesting && k + 1 < changes.length && changes[k + 1].type !== changes[k].type && changes[k + 1].text.length > changes[k].text.length && changes[k + 1].text.startsWith(changes[k].text);
    const outerAt = swap ? k + 1 : k;
    const outer = changes[outerAt];
    const inners: Array<{ at: number; piece: TrackedPiece }> = [];
    let last = outerAt;
    let from = 0;
    for (let n = k; nesting && n < changes.length; n++) {
      if (n === outerAt) continue;
      const c = changes[n];
      const at = c.type !== outer.type && c.text ? outer.text.indexOf(c.text, from) : -1;
      if (at < 0) break;
      inners.push({ at, piece: c });
      last = Math.max(last, n);
      from = at + c.text.length;
    }
    const seg: Segment = { current: "", original: "", shown: "" };
    const take = (text: string, ins: TrackedPiece | undefined, del: TrackedPiece | undefined): void => {
      if (!del && ins) seg.current += text;
      if (!ins && del) seg.original += text;
      if (visible(ins, del)) seg.shown += text;
    };
    const o = role(outer);
    let pos = 0;
    for (const { at, piece } of inners) {
      take(outer.text.slice(pos, at), o.ins, o.del);
      const i = role(piece);
      take(piece.text, o.ins ?? i.ins, o.del ?? i.del);
      pos = at + piece.text.length;
    }
    take(outer.text.slice(pos), o.ins, o.del);
    out.push(seg);
    k = last + 1;
  }
  return out;
}

/** Place the segments in the two texts (depth-first, each as early as it fits); the view's text, or null. */
function place(current: string, original: string, segs: readonly Segment[], budget: number): string | null {
  const failed = new Set<string>();
  // frames: position in both texts, next segment, and which choice was tried (0 none, 1 segment, 2 character)
  const stack: Array<{ i: number; j: number; k: number; tried: number; piece: string }> = [{ i: 0, j: 0, k: 0, tried: 0, piece: "" }];
  let steps = 0;
  while (stack.length) {
    if (++steps > budget) return null;
    const f = stack[stack.length - 1];
    if (f.tried === 0 && f.k === segs.length) {
      if (current.slice(f.i) === original.slice(f.j)) return stack.map((x) => x.piece).join("") + current.slice(f.i);
    }
    const key = `${f.i},${f.j},${f.k}`;
    if (f.tried === 0 && failed.has(key)) {
      stack.pop();
      continue;
    }
    if (f.tried === 0) {
      f.tried = 1;
      const s = segs[f.k];
      if (s && current.startsWith(s.current, f.i) && original.startsWith(s.original, f.j)) {
        stack.push({ i: f.i + s.current.length, j: f.j + s.original.length, k: f.k + 1, tried: 0, piece: s.shown });
        continue;
      }
    }
    if (f.tried === 1) {
      f.tried = 2;
      if (f.i < current.length && f.j < original.length && current[f.i] === original[f.j]) {
        stack.push({ i: f.i + 1, j: f.j + 1, k: f.k, tried: 0, piece: current[f.i] });
        continue;
      }
    }
    failed.add(key);
    stack.pop();
  }
  return null;
}

/** The paragraph with our changes accepted and theirs rejected; null when the changes cannot be placed. */
export function beforeTheirChanges(current: string, original: string, changes: readonly TrackedPiece[], budget = 200_000): string | null {
  return place(current, original, segments(changes, true), budget) ?? place(current, original, segments(changes, false), budget);
}
