/**
 * The work term: the defined term for what the user delivers or licenses, found where the
 * user's verbs of making and granting take it as their object; a lower-case work noun or the
 * activity ("Services") only when nothing else names it.
 */
import type { RoleEvidence } from "../types";
import type { DefinedTerm } from "./definitions";
import type { Candidate } from "./roleParties";
import { addEvidence, paragraphAt, type Doc } from "./roleText";
import { ACTIVITY, esc, isRole, looksLikeParty, MAKER_ROLES, norm, NOT_WORK, RECEIVER_ROLES, WORK_NOUN } from "./roleWords";

/** The start of a definition that names rights, not things: "all intellectual property rights in …", "all right, title and interest". */
const RIGHTS_BODY = "(?:(?:all|any|the)\\s+)?(?:(?:intellectual\\s+property|IP)\\s+)?(?:rights?|right,?\\s+title|title|ownership|interest)\\b";
const RIGHTS_DEFINITION = new RegExp(`^\\W*${RIGHTS_BODY}`, "i");
/** A term named like rights in the work ("New Intellectual Property", "Developed IP"): its definition tells rights from things made. */
const IP_TERM = /(?:intellectual\s+property|\bIP)$/i;

/** A term that may name the work, with its evidence. */
export interface WorkCandidate {
  term: string;
  score: number;
  evidence: RoleEvidence[];
  count: number;
}

