/**
 * Terms written as "we" and "you": the words written into their clauses speak of each pronoun party
 * as the terms do. Kept apart from the wording (./wording.ts) so that the playbook's filler, which the
 * pane's page loads too, can use it without the engine's templates.
 */
import { capitalise } from "../text";
import type { Person } from "../report/labels";

/**
 * The work as terms addressed to its maker speak of it ("your photos"), for the document's own work
 * term only (`of`): a clause that names its own object, or a list's "the photos or anything else
 * listed below", keeps its words.
 */
export interface VoicedWork {
  of: string;
  as: string;
}

/** The work as the words for a clause name it: in the terms' voice where it is the document's own work term. */
export function voicedWork(work: string, voice: { work?: VoicedWork } | undefined): string {
  return voice?.work && voice.work.of === work ? voice.work.as : work;
}

/** The parties a document writes as pronouns, and its work as the terms speak of it. */
export interface Voice {
  agency?: Person;
  contractor?: Person;
  work?: VoicedWork;
}

/** A pronoun party's words: subject, object, possessive, reflexive, and "has" / "is". */
const FORMS: Record<Person, { subject: string; object: string; possessive: string; reflexive: string; has: string; is: string }> = {
  we: { subject: "we", object: "us", possessive: "our", reflexive: "ourselves", has: "have", is: "are" },
  I: { subject: "I", object: "me", possessive: "my", reflexive: "myself", has: "have", is: "am" },
  you: { subject: "you", object: "you", possessive: "your", reflexive: "yourself", has: "have", is: "are" },
};

/** The object form of a pronoun party: "us", "me", "you". */
export const objectOf = (person: Person): string => FORMS[person].object;

/** Words before a party that make it an object: "by the Client" → "by us", "gives you no right". */
const OBJECT_BEFORE = /\b(?:by|to|from|for|with|about|against|upon|on|of|gives?|give|lets?|makes?|binds?|notify)\s+$/i;

/** A subject put in for a placeholder, marked until its verb agrees with it. */
const SUBJECT_MARK = "\ue000";

/** A subject and the verb after it, in the third person singular as the wording writes it. */
const SUBJECT_VERB = /\ue000([\w]+)(\s+)(has|is|does|covenants|acquires|agrees|keeps|owns|sends|asks|makes|gives|opts|holds|uses)\b/g;

const upper = (w: string): string => (w === "I" ? w : capitalise(w));

/**
 * The template with each pronoun party's placeholder in its own form: "{agency} covenants, for
 * itself and its successors" → "we covenant, for ourselves and our successors"; "{contractor}'s
 * right" → "your right"; "gives {agency} no right" → "gives us no right"; "{Agency} shall" → "We shall".
 */
export function voiced(template: string, voice: Voice, placeholders: { agency: string; contractor: string } = { agency: "agency", contractor: "contractor" }): string {
  let t = template;
  for (const side of ["agency", "contractor"] as const) {
    const person = voice[side];
    const role = placeholders[side];
    if (!person) continue;
    const f = FORMS[person];
    // "for itself and its successors" speaks of the party that covenants
    t = t.replace(new RegExp(`(\\{${role}\\} covenants, for )itself and its `, "g"), `$1${f.reflexive} and ${f.possessive} `);
    const place = new RegExp(`\\{(${role}|${capitalise(role)})\\}('s\\b)?`, "g");
    t = t.replace(place, (_all, k: string, poss: string | undefined, at: number, whole: string) => {
      const cap = k !== role;
      if (poss) return cap ? upper(f.possessive) : f.possessive;
      if (OBJECT_BEFORE.test(whole.slice(Math.max(0, at - 12), at))) return f.object;
      return SUBJECT_MARK + (cap ? upper(f.subject) : f.subject);
    });
    // the verb after the subject agrees with it ("we covenant", "you have opted out", "I am")
    t = t.replace(SUBJECT_VERB, (_all, s: string, sp: string, v: string) => `${s}${sp}${v === "has" ? f.has : v === "is" ? f.is : v === "does" ? "do" : v.slice(0, -1)}`);
    t = t.split(SUBJECT_MARK).join("");
  }
  return t;
}

