/**
 * Word's own list numbering (w:numPr) of body paragraphs: each paragraph's list level and, where
 * the numbering part lets it be computed, the label Word shows ("(a)", "3.", "iv)"). The level
 * comes from the paragraph's w:numPr, or from its paragraph style's (through w:basedOn); the
 * label from numbering.xml: the level's w:lvlText with each %n put in that level's w:numFmt, the
 * counters kept per abstract numbering in reading order, deeper levels restarting after a
 * shallower one, a w:startOverride restarting an instance. Bullets and formats not computed here
 * (ordinals, Asian counting systems) give a level with no label.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { firstW, isW, wAttr } from "./xml";
import type { Styles } from "./styles";

interface Level {
  format: string;
  text: string;
  start: number;
  /** The paragraph style this level is linked to (w:pStyle), if any. */
  style?: string;
}

export interface Numbering {
  /** abstractNumId → its levels by ilvl. */
  abstracts: Map<string, Map<number, Level>>;
  /** numId → its abstract numbering and its start overrides by ilvl. */
  nums: Map<string, { abstract: string; starts: Map<number, number> }>;
}

const int = (el: Element | null, name = "val"): number | undefined => {
  const v = el ? wAttr(el, name) : null;
  const n = v === null ? NaN : Number(v);
  return Number.isFinite(n) ? n : undefined;
};

export function readNumbering(doc: Document | undefined): Numbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
  if (!doc?.documentElement) return { abstracts, nums };
  for (let c = doc.documentElement.firstChild; c; c = c.nextSibling) {
    if (isW(c, "abstractNum")) {
      const levels = new Map<number, Level>();
      for (let l = c.firstChild; l; l = l.nextSibling) {
        if (!isW(l, "lvl")) continue;
        const fmt = firstW(l, "numFmt");
        const text = firstW(l, "lvlText");
        const style = firstW(l, "pStyle");
        levels.set(int(l, "ilvl") ?? 0, { format: (fmt && wAttr(fmt, "val")) || "decimal", text: (text && wAttr(text, "val")) ?? "", start: int(firstW(l, "start")) ?? 1, ...(style ? { style: wAttr(style, "val") ?? undefined } : {}) });
      }
      abstracts.set(wAttr(c, "abstractNumId") ?? "", levels);
    } else if (isW(c, "num")) {
      const abs = firstW(c, "abstractNumId");
      const starts = new Map<number, number>();
      for (let o = c.firstChild; o; o = o.nextSibling) {
        const start = isW(o, "lvlOverride") ? int(firstW(o, "startOverride")) : undefined;
        if (isW(o, "lvlOverride") && start !== undefined) starts.set(int(o, "ilvl") ?? 0, start);
      }
      nums.set(wAttr(c, "numId") ?? "", { abstract: (abs && wAttr(abs, "val")) ?? "", starts });
    }
  }
  return { abstracts, nums };
}

/** The style's numbering (w:numPr in its w:pPr, or inherited through w:basedOn). */
function styleNumPr(styles: Styles, id: string | undefined): { numId?: string; ilvl?: number } {
  const out: { numId?: string; ilvl?: number } = {};
  let cur = id ? styles.byId.get(id) : undefined;
  for (let guard = 0; cur && guard < 20 && (out.numId === undefined || out.ilvl === undefined); guard++) {
    if (out.numId === undefined && cur.numId !== undefined) out.numId = cur.numId;
    if (out.ilvl === undefined && cur.ilvl !== undefined) out.ilvl = cur.ilvl;
    cur = cur.basedOn ? styles.byId.get(cur.basedOn) : undefined;
  }
  return out;
}

const ROMAN: Array<[number, string]> = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

function roman(n: number): string {
  let out = "";
  for (const [v, s] of ROMAN) for (; n >= v; n -= v) out += s;
  return out;
}

/** A counter in a numbering format; null for a format not computed here. */
function formatted(n: number, format: string): string | null {
  switch (format) {
    case "decimal":
      return String(n);
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "lowerLetter":
    case "upperLetter": {
      // Word repeats the letter past z: aa, bb, …
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === "upperLetter" ? letter.toUpperCase() : letter;
    }
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    default:
      return null;
  }
}

/** The list level and label of each paragraph (in reading order; undefined: not a list paragraph). */
export function listLevels(paragraphs: readonly Element[], styles: Styles, numbering: Numbering): Array<{ level: number; label?: string } | undefined> {
  const counters = new Map<string, Array<number | undefined>>();
  const started = new Set<string>();
  return paragraphs.map((p) => {
    const pPr = firstW(p, "pPr");
    const numPr = pPr && firstW(pPr, "numPr");
    const pStyle = pPr && firstW(pPr, "pStyle");
    const styleId = (pStyle && wAttr(pStyle, "val")) || styles.defaultParagraph;
    const fromStyle = styleNumPr(styles, styleId);
    const ownId = numPr && firstW(numPr, "numId");
    const numId = (ownId && wAttr(ownId, "val")) ?? fromStyle.numId;
    // numId 0 takes the paragraph out of any list its style puts it in
    if (numId === undefined || numId === "0") return undefined;
    const num = numbering.nums.get(numId);
    const levels = num ? numbering.abstracts.get(num.abstract) : undefined;
    let level = int(numPr && firstW(numPr, "ilvl")) ?? fromStyle.ilvl;
    if (level === undefined && levels && styleId) for (const [i, l] of levels) if (l.style === styleId) level = i;
    level = Math.max(0, Math.min(8, level ?? 0));
    const lvl = levels?.get(level);
    if (!num || !levels || !lvl) return { level };
    let count = counters.get(num.abstract);
    if (!count) counters.set(num.abstract, (count = []));
    if (!started.has(numId)) {
      started.add(numId);
      for (const [i, s] of num.starts) count[i] = s - 1;
    }
    count[level] = (count[level] ?? (num.starts.get(level) ?? lvl.start) - 1) + 1;
    for (let i = level + 1; i < 9; i++) count[i] = undefined;
    if (lvl.format === "bullet" || lvl.format === "none" || !lvl.text) return { level };
    let ok = true;
    const label = lvl.text.replace(/%([1-9])/g, (_m, d: string) => {
      const i = Number(d) - 1;
      const at = levels.get(i);
      const n = count[i] ?? at?.start ?? 1;
      const s = at ? formatted(n, i < level ? (at.format === "bullet" ? "decimal" : at.format) : at.format) : null;
      if (s === null) ok = false;
      return s ?? "";
    });
    return ok && label.trim() ? { level, label: label.trim() } : { level };
  });
}
