/**
 * The one filler of the wording data's placeholders, for redlines, fallbacks and comments alike.
 *
 * Names: {agency} {Agency} {contractor} {Contractor} {work} {Work} {it} / {itself} (them /
 * themselves for a plural work term), {ai} and {aiNoun} (the words for AI training), {project}.
 * The template with its names is put in the document's spelling and quote style ("licence" /
 * "license", curly or straight quotes), and memoised per names object (one per document read):
 * the same few templates are filled for every finding. Anything else (`extra`: {trigger}, {words},
 * {triggers} …) is the document's own text or text already quoted, and goes in verbatim, so a
 * redline never respells the words it keeps. A placeholder with no value stays as written.
 */
import { capitalise } from "../text";
import { conform, DEFAULT_CONVENTIONS } from "./conventions";
import { isPlural } from "./plural";
import { AI_NOUNS, AI_VERBS, voicedWork, type Names, type Person } from "./wording";

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** Templates with their names filled and conformed, per names object: nothing is kept across documents. */
const filled = new WeakMap<Names, Map<string, string>>();

function nameValues(names: Names): Record<string, string> {
  const plural = names.workPlural ?? isPlural(names.work);
  const work = voicedWork(names.work, names.voice);
  return {
    agency: names.agency,
    Agency: capitalise(names.agency),
    contractor: names.contractor,
    Contractor: capitalise(names.contractor),
    work,
    Work: capitalise(work),
    it: plural ? "them" : "it",
    itself: plural ? "themselves" : "itself",
    ai: AI_VERBS,
    aiNoun: AI_NOUNS,
    project: names.conventions?.project ?? "the project",
  };
}

/** A pronoun party's words: subject, object, possessive, reflexive, and "has" / "is". */
const FORMS: Record<Person, { subject: string; object: string; possessive: string; reflexive: string; has: string; is: string }> = {
  we: { subject: "we", object: "us", possessive: "our", reflexive: "ourselves", has: "have", is: "are" },
  I: { subject: "I", object: "me", possessive: "my", reflexive: "myself", has: "have", is: "am" },
  you: { subject: "you", object: "you", possessive: "your", reflexive: "yourself", has: "have", is: "are" },
};

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
export function voiced(template: string, voice: NonNullable<Names["voice"]>, placeholders: { agency: string; contractor: string } = { agency: "agency", contractor: "contractor" }): string {
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

/** The names as comments use them: the parties in the third person, whatever the document's voice. */
const thirdPersonNames = new WeakMap<Names, Names>();
export function thirdPerson(names: Names): Names {
  if (!names.voice) return names;
  let out = thirdPersonNames.get(names);
  if (!out) thirdPersonNames.set(names, (out = { ...names, voice: undefined }));
  return out;
}

/** The template with its names filled, in the document's spelling and quotes. */
function withNames(template: string, names: Names): string {
  let memo = filled.get(names);
  if (!memo) filled.set(names, (memo = new Map()));
  let out = memo.get(template);
  if (out === undefined) {
    const values = nameValues(names);
    const named = (names.voice ? voiced(template, names.voice) : template).replace(PLACEHOLDER, (all, k: string) => values[k] ?? all);
    out = conform(named, { ...(names.conventions ?? DEFAULT_CONVENTIONS), curlyQuotes: names.conventions?.curlyQuotes ?? true });
    memo.set(template, out);
  }
  return out;
}

/**
 * Fills a wording template in the document's names and conventions; `extra` values go in as given.
 *
 * @example
 * fill("{Agency} shall not use {work} to {ai}", names) // "The Client shall not use the Deliverables to train, …"
 * fill('"{trigger}" is open-ended', names, { trigger: "for any purpose" }) // "“for any purpose” is open-ended"
 */
export function fill(template: string, names: Names, extra?: Readonly<Record<string, string>>): string {
  const out = withNames(template, names);
  if (!extra) return out;
  return out.replace(PLACEHOLDER, (all, k: string) => (Object.prototype.hasOwnProperty.call(extra, k) ? extra[k] : all));
}
