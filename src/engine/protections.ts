/**
 * Protections a freelancer wants in the contract (the seed's checklist), found sentence by sentence.
 * "no-ai-training" is credited by the detector itself when an AI-training phrase is negated; the
 * other kinds are recognised here.
 */
import type { ProtectionKind } from "./types";

interface ProtectionPattern {
  kind: Exclude<ProtectionKind, "no-ai-training">;
  pattern: RegExp;
  /** The sentence must also match this. */
  requires?: RegExp;
}

const PROTECTIVE_CUE = /\b(?:not|never|no|prohibit\w*|restrict\w*|exclud\w*|extends?\s+to|appl(?:y|ies)\s+(?:equally\s+)?to|cover\w*|includ\w*|delet\w*|destroy\w*)\b/i;

const PATTERNS: readonly ProtectionPattern[] = [
  {
    kind: "ai-definition",
    pattern:
      /["\u201c']?(?:AI|A\.I\.|Artificial\s+Intelligence|AI\s+(?:System|Systems|Technology|Technologies|Model|Models|Tools?)|Machine\s+Learning)["\u201d']?\s*(?:\([^)]{0,40}\)\s*)?(?:means|shall\s+mean|includes|refers\s+to|is\s+defined\s+as)\b/,
  },
  {
    kind: "ai-definition",
    pattern: /\b(?:large\s+language\s+models?|LLMs?)\b[^.;]{0,160}?\b(?:generative|neural\s+networks?)\b|\bneural\s+networks?\b[^.;]{0,160}?\b(?:large\s+language\s+models?|LLMs?|generative|predictive\s+algorithms?)\b/i,
  },
  {
    kind: "derivative-data",
    pattern: /\b(?:derivative|derived)\s+(?:data|information|works?\s+data)\b|\bmeta-?data\b|\bembeddings?\b|\bdata\s+derived\s+from\b/i,
    requires: /\b(?:(?:shall|will|may|must|can)\s+not|cannot|never|prohibit\w*|restrict\w*|extends?\s+to|appl(?:y|ies)\s+(?:equally\s+)?to|delet\w*|destroy\w*|no\s+(?:right|licen[cs]e))\b/i,
  },
  {
    kind: "data-deletion",
    pattern:
      /\b(?:delet|destroy|destruction|eras|purg|return)\w*\b[^.;]{0,160}?\b(?:terminat\w*|expir\w*|end\s+of|request|completion|conclusion)\b|\b(?:upon|on|after|following|within\s+\w+\s+(?:\(\d+\)\s+)?days\s+(?:of|after))\s+(?:the\s+)?(?:terminat\w*|expir\w*|completion|conclusion)\b[^.;]{0,160}?\b(?:delet|destroy|eras|purg|return)\w*/i,
  },
  {
    kind: "audit-rights",
    pattern: /\b(?:audit|inspect|examin)\w*\b/i,
    requires: /\b(?:right\s+to|may|entitled\s+to|shall\s+(?:permit|allow|make\s+available)|will\s+(?:permit|allow))\b[^.;]{0,80}?\b(?:audit|inspect|examin)\w*|\baudit\s+rights?\b/i,
  },
  { kind: "injunctive-relief", pattern: /\b(?:injunctive|equitable)\s+relief\b|\binjunctions?\b|\bspecific\s+performance\b/i },
  {
    kind: "survival",
    pattern: /\bsurviv\w*\b/i,
    requires: /\b(?:terminat\w*|expir\w*|end\s+of|conclu\w*|complet\w*)\b/i,
  },
];

export interface FoundProtection {
  kind: ProtectionKind;
  start: number;
  end: number;
}

/** Protections stated in one sentence (offsets relative to the sentence). */
export function findProtections(sentence: string): FoundProtection[] {
  const out: FoundProtection[] = [];
  const seen = new Set<ProtectionKind>();
  for (const p of PATTERNS) {
    if (seen.has(p.kind)) continue;
    const m = p.pattern.exec(sentence);
    if (!m) continue;
    if (p.requires && !p.requires.test(sentence)) continue;
    seen.add(p.kind);
    out.push({ kind: p.kind, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export { PROTECTIVE_CUE };
