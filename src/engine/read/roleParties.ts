/**
 * The parties: the names the contract gives them (opening clause, first-page labels, cover-page
 * key terms, else the role words it uses most), and the evidence of which one makes and hands
 * over the work (+) and which receives and pays for it (−).
 */
import type { RoleEvidence } from "../types";
import type { DefinedTerm } from "./definitions";
import { addEvidence, openingClause, OPENING, type Doc } from "./roleText";
import { PRONOUN_PARTY } from "../report/labels";
import { esc, FIRST_PERSON, isRole, looksLikeParty, MAKER_ROLES, mostUsed, norm, NOT_A_PARTY, RECEIVER_ROLES, ROLE_WORDS } from "./roleWords";

/** A party the contract names, with the evidence of its role read so far. */
export interface Candidate {
  name: string;
  score: number;
  evidence: RoleEvidence[];
  /** Order of first appearance among the parties. */
  order: number;
  /** Other names the contract gives the party where it labels it: 'R7 Creative ("Service Provider" or "R7")'. */
  aliases?: string[];
}

/** A proper name of up to five words ("R7 Creative", "Acme Studio LLC"), the whole of what it is tested on. */
const PROPER_NAME = /^[A-Z][\w&.'\u2019-]*(?:\s+(?:&\s+)?[A-Z0-9][\w&.'\u2019-]*){0,4}$/;

/**
 * The other names a label gives its party: the name it follows ("R7 Creative") and the labels
 * beside it in the same parentheses ('("Service Provider" or "R7")').
 */
