/**
 * The words round two judges by: what makes a paragraph about AI training, a prohibition, a
 * permission, an exception or a consent qualifier, and how long a protection survives.
 */
import { countOf } from "../fix/plural";

/** Words that make a paragraph about AI training even where the engine credits no protection. */
export const AI_WORDS = /\b(?:artificial intelligence|AI|machine[- ]learning|(?:train|training|trained|fine-tun\w*)\b|(?:large )?language models?|generative|text and data mining|data ?sets?|neural)/i;
export const PROHIBITIVE = /\b(?:shall|must|will|may|can)\s+not\b|\b(?:shall|must|will|may)\s+never\b|\bcannot\b|\bprohibited\b|\bnot\s+(?:permitted|allowed|authori[sz]ed)\b|\bno\s+right\s+to\b|\brefrain\b/gi;
export const PERMISSIVE = /\b(?:may|can|is\s+(?:permitted|entitled|free)|are\s+(?:permitted|entitled|free)|has\s+the\s+right|shall\s+be\s+entitled)\b/i;
export const EXCEPTION = /\b(?:except(?:ing)?|unless|other than|save (?:for|as|where)|excluding|provided(?:,)? (?:however,? )?that|but only|notwithstanding|subject to|apart from|for (?:its|their|the \w+'s)? ?(?:own )?internal (?:business |research |development )?(?:purposes|use)|to the extent)\b/i;
export const CONSENT = /\b(?:consent|approv\w*|permission|authori[sz]ation|agrees? in writing|written agreement)\b/i;
export const BENIGN = /\brequired by (?:applicable )?law\b|\bcourt order\b|\blegal process\b|\bregulatory authority\b/i;
const SURVIVAL = /\bsurviv\w*/i;

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, sixty: 60, ninety: 90 };

/** The survival period a paragraph gives, in days (Infinity: no end); null when it sets none. */
export function survivalDays(text: string): number | null {
  if (!SURVIVAL.test(text)) return null;
  if (/\b(?:indefinitely|in perpetuity|perpetual(?:ly)?|without (?:time )?limit|for ever|forever|no (?:time )?limit)\b/i.test(text)) return Infinity;
  let best: number | null = null;
  const re = /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety)\b(?:\s*\(\d{1,3}\))?\s*(year|month|week|day)s?\b/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
    const unit = m[2].toLowerCase();
    const days = n * (unit === "year" ? 365 : unit === "month" ? 30 : unit === "week" ? 7 : 1);
    best = best === null ? days : Math.max(best, days);
  }
  // "shall survive termination" with no period: for good
  return best ?? Infinity;
}

export function durationWords(days: number): string {
  if (days === Infinity) return "without end";
  if (days % 365 === 0) return `${days / 365} year${days === 365 ? "" : "s"}`;
  if (days % 30 === 0) return `${days / 30} month${days === 30 ? "" : "s"}`;
  return countOf(days, "day");
}
