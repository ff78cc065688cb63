/**
 * A one-pass word-prefix index used to decide cheaply which rules can match a paragraph.
 *
 * Every rule names "anchors": lower-case word stems without which its pattern cannot match
 * (e.g. "train", "perpetual", "sublicen"). A stem of 4 or 5 letters matches every word starting
 * with its first four letters; a stem of 6 letters or more, every word starting with its first
 * six letters; a stem of 1 to 3 letters, that exact word; a stem ending in "$" ("providers$"),
 * that exact word (for stems whose prefix is a common word, like "provide"). Scanning a paragraph reads each ASCII
 * word once and ORs the bit masks found for it: one linear pass instead of one regular-expression
 * pass per rule. The index can only over-approximate (a shared prefix sets a bit), never miss.
 * Six-letter prefixes and whole words are hashed twice, into two tables of 16 bits, and a bit is
 * set only when both agree: with one table, common words shared a slot with anchors ("but" with
 * "processors", "solely" with "crawling") and woke rules that could not match.
 */

/** 1..26 for ASCII letters (either case), 0 for everything else; indexed by UTF-16 code unit. */
const LETTER = new Uint8Array(65536);
for (let c = 0; c < 26; c++) {
  LETTER[97 + c] = c + 1;
  LETTER[65 + c] = c + 1;
}

const SHORT_SLOTS = 27 * 27 * 27 * 27;
const LONG_BITS = 16;
const LONG_MASK = (1 << LONG_BITS) - 1;
/** Longer runs of letters than any anchor word: read for their prefix only (bounds the work on one huge "word"). */
const MAX_WORD = 64;

/** The two hashes of a run of letters (indices into the two tables of a kind). */
function hashes(word: string, length: number): [number, number] {
  let a = 0;
  let b = 0;
  for (let i = 0; i < length; i++) {
    const l = LETTER[word.charCodeAt(i)];
    a = (Math.imul(a, 31) + l) | 0;
    b = (Math.imul(b, 0x9e3779b1) + l * 73) | 0;
  }
  return [a & LONG_MASK, (b >>> 16) & LONG_MASK];
}

export class AnchorIndex {
  /** Words of 1–3 letters (exact) and 4-letter prefixes. */
  private readonly short = new Int32Array(SHORT_SLOTS);
  /** Hashed 6-letter prefixes (two hashes). */
  private readonly long = new Int32Array(1 << LONG_BITS);
  private readonly long2 = new Int32Array(1 << LONG_BITS);
  /** Hashed whole words (two hashes). */
  private readonly exact = new Int32Array(1 << LONG_BITS);
  private readonly exact2 = new Int32Array(1 << LONG_BITS);

  /** Registers `stems` (lower-case ASCII letters) for bit `bit` (0..31; bit 31 is the sign bit, read only with bitwise tests). */
  add(stems: readonly string[], bit: number): void {
    if (bit < 0 || bit > 31) throw new Error(`anchor bit ${bit} out of range`);
    for (const stem of stems) {
      if (!/^[a-z]+\$?$/.test(stem)) throw new Error(`anchor "${stem}" must be lower-case letters a-z, optionally ending in $`);
      if (stem.endsWith("$")) {
        const [a, b] = hashes(stem, stem.length - 1);
        this.exact[a] |= 1 << bit;
        this.exact2[b] |= 1 << bit;
      } else if (stem.length >= 6) {
        const [a, b] = hashes(stem, 6);
        this.long[a] |= 1 << bit;
        this.long2[b] |= 1 << bit;
      } else {
        let k = 0;
        for (let i = 0; i < 4; i++) k = k * 27 + (i < stem.length ? LETTER[stem.charCodeAt(i)] : 0);
        this.short[k] |= 1 << bit;
      }
    }
  }

  /** The OR of the masks of every word of `text`. */
  scan(text: string): number {
    return this.scanRange(text, 0, text.length);
  }

  /**
   * The OR of the masks of every word that has a letter in [start, end): a word cut by either end
   * is read whole, so the mask of a range never misses a word of it.
   */
  scanRange(text: string, start: number, end: number): number {
    const short = this.short;
    const long = this.long;
    const long2 = this.long2;
    const exact = this.exact;
    const exact2 = this.exact2;
    const total = text.length;
    const n = Math.min(end, total);
    let mask = 0;
    let i = Math.max(0, start);
    // a word is read back to its start, but never further than any anchor could reach: a range that
    // starts deep inside a run of letters longer than that (no word of a language) skips the run up
    // to the range's end, so repeated ranges over one huge "word" stay linear
    let back = 0;
    while (i > 0 && LETTER[text.charCodeAt(i - 1)] !== 0 && back < MAX_WORD) {
      i--;
      back++;
    }
    if (back === MAX_WORD && i > 0 && LETTER[text.charCodeAt(i - 1)] !== 0) {
      while (i < n && LETTER[text.charCodeAt(i)] !== 0) i++;
    }
    while (i < n) {
      let l = LETTER[text.charCodeAt(i)];
      if (l === 0) {
        i++;
        continue;
      }
      let k = l;
      let h = l;
      let h2 = l * 73;
      let w = l;
      let w2 = l * 73;
      let len = 1;
      i++;
      while (i < total && (l = LETTER[text.charCodeAt(i)]) !== 0) {
        if (len < 4) k = k * 27 + l;
        if (len < 6) {
          h = (Math.imul(h, 31) + l) | 0;
          h2 = (Math.imul(h2, 0x9e3779b1) + l * 73) | 0;
        }
        w = (Math.imul(w, 31) + l) | 0;
        w2 = (Math.imul(w2, 0x9e3779b1) + l * 73) | 0;
        len++;
        i++;
        // past any anchor's length: its prefix is read; the rest of the run is skipped within the range
        if (len > MAX_WORD) {
          while (i < n && LETTER[text.charCodeAt(i)] !== 0) i++;
          break;
        }
      }
      for (let p = len; p < 4; p++) k *= 27;
      mask |= short[k];
      if (len <= MAX_WORD) mask |= exact[w & LONG_MASK] & exact2[(w2 >>> 16) & LONG_MASK];
      if (len >= 6) mask |= long[h & LONG_MASK] & long2[(h2 >>> 16) & LONG_MASK];
    }
    return mask;
  }
}
