/**
 * The vocabulary of reading roles: what a maker and a receiver of the work are called, the
 * defined terms that are never a party or never the work, the nouns of things made, and the
 * marks of a legal person's name. Data and small matchers only; `roles.ts` explains the reading.
 */
import { wordsPattern } from "../text";

/** Role words: what a maker of the work is called, and what a receiver is called. */
export const MAKER_ROLES = [
  "Contractor", "Independent Contractor", "Consultant", "Freelancer", "Designer", "Developer", "Writer", "Artist", "Creator",
  "Photographer", "Illustrator", "Author", "Provider", "Service Provider", "Supplier", "Vendor", "Licensor", "Producer",
  "Programmer", "Promoter", "Talent", "Performer", "Composer", "Editor", "Translator", "Copywriter", "Contributor",
];
export const RECEIVER_ROLES = [
  "Agency", "Client", "Company", "Customer", "Publisher", "Brand", "Buyer", "Purchaser", "Commissioner", "Licensee", "Employer",
  "Distributor", "Owner", "Recipient", "Sponsor", "Retailer", "Network", "Broadcaster", "Station", "Studio",
];

/** Every role word, longest first (one pass counts them all). */
// (not a word describing a service or an account: "Customer Support Obligations", "customer service problems", "Translator Account")
export const ROLE_WORDS = new RegExp(`\\b(?:${[...MAKER_ROLES, ...RECEIVER_ROLES].sort((a, b) => b.length - a.length).map((r) => r.replace(/ /g, " ")).join("|")})\\b(?![ \\t]+(?:[Ss]upport|[Ss]ervice|[Cc]are|[Ee]xperience|[Ss]atisfaction|[Ss]uccess|Accounts?|[Pp]ortal|[Dd]ashboard)\\b)`, "g");

/** Defined terms that are never a party. */
export const NOT_A_PARTY = new Set([
  "agreement", "this agreement", "effective date", "party", "parties", "project", "sow", "statement of work", "term", "territory",
  "fee", "fees", "schedule", "exhibit", "addendum", "order", "purchase order", "proposal", "brief", "confidential information",
  "ai system", "services", "service", "deliverables", "work product", "contract price", "commencement date", "primary agreement",
  "terms", "terms of service", "terms of use", "policy", "privacy policy", "guidelines", "site", "website", "portal",
]);

/** Defined terms that are never the work: time, money, places, documents, the other side's own things. */
export const NOT_WORK =
  /^(?:(?:this\s+)?agreement|effective\s+date|commencement\s+date|term|initial\s+term|renewal\s+term|contract\s+(?:period|year|price|territory)|license\s+term|licensed\s+territory|territory|fees?|price|compensation|royalt(?:y|ies)|revenue\s+share|net\s+\w+|gross\s+\w+|payment|confidential\s+information|party|parties|affiliates?|change\s+order|schedule|exhibit|appendix|addendum|order|sow|statement\s+of\s+work|products?|marks?|trademarks?|brand|territory|force\s+majeure|law|laws|end\s+users?|users?|personnel|taxes|claims?|losses|damages|notice|business\s+day|day|year|month|quarter|default|event\s+of\s+default|primary\s+agreement|you|your|we|us|our|we\s+or\s+us|i|me|my|intellectual\s+property|(?:[\w-]+\s+){0,2}(?:intellectual\s+property|IP)\s+rights|(?:[\w-]+\s+){0,2}rights|station|channel|fcc|inventory|auction\s+platform|platform|distribute|distribution|licensed\s+rights|deal\s+terms|ai\s+system|ai\s+training|train(?:ing)?|derivative\s+data|specifications?|milestones?|acceptance|documentation|expenses|insurance|additional\s+work|scope\s+of\s+work|source|page|title|(?:[\w-]+\s+)?name|address|date|sub-?contractors?|employees?|representatives?|agents?|shares?|stock|common\s+stock|options?|warrants?|securities|equity|e-?mail|phone|tel|fax|attention|attn|by|signature|contact|website\s+address|url|notes?|item|items|background\s+technology|pre-existing\s+\w+|duration|location|venue|deposit|retainer|balance|gallery|(?:[\w-]+\s+){0,2}(?:purposes?|uses?))$/i;

/** Defined terms that name an activity, not a thing delivered. */
export const ACTIVITY = /^(?:(?:the\s+)?(?:\w+\s+)?services?|consulting|engagement|work|performance|promotion|research|support|maintenance|hosting|(?:photo\s+|video\s+)?(?:shoot|session)s?|event|wedding|ceremony)$/i;

