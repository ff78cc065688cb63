/**
 * A one-pass word-prefix index used to decide cheaply which rules can match a paragraph.
 *
 * Every rule names "anchors": lower-case word stems without which its pattern cannot match
 * (e.g. "train", "perpetual", "sublicen"). The first four letters of each stem (or the whole stem
 * if shorter) go into a table of 27^4 slots holding a bit mask of rules. Scanning a paragraph
 * reads each ASCII word once, looks up its first four letters and ORs the masks: one linear pass
 * instead of one regular-expression pass per rule. It can only over-approximate (a word that
 * shares the first four letters of a stem sets the bit), never miss a stem.
 */

const SLOTS = 27 * 27 * 27 * 27;

function letter(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 65 && c <= 90) return c - 64;
  return 0;
}

function keyOf(word: string): number {
  let k = 0;
  for (let i = 0; i < 4; i++) k = k * 27 + (i < word.length ? letter(word.charCodeAt(i)) : 0);
  return k;
}

export class AnchorIndex {
  private readonly table = new Int32Array(SLOTS);

  /** Registers `stems` (lower-case ASCII letters) for bit `bit` (0..30). */
  add(stems: readonly string[], bit: number): void {
    if (bit < 0 || bit > 30) throw new Error(`anchor bit ${bit} out of range`);
    for (const stem of stems) {
      if (!/^[a-z]+$/.test(stem)) throw new Error(`anchor "${stem}" must be lower-case letters a-z`);
      this.table[keyOf(stem)] |= 1 << bit;
    }
  }

  /** The OR of the masks of every word of `text`. */
  scan(text: string): number {
    const table = this.table;
    const n = text.length;
    let mask = 0;
    let i = 0;
    while (i < n) {
      let l = letter(text.charCodeAt(i));
      if (l === 0) {
        i++;
        continue;
      }
      let k = l;
      let len = 1;
      i++;
      while (i < n && (l = letter(text.charCodeAt(i))) !== 0) {
        if (len < 4) k = k * 27 + l;
        len++;
        i++;
      }
      for (let p = len; p < 4; p++) k *= 27;
      mask |= table[k];
    }
    return mask;
  }
}
