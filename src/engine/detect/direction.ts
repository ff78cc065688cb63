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
import { AGENCY_ROLES } from "../read/parties";
import { FREELANCER_ROLES } from "./protections";
import { PRONOUN_PARTY } from "../report/labels";

export type Flow = "to-user" | "to-other" | "unknown";

const esc = wordsPattern;

export interface DirectionReader {
  /** How the right at `offset` of `sentence` flows. */
  flow(sentence: string, offset: number): Flow;
}

/**
 * The parts of a clause that say who holds a right: the party before "may", "owns", "retains"
 * (`holds`), a grant's receiver ("<A> grants (to) <B>"), and the party a right is given to ("licensed
 * to <B>", "vests in <B>", "used by <B>"). `user` and `other` are pattern sources for the two sides.
 */
function reader(user: string, other: string, holds: string, flags: string, unanimous = false): DirectionReader {
  const NAME = `(${user}|${other})`;
  // read from role words alone, "gives" and "provides" are left out: "we give you the choice to opt out" grants no right over the work
  const GRANT = new RegExp(`${NAME}\\s+(?:\\w+\\s+){0,2}?(?:grants?|licen[cs]es?|assigns?|transfers?|conveys?|sublicen[cs]es?${unanimous ? "" : "|gives?|provides?"})\\s+(?:back\\s+)?(?:(?:permission|consent|the\\s+right|an?\\s+(?:[\\w-]+\\s+){0,3}?licen[cs]e)\\s+)?(?:to\\s+)?${NAME}`, flags);
  const TO = new RegExp(`\\b(?:(?:licen[cs]ed|granted|assigned|transferred|conveyed|sublicen[cs]ed)\\s+(?:by\\s+(?:the\\s+)?[\\w-]+\\s+)?to|(?:belongs?|belonging)\\s+to|vests?\\s+(?:\\w+\\s+){0,2}?in|(?:property|owner|ownership)\\s+of|owned\\s+(?:exclusively\\s+|solely\\s+)?by|(?:used|exploited|incorporated|implemented|adopted)\\s+(?:\\w+\\s+){0,2}?by|for\\s+the\\s+benefit\\s+of)\\s+${NAME}`, flags);
  const USER_USES = new RegExp(`(${user})\\s+(?:may|can|(?:are|is)\\s+(?:free|entitled|permitted)\\s+to)\\s+(?:freely\\s+)?(?:use|copy|modify|adapt|distribute|exploit|reproduce|publish|sell|commerciali[sz]e|display)\\b`, flags);
  // a grant's receiver, whoever grants ("The Project Owner grants the Contributor a licence …")
  // (not the noun with its relative clause: "the licenses you grant are perpetual")
  const GRANTEE = new RegExp(`\\b(?:grants?|licen[cs]es?)(?<!\\b(?:[Tt]he|[Aa]n?|[Aa]ny|[Aa]ll|[Ss]uch|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Oo]ur|[Yy]our|[Hh]is|[Hh]er)\\s+(?:grants?|licen[cs]es?))\\s+(?:back\\s+)?(?:to\\s+)?${NAME}(?!['\u2019])\\b(?!\\s+(?:(?:hereby|may|shall|will|has|have|had)\\s+)?(?:grant|give|assign|provide|submit|make|made|gave)(?:s|ed|en)?\\b)`, flags);
  // rights assigned to a party, whoever assigns ("… require each subcontractor to assign its Intellectual Property Rights to Developer")
  const ASSIGN_TO = new RegExp(`\\b(?:assign|assigns|transfer|transfers|convey|conveys)\\s+(?:(?:all|any|its|their|his|her|such)\\s+){0,2}(?:[\\w-]+\\s+){0,3}?(?:rights?|title|interest|ownership|copyrights?)\\s+(?:(?:in|to)\\s+(?:[\\w-]+\\s+){1,4}?)?to\\s+${NAME}`, flags);
  // the party a right is granted to, named first ("The videographer is granted a non-exclusive licence …")
  const GRANTED_TO = new RegExp(`${NAME}\\s+(?:is|are|shall\\s+be|will\\s+be)\\s+(?:hereby\\s+)?(?:granted|given)\\s+(?:(?:a|an|the)\\s+)?(?:[\\w-]+,?\\s+){0,6}?(?:licen[cs]e|rights?|permission)\\b`, flags);
  // a licence the maker keeps for itself ("Contributor retains a perpetual licence to reproduce its Contributions")
  const USER_KEEPS = new RegExp(`(${user})\\s+(?:(?:shall|will|hereby)\\s+)?(?:retains?|keeps?|reserves?)\\s+(?:(?:a|an|the|its|their|his|her|all)\\s+)(?:[\\w-]+,?\\s+){0,8}?(?:licen[cs]e|right)s?\\b`, flags);
  const SUBJECT = new RegExp(`${NAME}(?:['\u2019]s\\s+(?:affiliates|licensees|successors))?\\s+${holds}`, flags);
  // something handed to the user ("Company shall provide Contractor with aggregated statistics", "reports supplied to the Writer")
  const HANDED_TO_USER = new RegExp(`(?<!\\b[Tt][Oo][\\s:]+)\\b(?:provides?|gives?|sends?|delivers?|supplies|supply|furnish(?:es)?)\\s+(?:to\\s+)?(${user})\\s+with\\b|\\b(?:provided|given|sent|delivered|supplied|furnished|made\\s+available)\\s+to\\s+(${user})`, flags);
  // any right of the other side's, however stated ("Company may", "Studio uses")
  const OTHER_HOLDS = new RegExp(`(?:${other})(?:['\u2019]s\\s+(?:affiliates|licensees|successors))?\\s+${HOLDS_ALL}`, flags);
  const U = new RegExp(`^(?:${user})$`, flags.replace("g", ""));
  const O = new RegExp(`^(?:${other})$`, flags.replace("g", ""));
  const who = (name: string): Flow => (U.test(name.trim()) ? "to-user" : O.test(name.trim()) ? "to-other" : "unknown");
  return {
    flow(sentence: string, offset: number): Flow {
      // the clause the trigger sits in: from the last ";" (or ", but …") before it to the next ";" after it
      // ("Your Content belongs to you, but you give us an unlimited licence": the licence is its own clause)
      let from = sentence.lastIndexOf(";", offset - 1) + 1;
      CONTRAST.lastIndex = from;
      for (let m = CONTRAST.exec(sentence); m && m.index < offset; m = CONTRAST.exec(sentence)) from = m.index + m[0].length;
      const afterCut = sentence.indexOf(";", offset);
      const clause = sentence.slice(from, afterCut < 0 ? sentence.length : afterCut);
      const at = offset - from;
      let best: { pos: number; flow: Flow } | null = null;
      let toOther = false;
      const consider = (re: RegExp, group: number, rolesOnly = false): void => {
        re.lastIndex = 0;
        for (let m = re.exec(clause); m; m = re.exec(clause)) {
          if (m[group] === undefined) continue;
          if (rolesOnly && PRONOUN_PARTY.test(m[group])) continue;
          const f = who(m[group]);
          if (f === "unknown") continue;
          if (f === "to-other") toOther = true;
          // the nearest statement before the trigger governs it; one right after it counts too ("… is licensed to X")
          const pos = m.index;
          if (pos > at + 120) break;
          if (!best || (pos <= at && (best.pos > at || pos > best.pos))) best = { pos, flow: f };
        }
      };
      // read from role words alone, a party's own statement ("you own", "Contractor retains") is left out: it
      // is as often a choice over the other side's use, or followed by a grant, as a right of the user's
      if (!unanimous) consider(SUBJECT, 1);
      // but the user's own act of use is its right ("You may use Outputs for any purpose"), unless the clause also gives the other side one
      else {
        consider(USER_USES, 1);
        consider(USER_KEEPS, 1);
        // (only where the clause gives no one a right: "… provide Contractor with statistics and may use them" still gives one)
        if (!GIVES_A_RIGHT.test(clause)) {
          consider(HANDED_TO_USER, 1);
          consider(HANDED_TO_USER, 2);
        }
      }
      consider(GRANT, 2);
      consider(GRANTEE, 1);
      consider(GRANTED_TO, 1);
      // (read from role words alone, not "to you": "we'll assign all rights to you" is as often the maker's own voice)
      consider(ASSIGN_TO, 1, unanimous);
      consider(TO, 1);
      OTHER_HOLDS.lastIndex = 0;
      if (unanimous && OTHER_HOLDS.test(clause)) toOther = true;
      // read from role words alone, a right flows to the user only when nothing in the clause gives the other side one
      if (unanimous && toOther) return "to-other";
      return best ? (best as { pos: number; flow: Flow }).flow : "unknown";
    },
  };
}