/** Nouns of things made or supplied: a definition built on them is a strong work candidate. */
export const WORK_NOUN =
  /\b(?:deliverables?|work\s+product|works?\s+of\s+authorship|works|content|materials?|web\s*sites?|site|pages?|programs?|programming|software|applications?|app|designs?|graphics|artwork|photographs?|images?|videos?|films?|footage|episodes?|titles?|recordings?|music|inventions?|reports?|documents?|writings?|copy|text|name|likeness|image|endorsements?|identification|persona|voice|signature|code|source\s+code|developments?|improvements?|results|creations?|submissions?|contributions?|ideas|articles?|stor(?:y|ies)|essays?|manuscripts?|books?|poems?|illustrations?|translations?|scripts?|songs?|tracks?)\b/i;

/** A name as written or in capitals ("Licensor" or "LICENSOR"), matched case-sensitively. */
export const esc = (s: string): string =>
  s === s.toUpperCase()
    ? wordsPattern(s)
    : /^[a-z]/.test(s)
      ? // a name written in lower case ("you", "we") is capitalised at the start of a sentence
        `(?:${wordsPattern(s)}|${wordsPattern(s[0].toUpperCase() + s.slice(1))}|${wordsPattern(s.toUpperCase())})`
      : `(?:${wordsPattern(s)}|${wordsPattern(s.toUpperCase())})`;

/** A party that speaks of itself in the first person: its label is "we", "us" or "our". */
export const FIRST_PERSON = /^(?:we|us|our)$/i;
/** A name without "the" and extra spaces. */
export const norm = (s: string): string => s.replace(/^the\s+/i, "").replace(/\s+/g, " ").trim();
/** True when `name` is one of the role words of `list`. */
export const isRole = (list: readonly string[], name: string): boolean => list.some((r) => r.toLowerCase() === norm(name).toLowerCase());

/** Marks of a legal person right before a label ("Acme, Inc. (", "a Delaware corporation ("). */
const ENTITY_SUFFIX =
  /\b(?:inc|llc|l\.l\.c|ltd|limited|corp|corporation|company|co|gmbh|ag|plc|llp|lp|l\.p|s\.a|pty|bv|b\.v|sarl|oy|ab|kk|partnership|enterprises|individual|foundation|association|institute|society|university|trust|(?:director|agent)\s+(?:of|for)\s+[\w'\u2019 .,]{1,60}?|(?:corporation|company|partnership)\s+(?:organi[sz]ed|incorporated|existing)[^()]{0,80}?|(?:with\s+(?:its\s+|an?\s+)?(?:(?:primary|principal|registered|business|mailing|main)\s+)?(?:offices?|address|place\s+of\s+business)|located|residing|registered\s+office|whose\s+(?:registered\s+office|principal\s+place))[^()]{0,160}?)\b[\]}>]*[.,]?[\s,'\u2019]*(?:\([^()]{0,40}\)[\s,]*)?$/i;
/**
 * A natural person's or a company's name in capitals right before a label ("Jane Doe (", "ACME GOLF (");
 * not a capitalised term after an article ("translations of the Source Texts (the "Translations")").
 */
const NAME_BEFORE = /(?:(?<!\b(?:the|The|THE|any|such|all|each|its|their)\s+)\b[A-Z][a-z]+\s+[A-Z][a-z]+|\b[A-Z][A-Z0-9&.'\u2019-]+(?:\s+[A-Z0-9&.'\u2019-]{2,}){0,4}|\b[A-Z][\w.-]*\.(?:com|net|org|io))[\s,'\u2019]*$/;
/** The words before a label name a person or a company. */
export const looksLikeParty = (body: string): boolean => !DOCUMENT_NAME.test(body) && (ENTITY_SUFFIX.test(body) || NAME_BEFORE.test(body));

/** A document's or a programme's name right before a label: 'under our Promotions Policy ("Promotional Programs")'. */
const DOCUMENT_NAME = /\b(?:Policy|Policies|Terms|Guidelines|Agreement|Rules|Schedule|Exhibit|Addendum)[\s,'\u2019]*$/;

/** The word of `words` counted most often (the first of equals), with its count; none when no word was counted. */
export function mostUsed(words: readonly string[], counts: ReadonlyMap<string, number>): { word: string | undefined; count: number } {
  let word: string | undefined;
  let count = 0;
  for (const w of words) {
    const c = counts.get(w) ?? 0;
    if (c > count) {
      word = w;
      count = c;
    }
  }
  return { word, count };
}
