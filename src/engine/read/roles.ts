/**
 * Who is who: the parties, which of them makes the work (the product's user) and which receives
 * it, and the defined term for the work.
 *
 * The reading follows what a contracts lawyer looks at:
 * 1. Parties are the labels given to the names in the opening "between … and …" clause (or, in a
 *    letter agreement or a cover page, the labelled names and key terms of the first page).
 * 2. The user is the party whose work flows to the other: it grants or assigns rights, delivers,
 *    designs, produces or performs, owns and warrants the work, is engaged and paid. The other side
 *    engages, pays, and "desires to obtain the right to use".
 * 3. The work is the defined term for what the user delivers or licenses (Deliverables, Work
 *    Product, Site, Program, Content, Titles…), found where the user's verbs of making and granting
 *    take it as their object. An activity ("Services") is the work only when nothing else is.
 * Each conclusion carries its evidence (paragraph and words) and whether it is sure; when the
 * evidence is thin the report says so and the pane and CLI ask the user.
 */
import { wordsPattern } from "../text";
import type { DocumentRoles, Paragraph, RoleEvidence } from "../types";
import { findDefinitions, type DefinedTerm } from "./definitions";
import { detectParties } from "./parties";

export type Evidence = RoleEvidence;
export type Roles = DocumentRoles;

/** Role words: what a maker of the work is called, and what a receiver is called. */
export const MAKER_ROLES = [
  "Contractor", "Independent Contractor", "Consultant", "Freelancer", "Designer", "Developer", "Writer", "Artist", "Creator",
  "Photographer", "Illustrator", "Author", "Provider", "Service Provider", "Supplier", "Vendor", "Licensor", "Producer",
  "Programmer", "Promoter", "Talent", "Performer", "Composer", "Editor", "Translator", "Copywriter",
];
export const RECEIVER_ROLES = [
  "Agency", "Client", "Company", "Customer", "Publisher", "Brand", "Buyer", "Purchaser", "Commissioner", "Licensee", "Employer",
  "Distributor", "Owner", "Recipient", "Sponsor", "Retailer", "Network", "Broadcaster", "Station", "Studio",
];

/** Every role word, longest first (one pass counts them all). */
const ROLE_WORDS = new RegExp(`\\b(?:${[...MAKER_ROLES, ...RECEIVER_ROLES].sort((a, b) => b.length - a.length).map((r) => r.replace(/ /g, " ")).join("|")})\\b`, "g");

/** Defined terms that are never a party. */
const NOT_A_PARTY = new Set([
  "agreement", "this agreement", "effective date", "party", "parties", "project", "sow", "statement of work", "term", "territory",
  "fee", "fees", "schedule", "exhibit", "addendum", "order", "purchase order", "proposal", "brief", "confidential information",
  "ai system", "services", "service", "deliverables", "work product", "contract price", "commencement date", "primary agreement",
]);

/** Defined terms that are never the work: time, money, places, documents, the other side's own things. */
const NOT_WORK =
  /^(?:(?:this\s+)?agreement|effective\s+date|commencement\s+date|term|initial\s+term|renewal\s+term|contract\s+(?:period|year|price|territory)|license\s+term|licensed\s+territory|territory|fees?|price|compensation|royalt(?:y|ies)|revenue\s+share|net\s+\w+|gross\s+\w+|payment|confidential\s+information|party|parties|affiliates?|change\s+order|schedule|exhibit|appendix|addendum|order|sow|statement\s+of\s+work|products?|marks?|trademarks?|brand|territory|force\s+majeure|law|laws|end\s+users?|users?|personnel|taxes|claims?|losses|damages|notice|business\s+day|day|year|month|quarter|default|event\s+of\s+default|primary\s+agreement|station|channel|fcc|inventory|auction\s+platform|platform|distribute|distribution|licensed\s+rights|deal\s+terms|ai\s+system|ai\s+training|train(?:ing)?|derivative\s+data|specifications?|milestones?|acceptance|documentation|expenses|insurance|additional\s+work|scope\s+of\s+work|source|page|title|name|address|date|shares?|stock|common\\s+stock|options?|warrants?|securities|equity|e-?mail|phone|tel|fax|attention|attn|by|signature|contact|website\s+address|url|notes?|item|items|background\s+technology|pre-existing\s+\w+)$/i;

/** Defined terms that name an activity, not a thing delivered. */
const ACTIVITY = /^(?:(?:the\s+)?(?:\w+\s+)?services?|consulting|engagement|work|performance|promotion|research|support|maintenance|hosting)$/i;