/** Words that give someone a right. */
const GIVES_A_RIGHT = /\b(?:may|can|might|entitled|authori[sz]\w*|consent\w*|allow\w*|permit\w*|right\s+to|free\s+to|permitted|licen[cs]\w*|grants?|owns?|retains?)\b/i;

/** A contrast that starts a new clause inside a sentence. */
const CONTRAST = /,\s*(?:but|however|although|though|yet|whereas)\b/gi;

/** A party holding a right over what it is given ("may", "is entitled to", "owns", "retains"). */
const HOLDS_RIGHT = `(?:(?:\\w+\\s+){0,3}?(?:may|can|might|shall\\s+(?:be\\s+(?:entitled|permitted|free)|have\\s+(?:the\\s+)?right)|will\\s+(?:be\\s+(?:entitled|permitted|free)|have\\s+(?:the\\s+)?right)|is\\s+(?:hereby\\s+)?(?:entitled|permitted|free|authori[sz]ed|granted)|are\\s+(?:entitled|permitted|free)|has\\s+(?:the\\s+)?(?:right|licen[cs]e)|retains?|reserves?|owns?|is\\s+(?:the\\s+)?(?:sole\\s+|exclusive\\s+|rightful\\s+|and\\s+)*owner|represents\\s+(?:and\\s+warrants\\s+)?that\\s+it\\s+(?:is\\s+the\\s+(?:sole\\s+|exclusive\\s+|rightful\\s+|and\\s+)*owner|owns)|shall\\s+own|will\\s+own|shall\\s+retain|will\\s+retain)\\b)`;
/** … or just using or receiving it ("Studio uses", "Company receives"). */
const HOLDS_ALL = `(?:${HOLDS_RIGHT}|(?:\\w+\\s+){0,3}?(?:uses?|receives?)\\b)`;

