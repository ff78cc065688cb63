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
import { AI_NOUNS, AI_VERBS, type Names } from "./wording";
import { voiced, voicedWork } from "./voice";

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
