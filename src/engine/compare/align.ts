/**
 * Paragraph alignment between two versions of a contract: which paragraph of the new version is
 * which paragraph of the old one. Survives inserted, deleted and renumbered sections (numbers are
 * not part of a paragraph's key), edits inside a paragraph (similar paragraphs pair up) and moved
 * paragraphs (the same text elsewhere is a move, not a deletion and an insertion).
 */

/** One row of the alignment: `before` and/or `after` paragraph indexes. */
export interface AlignedPair {
  before?: number;
  after?: number;
  /** same: identical once numbering is ignored; changed: edited; deleted / inserted: only one side; moved: same text elsewhere. */
  kind: "same" | "changed" | "deleted" | "inserted" | "moved";
  /** For a moved paragraph: the index on the other side. */
  movedTo?: number;
}

const NUMBERING = /^\s*(?:(?:section|article|clause|schedule|exhibit|annex|appendix|addendum)\s+)?(?:\d{1,3}(?:\.\d{1,3}){0,4}|[ivxlc]{1,6}|[a-z])[.):]?(?=\s)\s*|^\s*\(\s*(?:\d{1,3}|[ivxlc]{1,6}|[a-z])\s*\)\s*/i;

/** Where a paragraph's text starts once its numbering ("3.2 ", "Section 4. ", "(b) ") is left out. */
export function numberingEnd(text: string): number {
  let at = 0;
  for (let i = 0; i < 2; i++) {
    const m = NUMBERING.exec(text.slice(at));
    if (!m || m[0].length === 0 || at + m[0].length >= text.trimEnd().length) break;
    at += m[0].length;
  }
  return at;
}

/** A paragraph's text as alignment compares it: no numbering, no case, one kind of quote and space. */
export function alignKey(text: string): string {
  let t = text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u00a0\s]+/g, " ").trim();
  for (let i = 0; i < 2; i++) {
    const m = NUMBERING.exec(t);
    if (!m || m[0].length === 0 || m[0].length === t.length) break;
    t = t.slice(m[0].length);
  }
  return t.toLowerCase().replace(/\s*([.,;:])\s*/g, "$1 ").trim();
}

export function words(text: string): string[] {
  return alignKey(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Dice similarity of two word multisets, 0..1. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (!a.length && !b.length) return 1;
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

/** Longest common subsequence of two key lists (indexes of matched pairs, in order). */
function lcs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  // common head and tail first: most rounds change a few paragraphs of many
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const out: Array<[number, number]> = [];
  for (let i = 0; i < head; i++) out.push([i, i]);
  const A = a.slice(head, a.length - tail);
  const B = b.slice(head, b.length - tail);
  const n = A.length;
  const m = B.length;
  if (n && m) {
    if (n * m <= 16_000_000) {
      const table = new Uint32Array((n + 1) * (m + 1));
      for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
          table[i * (m + 1) + j] = A[i] === B[j] ? table[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(table[(i + 1) * (m + 1) + j], table[i * (m + 1) + j + 1]);
        }
      }
      let i = 0;
      let j = 0;
      while (i < n && j < m) {
        if (A[i] === B[j]) {
          out.push([head + i, head + j]);
          i++;
          j++;
        } else if (table[(i + 1) * (m + 1) + j] >= table[i * (m + 1) + j + 1]) i++;
        else j++;
      }
    } else {
      // very long documents: anchor on keys unique on both sides, in order (patience-like)
      const countA = new Map<string, number>();
      const countB = new Map<string, number>();
      for (const k of A) countA.set(k, (countA.get(k) ?? 0) + 1);
      const posB = new Map<string, number>();
      B.forEach((k, j) => {
        countB.set(k, (countB.get(k) ?? 0) + 1);
        posB.set(k, j);
      });
      let last = -1;
      for (let i = 0; i < n; i++) {
        const k = A[i];
        const j = posB.get(k);
        if (j !== undefined && countA.get(k) === 1 && countB.get(k) === 1 && j > last) {
          out.push([head + i, head + j]);
          last = j;
        }
      }
    }
  }
  for (let t = tail; t > 0; t--) out.push([a.length - t, b.length - t]);
  return out;
}

/** Threshold above which two different paragraphs are one paragraph edited. */
const EDIT_SIMILARITY = 0.5;
/** Share of the shorter paragraph's words found in the longer one for two same-numbered paragraphs to pair. */
const CONTAINED = 0.75;
/** What the same number adds to a pair's score. */
const SAME_NUMBER = 0.25;