/** Nouns of things made or supplied: a definition built on them is a strong work candidate. */
const WORK_NOUN =
  /\b(?:deliverables?|work\s+product|works?\s+of\s+authorship|works|content|materials?|web\s*sites?|site|pages?|programs?|programming|software|applications?|app|designs?|graphics|artwork|photographs?|images?|videos?|films?|footage|episodes?|titles?|recordings?|music|inventions?|reports?|documents?|writings?|copy|text|name|likeness|image|endorsements?|identification|persona|voice|signature|code|source\s+code|developments?|improvements?|results|creations?|submissions?|ideas)\b/i;

const escOne = wordsPattern;
/** A name as written or in capitals ("Licensor" or "LICENSOR"), matched case-sensitively. */
const esc = (s: string): string => (s === s.toUpperCase() ? escOne(s) : `(?:${escOne(s)}|${escOne(s.toUpperCase())})`);
const norm = (s: string): string => s.replace(/^the\s+/i, "").replace(/\s+/g, " ").trim();
const isRole = (list: readonly string[], name: string): boolean => list.some((r) => r.toLowerCase() === norm(name).toLowerCase());

/** Marks of a legal person right before a label ("Acme, Inc. (", "a Delaware corporation ("). */
const ENTITY_SUFFIX =
  /\b(?:inc|llc|l\.l\.c|ltd|limited|corp|corporation|company|co|gmbh|ag|plc|llp|lp|l\.p|s\.a|pty|bv|b\.v|sarl|oy|ab|kk|partnership|enterprises|individual|(?:director|agent)\s+(?:of|for)\s+[\w'\u2019 .,]{1,60}?|(?:corporation|company|partnership)\s+(?:organi[sz]ed|incorporated|existing)[^()]{0,80}?|(?:with\s+(?:its\s+)?(?:offices?|address|principal\s+place\s+of\s+business)|located|residing|registered\s+office|whose\s+(?:registered\s+office|principal\s+place))[^()]{0,160}?)\b[.,]?[\s,'\u2019]*(?:\([^()]{0,40}\)[\s,]*)?$/i;
/** A natural person's or a company's name in capitals right before a label ("Jane Doe (", "ACME GOLF ("). */
const NAME_BEFORE = /(?:\b[A-Z][a-z]+\s+[A-Z][a-z]+|\b[A-Z][A-Z0-9&.'\u2019-]+(?:\s+[A-Z0-9&.'\u2019-]{2,}){0,4}|\b[A-Z][\w.-]*\.(?:com|net|org|io))[\s,'\u2019]*$/;
const looksLikeParty = (body: string): boolean => ENTITY_SUFFIX.test(body) || NAME_BEFORE.test(body);

/** Up to this many characters of the body are read for roles. */
const READ_LIMIT = 60_000;
/** The opening of the contract, where the parties are named. */
const OPENING = 8000;

interface Doc {
  text: string;
  /** Start offset of each paragraph in `text` (body paragraphs only; -1 when not read). */
  starts: number[];
  paragraphs: readonly Paragraph[];
}

function joinBody(paragraphs: readonly Paragraph[]): Doc {
  let text = "";
  const starts: number[] = new Array(paragraphs.length).fill(-1);
  for (let i = 0; i < paragraphs.length && text.length < READ_LIMIT; i++) {
    const p = paragraphs[i];
    if (p.part && p.part !== "body") continue;
    starts[i] = text.length;
    text += p.text + "\n";
  }
  return { text: text.length > READ_LIMIT ? text.slice(0, READ_LIMIT) : text, starts, paragraphs };
}

function paragraphAt(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.starts.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.starts[mid];
    if (s === -1) {
      // non-body paragraphs are never before a body paragraph's start in `text`; search linearly nearby
      hi = mid - 1;
      continue;
    }
    if (s <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function quote(doc: Doc, start: number, end: number): string {
  const a = Math.max(0, start - 40);
  const b = Math.min(doc.text.length, end + 40);
  return (a > 0 ? "…" : "") + doc.text.slice(a, b).replace(/\s+/g, " ").trim() + (b < doc.text.length ? "…" : "");
}

interface Candidate {
  name: string;
  score: number;
  evidence: Evidence[];
  /** Order of first appearance among the parties. */
  order: number;
}

function addEvidence(doc: Doc, c: { score: number; evidence: Evidence[] }, re: RegExp, weight: number, reason: string, cap = 4): void {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(doc.text); m && n < cap; m = re.exec(doc.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    n++;
    c.score += weight;
    if (c.evidence.length < 6 && weight > 0) c.evidence.push({ paragraph: paragraphAt(doc, m.index), quote: quote(doc, m.index, m.index + m[0].length), reason });
  }
}

/** The opening clause that names the parties: from "between" to the recitals. */
function openingClause(text: string): { start: number; end: number } | null {
  const head = text.slice(0, OPENING);
  const b = /\b(?:between|BETWEEN)\b/.exec(head);
  if (!b) return null;
  const rest = head.slice(b.index);
  const stop = /\b(?:WHEREAS|Whereas|WITNESSETH|Witnesseth|RECITALS|Recitals|BACKGROUND|NOW,?\s+THEREFORE|In\s+consideration|IN\s+CONSIDERATION|The\s+[Pp]arties\s+agree|Each\s+of\s+the\s+parties|The\s+foregoing\s+entities|and\s+describes)\b|\n\s*1\.\s/.exec(rest);
  return { start: b.index, end: b.index + Math.min(stop ? stop.index : 1500, 1500) };
}

/** The names the contract gives the parties. */
function partyCandidates(doc: Doc, defs: readonly DefinedTerm[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (name: string): void => {
    const n = norm(name);
    if (!n || NOT_A_PARTY.has(n.toLowerCase()) || out.some((c) => c.name.toLowerCase() === n.toLowerCase())) return;
    out.push({ name: n, score: 0, evidence: [], order: out.length });
  };
  const at = (d: DefinedTerm): number => doc.starts[d.paragraph] + d.start;
  const labels = defs.filter((d) => d.shape === "label" && doc.starts[d.paragraph] >= 0 && at(d) < OPENING);
  const open = openingClause(doc.text);
  if (open) {
    for (const d of labels) if (at(d) >= open.start && at(d) < open.end && (looksLikeParty(d.body) || isRole(MAKER_ROLES, d.term) || isRole(RECEIVER_ROLES, d.term))) add(d.term);
    // a role word named without a label: "… and Distributor, as set forth below"
    const clause = doc.text.slice(open.start, open.end);
    const roleRe = new RegExp(`\\band\\s+(?:the\\s+)?(${[...MAKER_ROLES, ...RECEIVER_ROLES].map(esc).join("|")})\\b(?!\\s*\\()`, "g");
    for (let m = roleRe.exec(clause); m; m = roleRe.exec(clause)) add(m[1]);
  }
  if (out.length < 2) {
    for (const d of labels) if (looksLikeParty(d.body) || isRole(MAKER_ROLES, d.term) || isRole(RECEIVER_ROLES, d.term)) add(d.term);
  }
  // cover-page key terms: "Licensor: Acme Films" names a party and its role
  if (out.length < 2) {
    for (const d of defs) {
      if (d.shape !== "key-term" || doc.starts[d.paragraph] < 0 || at(d) >= OPENING) continue;
      if ((isRole(MAKER_ROLES, d.term) || isRole(RECEIVER_ROLES, d.term)) && /^[A-Z]/.test(d.body)) add(d.body.replace(/\s+(?:Licens\w+|located|of|at)\b.*$/, "").replace(/[,.;]+$/, ""));
    }
  }
  if (out.length < 2) {
    // an unlabelled cover page: "Licensor: NAME Licensee NAME" on one line
    const head = doc.text.slice(0, OPENING);
    const re = new RegExp(`\\b(${[...MAKER_ROLES, ...RECEIVER_ROLES].map(esc).join("|")})\\s*:?\\s+((?:[A-Z][A-Z0-9&'\u2019.-]+\\s+){0,6}[A-Z][A-Z0-9&'\u2019.-]+)`, "g");
    for (let m = re.exec(head); m; m = re.exec(head)) add(m[2].replace(/\s+(?:THIS|THAT|LOCATED|WHICH|AND)$/, "").trim());
  }
  if (out.length < 2) {
    // plain role words used as names ("the Producer"), the most used of each side, counted in one pass
    const counts = new Map<string, number>();
    ROLE_WORDS.lastIndex = 0;
    for (let m = ROLE_WORDS.exec(doc.text); m; m = ROLE_WORDS.exec(doc.text)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    for (const list of [MAKER_ROLES, RECEIVER_ROLES]) {
      let best = "";
      let count = 0;
      for (const r of list) {
        const k = counts.get(r) ?? 0;
        if (k > count) {
          best = r;
          count = k;
        }
      }
      if (count >= 3) add(best);
    }
  }
  return out;
}

/** Evidence that a party makes and hands over the work (+) or receives and pays for it (−). */
function scoreParty(doc: Doc, c: Candidate): void {
  const n = `(?:the\\s+)?${esc(c.name)}`;
  const flags = "g";
  const R = (src: string): RegExp => new RegExp(src, flags);
  const MAKE =
    "(?:provide|deliver|design|develop|create|produce|perform|render|write|prepare|supply|furnish|host|maintain|build|carry\\s+out|make\\s+available|license|grant|endorse|appear|promote|photograph|illustrate|compose|record|program|distribute\\s+to)";
  // a vendor licensing its own software or platform is not handing over the work
  addEvidence(doc, c, R(`\\b${n}\\s+(?:hereby\\s+)?(?:(?:irrevocably|exclusively)\\s+)?(?:grants?|licen[cs]es|assigns?|transfers?|conveys?)\\b(?![^.;]{0,160}?\\b(?:software|technology|platform|api|sdk|tools?|documentation|systems?|access)\\b)`), 4, "grants or assigns rights", 4);
  addEvidence(doc, c, R(`\\b(?:granted|licen[cs]ed|assigned|owned)\\s+by\\s+${n}\\b`), 3, "rights come from it", 3);
  addEvidence(doc, c, R(`\\b${n}\\s+(?:shall|will|agrees\\s+to|must|undertakes\\s+to|is\\s+to)\\s+(?:\\w+\\s+){0,2}?${MAKE}\\w*\\b(?!\\s+(?:\\w+\\s+){0,2}?(?:services?|support|assistance|access|disclosures?|notice|information)\\b)`), 2, "makes or delivers", 5);
  // (a vendor's own technology "licensed or created by" it is not the work either)
  addEvidence(doc, c, R(`\\b(?<!services?\\s)(?<!\\b(?:technology|platform|software|systems?|tools?|infrastructure)\\b[^.;]{0,30})(?:provided|performed|delivered|created|produced|developed|designed|prepared|supplied|furnished|written|made)\\s+by\\s+${n}\\b`), 2, "the work is made by it", 4);
  addEvidence(doc, c, new RegExp(`\\b${n}\\s+(?:represents[^.;]{0,60}?|is|shall\\s+be|will\\s+be)\\s*(?:the\\s+)?(?:sole\\s+)?(?:and\\s+)?(?:rightful\\s+|exclusive\\s+|lawful\\s+)?owner\\s+of\\s+(?:all\\s+)?(?:the\\s+|its\\s+)?(?:content|work|materials|deliverables|programs?|programming|titles|site|property|rights)\\b`, "gi"), 4, "owns the work it supplies", 2);
  addEvidence(doc, c, R(`\\b(?:pay|pays|paid|compensate|remunerate|reimburse)\\s+(?:to\\s+)?${n}\\b`), 2, "is paid", 3);
  addEvidence(doc, c, R(`\\b(?:engages?|retains?|hires?|commissions?|to\\s+retain|to\\s+engage)\\s+${n}\\b`), 3, "is engaged", 2);
  addEvidence(doc, c, R(`\\b${n}\\s+(?:is|shall\\s+be|will\\s+be)\\s+(?:the\\s+)?(?:sole\\s+)?(?:and\\s+)?(?:rightful\\s+|exclusive\\s+)?(?:owner|author|creator|producer|licensor)\\b`), 3, "owns or authored the work", 2);
  addEvidence(doc, c, R(`\\b(?:name|likeness|image|endorsement|voice|services|persona)\\s+(?:and\\s+\\w+\\s+)?of\\s+${n}\\b`), 3, "its name, likeness or services are used", 2);
  addEvidence(doc, c, R(`\\b${n}\\s+(?:shall|will|agrees\\s+to)\\s+(?:\\w+\\s+){0,2}?pay\\b`), -2, "pays", 4);
  addEvidence(doc, c, R(`\\b${n}\\s+(?:hereby\\s+)?(?:engages|retains|hires|commissions|wishes\\s+to\\s+engage|wishes\\s+to\\s+retain)\\b`), -3, "engages the other", 2);
  addEvidence(doc, c, R(`\\b${n}\\s+(?:desires|wishes|wants)\\s+to\\s+(?:obtain|acquire|use|have)\\b`), -3, "wants the right to use", 2);
  addEvidence(doc, c, R(`\\b(?:to|for)\\s+${n}\\s+(?:under|pursuant|hereunder)\\b`), -1, "receives", 2);
  // (a licence of the vendor's own software or platform received is no sign of being the client)
  addEvidence(doc, c, R(`\\b(?:grants?|licen[cs]es|assigns?)\\s+(?:to\\s+)?${n}\\b(?![^.;]{0,160}?\\b(?:software|technology|platform|api|sdk|tools?|documentation|systems?|access)\\b)`), -2, "receives rights", 4);
  if (isRole(MAKER_ROLES, c.name)) {
    c.score += 2;
    c.evidence.push({ paragraph: 0, quote: c.name, reason: "the contract calls it by a maker's name" });
  }
  if (isRole(RECEIVER_ROLES, c.name)) c.score -= 2;
}

interface WorkCandidate {
  term: string;
  score: number;
  evidence: Evidence[];
  count: number;
}

function workCandidates(doc: Doc, defs: readonly DefinedTerm[], parties: readonly Candidate[], user: Candidate | undefined, other: Candidate | undefined): WorkCandidate[] {
  const terms = new Map<string, DefinedTerm>();
  for (const d of defs) {
    if (doc.starts[d.paragraph] < 0 || d.shape === "placeholder") continue;
    const t = norm(d.term);
    if (t.length < 2 || NOT_WORK.test(t) || parties.some((p) => p.name.toLowerCase() === t.toLowerCase()) || isRole(MAKER_ROLES, t) || isRole(RECEIVER_ROLES, t)) continue;
    if (/^[a-z]/.test(t) && !/_/.test(t)) continue;
    if (t.length < 3 || /^(?:TO|OF|IN|AND|THE|FOR|THIS|ALL|ANY)$/i.test(t)) continue;
    // a label given to a person or a company names a party or a person, not the work
    if (d.shape === "label" && looksLikeParty(d.body) && !WORK_NOUN.test(t)) continue;
    if (!terms.has(t)) terms.set(t, d);
  }
  // what the user assigns or licenses is the work, even where its definition is garbled ("all Inventions")
  const granted = new Map<string, number>();
  if (user) {
    const u = esc(user.name);
    const re = new RegExp(
      `\\b(?:the\\s+)?${u}\\s+(?:hereby\\s+)?(?:irrevocably\\s+)?(?:assigns|grants|licen[cs]es|transfers|conveys)\\s+(?:and\\s+agrees\\s+to\\s+assign\\s+)?(?:to\\s+(?:the\\s+)?[A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,3}\\s+)?(?:all\\s+(?:of\\s+)?(?:its\\s+|his\\s+|her\\s+|their\\s+)?(?:right,?\\s+title\\s+and\\s+interest\\s+in\\s+(?:and\\s+to\\s+)?)?)?(?:the\\s+|all\\s+|any\\s+|each\\s+)?([A-Z][a-z][\\w-]*(?:\\s+[A-Z][a-z][\\w-]*){0,2})\\b`,
      "g",
    );
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const t = m[1];
      if (NOT_WORK.test(t) || parties.some((p) => p.name === t)) continue;
      granted.set(t, (granted.get(t) ?? 0) + 1);
      if (!terms.has(t)) terms.set(t, { term: t, paragraph: paragraphAt(doc, m.index), start: 0, end: 0, shape: "means", body: "" });
    }
  }
  // capitalised work nouns used as terms without a (readable) definition: "all Inventions", "the Programs"
  const used = /(?:\b(?:all|any|such|the|each|of|and|or|to)\s+)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b/g;
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

/** Lower-case work nouns used consistently when no defined term names the work ("deliverables and work products"). */
function lowerCaseWork(doc: Doc): WorkCandidate | null {
  // in order of preference: the words contracts use for things delivered
  for (const w of ["deliverables", "work products", "work product", "website", "content", "programs"]) {
    const re = new RegExp(`\\b${w.replace(/ /g, "\\s+")}\\b`, "g");
    let n = 0;
    for (let m = re.exec(doc.text); m && n < 3; m = re.exec(doc.text)) n++;
    if (n >= 2) return { term: w, score: 1, evidence: [], count: n };
  }
  return null;
}

/** The activity word, when the contract names nothing delivered ("Services" used as a term). */
function activityWork(doc: Doc): WorkCandidate | null {
  const re = /\bServices\b/g;
  let n = 0;
  for (let m = re.exec(doc.text); m && n < 3; m = re.exec(doc.text)) n++;
  return n >= 3 ? { term: "Services", score: 0, evidence: [], count: n } : null;
}

export interface RoleOverride {
  /** The user's party name ("I am the Provider"). */
  user?: string;
  /** The other side. */
  other?: string;
  /** The work term. */
  work?: string;
}

/** The names used when the contract names nothing. */
export const DEFAULT_ROLES = { user: "Contractor", other: "Agency", work: "Work Product" } as const;
const DEFAULTS = DEFAULT_ROLES;

/** Reads the roles from the document; `override` (the user's confirmation) wins where given. */
export function readRoles(paragraphs: readonly Paragraph[], override: RoleOverride = {}, defs: readonly DefinedTerm[] = findDefinitions(paragraphs)): Roles {
  const doc = joinBody(paragraphs);
  const parties = partyCandidates(doc, defs);
  for (const p of parties) scoreParty(doc, p);
  const ranked = parties.slice().sort((a, b) => b.score - a.score || a.order - b.order);
  const clean = (v: unknown): string | undefined => (typeof v === "string" && v.trim() && v.trim().length <= 80 ? norm(v.trim()) : undefined);
  const oUser = clean(override.user);
  const oOther = clean(override.other);
  const oWork = clean(override.work);
  let user: Candidate | undefined = oUser ? parties.find((p) => p.name.toLowerCase() === oUser.toLowerCase()) ?? { name: oUser, score: 0, evidence: [], order: -1 } : ranked[0];
  let other: Candidate | undefined = oOther
    ? parties.find((p) => p.name.toLowerCase() === oOther.toLowerCase()) ?? { name: oOther, score: 0, evidence: [], order: -1 }
    : ranked.filter((p) => p !== user).sort((a, b) => a.score - b.score || a.order - b.order)[0];
  if (!oUser && oOther && user === other) user = ranked.find((p) => p !== other);
  // short texts and clauses without a preamble: the role words the text uses most
  let legacy: ReturnType<typeof detectParties> | null = null;
  const legacyOf = (): ReturnType<typeof detectParties> => (legacy ??= detectParties(paragraphs));
  if (!user && legacyOf().detected.contractor) user = { name: legacyOf().contractor, score: 0, evidence: [], order: -1 };
  if (!other && legacyOf().detected.agency && legacyOf().agency !== user?.name) other = { name: legacyOf().agency, score: 0, evidence: [], order: -1 };
  const margin = user && other ? user.score - other.score : 0;
  const works = workCandidates(doc, defs, parties, user, other);
  let bestWork = works[0] && works[0].score >= 3 && !ACTIVITY.test(works[0].term) ? works[0] : (lowerCaseWork(doc) ?? works.find((w) => ACTIVITY.test(w.term)) ?? activityWork(doc) ?? works[0]);
  if (!bestWork && legacyOf().detected.work) bestWork = { term: legacyOf().work, score: 1, evidence: [], count: 1 };
  const workTerm = oWork ?? bestWork?.term;
  // both sides supplying things (content one way, services the other) is a contract to confirm
  const sureParties = !!user && !!other && (oUser !== undefined || (margin >= 4 && user.score >= 6 && other.score <= user.score / 2));
  const sureWork = oWork !== undefined || (!!bestWork && bestWork.score >= 6 && !ACTIVITY.test(bestWork.term));
  const anyOverride = oUser !== undefined || oOther !== undefined || oWork !== undefined;
  const roles: Roles = {
    user: user?.name ?? DEFAULTS.user,
    other: other?.name ?? DEFAULTS.other,
    work: workTerm ?? DEFAULTS.work,
    sure: sureParties && sureWork,
    source: anyOverride ? "user" : user || workTerm ? "document" : "default",
    evidence: { user: user?.evidence.slice(0, 4) ?? [], other: other?.evidence.filter(() => true).slice(0, 4) ?? [], work: bestWork && !oWork ? bestWork.evidence.slice(0, 4) : [] },
    candidates: { parties: parties.map((p) => p.name), works: works.slice(0, 8).map((w) => w.term) },
  };
  if (!roles.sure) {
    const parts: string[] = [];
    if (!sureParties) parts.push(user && other ? `which side you are (${user.name} or ${other.name})` : "who the parties are");
    if (!sureWork) parts.push(`what your work is called${works.length ? ` (${works.slice(0, 3).map((w) => w.term).join(", ")}?)` : ""}`);
    roles.question = `TermScore could not tell ${parts.join(" or ")}. Please confirm: you are ${roles.user}, the other side is ${roles.other}, your work is "${roles.work}".`;
  }
  return roles;
}
