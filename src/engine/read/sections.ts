/**
 * Document structure the detector needs: which section a paragraph sits in (the seed warns that
 * agencies hide AI rights in "Representations and Warranties" and "Data Privacy" sections), and
 * where a TermScore addendum is.
 */
import type { FindingContext, Paragraph } from "../types";

export const ADDENDUM_TITLE = "Prohibition on AI Training";

const ADDENDUM_TITLE_RE = /^\s*(?:(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[IVX]+\.)\s+)?(?:(?:addendum|schedule|exhibit|annex|appendix)(?:\s+[A-Z0-9]{1,3})?\s*[:\u2013\u2014-]\s*)?prohibition\s+on\s+ai\s+training\s*\.?\s*$/i;

/** True when the text is the title of a TermScore "Prohibition on AI Training" addendum. */
export function isAddendumTitle(text: string): boolean {
  return text.length < 120 && ADDENDUM_TITLE_RE.test(text);
}

/** Index of an existing TermScore addendum title, or -1. */
export function findAddendum(paragraphs: readonly Paragraph[]): number {
  if (!Array.isArray(paragraphs)) return -1;
  for (let i = 0; i < paragraphs.length; i++) {
    const t = paragraphs[i]?.text;
    if (typeof t === "string" && isAddendumTitle(t)) return i;
  }
  return -1;
}

const NUMBERED_HEADING = /^\s*(?:(?:section|article|clause)\s+)?(?:\d{1,3}(?:\.\d{1,3}){0,3}|[A-Z]|[IVXLC]{1,6})[.)]?\s+([A-Z][^.:;]{2,80}?)\s*(?:[.:]|$)/;

export interface HeadingInfo {
  level: number;
  title: string;
}

/** Recognises a heading paragraph, or a numbered heading at the start of a body paragraph. */
export function headingOf(p: Paragraph): HeadingInfo | null {
  const text = p.text.trim();
  if (!text) return null;
  if (p.headingLevel && p.headingLevel > 0) return { level: p.headingLevel, title: text };
  const styleLevel = p.style ? /^(?:heading|\u00dcberschrift|titre)\s*(\d)$/i.exec(p.style) : null;
  if (styleLevel) return { level: Number(styleLevel[1]), title: text };
  if (p.style && /^title$/i.test(p.style)) return { level: 1, title: text };
  if (p.inTable) return null;
  const m = NUMBERED_HEADING.exec(text);
  if (m) {
    const num = /^\s*(?:(?:section|article|clause)\s+)?([\d.]+)/i.exec(text);
    const level = num ? num[1].replace(/\.$/, "").split(".").length : 1;
    // a numbered body paragraph: the title is the short first phrase, in title case or upper case
    const title = m[1].trim();
    const words = title.split(/\s+/);
    const titleCase = words.length <= 8 && words.every((w) => /^(?:[A-Z0-9&/(\u2019'-]|and|or|of|the|to|for|in|on)/.test(w));
    if (titleCase) return { level, title };
    return null;
  }
  // a short unnumbered line with no final stop, in title case
  if (text.length <= 70 && !/[.;,]$/.test(text)) {
    const words = text.split(/\s+/);
    if (words.length <= 8 && words.every((w) => /^(?:[A-Z0-9&/(\u2019'"\u201c-]|and|or|of|the|to|for|in|on|a)/.test(w))) return { level: 1, title: text };
  }
  return null;
}

/** The context kind for a heading title, if the seed warns about that section. */
export function contextKindOf(title: string): FindingContext["kind"] | null {
  if (/\brepresentations?\b[\s\S]{0,20}\bwarrant|\bwarrant(?:y|ies)\b/i.test(title)) return "representations-warranties";
  if (/\bprivacy\b|\bdata\s+(?:protection|privacy|processing|security|use|usage|rights)\b|\bpersonal\s+(?:data|information)\b/i.test(title)) return "data-privacy";
  return null;
}