/** Share of the shorter word list found in the longer one, 0..1. */
function containment(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const common = similarity(a, b) * (a.length + b.length) / 2;
  return common / Math.min(a.length, b.length);
}

/**
 * Align two versions paragraph by paragraph. Blank paragraphs take part (so indexes stay the
 * document's) but never pair by similarity.
 */
export function alignParagraphs(before: readonly string[], after: readonly string[]): AlignedPair[] {
  const ka = before.map(alignKey);
  const kb = after.map(alignKey);
  const anchors = lcs(ka, kb);
  const wa = before.map(words);
  const wb = after.map(words);
  const label = (t: string): string => t.slice(0, numberingEnd(t)).trim().toLowerCase();
  const la = before.map(label);
  const lb = after.map(label);
  const rows: AlignedPair[] = [];
  let i = 0;
  let j = 0;
  const gap = (iEnd: number, jEnd: number): void => {
    // pair the unmatched paragraphs of a gap by similarity, in order (a small DP on the gap)
    const A: number[] = [];
    const B: number[] = [];
    for (; i < iEnd; i++) A.push(i);
    for (; j < jEnd; j++) B.push(j);
    const n = A.length;
    const m = B.length;
    const pairs: Array<[number, number]> = [];
    if (n && m && n * m <= 250_000) {
      const score = (x: number, y: number): number => {
        if (!ka[A[x]] || !kb[B[y]]) return 0;
        const s = similarity(wa[A[x]], wb[B[y]]);
        // the same number ("3.1" both sides) is the same clause even when a sentence left it or
        // joined it (a move shrinks the word overlap below the edit threshold)
        const same = la[A[x]] !== "" && la[A[x]] === lb[B[y]];
        if (same && (s >= EDIT_SIMILARITY || containment(wa[A[x]], wb[B[y]]) >= CONTAINED)) return Math.max(s, EDIT_SIMILARITY) + SAME_NUMBER;
        return s >= EDIT_SIMILARITY ? s : 0;
      };
      const best = new Float64Array((n + 1) * (m + 1));
      for (let x = n - 1; x >= 0; x--) {
        for (let y = m - 1; y >= 0; y--) {
          const s = score(x, y);
          best[x * (m + 1) + y] = Math.max(s > 0 ? s + best[(x + 1) * (m + 1) + y + 1] : 0, best[(x + 1) * (m + 1) + y], best[x * (m + 1) + y + 1]);
        }
      }
      let x = 0;
      let y = 0;
      while (x < n && y < m) {
        const s = score(x, y);
        if (s > 0 && best[x * (m + 1) + y] === s + best[(x + 1) * (m + 1) + y + 1]) {
          pairs.push([A[x], B[y]]);
          x++;
          y++;
        } else if (best[(x + 1) * (m + 1) + y] >= best[x * (m + 1) + y + 1]) x++;
        else y++;
      }
    }
    let pa = 0;
    let pb = 0;
    for (const [x, y] of pairs) {
      while (pa < n && A[pa] < x) rows.push({ before: A[pa++], kind: "deleted" });
      while (pb < m && B[pb] < y) rows.push({ after: B[pb++], kind: "inserted" });
      rows.push({ before: x, after: y, kind: "changed" });
      pa++;
      pb++;
    }
    while (pa < n) rows.push({ before: A[pa++], kind: "deleted" });
    while (pb < m) rows.push({ after: B[pb++], kind: "inserted" });
  };
  for (const [x, y] of anchors) {
    gap(x, y);
    rows.push({ before: x, after: y, kind: "same" });
    i = x + 1;
    j = y + 1;
  }
  gap(before.length, after.length);
  // moves: a deleted paragraph whose text reappears as an inserted one elsewhere
  const inserted = new Map<string, AlignedPair[]>();
  for (const r of rows) if (r.kind === "inserted" && kb[r.after!]) inserted.set(kb[r.after!], [...(inserted.get(kb[r.after!]) ?? []), r]);
  for (const r of rows) {
    if (r.kind !== "deleted" || !ka[r.before!]) continue;
    const match = inserted.get(ka[r.before!])?.find((x) => x.kind === "inserted");
    if (!match) continue;
    match.kind = "moved";
    match.movedTo = r.before;
    r.kind = "moved";
    r.movedTo = match.after;
  }
  return rows;
}