/** The defined (or granted, or much used) terms that may name the work, best first. */
export function workCandidates(doc: Doc, defs: readonly DefinedTerm[], parties: readonly Candidate[], user: Candidate | undefined, other: Candidate | undefined): WorkCandidate[] {
  const terms = new Map<string, DefinedTerm>();
  const rightsTerms = new Set<string>();
  for (const d of defs) {
    if (doc.starts[d.paragraph] < 0 || d.shape === "placeholder") continue;
    const t = norm(d.term);
    if (t.length < 2 || NOT_WORK.test(t) || parties.some((p) => p.name.toLowerCase() === t.toLowerCase()) || isRole(MAKER_ROLES, t) || isRole(RECEIVER_ROLES, t)) continue;
    if (/^[a-z]/.test(t) && !/_/.test(t)) continue;
    if (t.length < 3 || /^(?:TO|OF|IN|AND|THE|FOR|THIS|ALL|ANY)$/i.test(t)) continue;
    // a term for rights ("New Intellectual Property" means all intellectual property rights in …) is not the work;
    // one defined as things made ("Developed IP" means all deliverables, code …) may be
    if (IP_TERM.test(t) && RIGHTS_DEFINITION.test(d.body)) {
      rightsTerms.add(t);
      continue;
    }
    // a label given to a person or a company names a party or a person, not the work
    if (d.shape === "label" && looksLikeParty(d.body) && !WORK_NOUN.test(t)) continue;
    if (!terms.has(t)) terms.set(t, d);
  }
  // what the user assigns or licenses is the work, even where its definition is garbled ("all Inventions")
  // (not the one it is granted to: "The Contributor grants Vox Mosaic a non-exclusive licence")
  const granted = new Map<string, number>();
  if (user) {
    const u = esc(user.name);
    const re = new RegExp(
      `\\b(?:the\\s+)?${u}\\s+(?:hereby\\s+)?(?:irrevocably\\s+)?(?:assigns|grants|licen[cs]es|transfers|conveys)\\s+(?:and\\s+agrees\\s+to\\s+assign\\s+)?(?:to\\s+(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3}\\s+)?(?:all\\s+(?:of\\s+)?(?:its\\s+|his\\s+|her\\s+|their\\s+)?(?:(?:right,?\\s+title\\s+and\\s+interest|copyrights?|(?:intellectual\\s+property\\s+)?rights|ownership)\\s+(?:in\\s+(?:and\\s+to\\s+)?|to\\s+|of\\s+))?)?(?:the\\s+|all\\s+|any\\s+|each\\s+)?([A-Z][a-z][\\w-]*(?:\\s+[A-Z][a-z][\\w-]*){0,2})\\b(?!\\s+(?:[A-Z][a-z]|(?:an?|the|all|any|its|his|her|their|(?:non-)?exclusive|worldwide|perpetual|limited|royalty-free|irrevocable)\\b))`,
      "g",
    );
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const t = m[1];
      if (NOT_WORK.test(t) || rightsTerms.has(t) || parties.some((p) => p.name === t)) continue;
      // (nor a term the text defines as rights without quoting it: "New Intellectual Property means all … rights in …")
      if (IP_TERM.test(t) && new RegExp(`\\b${esc(t)}\\s+(?:means|shall\\s+mean|refers\\s+to)\\s+${RIGHTS_BODY}`, "i").test(doc.text.slice(0, 200_000))) {
        rightsTerms.add(t);
        continue;
      }
      granted.set(t, (granted.get(t) ?? 0) + 1);
      if (!terms.has(t)) terms.set(t, { term: t, paragraph: paragraphAt(doc, m.index), start: 0, end: 0, shape: "means", body: "" });
    }
  }
  // capitalised work nouns used as terms without a (readable) definition: "all Inventions", "the Programs"
  // (or after a possessive: "Developer's Contributions")
  const used = /(?:\b(?:all|any|such|the|each|of|and|or|to)\s+|(?<=\w)(?:'s|\u2019s)\s+)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b(?!\s*(?:\d|[IVX]+\b|[A-Z]\b))/g;
  const seenUse = new Map<string, number>();
  const head = doc.text.slice(0, 200_000);
  for (let m = used.exec(head); m; m = used.exec(head)) {
    const t = m[1];
    if (terms.has(t) || !WORK_NOUN.test(t) || NOT_WORK.test(t) || ACTIVITY.test(t)) continue;
    seenUse.set(t, (seenUse.get(t) ?? 0) + 1);
  }
  for (const [t, k] of seenUse) if (k >= 3) terms.set(t, { term: t, paragraph: 0, start: 0, end: 0, shape: "means", body: "" });
  // count every candidate, then read the evidence of the most used ones only (bounded work)
  const counted: Array<{ t: string; d: DefinedTerm; count: number }> = [];
  if (terms.size) {
    // one pass over the text counts every candidate (longest alternative first)
    const list = [...terms.keys()].sort((a, b) => b.length - a.length);
    const all = new RegExp(`\\b(?:${list.map(esc).join("|")})\\b`, "g");
    const counts = new Map<string, number>();
    for (let m = all.exec(doc.text); m; m = all.exec(doc.text)) {
      const k = m[0].replace(/\s+/g, " ");
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    for (const [t, d] of terms) {
      const count = counts.get(t) ?? 0;
      if (count >= 2) counted.push({ t, d, count });
    }
  }
  const bonus = (x: { t: string; d: DefinedTerm }): number => (granted.has(x.t) ? 1000 : 0) + (WORK_NOUN.test(x.t) || WORK_NOUN.test(x.d.body.slice(-160)) ? 100 : 0);
  counted.sort((a, b) => bonus(b) + b.count - (bonus(a) + a.count));
  const out: WorkCandidate[] = [];
  for (const { t, d, count } of counted.slice(0, 8)) {
    // a name that acts like a party ("Fireside is not responsible …", "Vox Mosaic may suggest edits", "Fireside's right to use") is a party, not the work
    if (actsAsParty(head, t)) continue;
    const c: WorkCandidate = { term: t, score: 0, evidence: [], count };
    const T = `(?:the\\s+|such\\s+|any\\s+|all\\s+|each\\s+)?${esc(t)}`;
    c.score += Math.min(3, Math.log2(c.count));
    const def = d.shape === "label" ? d.body.slice(-160) : d.body.slice(0, 240);
    // a term the contract defines in words ("the "Project"", ""Deliverables" means") outranks a table label
    if ((d.shape === "label" || d.shape === "means") && d.end > 0) c.score += 2;
    if (WORK_NOUN.test(def) || WORK_NOUN.test(t)) {
      c.score += 2;
      c.evidence.push({ paragraph: d.paragraph, quote: `"${t}": ${def.replace(/\s+/g, " ").trim().slice(0, 120)}`, reason: "defined as something made or supplied" });
    }
    if (ACTIVITY.test(t)) c.score -= 4;
    const g = granted.get(t);
    if (g) {
      c.score += 4 * Math.min(g, 2);
      c.evidence.push({ paragraph: d.paragraph, quote: t, reason: "the user assigns or licenses it" });
    }
    if (user && d.shape === "label" && d.end > 0 && labelNamesUsersMaking(d.body, user.name)) {
      // "accurate translations the Translator delivers (the "Translations")", "recordings of Performer's voice … are the "Recordings""
      c.score += 3;
      c.evidence.push({ paragraph: d.paragraph, quote: `${namedByLabel(d.body).replace(/\s+/g, " ").trim().slice(-100)} ("${t}")`, reason: "named as what the user makes or supplies" });
    }
    if (other && d.shape === "label" && d.end > 0 && labelNamesOthersMaking(d.body, other.name) && !(user && labelNamesUsersMaking(d.body, user.name))) {
      // "WHEREAS, Producer is developing and producing a travel docu-series (the "Project")": the other side's own production
      c.score -= 4;
    }
    if (user && d.shape === "means" && new RegExp(`^\\W{0,3}(?:the\\s+|all\\s+|any\\s+)?(?:${esc(user.name)}(?:'s|\u2019s)|[^.;]{0,80}?\\b(?:(?:by|of)\\s+(?:the\\s+)?${esc(user.name)}\\b|(?:the\\s+)?${esc(user.name)}\\s+(?:shall\\s+|will\\s+|may\\s+)?(?:creates?|delivers?|produces?|prepares?|develops?|designs?|makes?|writes?|supplies|supply|provides?|furnish(?:es)?)\\b))`).test(d.body.slice(0, 160))) {
      // ""Programming" means IMNTV's Content", ""Deliverables" means what the Contractor delivers"
      c.score += 3;
      c.evidence.push({ paragraph: d.paragraph, quote: `"${t}" means ${d.body.slice(0, 100).replace(/\s+/g, " ").trim()}`, reason: "defined as what the user makes or supplies" });
    }
    if (user) {
      const u = `(?:the\\s+)?${esc(user.name)}`;
      const re = (src: string): RegExp => new RegExp(src, "g");
      addEvidence(doc, c, re(`\\b${u}\\s+(?:shall|will|agrees\\s+to|must|hereby)?\\s*(?:\\w+\\s+){0,3}?(?:deliver|provide|design|develop|create|produce|supply|furnish|license|grant|assign|prepare|make\\s+available|distribute)\\w*\\b[^.;]{0,120}?\\b${T}\\b`), 3, "the user delivers or licenses it", 4);
      addEvidence(doc, c, re(`\\b${T}\\s+(?:(?:shall|will)\\s+be\\s+|is\\s+|are\\s+)?(?:provided|delivered|created|produced|developed|designed|prepared|supplied|furnished|made|owned|licensed|written)\\s+by\\s+${u}\\b`), 3, "made or owned by the user", 4);
      addEvidence(doc, c, re(`\\b${esc(user.name)}(?:'s|\u2019s)\\s+${esc(t)}\\b`), 2, "the user's", 3);
      addEvidence(doc, c, re(`\\b${u}\\s+(?:is|shall\\s+be|will\\s+be|represents[^.;]{0,40}?)\\s*(?:the\\s+)?(?:sole\\s+)?(?:and\\s+)?(?:rightful\\s+)?owner\\s+of\\s+(?:all\\s+)?${T}\\b`), 3, "the user owns it", 2);
    }
    if (other) {
      const o = esc(other.name);
      const of = "g";
      // what becomes the other side's property once made ("… and Developments generally, are the sole property of the Client")
      addEvidence(doc, c, new RegExp(`\\b${esc(t)}\\b[^.;]{0,40}?\\b(?:is|are|shall\\s+be|will\\s+be|becomes?|shall\\s+become|will\\s+become)\\s+(?:and\\s+remain\\s+)?(?:the\\s+)?(?:sole\\s+(?:and\\s+exclusive\\s+)?|exclusive\\s+)?property\\s+of\\s+(?:the\\s+)?${o}\\b`, of), 3, "becomes the other side's property", 2);
      // the other side's own things ("Company's Products") are not the user's work
      addEvidence(doc, c, new RegExp(`\\b${o}(?:'s|\u2019s)\\s+${esc(t)}\\b`, of), -2, "the other side's own", 3);
      addEvidence(doc, c, new RegExp(`\\b(?:the\\s+)?${o}\\s+(?:shall|will|agrees\\s+to|is\\s+responsible\\s+for,?\\s+and\\s+will)\\s+(?:\\w+\\s+){0,2}?(?:supply|provide|deliver|furnish)\\w*\\s+(?:to\\s+(?:the\\s+)?\\w+\\s+)?${T}\\b`, of), -3, "supplied by the other side", 3);
      if (d.shape === "label" && new RegExp(`\\b${o}\\s+(?:shall|will|agrees\\s+to|is\\s+to)\\s+(?:\\w+\\s+){0,2}?(?:supply|provide|deliver|furnish)\\w*\\b`).test(d.body)) {
        c.score -= 4;
      }
    }
    out.push(c);
  }
  return out.sort((a, b) => b.score - a.score || b.count - a.count || a.term.localeCompare(b.term));
}

/** Two or more places where `term` does what only a party does: agrees, pays, warrants, is responsible, has a right. */
function actsAsParty(text: string, term: string): boolean {
  const re = new RegExp(
    `\\b${esc(term)}(?:\\s+(?:hereby\\s+)?(?:agrees?|acknowledges?|warrants?|represents?|reserves?|grants?|pays?|shall\\s+pay|will\\s+pay|is\\s+(?:not\\s+)?(?:responsible|liable|entitled)|shall\\s+(?:have\\s+the\\s+right|be\\s+entitled)|may\\s+(?:suggest|request|terminate|edit|publish|use|decline|reject|approve))\\b|(?:'s|\u2019s)\\s+(?:right|rights|obligations?|discretion|approval|consent|behalf)\\b)`,
    "g",
  );
  let n = 0;
  for (let m = re.exec(text); m && n < 2; m = re.exec(text)) n++;
  return n >= 2;
}

/** Lower-case work nouns used consistently when no defined term names the work ("deliverables and work products"). */
export function lowerCaseWork(doc: Doc): WorkCandidate | null {
  const count = (w: string, max: number): number => {
    const re = new RegExp(`\\b${w.replace(/ /g, "\\s+")}\\b`, "g");
    let n = 0;
    for (let m = re.exec(doc.text); m && n < max; m = re.exec(doc.text)) n++;
    return n;
  };
  // the general words for things delivered, in order of preference
  for (const w of ["deliverables", "work products", "work product"]) {
    const n = count(w, 3);
    if (n >= 2) return { term: w, score: 1, evidence: [], count: n };
  }
  // else the kind of thing made that the contract speaks of most ("images" in a photographer's
  // contract that also mentions its website); the earlier word wins a tie
  let best: WorkCandidate | null = null;
  for (const w of ["website", "content", "programs", "photographs", "images", "photos"]) {
    const n = count(w, 50);
    if (n >= 2 && (!best || n > best.count)) best = { term: w, score: 1, evidence: [], count: n };
  }
  return best;
}

/** The activity word, when the contract names nothing delivered ("Services" used as a term). */
export function activityWork(doc: Doc): WorkCandidate | null {
  const re = /\bServices\b/g;
  let n = 0;
  for (let m = re.exec(doc.text); m && n < 3; m = re.exec(doc.text)) n++;
  return n >= 3 ? { term: "Services", score: 0, evidence: [], count: n } : null;
}

/** What a label names: the words before it, back to the start of their sentence. */
function namedByLabel(body: string): string {
  let cut = -1;
  const stop = /[.;:]\s+(?=[A-Z0-9("\u201c])/g;
  for (let m = stop.exec(body); m; m = stop.exec(body)) cut = m.index + m[0].length;
  return cut >= 0 ? body.slice(cut) : body.slice(-160);
}

/**
 * The words a label names describe what the user makes: "recordings of Performer's voice", "the
 * translations the Translator delivers", "articles written by the Contractor".
 */
/** The words a label names say the other side is making it ("Producer is developing and producing a series"). */
function labelNamesOthersMaking(body: string, other: string): boolean {
  return new RegExp(`\\b(?:the\\s+)?${esc(other)}\\s+(?:is|are)\\s+(?:(?:currently|now)\\s+)?(?:developing|producing|creating|building|making|planning|designing)\\b`).test(namedByLabel(body));
}

function labelNamesUsersMaking(body: string, user: string): boolean {
  const u = esc(user);
  return new RegExp(
    `\\b(?:(?:of|by)\\s+(?:the\\s+)?${u}\\b|${u}(?:'s|\u2019s)\\s|(?:the\\s+)?${u}\\s+(?:shall\\s+|will\\s+|may\\s+|agrees\\s+to\\s+)?(?:creates?|delivers?|produces?|prepares?|develops?|designs?|makes?|writes?|supplies|supply|provides?|furnish(?:es)?)\\b|(?:the\\s+)?${u}\\s+(?:has\\s+been|is|was)\\s+(?:engaged|retained|hired|commissioned)\\s+(?:for\\s+the\\s+purpose\\s+of|to)\\s+(?:produc|creat|develop|design|invent|writ|prepar|mak)\\w*)`,
  ).test(namedByLabel(body));
}