function labelAliases(doc: Doc, d: DefinedTerm, at: number): string[] {
  const out: string[] = [];
  // the words right before the label, after the other party's label or an "and" ('Jane Doe ("Designer") and Northwind Inc. ("Client")')
  const before = (d.body.split(/\)|\band\b|;|\n/).pop() ?? "").split(/[,(]/)[0].replace(/[*_]+/g, "").trim().replace(/\.$/, "");
  if (PROPER_NAME.test(before) && !/^(?:This|The|Each|Either|Both|TODO|TBD|NAME|XXX)\b/.test(before) && !isRole(MAKER_ROLES, before) && !isRole(RECEIVER_ROLES, before)) out.push(before);
  const after = /^["\u201d'\u2019]?((?:\s*(?:,|or|and|,\s*or)\s*["\u201c'\u2018][A-Z][\w&.\u2019-]*(?:\s+[A-Z][\w&.\u2019-]*){0,3}["\u201d'\u2019])+)/.exec(doc.text.slice(at + d.term.length, at + d.term.length + 120));
  if (after) for (const m of after[1].matchAll(/["\u201c'\u2018]([A-Z][\w&.\u2019-]*(?:\s+[A-Z][\w&.\u2019-]*){0,3})["\u201d'\u2019]/g)) if (!PRONOUN_PARTY.test(m[1])) out.push(m[1]);
  // the one addressed, labelled: 'you ("Publisher") grant …' — the terms call that party "you" too
  if (/\byou\s*\(?\s*$/i.test(d.body)) out.push("you");
  return out.filter((a) => a !== d.term);
}

/** Words a cover page or a blank puts after a role word that name no party ("Contractor NAME", "Company ADDRESS"). */
const BLANK_WORD = /^(?:NAME|FULL\s+NAME|TITLE|ADDRESS|DATE|SIGNATURE|EMAIL|E-MAIL|PHONE|REPRESENTATIVE|RELATIONSHIP|AGREEMENT|INFORMATION|DETAILS|BY|PRINTED|PRINT|INITIALS|RESPONSIBILITIES|OBLIGATIONS|SERVICES|WARRANTIES|INDEMNIFICATION)$/;

/** How often "we" and "you" must each be said for a contract naming no party to be read as written between them. */
const FIRST_PERSON_MIN = 6;

/** What a creator publishes or uploads to a platform: "your story", "a design", "your photos". */
const UPLOADED_WORK = "(?:stor(?:y|ies)|works?|content|photos?|photographs?|images?|designs?|music|tracks?|videos?|articles?|products?|listings?|sequences?|files?)";

/** The one addressed publishes or uploads its work: "when you publish your story on Storystar", "you upload your designs". */
const YOU_UPLOAD = `(?:you|You)\\s+(?:publish|post|upload|submit|list|sell)\\s+(?:your|a|an)\\s+(?:[\\w-]+\\s+)?${UPLOADED_WORK}\\b`;

/** Words of terms a platform writes to its users ("by using our Services", "your account", "content you upload"). */
export const PLATFORM_VOICE = new RegExp(`\\b(?:by\\s+(?:using|accessing|visiting|downloading|installing)\\s+(?:our|the|this)\\s+(?:services?|site|website|platform|app(?:lication)?s?|products?)|your\\s+account|${YOU_UPLOAD}|(?:you|users?)\\s+(?:upload|post|submit|share|store)\\s+(?:to|on|through|via)\\b|(?:content|materials?|files?|data)\\s+(?:that\\s+)?you\\s+(?:upload|post|submit|store)|you\\s+(?:hereby\\s+)?grant\\s+(?:to\\s+)?us\\b)`, "gi");

/**
 * Terms a maker writes in its own voice to its client: it is hired ("You are hiring us"), its work
 * is reviewed or its invoices paid, or it says what it will make ("We'll design", "I will write");
 * and nothing says it runs a platform (PLATFORM_VOICE).
 */
export function speaksAsMaker(text: string): boolean {
  const head = text.slice(0, 200_000);
  PLATFORM_VOICE.lastIndex = 0;
  if (PLATFORM_VOICE.test(head)) return false;
  return /\b(?:hir(?:e|es|ing)|engag(?:e|es|ing)|commission(?:s|ing)?|retain(?:s|ing)?|book(?:s|ing)?)\s+(?:us|me)\b|\b(?:review|approve|accept)\s+(?:our|my)\s+work\b|\b(?:pay|paid)\s+(?:all\s+)?(?:our|my)\s+invoices?\b|\b(?:[Ww]e|I)(?:\s+will|['\u2019]ll)\s+(?:design|write|illustrate|photograph|draw|paint|compose|build\s+(?:your|the)|develop\s+(?:your|the)|create\s+(?:your|the))\b/.test(head);
}

/** The text uses a maker's role word and a receiver's ("Contractor", "Client"). */
function namesBothSides(text: string): boolean {
  const seen = new Set<string>();
  ROLE_WORDS.lastIndex = 0;
  for (let m = ROLE_WORDS.exec(text); m; m = ROLE_WORDS.exec(text)) {
    // a role word naming a party: "the Client", "Client shall", "Client's", '("Client")', "Client: …" — not "Translator credentials"
    const before = text.slice(Math.max(0, m.index - 5), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/\b[Tt]he\s$|["\u201c(]\s*$/.test(before) || /^(?:["\u201d]|\s*[(:]|['\u2019]s\b|\s+(?:shall|will|may|must|agrees?|is|has|hereby|grants?|pays?|owns?)\b)/.test(after)) seen.add(m[0]);
  }
  const words = [...seen];
  return words.some((w) => isRole(MAKER_ROLES, w)) && words.some((w) => isRole(RECEIVER_ROLES, w));
}

/** The pronoun a party's label is: "We or Us", "Us" and "We" are "we"; "You" is "you"; otherwise none. */
function pronounParty(name: string): string | null {
  if (/^(?:we|us|our)(?:\s+(?:or|and|\/)\s+(?:we|us|our))*$/i.test(name)) return "we";
  if (/^(?:you|your)$/i.test(name)) return "you";
  return null;
}

/** Words of a document's title, never of a party's name. */
const TITLE_WORD = /\b(?:TERMS|AGREEMENT|CONDITIONS|CONTRACT|ENGAGEMENT|RELATIONSHIP|POLICY|STATEMENT|SCHEDULE|ADDENDUM|EXHIBIT)\b/;

/** A name in capitals of up to four words ("Blockchain Commons", "Vox Mosaic"), captured. */
const PARTY_NAME = "((?:[A-Z][\\w&'\u2019.-]*\\s+){0,3}[A-Z][\\w&'\u2019-]*)";

/** Words before a role word that make no longer name of it ("The Owner", "Each Customer"). */
const NOT_A_QUALIFIER = /^(?:The|A|An|Each|Any|Every|This|That|Such|Our|Your|Its|Their|His|Her|No|All|Both|Either|Neither|If|When|Where|Unless|Upon|And|Or|By|To|For|Of|In|On|At|With|From)$/;

/**
 * The name a role word is part of when the contract nearly always writes it so: "Project Owner"
 * (19 of 19 times), not "Owner"; the role word itself otherwise; none for a contractor above the
 * maker ("Prime Contractor", "General Contractor").
 */
function compoundRole(text: string, word: string, count: number): string | null {
  const firsts = new Map<string, number>();
  const re = new RegExp(`\\b([A-Z][a-z]+)[ \\t]+${esc(word)}\\b`, "g");
  for (let m = re.exec(text); m; m = re.exec(text)) if (!NOT_A_QUALIFIER.test(m[1])) firsts.set(m[1], (firsts.get(m[1]) ?? 0) + 1);
  const best = mostUsed([...firsts.keys()], firsts);
  if (best.word === undefined || best.count < 3 || best.count * 5 < count * 4) return word;
  // a contractor above the one who makes the work ("the Prime Contractor") is no maker's name
  // (only beside a subcontractor: a general contractor building for an owner is the maker)
  if (/^(?:Prime|General|Main|Principal)$/.test(best.word) && /contractor/i.test(word) && /\bSub-?contractor\b/i.test(text)) return null;
  return `${best.word} ${word}`;
}

/** A name in title case of two to six words as the subject of a duty or a right, counted. */
const SUBJECT_NAME = /(?<![A-Za-z,]\s)\b((?:[A-Z][\w&.'\u2019-]*\s+){1,5}[A-Z][\w&.'\u2019-]*)\s+(?:shall|will|may|must|agrees|reserves|releases|retains|grants|assigns|owns|is\s+not)\b/g;

/** Words that open a sentence or name no party. */
const NOT_A_NAME_WORD = /^(?:The|This|That|These|Those|Each|Any|All|Such|If|When|Where|Unless|Either|Neither|Both|No|Our|Your|Its|Their|In|On|At|For|By|Upon|After|Before|Notwithstanding|Subject|Nothing|Section|Clause|Article|Schedule|Exhibit)$/;

/**
 * The other party's own name where the contract names only one side by a role word: a name in title
 * case that is the subject of at least three duties or rights ("shall", "will", "reserves", "releases").
 */
function subjectName(text: string, known: string): string | null {
  const counts = new Map<string, number>();
  SUBJECT_NAME.lastIndex = 0;
  for (let m = SUBJECT_NAME.exec(text); m; m = SUBJECT_NAME.exec(text)) {
    const name = m[1];
    const words = name.split(/\s+/);
    // (a stop only at the end: "Harbourlight Video Co.", never "… Client. The Company")
    if (/\.\s/.test(name) || NOT_A_NAME_WORD.test(words[0]) || words.some((w) => w === known || isRole(MAKER_ROLES, w) || isRole(RECEIVER_ROLES, w)) || NOT_A_PARTY.has(name.toLowerCase()) || /^[A-Z\s&'-]+$/.test(name)) continue;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const { word: best, count } = mostUsed([...counts.keys()], counts);
  // a business's name, which the opening names: not a tool, a product or an event ("Google Analytics will …", "Force Majeure Event shall …")
  if (best === undefined || count < 3 || !BUSINESS_NAME.test(best)) return null;
  const first = text.indexOf(best);
  return first >= 0 && first < 1000 ? best : null;
}

/** The suffixes of a company's name ("LLC", "Ltd", "Corporation"), as pattern source. */
const COMPANY_SUFFIXES = "LLC|L\\.L\\.C|Inc|Ltd|Limited|Corp|Corporation|Co|GmbH|plc|LLP|LP";

/** A company's suffix or a word of a trading name: "Sterling Photography Services", "Harbourlight Video Co.". */
const BUSINESS_NAME = new RegExp(`\\b(?:${COMPANY_SUFFIXES}|Company|Services|Studios?|Photography|Productions|Media|Design|Designs|Creative|Agency|Group|Consulting|Solutions|Labs?|Films|Video|Pictures|Partners|Associates|Enterprises)\\b\\.?$`);

/** A company's suffix: the name the contract calls it by is the rest ("ProCreativ Solutions LLC" → "ProCreativ"). */
const COMPANY_SUFFIX = new RegExp(`\\s+(?:${COMPANY_SUFFIXES})\\.?$`);

/** The shorter names a company named in full goes by: without its suffix, and its first word where the text uses it alone. */
function shortNames(text: string, name: string): string[] {
  const out: string[] = [];
  const bare = name.replace(COMPANY_SUFFIX, "").replace(/,$/, "").trim();
  if (bare !== name && bare.length >= 3) out.push(bare);
  const word = bare.split(/\s+/)[0];
  if (word !== bare && word.length >= 4 && (text.match(new RegExp(`\\b${esc(word)}\\b`, "g"))?.length ?? 0) >= 3) out.push(word);
  return out;
}

/** The names the contract gives the parties. */
export function partyCandidates(doc: Doc, defs: readonly DefinedTerm[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (name: string, aliases: string[] = []): void => {
    // a party labelled by a pronoun is that pronoun ("We or Us" is "we", "You" is "you")
    const n = pronounParty(norm(name)) ?? norm(name);
    if (!n || NOT_A_PARTY.has(n.toLowerCase()) || out.some((c) => c.name.toLowerCase() === n.toLowerCase())) return;
    out.push({ name: n, score: 0, evidence: [], order: out.length, ...(aliases.length && !PRONOUN_PARTY.test(n) ? { aliases } : {}) });
  };
  const at = (d: DefinedTerm): number => doc.starts[d.paragraph] + d.start;
  const labels = defs.filter((d) => d.shape === "label" && doc.starts[d.paragraph] >= 0 && at(d) < OPENING);
  const open = openingClause(doc.text);
  if (open) {
    for (const d of labels) if (at(d) >= open.start && at(d) < open.end && (looksLikeParty(d.body) || isRole(MAKER_ROLES, d.term) || isRole(RECEIVER_ROLES, d.term))) add(d.term, labelAliases(doc, d, at(d)));
    // a role word named without a label: "… and Distributor, as set forth below"
    const clause = doc.text.slice(open.start, open.end);
    const roleRe = new RegExp(`\\band\\s+(?:the\\s+)?(${[...MAKER_ROLES, ...RECEIVER_ROLES].map(esc).join("|")})\\b(?!\\s*\\()`, "g");
    for (let m = roleRe.exec(clause); m; m = roleRe.exec(clause)) add(m[1]);
    // the first party named without a label before a labelled one: "between **ProCreativ Solutions LLC** and **Cirkul, Inc.** ("Client")"
    if (out.length === 1) {
      // (the labelled party right after "and": not "Bluebird Media LLC and its affiliates (collectively, "Company")")
      const first = /^between\s+(?:the\s+)?((?:[A-Z][\w&'\u2019.-]*\s+){0,4}[A-Z][\w&'\u2019.-]*)\s*(?:,[^,;()]{0,80})?\s+and\s+(?:the\s+)?(?:[A-Z][\w&'\u2019.,-]*\s+){0,5}[A-Z][\w&'\u2019.,-]*\s*\(\s*["\u201c]/.exec(clause.replace(/[*_]+/g, ""));
      const name = first?.[1].replace(/[.,]+$/, "");
      if (name && !isRole(MAKER_ROLES, name) && !isRole(RECEIVER_ROLES, name) && !NOT_A_PARTY.has(name.toLowerCase()) && !(out[0].aliases ?? []).some((a) => name.startsWith(a)) && !/^(?:The|This|Each|Both|Either)\b/.test(name) && !/\b(?:NAME|COMPANY|CLIENT|PARTY)\b/.test(name)) add(name, shortNames(doc.text, name));
    }
  }
  if (out.length < 2) {
    for (const d of labels) if (looksLikeParty(d.body) || isRole(MAKER_ROLES, d.term) || isRole(RECEIVER_ROLES, d.term)) add(d.term, labelAliases(doc, d, at(d)));
  }
  // cover-page key terms: "Licensor: Acme Films" names a party and its role
  if (out.length < 2) {
    for (const d of defs) {
      if (d.shape !== "key-term" || doc.starts[d.paragraph] < 0 || at(d) >= OPENING) continue;
      if (!(isRole(MAKER_ROLES, d.term) || isRole(RECEIVER_ROLES, d.term))) continue;
      if (/^[A-Z]/.test(d.body)) add(d.body.replace(/\s+(?:Licens\w+|located|of|at)\b.*$/, "").replace(/[,.;]+$/, ""));
      // a blank to fill in ("Company: [COMPANY NAME]"): the contract calls that party by its role word
      else if (/^\s*(?:\[[^\]]*\]|\{\{?[^}]*\}\}?|<[^>]*>|_{3,})\s*$/.test(d.body)) add(d.term);
    }
  }
  if (out.length < 2) {
    // an unlabelled cover page: "Licensor: NAME Licensee NAME" on one line
    const head = doc.text.slice(0, OPENING);
    const re = new RegExp(`\\b(${[...MAKER_ROLES, ...RECEIVER_ROLES].map(esc).join("|")})\\s*:?\\s+((?:[A-Z][A-Z0-9&'\u2019.-]+\\s+){0,6}[A-Z][A-Z0-9&'\u2019.-]+)`, "g");
    for (let m = re.exec(head); m; m = re.exec(head)) {
      // not a role word inside a blank ("[CONTRACTOR NAME]") or a heading ("INDEPENDENT CONTRACTOR RELATIONSHIP")
      if (/[[{<]\s*(?:[A-Z]+\s+)?$/.test(head.slice(Math.max(0, m.index - 30), m.index))) continue;
      const name = m[2].replace(/\s+(?:THIS|THAT|LOCATED|WHICH|AND)$/, "").trim();
      if (BLANK_WORD.test(name)) continue;
      // nor a title ("FREELANCER TERMS OF ENGAGEMENT", "CONTRACTOR SERVICES AGREEMENT")
      if (TITLE_WORD.test(name)) continue;
      add(name);
    }
  }
  if (out.length < 2) {
    // plain role words used as names ("the Producer"), the most used of each side, counted in one pass
    const counts = new Map<string, number>();
    ROLE_WORDS.lastIndex = 0;
    for (let m = ROLE_WORDS.exec(doc.text); m; m = ROLE_WORDS.exec(doc.text)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
    for (const list of [MAKER_ROLES, RECEIVER_ROLES]) {
      const { word, count } = mostUsed(list, counts);
      const name = word !== undefined && count >= 3 ? compoundRole(doc.text, word, count) : null;
      if (name) add(name);
    }
  }
  // one side named by its role word and the other only as the one the maker grants its rights to
  // ("The Contributor grants Vox Mosaic a non-exclusive licence", "The Author grants to Fireside first rights")
  if (out.length === 1 && (isRole(MAKER_ROLES, out[0].name) || out[0].aliases?.includes("you"))) {
    // (the one addressed grants as "you": 'you ("Publisher") grant SkillMeat and its users …')
    const grantor = out[0].aliases?.includes("you") ? `(?:${esc(out[0].name)}|you\\s*\\(\\s*["\u201c]${esc(out[0].name)}["\u201d]\\s*\\))` : esc(out[0].name);
    const grant = new RegExp(`\\b${grantor}\\s+(?:hereby\\s+)?(?:grants?|assigns?|licen[cs]es?)\\s+(?:to\\s+)?(?!(?:The|All|Any|Its|Such|Each)\\b)${PARTY_NAME}(?=\\s+(?:a|an|the|all|any|its|first|(?:non-)?exclusive|worldwide|perpetual|limited|and\\s+its)\\b)`);
    const m = grant.exec(doc.text.slice(0, 200_000));
    if (m && !isRole(MAKER_ROLES, m[1])) add(m[1]);
    // "an agreement between Blockchain Commons and Developer", "Developer assigns all … to Blockchain Commons"
    else {
      const maker = `(?:the\\s+)?${esc(out[0].name)}`;
      const other = new RegExp(`\\bbetween\\s+(?:the\\s+)?${PARTY_NAME}\\s+and\\s+${maker}\\b|\\bbetween\\s+${maker}\\s+and\\s+(?:the\\s+)?${PARTY_NAME}(?=\\s*[,.;(]|\\s+(?:for|to|under|in|on|who|which|that|as)\\b)|\\b${maker}\\s+(?:hereby\\s+)?(?:(?:irrevocably|exclusively)\\s+)?(?:assigns?|conveys?)\\s+(?:all\\s+)?(?:[\\w-]+\\s+){0,3}?(?:rights?|title|copyrights?|intellectual\\s+property|ownership)\\b[^.;]{0,120}?\\bto\\s+(?:the\\s+)?${PARTY_NAME}(?=\\s*[,.;]|\\s+(?:and|under|for|in|on|as|effective)\\b)`);
      const o = other.exec(doc.text.slice(0, 200_000));
      const found = o ? (o[1] ?? o[2] ?? o[3]) : undefined;
      if (found && !isRole(MAKER_ROLES, found) && !NOT_A_PARTY.has(norm(found).toLowerCase()) && !/^(?:The|This|Such|Each|All|Any|Its|His|Her|Their|Client|Company|Customer)$/.test(found)) add(found);
    }
  }
  // terms a maker writes in its own voice to its client ("You are hiring us to design …", "We'll
  // share our working files with you"), naming no party otherwise: "we" and "you" are the parties,
  // and the evidence below tells which of them makes the work
  // (or only by pronouns: "You … ("You") are hiring us … ("We or Us")"); a maker writing as "I" to
  // "you" likewise ("I'll send you the drafts")
  // (not when role words name the two sides, however rarely: "Contractor ("me") … Client ("you")")
  const head = doc.text.slice(0, 200_000);
  const count = (re: RegExp): number => head.match(re)?.length ?? 0;
  const we = count(/\b(?:we|us|our)\b/gi);
  const you = count(/\b(?:you|your)\b/gi);
  if (out.every((c) => PRONOUN_PARTY.test(c.name)) && !namesBothSides(doc.text)) {
    // (not a numeral: "Schedule I", "Part I")
    const i = count(/(?<!\b(?:Schedule|Exhibit|Part|Article|Section|Annex|Appendix|Phase|Tier|Class|Chapter|Title|Level|Stage|Volume|Series|Type)\s)\bI\b|\b(?:me|my)\b/g);
    if (you >= FIRST_PERSON_MIN && Math.max(we, i) >= FIRST_PERSON_MIN) {
      add(i > we * 2 ? "I" : "we");
      add("you");
    }
  }
  // terms written in the first and second person ("… Media Inc. ("we", "us")", "you grant us", "Between
  // us, The Harbor Foundation ("Harbor") and you"): the one addressed is a party too, whether or not the terms label it
  const voiced = out.length === 1 && we >= FIRST_PERSON_MIN;
  // (but when the one named is the receiver by its role word, "we" is the other party: "we will shoot … the Client shall pay")
  // (unless the terms speak to "you" far more than of that role: a marketplace's terms for its sellers
  // name the "Buyer", a third party; "we" and "you" are the parties)
  const role = voiced ? esc(out[0].name) : "";
  if (
    voiced &&
    you >= FIRST_PERSON_MIN &&
    you >= 4 * count(new RegExp(`\\b${role}s?\\b`, "gi")) &&
    isRole(RECEIVER_ROLES, out[0].name) &&
    !isRole(MAKER_ROLES, out[0].name) &&
    // (not when the terms call the one addressed by that role: 'you ("Client," "you")')
    !new RegExp(`\\byou\\s*\\(\\s*["\u201c]${role}\\b|\\b${role}["\u201d]?\\s*\\(\\s*["\u201c]?you\\b`, "i").test(head)
  ) {
    out.length = 0;
    add("we");
    add("you");
  } else if (voiced && isRole(RECEIVER_ROLES, out[0].name) && !isRole(MAKER_ROLES, out[0].name)) add("we");
  else if ((voiced || out.some((c) => FIRST_PERSON.test(c.name))) && !out.some((c) => /^you$/i.test(c.name)) && you >= 3) add("you");
  // one side named by its role word, the other by its own name as the subject of its duties and rights
  // ("Sterling Photo Services shall be the only photographer retained by Client …", "… reserves the right …")
  // (not in terms written as "we" and "you", read above)
  if (out.length === 1 && !PRONOUN_PARTY.test(out[0].name) && we < FIRST_PERSON_MIN && you < FIRST_PERSON_MIN) {
    const named = subjectName(head, out[0].name);
    if (named) add(named);
  }
  return out;
}

/** Evidence that a party makes and hands over the work (+) or receives and pays for it (−). */
export function scoreParty(doc: Doc, c: Candidate): void {
  // a party that speaks in the first person is "we" as a subject and "us" as an object ("You are hiring us")
  const n = FIRST_PERSON.test(c.name) ? "(?:we|We|WE|us|Us|US)" : c.name === "I" ? "(?:I|me)" : `(?:the\\s+)?(?:${[c.name, ...(c.aliases ?? [])].map(esc).join("|")})`;
  // (and makes the work in a contraction too: "We'll design", "we’ll deliver")
  const will = FIRST_PERSON.test(c.name) || /^(?:you|I)$/i.test(c.name) ? "(?:shall|will|agrees?\\s+to|must|undertakes?\\s+to|is\\s+to|['\u2019]ll)" : "(?:shall|will|agrees\\s+to|must|undertakes\\s+to|is\\s+to)";
  const flags = "g";
  const R = (src: string): RegExp => new RegExp(src, flags);
  // (a party that speaks in the first person makes the work only by making something: a platform also
  // hosts, maintains, delivers and makes available)
  const MAKE = PRONOUN_PARTY.test(c.name) && !/^you$/i.test(c.name)
    ? "(?:design|develop|create|produce|write|prepare|build|photograph|illustrate|compose|record|draw|edit|film|shoot|paint|translate|code|program)"
    : "(?:provide|deliver|design|develop|create|produce|perform|render|write|prepare|supply|furnish|host|maintain|build|carry\\s+out|make\\s+available|license|grant|endorse|appear|promote|photograph|illustrate|compose|record|program|distribute\\s+to)";
  // a vendor licensing its own software or platform is not handing over the work
  addEvidence(doc, c, R(`\\b${n}\\s+(?:hereby\\s+)?(?:(?:irrevocably|exclusively)\\s+)?(?:grants?|licen[cs]es|assigns?|transfers?|conveys?)\\b(?![^.;]{0,160}?\\b(?:software|technology|platform|api|sdk|tools?|documentation|systems?|access)\\b)`), 4, "grants or assigns rights", 4);
  addEvidence(doc, c, R(`\\b(?:granted|licen[cs]ed|assigned|owned)\\s+by\\s+${n}\\b`), 3, "rights come from it", 3);
  addEvidence(doc, c, R(`\\b${n}(?:\\s+|(?=['\u2019]))${will}\\s+(?:\\w+\\s+){0,2}?${MAKE}\\w*\\b(?!\\s+(?:\\w+\\s+){0,2}?(?:services?|support|assistance|access|disclosures?|notice|information)\\b)`), 2, "makes or delivers", 5);
  // (a vendor's own technology "licensed or created by" it is not the work either)
  addEvidence(doc, c, R(`\\b(?<!services?\\s)(?<!\\b(?:technology|platform|software|systems?|tools?|infrastructure)\\b[^.;]{0,30})(?:provided|performed|delivered|created|produced|developed|designed|prepared|supplied|furnished|written|made)\\s+by\\s+${n}\\b`), 2, "the work is made by it", 4);
  addEvidence(doc, c, new RegExp(`\\b${n}\\s+(?:represents[^.;]{0,60}?|is|shall\\s+be|will\\s+be)\\s*(?:the\\s+)?(?:sole\\s+)?(?:and\\s+)?(?:rightful\\s+|exclusive\\s+|lawful\\s+)?owner\\s+of\\s+(?:all\\s+)?(?:the\\s+|its\\s+)?(?:content|work|materials|deliverables|programs?|programming|titles|site|property|rights)\\b`, "gi"), 4, "owns the work it supplies", 2);
  addEvidence(doc, c, R(`\\b(?:pay|pays|paid|compensate|remunerate|reimburse)\\s+(?:to\\s+)?${n}\\b`), 2, "is paid", 3);
  addEvidence(doc, c, R(`\\b(?:engag(?:es?|ing)|retain(?:s|ing)?|hir(?:es?|ing)|commission(?:s|ing)?|to\\s+retain|to\\s+engage)\\s+${n}\\b`), 3, "is engaged", 2);
  addEvidence(doc, c, R(`\\b${n}\\s+(?:is|shall\\s+be|will\\s+be)\\s+(?:the\\s+)?(?:sole\\s+)?(?:and\\s+)?(?:rightful\\s+|exclusive\\s+)?(?:owner|author|creator|producer|licensor)\\b`), 3, "owns or authored the work", 2);
  addEvidence(doc, c, R(`\\b(?:name|likeness|image|endorsement|voice|services|persona)\\s+(?:and\\s+\\w+\\s+)?of\\s+${n}\\b`), 3, "its name, likeness or services are used", 2);
  addEvidence(doc, c, R(`\\b${n}(?:\\s+|(?=['\u2019]))${will}\\s+(?:\\w+\\s+){0,2}?pay\\b`), -2, "pays", 4);
  addEvidence(doc, c, R(`\\b${n}\\s+(?:hereby\\s+)?(?:engages|retains|hires|commissions|wishes\\s+to\\s+engage|wishes\\s+to\\s+retain)\\b`), -3, "engages the other", 2);
  addEvidence(doc, c, R(`\\b${n}\\s+(?:desires|wishes|wants)\\s+to\\s+(?:obtain|acquire|use|have)\\b`), -3, "wants the right to use", 2);
  addEvidence(doc, c, R(`\\b(?:to|for)\\s+${n}\\s+(?:under|pursuant|hereunder)\\b`), -1, "receives", 2);
  // (a licence of the vendor's own software or platform received is no sign of being the client)
  addEvidence(doc, c, R(`\\b(?:grants?|licen[cs]es|assigns?)\\s+(?:to\\s+)?${n}\\b(?![^.;]{0,160}?\\b(?:software|technology|platform|api|sdk|tools?|documentation|systems?|access)\\b)`), -2, "receives rights", 4);
  // the one addressed supplies the work to a platform: "when you publish your story on Storystar", "you upload your designs"
  if (/^you$/i.test(c.name)) addEvidence(doc, c, R(`\\b${YOU_UPLOAD}`), 3, "supplies its work to the platform", 2);
  if (FIRST_PERSON.test(c.name) || c.name === "I") {
    const our = c.name === "I" ? "my" : "our";
    // a maker writing in its own voice: "you will review our work", "you agree to pay our invoices"
    addEvidence(doc, c, R(`\\b(?:review|approve|accept|receive|test)\\s+${our}\\s+(?:work|designs?|drafts?|code|copy|photos|photographs|illustrations|artwork|deliverables|layouts)\\b`), 2, "its work is reviewed", 2);
    addEvidence(doc, c, R(`\\b(?:pay|pays|paid)\\s+(?:all\\s+|each\\s+of\\s+)?${our}\\s+(?:invoices?|bills?|quote)\\b`), 2, "is paid", 2);
    // terms a platform writes to its users: "by using our Services", "your account", "content you upload"
    addEvidence(doc, c, R(PLATFORM_VOICE.source), -3, "runs a platform its users use", 2);
  }
  if (isRole(MAKER_ROLES, c.name)) {
    c.score += 2;
    c.evidence.push({ paragraph: 0, quote: c.name, reason: "the contract calls it by a maker's name" });
  }
  if (isRole(RECEIVER_ROLES, c.name)) c.score -= 2;
}
