/** Word-level difference of two texts, as round two reports what they inserted and deleted. */

/** Word-level difference: the runs of words inserted and deleted. */
export function wordDiff(before: string, after: string): { inserted: string[]; deleted: string[] } {
  const tok = (s: string): string[] => s.match(/\s*[\p{L}\p{N}_'\u2019-]+|\s*[^\s\p{L}\p{N}_'\u2019-]/gu) ?? [];
  const a = tok(before);
  const b = tok(after);
  const key = (t: string): string => t.trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
  const n = a.length;
  const m = b.length;
  const inserted: string[] = [];
  const deleted: string[] = [];
  if (n * m > 4_000_000) return { inserted: [after.trim()], deleted: [before.trim()] };
  const t = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i * (m + 1) + j] = key(a[i]) === key(b[j]) ? t[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(t[(i + 1) * (m + 1) + j], t[i * (m + 1) + j + 1]);
  let i = 0;
  let j = 0;
  let ins = "";
  let del = "";
  const flush = (): void => {
    if (ins.trim()) inserted.push(ins.trim());
    if (del.trim()) deleted.push(del.trim());
    ins = "";
    del = "";
  };
  while (i < n || j < m) {
    if (i < n && j < m && key(a[i]) === key(b[j])) {
      flush();
      i++;
      j++;
    } else if (j < m && (i >= n || t[i * (m + 1) + j + 1] >= t[(i + 1) * (m + 1) + j])) ins += b[j++];
    else del += a[i++];
  }
  flush();
  return { inserted, deleted };
}

/** One run of changed words: characters [a0, a1) of the first text became [b0, b1) of the second. */
export interface Hunk {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/** Where two texts differ, word by word, as character ranges of each (exact tokens, in order). */
export function wordHunks(before: string, after: string): Hunk[] {
  const re = /\s*[\p{L}\p{N}_'\u2019-]+|\s*[^\s\p{L}\p{N}_'\u2019-]|\s+$/gu;
  const tok = (s: string): Array<{ t: string; at: number }> => [...s.matchAll(re)].map((m) => ({ t: m[0], at: m.index ?? 0 }));
  const a = tok(before);
  const b = tok(after);
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000) return before === after ? [] : [{ a0: 0, a1: before.length, b0: 0, b1: after.length }];
  const t = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) t[i * (m + 1) + j] = a[i].t === b[j].t ? t[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(t[(i + 1) * (m + 1) + j], t[i * (m + 1) + j + 1]);
  const out: Hunk[] = [];
  const posA = (i: number): number => (i < n ? a[i].at : before.length);
  const posB = (j: number): number => (j < m ? b[j].at : after.length);
  let i = 0;
  let j = 0;
  let open: Hunk | null = null;
  while (i < n || j < m) {
    if (i < n && j < m && a[i].t === b[j].t) {
      if (open) out.push({ ...open, a1: posA(i), b1: posB(j) });
      open = null;
      i++;
      j++;
      continue;
    }
    open ??= { a0: posA(i), a1: 0, b0: posB(j), b1: 0 };
    if (j < m && (i >= n || t[i * (m + 1) + j + 1] >= t[(i + 1) * (m + 1) + j])) j++;
    else i++;
  }
  if (open) out.push({ ...open, a1: before.length, b1: after.length });
  return out;
}
