/**
 * What became of our suggestions in the returned version: each is found by the words around it,
 * wherever its paragraph now sits (renumbered or moved sections included).
 */
import { alignKey } from "./align";
import type { OurChange, SuggestionFate } from "./types";

const norm = (s: string): string => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u00a0\s]+/g, " ").toLowerCase();

/** A section number at the start of a paragraph ("3.2 ", "Clause 4. ", "(b) "): renumbering changes it. */
const NUMBER = /^\s*(?:(?:section|article|clause)\s+)?(?:\d{1,3}(?:\.\d{1,3}){0,4}[.):]?|\(\s*(?:\d{1,3}|[ivxlc]{1,6}|[a-z])\s*\))\s+(?=\S)/i;

/** The last / first few words of a context string (enough to place the edit, short enough to survive their nearby edits). */
function tail(s: string, n = 24): string {
  const t = norm(s);
  // a short context is the paragraph's start (contexts run 60 characters): its number is left out,
  // so a suggestion in a renumbered section is still found
  return t.length <= n ? t.replace(NUMBER, "") : t.slice(t.length - n).replace(/^\S*\s/, "");
}
function head(s: string, n = 24): string {
  const t = norm(s);
  return t.length <= n ? t : t.slice(0, n).replace(/\s\S*$/, "");
}

/** Where `needle` occurs in one of `texts` (normalised), as [paragraph, offset]. */
function find(texts: readonly string[], needle: string): number {
  if (!needle.trim()) return -1;
  for (let i = 0; i < texts.length; i++) if (texts[i].includes(needle)) return i;
  return -1;
}

export function suggestionFates(ours: readonly OurChange[], afterTexts: readonly string[]): SuggestionFate[] {
  const texts = afterTexts.map(norm);
  const keys = afterTexts.map(alignKey);
  return ours.map((o) => {
    if (o.paragraphs?.length) {
      // whole paragraphs we inserted (the addendum): each found by its text, numbering aside
      const found = o.paragraphs.map((t) => keys.indexOf(alignKey(t)));
      const kept = found.filter((i) => i >= 0).length;
      const base = { id: o.id, ...(o.label ? { label: o.label } : {}), ...(o.ruleId ? { ruleId: o.ruleId } : {}), proposed: o.paragraphs.join("\n") };
      const first = found.find((i) => i >= 0);
      if (kept === o.paragraphs.length) return { ...base, fate: o.pending ? "open" : "accepted", paragraph: first };
      if (kept === 0) return { ...base, fate: "rejected" };
      return { ...base, fate: "altered", now: `${kept} of ${o.paragraphs.length} paragraphs kept as proposed`, paragraph: first };
    }
    const proposed = `${o.prefix}${o.inserted}${o.suffix}`.trim();
    const base = { id: o.id, ...(o.label ? { label: o.label } : {}), ...(o.ruleId ? { ruleId: o.ruleId } : {}), proposed };
    const pre = tail(o.prefix);
    const suf = head(o.suffix);
    const ins = norm(o.inserted).trim();
    const rem = norm(o.removed).trim();
    const withOurs = `${pre}${norm(o.inserted)}${suf}`;
    const withOld = `${pre}${norm(o.removed)}${suf}`;
    let at = find(texts, withOurs.trim());
    if (at >= 0 && !(rem && ins && withOurs.trim() === withOld.trim())) return { ...base, fate: o.pending ? "open" : "accepted", paragraph: at };
    // (a context too short to place anything, like a final stop, does not count)
    const P = pre.trim().length >= 8 ? pre : "";
    const S = suf.trim().length >= 8 ? suf : "";
    // our inserted words with the context on one side: accepted, with their wording nearby (the same
    // words accepted in another clause say nothing of this one: the paragraph must hold its context)
    if (ins && ins.length >= 12) {
      at = texts.findIndex((t) => t.includes(ins) && (!rem || !t.includes(`${pre}${rem}`)) && (P || S ? (P !== "" && t.includes(P)) || (S !== "" && t.includes(S)) : true));
      if (at >= 0) return { ...base, fate: o.pending ? "open" : "accepted", paragraph: at };
    }
    at = find(texts, withOld.trim());
    if (at >= 0) return { ...base, fate: "rejected", now: afterTexts[at], paragraph: at };
    // the context still there around other words: altered
    at = P || S ? texts.findIndex((t) => (P ? t.includes(P) : true) && (S ? t.includes(S) : true)) : -1;
    if (at >= 0) return { ...base, fate: "altered", now: afterTexts[at], paragraph: at };
    at = P ? find(texts, P) : -1;
    if (at < 0 && S) at = find(texts, S);
    if (at >= 0) return { ...base, fate: "altered", now: afterTexts[at], paragraph: at };
    // the whole sentence gone: the suggestion did not survive
    return { ...base, fate: "rejected" };
  });
}

/** Describe one of our edits from the paragraph text before and after it (context of ~60 characters each side). */
export function ourChangeFrom(id: string, paragraphBefore: string, start: number, end: number, replacement: string, extra: Partial<OurChange> = {}): OurChange {
  const lo = Math.max(0, start - 60);
  return { id, prefix: paragraphBefore.slice(lo, start), removed: paragraphBefore.slice(start, end), inserted: replacement, suffix: paragraphBefore.slice(end, end + 60), ...extra };
}
