/**
 * The user's words: placeholders, plain text and spelling. User wording is inserted as plain text
 * only: markup, control characters and invisible characters (which could hide words, start a Word
 * field or reorder text) are refused when the playbook is checked, and removed again when filled.
 */
import { capitalise } from "../text";
import { isPlural } from "../fix/plural";
import { voiced, voicedWork, type Voice } from "../fix/voice";
import type { PlaybookProblem, Spelling } from "./types";

/** Placeholders any wording may use. */
export const PLACEHOLDERS = ["party", "Party", "other", "Other", "work", "Work", "it"] as const;
/** Comments may also quote the risky words. */
export const COMMENT_PLACEHOLDERS = [...PLACEHOLDERS, "trigger"] as const;

/** C0/C1 controls, DEL, zero-width and bidi controls, word joiners, BOM, Word's field and object marks. */
// eslint-disable-next-line no-control-regex -- control characters are what this refuses
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffc]/;
const CONTROL_ALL = new RegExp(CONTROL.source, "g");
/** Tags, entities and Word field codes. */
const MARKUP = /<\s*\/?\s*[A-Za-z!?][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);|\b(?:MERGEFIELD|HYPERLINK|INCLUDETEXT|DDEAUTO)\b/i;

function describeChar(c: string): string {
  return `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** Problems of one text field: control characters, markup, unknown or broken placeholders. */
function fieldProblems(text: string, path: string, allowed: readonly string[] | null): PlaybookProblem[] {
  const out: PlaybookProblem[] = [];
  const control = CONTROL.exec(text);
  if (control) out.push({ path, message: `contains the invisible or control character ${describeChar(control[0])}; wording is inserted as plain text (use ordinary spaces and no line breaks)` });
  const markup = MARKUP.exec(text);
  if (markup) out.push({ path, message: `contains markup or a field code ("${markup[0].slice(0, 30)}"); wording is inserted as plain text` });
  if (allowed === null) {
    if (/[{}]/.test(text)) out.push({ path, message: "names cannot contain { or }" });
    return out;
  }
  const seen = new Set<string>();
  for (const m of text.matchAll(/\{([^{}]*)\}/g)) {
    const name = m[1];
    if (allowed.includes(name) || seen.has(name)) continue;
    seen.add(name);
    out.push({ path, message: `unknown placeholder {${name}}; use ${allowed.map((a) => `{${a}}`).join(", ")}` });
  }
  if (/[{}]/.test(text.replace(/\{[^{}]*\}/g, ""))) out.push({ path, message: "has a { or } that does not close a placeholder" });
  return out;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | null => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : null);
const key = (k: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);

function settingsProblems(s: Json, at: string, out: PlaybookProblem[]): void {
  const field = (v: unknown, path: string, allowed: readonly string[] | null): void => {
    if (typeof v === "string") out.push(...fieldProblems(v, path, allowed));
  };
  const wording = (w: unknown, path: string): void => {
    const o = obj(w);
    if (!o) return;
    field(o.text, `${path}.text`, PLACEHOLDERS);
    field(o.label, `${path}.label`, []);
    field(o.comment, `${path}.comment`, COMMENT_PLACEHOLDERS);
    if (typeof o.text === "string" && typeof o.placement === "string") {
      if (o.placement === "delete-trigger" && o.text.trim() !== "") out.push({ path: `${path}.text`, message: 'must be "" with placement "delete-trigger" (the risky words are deleted)' });
      if (o.placement !== "delete-trigger" && o.text.trim() === "") out.push({ path: `${path}.text`, message: `is empty; write the words, or use placement "delete-trigger"` });
    }
  };
  wording(s.preferred, `${at}.preferred`);
  if (Array.isArray(s.fallbacks)) {
    const positions = new Set<unknown>();
    s.fallbacks.forEach((f, i) => {
      wording(f, `${at}.fallbacks[${i}]`);
      const p = obj(f)?.position;
      if (p !== undefined && positions.has(p)) out.push({ path: `${at}.fallbacks[${i}].position`, message: `${JSON.stringify(p)} is listed twice` });
      positions.add(p);
    });
  }
  field(s.comment, `${at}.comment`, COMMENT_PLACEHOLDERS);
  field(s.walkAway, `${at}.walkAway`, PLACEHOLDERS);
}

/** Text problems of a whole playbook (the schema checks shapes; this checks the words). */
export function textProblems(value: unknown): PlaybookProblem[] {
  const out: PlaybookProblem[] = [];
  const root = obj(value);
  if (!root) return out;
  if (typeof root.name === "string") out.push(...fieldProblems(root.name, "$.name", null));
  const you = obj(root.you);
  if (you) for (const k of ["party", "other", "work"]) if (typeof you[k] === "string") out.push(...fieldProblems(you[k] as string, `$.you.${k}`, null));
  for (const group of ["categories", "rules"]) {
    const g = obj(root[group]);
    if (g) for (const [k, v] of Object.entries(g)) if (obj(v)) settingsProblems(obj(v)!, `$.${group}${key(k)}`, out);
  }
  const add = obj(root.addendum);
  const sections = obj(add?.sections);
  if (sections) {
    for (const [k, v] of Object.entries(sections)) {
      const o = obj(v);
      if (o && typeof o.text === "string") out.push(...fieldProblems(o.text, `$.addendum.sections${key(k)}.text`, PLACEHOLDERS));
      if (o && typeof o.heading === "string") out.push(...fieldProblems(o.heading, `$.addendum.sections${key(k)}.heading`, []));
    }
  }
  if (Array.isArray(add?.add)) {
    add!.add.forEach((v: unknown, i: number) => {
      const o = obj(v);
      if (o && typeof o.text === "string") out.push(...fieldProblems(o.text, `$.addendum.add[${i}].text`, PLACEHOLDERS));
      if (o && typeof o.heading === "string") out.push(...fieldProblems(o.heading, `$.addendum.add[${i}].heading`, []));
    });
  }
  return out;
}

export interface FillNames {
  /** "the Contractor", as the document writes it mid-sentence. */
  party: string;
  other: string;
  /** "the Deliverables" */
  work: string;
  /** Words for a clause in terms written as "we" and "you": those parties as the terms write them (fix/wording.ts Names.voice). */
  voice?: Voice;
}

/** Fills a checked wording; whatever is not plain text is removed again (defence in depth). */
export function fillWording(template: string, names: FillNames, trigger = ""): string {
  const work = voicedWork(names.work, names.voice);
  const values: Record<string, string> = {
    party: names.party,
    Party: capitalise(names.party),
    other: names.other,
    Other: capitalise(names.other),
    work,
    Work: capitalise(work),
    it: isPlural(names.work) ? "them" : "it",
    trigger,
  };
  return (names.voice ? voiced(template, names.voice, { agency: "other", contractor: "party" }) : template)
    .replace(/\{([A-Za-z]+)\}/g, (all, name: string) => values[name] ?? all)
    .replace(CONTROL_ALL, "")
    .replace(/[<>]/g, "")
    .replace(/\s+/g, " ");
}

const GB: Array<[RegExp, string]> = [
  [/\b(anonymi|authori|organi|minimi|recogni|utili|categori|customi|priori)z(e|es|ed|ing|ation|ations)\b/gi, "$1s$2"],
  [/\b(analy)z(e|es|ed|ing)\b/gi, "$1s$2"],
  [/\bbehavior(s?)\b/gi, "behaviour$1"],
];
const US: Array<[RegExp, string]> = [
  [/\b(anonymi|authori|organi|minimi|recogni|utili|categori|customi|priori)s(e|es|ed|ing|ation|ations)\b/gi, "$1z$2"],
  [/\b(analy)s(e|es|ed|ing)\b/gi, "$1z$2"],
  [/\bbehaviour(s?)\b/gi, "behavior$1"],
  [/\blicence(s?)\b/g, "license$1"],
  [/\bLicence(s?)\b/g, "License$1"],
];

/** The words in the chosen spelling. */
export function spell(text: string, spelling: Spelling | undefined): string {
  if (!spelling) return text;
  let out = text;
  for (const [re, to] of spelling === "en-GB" ? GB : US) out = out.replace(re, to);
  return out;
}

/** Spells only what an edit adds: the words it keeps from the original are the contract's own. */
export function spellAdded(original: string, replacement: string, spelling: Spelling | undefined): string {
  if (!spelling || !replacement) return replacement;
  let a = 0;
  while (a < original.length && a < replacement.length && original[a] === replacement[a]) a++;
  while (a > 0 && /\w/.test(replacement[a - 1])) a--;
  let b = 0;
  while (b < original.length - a && b < replacement.length - a && original[original.length - 1 - b] === replacement[replacement.length - 1 - b]) b++;
  while (b > 0 && /\w/.test(replacement[replacement.length - b])) b--;
  return replacement.slice(0, a) + spell(replacement.slice(a, replacement.length - b), spelling) + replacement.slice(replacement.length - b);
}
