/**
 * Which way a right flows. A finding is a right over the user's work flowing to the other side (or
 * onward to third parties). The same words are no risk when the right flows to the user: "Provider
 * may use all Feedback freely" where the Provider is the user, or the other side licensing its own
 * software to the user.
 *
 * The clause is read around the trigger: the party that holds the right (the subject of "may",
 * "is entitled to", "owns", "retains", "reserves"), the party that receives a grant ("X grants to Y",
 * "licensed to Y", "vests in Y", "the property of Y"), and the party that grants.
 */
import { wordsPattern } from "../text";
import type { DocumentRoles } from "../types";

export type Flow = "to-user" | "to-other" | "unknown";

const esc = wordsPattern;

export interface DirectionReader {
  /** How the right at `offset` of `sentence` flows. */
  flow(sentence: string, offset: number): Flow;
}

/** Builds a reader for the confirmed (or detected) roles; null when the roles are only defaults. */
export function directionReader(roles: DocumentRoles): DirectionReader | null {
  if (!roles.user || !roles.other || roles.user.toLowerCase() === roles.other.toLowerCase()) return null;
  // only roles the contract defines (or the user confirmed) decide which way a right flows; a guess
  // from role words alone ("Provider owns all Usage Data") must not silence a finding
  const defined = roles.candidates.parties.includes(roles.user) && roles.candidates.parties.includes(roles.other);
  if (!(roles.source === "user" || (roles.source === "document" && defined))) return null;
  // a guess is never enough to drop a finding: until the roles are sure (or confirmed), every risk stays
  if (roles.source !== "user" && !roles.sure) return null;
  const U = `(?:the\\s+)?${esc(roles.user)}`;
  const O = `(?:the\\s+)?${esc(roles.other)}`;
  const NAME = `(${U}|${O})`;
  const HOLDS = `(?:(?:\\w+\\s+){0,3}?(?:may|can|might|shall\\s+(?:be\\s+(?:entitled|permitted|free)|have\\s+(?:the\\s+)?right)|will\\s+(?:be\\s+(?:entitled|permitted|free)|have\\s+(?:the\\s+)?right)|is\\s+(?:hereby\\s+)?(?:entitled|permitted|free|authori[sz]ed|granted)|are\\s+(?:entitled|permitted|free)|has\\s+(?:the\\s+)?(?:right|licen[cs]e)|retains?|reserves?|owns?|is\\s+(?:the\\s+)?(?:sole\\s+|exclusive\\s+|rightful\\s+|and\\s+)*owner|represents\\s+(?:and\\s+warrants\\s+)?that\\s+it\\s+(?:is\\s+the\\s+(?:sole\\s+|exclusive\\s+|rightful\\s+|and\\s+)*owner|owns)|shall\\s+own|will\\s+own|shall\\s+retain|will\\s+retain|uses?|receives?)\\b)`;
  // "<A> (hereby) grants (to) <B>": B receives
  const GRANT = new RegExp(`${NAME}\\s+(?:\\w+\\s+){0,2}?(?:grants?|licen[cs]es?|assigns?|transfers?|conveys?|sublicen[cs]es?|gives?|provides?)\\s+(?:to\\s+)?${NAME}`, "gi");
  // "… licensed / granted / assigned to <B>", "vests in <B>", "property of <B>", "owned by <B>", "may be used by <B>"
  const TO = new RegExp(`\\b(?:(?:licen[cs]ed|granted|assigned|transferred|conveyed|sublicen[cs]ed|belongs?|belonging)\\s+to|vests?\\s+(?:\\w+\\s+){0,2}?in|(?:property|owner|ownership)\\s+of|owned\\s+(?:exclusively\\s+|solely\\s+)?by|(?:used|exploited|incorporated|implemented|adopted)\\s+(?:\\w+\\s+){0,2}?by|for\\s+the\\s+benefit\\s+of)\\s+${NAME}`, "gi");
  const SUBJECT = new RegExp(`${NAME}(?:['\u2019]s\\s+(?:affiliates|licensees|successors))?\\s+${HOLDS}`, "gi");
  const who = (name: string): Flow => (new RegExp(`^${U}$`, "i").test(name.trim()) ? "to-user" : new RegExp(`^${O}$`, "i").test(name.trim()) ? "to-other" : "unknown");
  return {
    flow(sentence: string, offset: number): Flow {
      // the clause the trigger sits in: from the last ";" before it to the next ";" after it
      const from = sentence.lastIndexOf(";", offset - 1) + 1;
      const afterCut = sentence.indexOf(";", offset);
      const clause = sentence.slice(from, afterCut < 0 ? sentence.length : afterCut);
      const at = offset - from;
      let best: { pos: number; flow: Flow } | null = null;
      const consider = (re: RegExp, group: number): void => {
        re.lastIndex = 0;
        for (let m = re.exec(clause); m; m = re.exec(clause)) {
          const f = who(m[group]);
          if (f === "unknown") continue;
          // the nearest statement before the trigger governs it; one right after it counts too ("… is licensed to X")
          const pos = m.index;
          if (pos > at + 120) break;
          if (!best || (pos <= at && (best.pos > at || pos > best.pos))) best = { pos, flow: f };
        }
      };
      consider(SUBJECT, 1);
      consider(GRANT, 2);
      consider(TO, 1);
      return best ? (best as { pos: number; flow: Flow }).flow : "unknown";
    },
  };
}
