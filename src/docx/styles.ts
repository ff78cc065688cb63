/** The document's paragraph styles: names as Word shows them, heading levels, the default style. */
import type { Document, Element } from "@xmldom/xmldom";
import { firstW, isW, wAttr } from "./xml";

export interface StyleInfo {
  name: string;
  basedOn?: string;
  outline?: number;
  /** The style's own list numbering (w:numPr), when it sets one. */
  numId?: string;
  ilvl?: number;
}

export interface Styles {
  byId: Map<string, StyleInfo>;
  defaultParagraph?: string;
}

function displayName(name: string): string {
  // Word stores some built-in names in lower case ("heading 1") and shows them capitalised.
  return name === name.toLowerCase() ? name.replace(/(^|\s)([a-z])/g, (_m, s: string, ch: string) => s + ch.toUpperCase()) : name;
}

export function readStyles(styles: Document | undefined): Styles {
  const byId = new Map<string, StyleInfo>();
  let defaultParagraph: string | undefined;
  if (!styles || !styles.documentElement) return { byId };
  for (let c = styles.documentElement.firstChild; c; c = c.nextSibling) {
    if (!isW(c, "style") || wAttr(c, "type") !== "paragraph") continue;
    const id = wAttr(c, "styleId");
    if (!id) continue;
    const nameEl = firstW(c, "name");
    const basedEl = firstW(c, "basedOn");
    const pPr = firstW(c, "pPr");
    const lvl = pPr && firstW(pPr, "outlineLvl");
    const info: StyleInfo = { name: displayName((nameEl && wAttr(nameEl, "val")) || id) };
    if (basedEl) info.basedOn = wAttr(basedEl, "val") ?? undefined;
    if (lvl) info.outline = Number(wAttr(lvl, "val"));
    const numPr = pPr && firstW(pPr, "numPr");
    const numId = numPr && firstW(numPr, "numId");
    const ilvl = numPr && firstW(numPr, "ilvl");
    if (numId) info.numId = wAttr(numId, "val") ?? undefined;
    if (ilvl) info.ilvl = Number(wAttr(ilvl, "val"));
    byId.set(id, info);
    const def = wAttr(c, "default");
    if (def === "1" || def === "true") defaultParagraph = id;
  }
  return { byId, defaultParagraph };
}

/** Style name and heading level of a paragraph. */
export function paragraphStyle(p: Element, styles: Styles): { style?: string; headingLevel?: number } {
  const pPr = firstW(p, "pPr");
  const pStyle = pPr && firstW(pPr, "pStyle");
  const id = (pStyle && wAttr(pStyle, "val")) || styles.defaultParagraph;
  const info = id ? styles.byId.get(id) : undefined;
  const style = info?.name ?? (id && pStyle ? id : undefined);
  let level: number | undefined;
  const m = style && /^heading ([1-9])$/i.exec(style);
  if (m) level = Number(m[1]);
  else {
    const own = pPr && firstW(pPr, "outlineLvl");
    let outline = own ? Number(wAttr(own, "val")) : undefined;
    let cur = info;
    for (let guard = 0; outline === undefined && cur && guard < 20; guard++) {
      outline = cur.outline;
      cur = cur.basedOn ? styles.byId.get(cur.basedOn) : undefined;
    }
    if (outline !== undefined && outline >= 0 && outline <= 8) level = outline + 1;
  }
  return { style: style || undefined, headingLevel: level };
}