// (role words in capitals too: "CLIENT grants PHOTOGRAPHER …")
const roleAlt = (roles: readonly string[]): string => [...roles].sort((a, b) => b.length - a.length).map((r) => `(?:[Tt]he\\s+|THE\\s+)?(?:${esc(r)}|${esc(r.toUpperCase())})`).join("|");
/**
 * Without defined parties, the sides are told only by words whose side is never in doubt, as the
 * negation reading does (detect/protections.ts): a maker's role word ("Contractor", "Freelancer",
 * "Designer" — never "Provider", "Supplier" or "Vendor", which name either side) or "you" is the
 * user; a receiver's role word ("Client", "Company", "Agency") or "we" / "us" is the other side.
 * Role words are defined terms, read capitalised. "Client grants Freelancer a licence to show the
 * Designs in her portfolio" flows to the user; a clause naming only either-side words stays unknown,
 * and one that also gives the other side a right ("… comments, which the Studio may use") flows to it.
 */
const ROLE_WORD_READER = reader(
  `\\b(?:${roleAlt(FREELANCER_ROLES)}|[Yy]ou|YOU)\\b(?!['\u2019])`,
  `\\b(?:${roleAlt(AGENCY_ROLES)}|[Ww]e|WE|[Uu]s)\\b(?!['\u2019])`,
  HOLDS_ALL,
  "g",
  true,
);

/**
 * Terms a maker writes in its own voice to its client ("You are hiring us to design …"): "we" and
 * "us" (or "I" and "me") are the user and "you" the other side. Read only once the document has shown who is who, so
 * each party's own statements count, as with defined parties ("We'll own the templates we made
 * before this project" keeps the maker's own).
 */
const MAKER_VOICE_READER = reader(
  // (in their contractions too: "We'll own", "You'll own")
  `\\b(?:(?:[Ww]e|WE)(?:['\u2019](?:ll|d))?|[Uu]s|I(?:['\u2019](?:ll|d))?|me)\\b(?!['\u2019])`,
  `\\b(?:[Yy]ou|YOU)(?:['\u2019](?:ll|d))?\\b(?!['\u2019])`,
  // (a right held, not a payment received: "When we receive your final payment, copyright is assigned")
  HOLDS_RIGHT,
  "g",
);

/** Builds a reader for the confirmed (or detected) roles; without sure roles, one that reads only unmistakable role words. */
export function directionReader(roles: DocumentRoles): DirectionReader | null {
  if (!roles.user || !roles.other || roles.user.toLowerCase() === roles.other.toLowerCase()) return ROLE_WORD_READER;
  if (/^(?:we|us|I)$/i.test(roles.user) && /^you$/i.test(roles.other) && (roles.source === "user" || (roles.source === "document" && roles.partiesSure))) return MAKER_VOICE_READER;
  // only roles the contract defines (or the user confirmed) decide which way a right flows; a guess
  // from role words alone ("Provider owns all Usage Data") must not silence a finding
  const defined = roles.candidates.parties.includes(roles.user) && roles.candidates.parties.includes(roles.other);
  if (!(roles.source === "user" || (roles.source === "document" && defined))) return ROLE_WORD_READER;
  // a guess is never enough to drop a finding: until the roles are sure (or confirmed), only unmistakable role words count
  if (roles.source !== "user" && !roles.sure) return ROLE_WORD_READER;
  return reader(`(?:the\\s+)?${esc(roles.user)}`, `(?:the\\s+)?${esc(roles.other)}`, HOLDS_ALL, "gi");
}
