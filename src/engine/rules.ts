/**
 * The legal vocabulary of the detector, as typed data.
 *
 * A few rule kinds live in code (see detect.ts and suggest.ts): every entry below picks a fix
 * kind and gives its pattern, the words that must (or must not) be around it, its message and
 * rationale, and its own examples. The examples are checked when the rules load
 * (`checkRules` in analyze.ts): ids unique, patterns compile, every `invalid` example is flagged by
 * this rule and no `valid` example is. All example sentences are written for TermScore.
 */
import type { Category, Position, Severity } from "./types";
import { AI_CORE, AI_DERIVED_USE, AI_TAIL, GAP, MADE_THING, AI_TARGET, DEFINITION, IMPROVE_VERB, IP_OBJECT, OWNERSHIP_OBJECT, TRAIN_VERB, VENDOR_ONLY, WORK_NOUN } from "./vocab";

/**
 * How the primary suggestion edits the text:
 * - "replace-purpose": the trigger is a purpose phrase ("to train our models", "for any purpose");
 *   it is replaced by a protective purpose phrase of the same grammatical shape.
 * - "qualify": the trigger is kept and a limiting phrase in parentheses is added right after it.
 * - "proviso": a limiting proviso is added at the end of the sentence (one per sentence; a second
 *   finding in the same sentence falls back to "qualify").
 * - "strike": the trigger is an item of a list of purposes ("…, analytics, machine learning, …");
 *   it is deleted together with its list separator.
 */
export type FixKind = "replace-purpose" | "qualify" | "proviso" | "strike";

export interface RuleData {
  /** Unique rule id, "category/name". */
  id: string;
  category: Category;
  severity: Severity;
  /** RegExp source, compiled case-insensitive. A named group `t` narrows the trigger. */
  pattern: string;
  /**
   * Word stems (lower-case letters) without which the pattern cannot match: a paragraph with none
   * of them is not searched by this rule (see anchors.ts). Keeps long documents fast; the
   * examples check that the list is not too narrow.
   */
  anchors: readonly string[];
  /**
   * The trigger takes in a purpose phrase's lead-in words just before it ("to", "for the purpose
   * of", "in", "to help"), so that a "replace-purpose" fix replaces the whole phrase.
   */
  purposeLead?: boolean;
  /** The sentence must also match every one of these for the rule to apply (in any order). */
  requires?: readonly string[];
  /** The rule does not apply when the sentence matches this (words in other senses). */
  unless?: string;
  /** The rule does not apply when the sentence is about the vendor's own software and names none of the freelancer's work. */
  notVendorSoftware?: boolean;
  /** The rule does not apply when the text right after the trigger starts with this. */
  unlessAfter?: string;
  /** The rule does not apply when the trigger itself matches this. */
  unlessTrigger?: string;
  /** One sentence: what is wrong. */
  message: string;
  /** Why it is risky, in plain language. */
  rationale: string;
  fix: FixKind;
  /** For "qualify" (and the fallback of "proviso"): the words added in parentheses. Placeholders: {agency} {contractor} {work} {ai} {aiNoun}. */
  qualifier: string;
  /** Fallback positions offered after the primary suggestion. */
  fallbacks: readonly Exclude<Position, "primary">[];
  examples: { invalid: readonly string[]; valid: readonly string[] };
}

const NO_AI = "never to {ai}";

/** Up to five licence adjectives between two others, each perhaps with a parenthesis: ", non-exclusive, non-transferable (except …), ". */
const LICENCE_ADJECTIVES =
  "(?:\\s*(?:,\\s*)?(?:and\\s+)?(?:non-?\\s?exclusive|exclusive|non-?\\s?transferr?able|transferr?able|non-?\\s?sub-?licen[cs]e?able|sub-?licen[cs]e?able|non-?\\s?assignable|assignable|fully[- ]paid(?:[- ]up)?|paid[- ]up|limited|revocable|personal|perpetual|irrevocable)(?:\\s*\\([^()]{0,80}\\))?){0,5}\\s*(?:,\\s*)?(?:and\\s+)?";

/** A purpose or time limit on a licence. */
const PURPOSE_LIMIT =
  "\\b(?:solely|only|exclusively)\\s+(?:(?:to|for|in\\s+connection\\s+with|as)\\b|(?:the\\s+)?extent)|\\bto\\s+the\\s+extent\\s+(?:necessary|required|needed)\\b|\\bas\\s+(?:reasonably\\s+|strictly\\s+)?(?:necessary|required|needed)\\s+(?:to|for)\\b|\\bfor\\s+the\\s+(?:sole|limited|exclusive)\\s+purposes?\\b|\\b(?:during|for\\s+the\\s+duration\\s+of)\\s+the\\s+(?:term|subscription|option\\s+period)\\b";

/**
 * The act's object is the other side's own service, site or output, and the sentence names nothing
 * of the user's: "use the Services or any Platform Content to train a model" restricts or describes
 * the platform's property; it grants nothing over the user's work (nor does a restriction on using it
 * protect the user's work, so it is not credited either; anti-scraping terms are credited by the scraping rule).
 */
const PLATFORM_OBJECT = `^(?![^]*\\b(?:your|you\\s+(?:provide|submit|upload|post)|customer|user|client|contractor|consultant|freelancer|deliverables?|work\\s+product)\\b)(?=[^]*\\b(?:use|using|access\\w*|scrap\\w*|copy\\w*|extract\\w*|harvest\\w*|collect\\w*|mine|mining|reproduc\\w*)\\s+(?:[\\w-]+\\s+){0,2}?(?:(?:our|the)\\s+(?:services?|site|platform|website|apps?|apis?)|our\\s+(?:content|materials|data|models?|outputs?)|(?:the\\s+|any\\s+)?outputs?|(?:any\\s+)?platform\\s+content)\\b)`;

/** A question ("Does the Vendor train on my data?") asks; it grants nothing. */
const QUESTION = "\\?\\s*[\"')\\]]*\\s*$";

/** Who work may be passed on to: affiliates, providers, partners, other users, named AI companies. */
const RECIPIENT =
  "(?:affiliates?|subsidiaries|(?:[\\w-]+\\s+)?(?:service\\s+providers?|partners|vendors)|agents|sub-?processors?|third[- ]part(?:y|ies)(?:\\s+(?:service\\s+providers?|vendors|partners))?|sub-?contractors|contractors|consultants|(?:other|each|every|all)\\s+(?:[\\w-]+\\s+){0,2}?(?:users?|customers?|clients?|franchisees?|licensees?|members?|businesses|companies|developers?)|the\\s+public|others|(?:our|its|their)\\s+parent\\s+company|group\\s+companies|(?:companies|entities|members)\\s+(?:in|of|within)\\s+(?:our|its|their|the)\\s+(?:corporate\\s+)?group|affiliated\\s+companies|AI\\s+(?:vendors|providers)|OpenAI|Anthropic|Google|Microsoft|Meta|Mistral(?:\\s+AI)?|Cohere|Midjourney|Stability\\s+AI|Hugging\\s*Face)";

/** Assignment of the contract itself (not of a licence over work): "assign this Agreement", "rights and obligations". */
const CONTRACT_ASSIGNMENT =
  "\\bassign\\w*\\b[^.;]{0,30}?\\b(?:this|the)\\s+agreement\\b|\\b(?:this|the)\\s+agreement\\b[^.;]{0,60}?\\bassign\\w*|\\brights?\\s+(?:and|or|and/or)\\s+obligations\\b|\\bobligations\\s+(?:and|or)\\s+rights\\b";

/** A vendor offering tools with which its customers train (the customer is the trainer): "provides APIs to fine-tune and train models", "lets you fine-tune". */
const TRAINING_TOOLS = `\\b(?:offers?|provides?|makes?\\s+available)\\s+(?:[\\w-]+\\s+){0,6}?(?:APIs?|interfaces?|tools?|platforms?|features?|infrastructure)\\s+(?:to|for)\\s+(?:(?:host|use|upload|fine-tune|build|create|deploy|run|serve|customi[sz]e|manage|evaluate|test|store)(?:\\s*,\\s*|\\s+)){0,6}(?:(?:and|or)\\s+)?${TRAIN_VERB}\\b|\\b(?:lets?|allows?|enables?)\\s+(?:you|customers?|users?|developers?)\\s+(?:to\\s+)?(?:[\\w-]+(?:\\s*,\\s*|\\s+(?:and|or)\\s+)){0,4}${TRAIN_VERB}\\b`;

/** "… to train models on Our Content": a platform restricting its users, not a grant over the freelancer's work. */
const ON_OUR_CONTENT = "[^.;]{0,80}?\\b(?:on|using|with|from)\\s+(?:our|the\\s+platform(?:'s|\\u2019s)?)\\s+(?:content|materials|platform|site|services|data)\\b";

export const RULES = [
  // ---------------------------------------------------------------- explicit AI training grants
  {
    id: "ai-training-grant/train-models",
    category: "ai-training-grant",
    severity: "high",
    // the words between the verb and the model never hold a negation ("Training Data, Provider may not … Train any Model")
    pattern: `\\b${TRAIN_VERB}\\b${GAP}{0,80}?\\b${AI_TARGET}\\b${AI_TAIL}|\\b${TRAIN_VERB}\\s+(?:(?:models?|algorithms?)\\s+)?on\\s+(?:(?:your|the|its|their|any|all|our|customer|user|client|such|this)\\s+){1,2}(?:[\\w-]+\\s+)?(?:content|data|work|works|code|inputs?|outputs?|prompts?|files|materials|deliverables|uploads|conversations|chats|submissions|posts|images|text|repositories|documents|projects|messages|emails|recordings|photos|videos)\\b`,
    // a definition grants nothing; nor does a vendor describing tools it offers for its customers to train with
    unless: `${DEFINITION}|${QUESTION}|${TRAINING_TOOLS}|${PLATFORM_OBJECT}`,
    unlessTrigger: "\\b(?:staff|employees?|personnel|workers|team members|users to|trainees?)\\b|^(?:(?:to|for|in)\\s+)?training\\s+(?:sessions?|courses?|programs?|programmes?|workshops?|classes|seminars?|curricul\\w*|on\\s+how)\\b|^(?:(?:to|for|in)\\s+)?training[- ](?:data|datasets?|sets?|materials?|corpus|corpora)\\b",
    unlessAfter: ON_OUR_CONTENT,
    anchors: ["train", "retrain", "pretrain", "tune", "tuned", "tunes", "tuning", "finetune", "finetuning", "teach", "teaches", "teaching", "taught"],
    purposeLead: true,
    message: "This lets the other side train AI or machine-learning models on the work.",
    rationale:
      "Once the work is used to train a model it cannot be taken back out: the model keeps what it learned, and can reproduce your style or content for others without paying you.",
    fix: "replace-purpose",
    qualifier: NO_AI,
    fallbacks: ["opt-out", "project-scope"],
    examples: {
      invalid: [
        "The Agency may use the Deliverables to train its machine learning models.",
        "Client may use submitted content for training artificial intelligence systems.",
        "Company may fine-tune language models on the Work Product.",
        "The Platform may train on your uploads.",
      ],
      valid: [
        "The Agency shall not use the Deliverables to train any machine learning model.",
        "Contractor will provide training to Client staff on the new models of the website.",
        "Client is prohibited from using the Work Product to train, fine-tune or test any AI system.",
      ],
    },
  },
  {
    id: "ai-training-grant/improve-ai",
    category: "ai-training-grant",
    severity: "high",
    pattern: `\\b(?:${IMPROVE_VERB}|test(?:s|ed|ing)?|validat\\w*|benchmark\\w*|evaluat\\w*)\\b[^.;:,]{0,40}?\\b${AI_CORE}\\b${AI_TAIL}|\\b${IMPROVE_VERB}(?:\\s*,?\\s*(?:and|or)\\s+(?:${IMPROVE_VERB}|train\\w*))?\\s+(?:our|its|their)\\s+(?:own\\s+)?(?:(?:AI|ML|language|foundation|generative|recommendation|ranking|prediction|predictive|classification|proprietary)\\s+)?models\\b|\\bhelp\\w*\\s+(?:our|its|their|the)\\s+(?:${AI_CORE}|models?|algorithms?)\\s+(?:to\\s+)?learn\\b|\\bmak(?:e|es|ing)\\s+(?:our|its|their|the)\\s+(?:${AI_CORE}|models?|algorithms?)(?:\\s+models?)?\\s+(?:(?:\\w+\\s+){0,3}?(?:better|safer|smarter|more\\s+\\w+))\\b`,
    unlessAfter: ON_OUR_CONTENT,
    unless: `${DEFINITION}|${QUESTION}|${PLATFORM_OBJECT}`,
    anchors: ["ai", "ml", "llm", "llms", "machine", "recognition", "vision", "natural", "nlp", "artificial", "deep", "neural", "language", "foundation", "generative$", "predictive", "automated", "models$", "help", "helps", "helping", "make", "makes", "making"],
    purposeLead: true,
    message: "This lets the other side use the work to develop or improve AI or machine-learning systems.",
    rationale:
      "Developing or improving an AI system with your work is AI training under another name: your work becomes part of a product you are not paid for and cannot withdraw from.",
    fix: "replace-purpose",
    qualifier: NO_AI,
    fallbacks: ["opt-out", "project-scope"],
    examples: {
      invalid: [
        "Client may use the Work Product to improve its machine learning algorithms.",
        "The Studio may use the Materials for the development of artificial intelligence tools.",
        "Company may use the Deliverables to test and validate its machine learning systems.",
        "Once pseudonymised, the Recordings may be used to refine our models.",
        "The Vendor may use the Tickets to develop and improve automated systems.",
      ],
      valid: [
        "Client will not use the Work Product to improve any machine learning algorithm.",
        "Contractor will develop a responsive website for Client.",
        "The Consultant will help the Client improve its business models.",
      ],
    },
  },
  {
    id: "ai-training-grant/improve-algorithms",
    category: "ai-training-grant",
    severity: "high",
    pattern: "\\b(?:to|for|in)\\s+(?:(?:help|further)\\s+)?(?:train|fine[- ]tun|develop|improv|enhanc|refin|optimi[sz])\\w*(?:\\s+(?:and|or)\\s+(?:train|fine[- ]tun|develop|improv|enhanc|refin|optimi[sz])\\w*)?\\s+(?:(?:its|their|our|the\\s+\\w+(?:'s|\\u2019s)?)\\s+)?(?:own\\s+)?(?:recommendation\\s+|ranking\\s+|matching\\s+|proprietary\\s+)?algorithms?\\b",
    requires: [WORK_NOUN, "\\b(?:may|licen[cs]\\w*|rights?|use[sd]?|using|consents?|agrees?)\\b"],
    unless: `${DEFINITION}|${QUESTION}|${PLATFORM_OBJECT}`,
    anchors: ["algorithm", "algorithms"],
    message: "This lets the other side use the work to develop or improve its algorithms, which is how AI models are trained.",
    rationale:
      "Improving an algorithm with your work means learning from it: the work becomes training data for a system you are not paid for and cannot withdraw it from.",
    fix: "replace-purpose",
    qualifier: NO_AI,
    fallbacks: ["opt-out", "project-scope"],
    examples: {
      invalid: ["The Company may use the Work Product to develop and improve its algorithms.", "Agency may use the Content to refine its recommendation algorithms."],
      valid: ["The Company shall not use the Work Product to improve its algorithms.", "Contractor will document the sorting algorithms used in the Software."],
    },
  },
  {
    id: "ai-training-grant/ai-training-use",
    category: "ai-training-grant",
    severity: "high",
    pattern: `\\b(?:${AI_CORE}|model)(?:\\s+(?:and|or)\\s+\\w+)?[- ](?:training|development|improvement|purposes)\\b|\\b(?:use[sd]?|using)\\b${GAP}{0,50}?\\b(?:for|in)\\s+(?:training|(?:machine[- ]learning|artificial[- ]intelligence|AI|ML)(?!\\s+(?:tools?|systems?|features?|products?|services?|assistants?|models?|technolog\\w*|techniques?|software|vendors?|providers?|-))(?:\\s+(?:training|research|development))?)\\b(?!\\s+(?:[\\w-]+\\s+){0,2}${AI_TARGET}\\b)(?!\\s+(?:of\\s+)?(?:(?:its|their|our|the)\\s+)?(?:staff|employees|personnel|sessions?|courses?|programs?|programmes?|workshops?|classes|seminars?|materials?|purposes))|\\b(?:as|into|in|for|to\\s+(?:create|build|compile))\\s+(?:(?:the|any|a|our|its|their)\\s+)?training[- ](?:data(?:\\s*sets?)?|datasets?|sets?|corpus|corpora|materials?)\\b|\\b(?:use|uses|using|copy|process)\\b[^.;:]{0,40}?\\btraining[- ]data\\b|\\b(?:ingest\\w*|feed\\w*|input\\w*|upload\\w*)\\b${GAP}{0,60}?\\b(?:into|to|in)\\b${GAP}{0,20}?\\b${AI_CORE}\\b${AI_TAIL}|\\b${AI_CORE}\\s+(?:for|to)\\s+(?:the\\s+purposes?\\s+of\\s+)?(?:provid\\w*\\s+and\\s+)?(?:improv|develop|enhanc)\\w*|\\bas\\s+(?:prompts?|inputs?|context|retrieval\\s+sources?|reference\\s+material)\\s+(?:for|to|in|into)\\s+(?:(?:any|a|the|its|their|our)\\s+)?${AI_CORE}\\b${AI_TAIL}|\\b(?:with|through|via|using)\\s+(?:(?:any|an?|its|their|our|other|third[- ]party|consumer|public)\\s+){0,2}${AI_CORE}\\s+(?:tools?|systems?|services?|platforms?|models?|applications?|assistants?|products?)\\b${AI_DERIVED_USE}`,
    unless: `${DEFINITION}|${QUESTION}|${PLATFORM_OBJECT}`,
    anchors: ["train", "model", "ai", "ml", "llm", "llms", "machine", "recognition", "vision", "natural", "nlp", "artificial", "deep", "neural", "language", "foundation", "generative$", "predictive", "embedding", "embeddings", "embed", "vector", "retrieval", "synthetic", "imitate", "imitating", "imitation", "mimic", "mimicking", "emulate", "emulating"],
    purposeLead: true,
    message: "This allows the work to be used as AI training data or fed into AI systems.",
    rationale:
      "Using the work as training data, or ingesting it into an AI system, puts it inside a model for good; nothing in this wording stops it being used to compete with you.",
    fix: "replace-purpose",
    qualifier: NO_AI,
    fallbacks: ["opt-out", "project-scope"],
    examples: {
      invalid: [
        "The Agency may convert the Articles into vector embeddings for its search assistant.",
        "Client may use the Photographs to generate synthetic training images.",
        "The Platform may use the Songs to imitate the Artist's style.",
        "Agency may use the Deliverables for machine learning purposes.",
        "Client may include the Materials in training datasets.",
        "Company may upload the Work Product into generative AI tools.",
        "Client may use the Work Product with any AI tool of its choosing.",
      ],
      valid: [
        "Agency shall not convert the Articles into embeddings or use them to imitate the Writer's style.",
        "The Designer will follow the Client's house style in every layout.",
        "Agency shall not include the Deliverables in any training dataset.",
        "Client shall keep the files in machine-readable form.",
      ],
    },
  },
  {
    id: "ai-training-grant/ai-purpose-listed",
    category: "ai-training-grant",
    severity: "high",
    pattern: `\\b(?:machine[- ]learning|artificial[- ]intelligence|deep[- ]learning|generative\\s+AI)(?:\\s*(?:,|and|or|and/or)\\s*(?:machine[- ]learning|artificial[- ]intelligence|deep[- ]learning|generative\\s+AI)){0,3}\\b(?!\\s*(?:-|\\()|\\s+(?:tools?|systems?|features?|products?|services?|assistants?|models?|technolog\\w*|techniques?|software|vendors?|providers?))(?<=\\b(?:for|purposes?|uses?|including|such\\s+as)\\b[^.;:]{0,160})`,
    unless: `${DEFINITION}|${QUESTION}|${PLATFORM_OBJECT}`,
    requires: [
      "\\b(?:purposes?|uses?)\\s+(?:of|including|such\\s+as|like)\\b|\\bfor\\s+(?:the\\s+)?purposes?\\b|\\bfor\\s+(?:[a-z-]+\\s*(?:,|and|or)\\s*){1,6}(?:machine[- ]learning|artificial[- ]intelligence|deep[- ]learning|generative\\s+AI)\\b",
      WORK_NOUN,
      "\\b(?:licen[cs]\\w*|rights?|may|use[sd]?|using)\\b",
    ],
    anchors: ["machine", "recognition", "vision", "natural", "nlp", "artificial", "deep", "generative$"],
    message: "Machine learning or AI is listed among the purposes the work may be used for.",
    rationale: "A purpose list that names machine learning or AI is a plain permission to train models on the work.",
    fix: "strike",
    qualifier: "which does not include any use of {work} to {ai}",
    fallbacks: ["opt-out"],
    examples: {
      invalid: [
        "Agency may use the Content for the purposes of marketing, analytics, machine learning and quality assurance.",
        "The Studio may use the Deliverables for marketing, advertising and machine learning.",
      ],
      valid: ["Agency may use the Content for the purposes of marketing and quality assurance.", "Client shall not use the Content for purposes such as machine learning."],
    },
  },
  {
    // Harvesting the work by machine (scraping, crawling, text and data mining) is how training sets
    // are built. The rule only reads scraping words near a restriction or reservation: a negated match
    // is credited as a no-AI protection (platform anti-scraping terms, TDM reservations); a permission
    // to scrape carved out of such a restriction ("except that … may crawl") is a finding.
    id: "ai-training-grant/scraping",
    category: "ai-training-grant",
    severity: "high",
    // only where a prohibition or reservation comes before it, or a reservation or prohibition right after it
    pattern: "\\b(?:scrap(?:e|es|ed|ing|ers?)|crawl(?:s|ed|ing|ers?)?|spiders?|(?:ro)?bots|text\\s*(?:and|&|/)\\s*data[- ]mining|data[- ]mining|TDM)\\b(?:(?<=\\b(?:not|never|no|nor|prohibit\\w*|forbid\\w*|refrain\\w*|reserv\\w*|restrict\\w*)\\b[^.;]{0,160})|(?=[^.;]{0,100}\\b(?:reservation\\s+of|reserved\\b|(?:is|are)\\s+(?:strictly\\s+)?(?:prohibited|forbidden|not\\s+(?:permitted|allowed)))))",
    unless: `${DEFINITION}|${QUESTION}`,
    // already limited by a parenthetical AI exclusion right after it
    unlessAfter: "\\s*\\((?:but|except|and)?\\s*(?:never|not)\\b",
    anchors: ["scrape", "scrapes", "scraped", "scraping", "scraper", "scrapers", "crawl", "crawls", "crawled", "crawling", "crawler", "crawlers", "spider", "spiders", "bots", "robots", "text", "mining", "tdm"],
    message: "This lets the work be scraped, crawled or mined by machine, which is how AI training sets are collected.",
    rationale: "Automated harvesting copies the work in bulk and strips its context; the copies usually end up in training data.",
    fix: "qualify",
    qualifier: "but never to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Members may not copy the Site, except that search engines may crawl the Content to index it."],
      valid: [
        "You must not use bots, crawlers or scrapers to collect Content from the Site.",
        "The Publisher reserves all rights in the Articles with respect to text and data mining.",
        "Scraping the Gallery is prohibited.",
      ],
    },
  },
  // ---------------------------------------------------------------- broad usage rights
  {
    id: "broad-license/any-purpose",
    category: "broad-license",
    severity: "high",
    pattern: "\\bfor\\s+(?:any|all)\\s+(?:(?:lawful|legitimate|and\\s+all|such|business|commercial)\\s+)?purposes?(?:\\s+whatsoever)?\\b|\\bfor\\s+(?:commercial|business|any)\\s+purposes\\s+of\\s+any\\s+(?:kind|nature)\\b|\\bfor\\s+all\\s+purposes\\b|\\b(?:in|for)\\s+any\\s+(?:way|manner)\\s+(?:whatsoever|(?:it|they|he|she|the\\s+\\w+)\\s+(?:sees?|deems?|considers?|thinks?)\\s+(?:fit|appropriate|necessary)|(?:it|they|he|she|the\\s+\\w+)\\s+(?:wish(?:es)?|chooses?|likes?|wants?|pleases?))\\b|\\b(?:for\\s+whatever\\s+purposes?|in\\s+whatever\\s+(?:way|manner))\\b",
    requires: [WORK_NOUN],
    unlessAfter: "\\s*,?\\s*(?:other than|except|outside|related to|relating to|in connection with|connected with|contemplated|under this|of this|set out|set forth|described|permitted|reasonably|necessary|(?:be\\s+)?(?:regarded|treated|deemed|considered|construed))",
    anchors: ["purpose", "manner", "way"],
    message: "The work may be used \"for any purpose\", which includes AI training.",
    rationale:
      "A use right with no purpose limit covers uses nobody discussed, including feeding the work into AI systems; name what is excluded.",
    fix: "replace-purpose",
    qualifier: NO_AI,
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Client may use the deliverables for any purpose.", "Agency may reproduce the Content for all purposes whatsoever.", "The Agency may use the Work in any manner it sees fit."],
      valid: [
        "Client shall not use the deliverables for any purpose other than the Project.",
        "Either party may terminate this Agreement for any reason.",
      ],
    },
  },
  {
    id: "broad-license/perpetual-irrevocable",
    category: "broad-license",
    severity: "medium",
    pattern: "\\b(?:perpetual|irrevocable|non-?revocable|unrevocable|indefinite(?:ly)?)(?:\\s*,?\\s*(?:and\\s+|or\\s+)?(?:perpetual|irrevocable|non-?revocable))?\\b",
    requires: ["\\b(?:licen[cs]\\w*|rights?)\\b"],
    unless: VENDOR_ONLY,
    anchors: ["perpetual", "irrevocable", "revocable", "nonrevocable", "unrevocable", "indefinite", "indefinitely"],
    message: "A perpetual or irrevocable licence over the work cannot be narrowed later, whatever new use appears.",
    rationale:
      "A licence that never ends and cannot be withdrawn will cover AI uses that did not exist when you signed; unless it excludes AI training, it gives that right away for good.",
    fix: "proviso",
    qualifier: "which does not extend to any use of {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: [
        "Contractor grants Agency a perpetual, irrevocable, worldwide licence to use the Deliverables.",
        "Freelancer grants Client an irrevocable license to reproduce the Content.",
      ],
      valid: [
        "Vendor grants Customer a perpetual license to use the Software and its Documentation.",
        "This Agreement remains in force for one year.",
      ],
    },
  },
  {
    id: "broad-license/worldwide-royalty-free",
    category: "broad-license",
    severity: "medium",
    // the two words anywhere in one run of licence adjectives ("worldwide, non-exclusive, non-transferable, royalty-free")
    pattern: `\\b(?:worldwide|world-\\s?wide)${LICENCE_ADJECTIVES}royalty(?:[- ]|-\\s)free\\b|\\broyalty(?:[- ]|-\\s)free${LICENCE_ADJECTIVES}(?:worldwide|world-\\s?wide)\\b`,
    requires: ["\\b(?:licen[cs]\\w*|rights?)\\b", WORK_NOUN],
    // a licence limited to a purpose or to the term is not broad ("solely to provide the Service", "during the Term")
    unless: `\\b(?:perpetual|irrevocable)\\b|${VENDOR_ONLY}|${PURPOSE_LIMIT}`,
    anchors: ["royalty"],
    message: "A worldwide, royalty-free licence with no purpose limit lets the work be used anywhere, for anything, for free.",
    rationale: "Without a purpose limit, a free worldwide licence reaches AI training as easily as the project itself.",
    fix: "proviso",
    qualifier: "which does not extend to any use of {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Designer grants Studio a worldwide, royalty-free license to publish the Materials."],
      valid: ["Studio grants Designer a worldwide, royalty-free license to use the Software."],
    },
  },
  {
    id: "broad-license/perpetuity-universe",
    category: "broad-license",
    severity: "medium",
    pattern:
      "\\b(?:in\\s+(?:any\\s+and\\s+)?all\\s+(?:media|forms)|throughout\\s+the\\s+(?:universe|world)|in\\s+perpetuity)\\b(?:\\s*,?\\s*(?:and\\s+)?(?:in\\s+(?:any\\s+and\\s+)?all\\s+(?:media|forms)|throughout\\s+the\\s+(?:universe|world)|in\\s+perpetuity)\\b){0,2}",
    requires: [WORK_NOUN, "\\b(?:use[sd]?|using|exploit\\w*|licen[cs]\\w*|rights?|reproduc\\w*|distribut\\w*|publish\\w*|display\\w*)\\b"],
    unless: VENDOR_ONLY,
    anchors: ["perpetuity", "universe", "world", "media", "forms"],
    message: "Use of the work \"in all media\", \"throughout the universe\" or \"in perpetuity\" has no limit that would keep AI training out.",
    rationale: "A grant without limits of time, place or medium reaches every future technology, AI training included, unless AI is excluded by name.",
    fix: "proviso",
    qualifier: "which does not extend to any use of {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Studio may exploit the Artwork in all media throughout the universe in perpetuity."],
      valid: ["The Studio has offices throughout the world.", "Client may not exploit the Artwork in perpetuity."],
    },
  },
  {
    id: "broad-license/any-media",
    category: "broad-license",
    severity: "medium",
    // "in any media now known or hereafter devised", and outlets "that exist today or are created in the future"
    pattern: "\\bin\\s+any\\s+(?:and\\s+all\\s+)?(?:media|medium|forms?|formats?|manner)\\b[^.;]{0,50}?\\b(?:now\\s+known\\s+or\\s+)?(?:hereafter|later|in\\s+the\\s+future)\\s+(?:devised|developed|known|invented|created|discovered)\\b|\\b(?:now\\s+known|existing|exists?\\s+(?:today|now)|in\\s+existence)\\b[^.;]{0,50}?\\b(?:created|developed|devised|invented|discovered|known)\\s+(?:in\\s+the\\s+future|hereafter|later|thereafter)\\b",
    anchors: ["hereafter", "later", "future"],
    message: "Use \"in any media now known or hereafter devised\" reaches technologies that do not exist yet, AI included.",
    rationale: "\"Hereafter devised\" is exactly how a licence written years ago comes to cover generative AI today.",
    fix: "qualify",
    qualifier: "but not for {aiNoun}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Client may publish the Work in any media now known or hereafter devised.", "The Broadcaster may air the Work on any channel that exists today or that is developed in the future."],
      valid: ["Client may publish the Work in print and on its website."],
    },
  },
  {
    id: "broad-license/unlimited-rights",
    category: "broad-license",
    severity: "medium",
    pattern: "\\b(?:unlimited|unrestricted)\\s+(?:right|licen[cs]e|use|permission)s?\\b",
    requires: [WORK_NOUN],
    anchors: ["unlimited", "unrestricted"],
    message: "An unlimited right to use the work has no edge that would keep AI training out.",
    rationale: "An unrestricted right is read as including every use, AI training included.",
    fix: "qualify",
    qualifier: "which does not include any right to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Agency shall have the unlimited right to use the Photographs."],
      valid: ["Customer receives unlimited calls to the support line."],
    },
  },
  {
    id: "broad-license/without-restriction",
    category: "broad-license",
    severity: "medium",
    pattern: "\\bwithout\\s+(?:any\\s+)?(?:restrictions?|limits?)(?:\\s+(?:of\\s+any\\s+kind|whatsoever))?\\b(?!\\s+(?:on|upon|to|of|as|in\\s+(?:the\\s+)?(?:number|frequency|amount))\\b)",
    requires: [WORK_NOUN, "\\b(?:may|licen[cs]\\w*|rights?|use[sd]?|using|exploit\\w*)\\b"],
    anchors: ["restriction", "restrictions", "limit", "limits"],
    message: "The work may be used \"without restriction\", which includes AI training.",
    rationale: "A use right with no restriction covers every use, including feeding the work into AI systems; name what is excluded.",
    fix: "qualify",
    qualifier: "except that {agency} may not use {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["The Company may use the Work Product without restriction.", "Client may exploit the Deliverables without any restrictions whatsoever."],
      valid: [
        "The Company may not use the Work Product without the Consultant's consent.",
        "Consultant may work without restriction on the number of hours each week.",
        "This Agreement is entered into without any restriction on either party's right to work with others.",
      ],
    },
  },
  // ---------------------------------------------------------------- ambiguous purposes
  {
    id: "ambiguous-purpose/internal-purposes",
    category: "ambiguous-purpose",
    severity: "medium",
    pattern: `\\b(?:(?:its|their|our|\\w+(?:'|\u2019)s)\\s+)?(?:own\\s+)?internal\\b(?:[\\s,-]+(?:business|non-?commercial|commercial|research|academic|operational|administrative|and|or)){0,4}\\s+(?:purposes?|use|uses|operations|needs)\\b|\\bfor\\s+any\\s+of\\s+(?:its|their|our)\\s+(?:own\\s+)?(?:business\\s+)?purposes\\b|\\b(?:for|in)\\s+(?:(?:its|their|our|\\w+(?:'|\u2019)s)\\s+)(?:own\\s+(?:(?:legitimate|general|lawful)\\s+)?(?:business\\s+)?|(?:legitimate|general|lawful|other)\\s+business\\s+|business\\s+)purposes\\b`,
    unlessAfter: "\\s*,?\\s*(?:under|of|in\\s+connection|related|relating|set\\s+out|set\\s+forth|described|stated|contemplated|in\\s+this)",
    requires: [WORK_NOUN],
    unless: VENDOR_ONLY,
    anchors: ["internal", "purposes"],
    purposeLead: true,
    message: "\"Internal purposes\" is open-ended: agencies now read it to include training their own AI models.",
    rationale: "Training an in-house model is an internal use, so this wording does not keep the work out of AI training.",
    fix: "qualify",
    qualifier: "which do not include any use of {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Client may process the data for internal business purposes.", "Agency may keep the Deliverables for its internal use.", "The Agency may use the Materials for its own business purposes.", "The University receives a licence to the Materials for its internal non-commercial research purposes."],
      valid: ["Customer may install the Software for its internal business purposes."],
    },
  },
  {
    id: "ambiguous-purpose/improve-services",
    category: "ambiguous-purpose",
    severity: "medium",
    pattern: `\\b(?:to|for|helps?\\s+(?:us|it|them|the\\s+\\w+)(?:\\s+to)?)\\s+(?:(?:help|further)\\s+)?(?:(?:provid|maintain|operat|support|protect|secur|develop|improv|enhanc|build|creat|optimi[sz]|personali[sz]|refin|analy[sz]|market|promot|commerciali[sz]|administ|understand)\\w*\\b\\s*,?\\s*(?:and\\s+|or\\s+|and/or\\s+)?){0,5}?${IMPROVE_VERB}\\b(?:\\s*,?\\s*(?:and\\s+|or\\s+|and/or\\s+)?(?:provid|maintain|operat|support|protect|secur|develop|improv|enhanc|build|creat|optimi[sz]|personali[sz]|refin|analy[sz]|market|promot|commerciali[sz]|administ|understand)\\w*\\b){0,5}\\s+(?:(?:of|its|our|their|the|new|existing|other|future|and|better|quality|performance|accuracy|functionality|\\w+(?:'s|\\u2019s))\\s+){0,4}(?:products?|services?|offerings?|features?|technolog(?:y|ies)|platforms?|tools?|solutions?|business|systems?|models?|processes|operations|workflows|(?:user\\s+|customer\\s+)?experiences?)(?:\\s+(?:and|or)\\s+(?:products?|services?|offerings?|features?|technolog(?:y|ies)|platforms?|tools?|solutions?|business|systems?))?\\b|\\bmak(?:e|es|ing)\\s+(?:our|its|their|the)\\s+(?:products?|services?|platform|offerings?|features?|tools?)\\s+(?:(?:\\w+\\s+){0,2}?(?:better|smarter|more\\s+\\w+))\\b|\\b(?:for|of)\\s+(?:(?:its|our|their|the)\\s+)?(?:product|service|business)(?:\\s+(?:and|or)\\s+(?:product|service|business))?\\s+(?:development|improvement)\\b(?!\\s+(?:strateg\\w*|plans?|teams?|managers?|activit\\w*|opportunit\\w*|contacts?|roles?|efforts?|services?))|\\b(?:for|in)\\s+(?:the\\s+)?(?:(?:operation|provision|maintenance|support|development|improvement|enhancement|optimi[sz]ation)\\s*(?:,\\s*|\\s+(?:and|or)\\s+)){0,3}(?:development|improvement|enhancement|optimi[sz]ation)\\s+of\\s+(?:(?:its|our|their|the|new|existing|other|future|and)\\s+){0,3}(?:products?|services?|offerings?|features?|technolog(?:y|ies)|platforms?|tools?|solutions?|business|systems?)\\b|\\b${IMPROVE_VERB}\\s+what\\s+(?:we|it|they|the\\s+\\w+)\\s+(?:offers?|provides?|sells?|builds?)\\b`,
    requires: [WORK_NOUN],
    anchors: ["improve", "improving", "improved", "improvement", "improvements", "develop", "enhance", "enhancing", "enhancement", "build", "building", "create", "creating", "refine", "refining", "optimise", "optimize", "optimising", "optimizing", "augment", "augmenting", "better", "smarter", "more"],
    message: "Use \"to improve or develop products or services\" is open-ended and covers building AI features.",
    rationale: "Improving a product today usually means training its models; this wording lets the work feed them.",
    fix: "qualify",
    qualifier: "but not to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Company may use the Content to improve its products and services.", "Client may use Feedback for product development.", "We may use your Content for the improvement of our Services.", "We may use your information to innovate and improve what we offer."],
      valid: ["Contractor will improve the website's loading speed.", "Company may not use the Content to improve its products."],
    },
  },
  {
    id: "ambiguous-purpose/purpose-list",
    category: "ambiguous-purpose",
    severity: "medium",
    pattern:
      "\\b(?:improving|developing|enhancing|building|creating)(?:\\s*,?\\s*(?:and\\s+|or\\s+)?(?:improving|developing|enhancing|building|creating|providing|operating|maintaining))?\\s+(?:(?:new|our|its|their|the|existing|other|future|and|or)\\s+){0,3}(?:products?|services?|features?|offerings?|technolog(?:y|ies)|tools?|solutions?)\\b",
    requires: [WORK_NOUN, "\\b(?:purposes?|licen[cs]\\w*|rights?)\\b"],
    anchors: ["improving", "developing", "enhancing", "building", "creating"],
    message: "Among the purposes the work may be used for is improving or developing products, which covers building AI features.",
    rationale: "A list of purposes that includes developing new products or features lets the work feed whatever is developed next, AI models included.",
    fix: "qualify",
    qualifier: "but not {aiNoun}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["You grant us a license to your Content for the purposes of hosting it and developing new features."],
      valid: ["The Contractor will be developing new features for the website."],
    },
  },
  {
    id: "ambiguous-purpose/research-analytics",
    category: "ambiguous-purpose",
    severity: "low",
    pattern: `\\bfor\\s+(?:(?:its|our|their|internal|scientific|market|product|further|the\\s+purposes?\\s+of)\\s+)?(?:research(?:\\s+and\\s+development)?|(?:data\\s+)?analytics|data\\s+mining|statistical\\s+(?:purposes|analysis))(?:\\s+purposes)?\\b|\\b(?:research|analytics|statistical)(?:[\\s,]+(?:and\\s+|or\\s+)?(?!purposes)\\w+){0,3}\\s+purposes\\b|\\bdata\\s+mining\\b|\\b(?:to|and)\\s+(?:conduct|perform|carry\\s+out)\\s+(?:\\w+\\s+)?(?:research|analytics)\\b`,
    requires: [WORK_NOUN, "\\b(?:use[sd]?|using|analy[sz]\\w*|process\\w*|mine|exploit\\w*|licen[cs]\\w*|retain\\w*|keep|kept)\\b"],
    anchors: ["research", "analytics", "mining", "statistical"],
    message: "\"Research\" or \"analytics\" purposes are broad enough to include building and testing AI models.",
    rationale: "Model training is routinely described as research or analytics, so this wording leaves the door open.",
    fix: "qualify",
    qualifier: "which do not include any use to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Agency may use the Deliverables for research purposes.", "Client may analyze the Content for analytics."],
      valid: ["The parties will meet monthly to review the schedule.", "Confidential Information includes research and product plans.", "The Designer will prepare a monthly summary of project hours for the Client."],
    },
  },
  {
    id: "ambiguous-purpose/any-other-purpose",
    category: "ambiguous-purpose",
    severity: "medium",
    pattern: "\\b(?:for\\s+)?(?:any|such)\\s+other\\s+purposes?\\b|\\bfor\\s+(?:all\\s+)?other\\s+(?:business|commercial|lawful|legitimate)\\s+purposes\\b",
    requires: [WORK_NOUN],
    unlessAfter: "\\s*,?\\s*(?:than|except|related|in connection|set|described|permitted|expressly)",
    anchors: ["purpose"],
    message: "\"Any other purpose\" leaves the use of the work open-ended.",
    rationale: "An open-ended list of purposes includes AI training unless it is excluded by name.",
    fix: "qualify",
    qualifier: "which do not include any use to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Client may use the Materials for marketing and any other purpose."],
      valid: ["Client shall not use the Materials for any other purpose."],
    },
  },
  // ---------------------------------------------------------------- data processing and aggregation
  {
    id: "data-aggregation/derived-data",
    category: "data-aggregation",
    severity: "medium",
    pattern:
      "\\b(?:usage|telemetry|service[- ]generated|derived|derivative|aggregated?|aggregate|statistical|diagnostic|behaviou?ral|performance|activit(?:y|ies)|interaction|engagement|clickstream|readership|log)\\s+(?:data|information|statistics|metrics)\\b|\\b(?:data|content|information|insights|statistics)\\s+(?:(?:generated|collected|derived|obtained|arising)\\s+)?(?:from|through|about|during|in\\s+connection\\s+with|relating\\s+to|related\\s+to|regarding|on)\\s+(?:the\\s+|your\\s+|its\\s+|their\\s+|customers?(?:'|\\u2019)?s?\\s+|[\\w-]+(?:'|\\u2019)s\\s+)?(?:use|usage)\\s+of\\b|\\b(?:data|information|insights)\\s+(?:about|on|regarding)\\s+how\\s+(?:you|users|customers|people|visitors)\\s+(?:use|interact|engage)\\b|\\bmeta-?data\\b|\\btelemetry\\b|\\b(?:data\\s*sets?|datasets?)\\b|\\baggregat(?:ed|e)\\b(?=\\s*(?:,|and|or)\\s*(?:anonymi|de-?identif|disconnected))",
    requires: [`\\b(?:use[sd]?|using|collect\\w*|compil\\w*|aggregat\\w*|analy[sz]\\w*|process\\w*|retain\\w*|own\\w*|exploit\\w*|licen[cs]\\w*|shar\\w*|disclos\\w*|commerciali[sz]\\w*|creat\\w*|generat\\w*|deriv\\w*)\\b`],
    anchors: ["data", "datasets", "dataset", "metadata", "meta", "telemetry", "information", "statistics", "metrics", "aggregate", "aggregated"],
    message: "This gives the other side rights over data derived from the work, such as usage data, metadata or datasets.",
    rationale: "Data derived from your work can be compiled into datasets and used for AI training even when the work itself is protected.",
    fix: "qualify",
    qualifier: "which may not be used to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Agency may collect and use usage data generated from the Deliverables.", "Client may retain the metadata of the Work Product."],
      valid: ["Agency shall not compile the Work Product into any dataset.", "The invoice lists the hours worked."],
    },
  },
  {
    id: "data-aggregation/aggregate-process",
    category: "data-aggregation",
    severity: "medium",
    pattern: `\\b(?:aggregat\\w*|compil\\w*|combin\\w*|ingest\\w*|extract\\w*|deriv(?:e|es|ed|ing)|mine|mining|harvest\\w*)\\b(?=[^.;]{0,60}?${WORK_NOUN})|\\b(?:may|right\\s+to|licen[cs]e\\s+to|entitled\\s+to|permitted\\s+to|authori[sz]ed\\s+to)\\s+(?:\\w+(?:\\s*,\\s*|\\s+(?:and|or)\\s+)){0,3}(?<t>process(?:es|ed|ing)?)\\b(?=[^.;]{0,60}?${WORK_NOUN})`,
    requires: [`\\b(?:may|can|will|shall|right|licen[cs]\\w*|permitted|entitled|agree|consent)\\b`],
    unlessTrigger: "^(?:combined|compiled)$",
    anchors: ["aggregate", "compile", "combine", "ingest", "extract", "derive", "derives", "derived", "deriving", "mine", "mining", "harvest", "process"],
    message: "This allows the work to be aggregated, compiled, ingested or mined as data.",
    rationale: "Aggregating work into a pool of data strips it of context and attribution, which is the first step of building a training set.",
    fix: "qualify",
    qualifier: "but not to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Agency may aggregate the Content with other client materials.", "Client may derive statistics and insights from the Work Product.", "The Agency has the right to store, copy and process the Deliverables."],
      valid: ["Agency shall not aggregate the Content with other materials.", "The combined fees are due monthly.", "The Contractor will process the Client's payment details securely."],
    },
  },
  // ---------------------------------------------------------------- feedback
  {
    id: "feedback/feedback-rights",
    category: "feedback",
    severity: "medium",
    pattern:
      "\\b(?:feedback|testimonials?|enhancement\\s+requests)\\b|\\b(?:any|all|such|your)\\s+(?:(?:comments|remarks)\\s*(?:,|and|or)\\s*)?(?:suggestions?|ideas|proposals|recommendations)\\b|\\b(?:send|submit|provide|give|offer|make|share)s?\\s+(?:(?:us|to\\s+us|the\\s+\\w+)\\s+)?(?:any\\s+)?(?:suggestions?|ideas|proposals|recommendations|comments|improvements)\\b|\\b(?:suggestions?|ideas)\\b(?=\\s+(?:(?:that\\s+)?(?:you|contractor|consultant)\\b|provided|submitted|given|made|offered|regarding|about|relating|concerning|for\\s+improv))",
    // rights in it, or its confidentiality taken away ("Feedback is not Confidential Information")
    requires: ["\\b(?:feedback|suggestions?|ideas|testimonials?|proposals|recommendations|comments|improvements)\\b", "\\b(?:licen[cs]\\w*|rights?|title|own\\w*|assign\\w*|property|use[sd]?|using|exploit\\w*|royalty|publish\\w*|display\\w*)\\b|\\b(?:not|no\\s+longer)\\s+(?:be\\s+)?(?:treated\\s+as\\s+|considered\\s+|deemed\\s+)?(?:[\\w'\\u2019]+\\s+){0,2}confidential\\b|\\bnon-?confidential\\b"],
    anchors: ["feedback", "testimonial", "enhancement", "suggestion", "ideas", "idea", "proposals", "recommendations", "comments", "improvements"],
    message: "This takes rights in feedback, suggestions or ideas, which can include the freelancer's own work and corrections.",
    rationale: "Feedback clauses are often written broadly enough to capture your corrections and creative input, and to use them for AI training.",
    fix: "qualify",
    qualifier: "limited to comments about {agency}'s own services, excluding {work}, and never used to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Client may use any feedback or suggestions Contractor provides without restriction.", "The Writer may send the Studio comments, which the Studio may use freely.", "The Studio may use all proposals and recommendations of the Designer."],
      valid: ["The Consultant will send comments on the draft each Friday."],
    },
  },
  // ---------------------------------------------------------------- anonymization loophole
  {
    id: "anonymization/anonymized-use",
    category: "anonymization",
    severity: "medium",
    pattern:
      "\\b(?:anonymi[sz](?:ed|e|es|ing|ation)|anonymous|de-?identif(?:ied|y|ies|ying|ication)|pseudonymi[sz](?:ed|e|es|ing|ation)|depersonali[sz]ed|undifferentiated|non-?(?:personally[- ])?identif(?:ying|iable|ied))\\b(?:\\s*(?:,|and|or)\\s*(?:aggregated|disconnected|anonymi[sz]ed|de-?identified))?(?:\\s+(?:form|data|information|content))?|\\bno\\s+longer\\s+identif\\w+\\b|\\b(?:does|do|will|shall)\\s+not\\s+(?:personally\\s+)?identify\\b",
    requires: [`\\b(?:use[sd]?|using|retain\\w*|keep|kept|shar\\w*|disclos\\w*|exploit\\w*|commerciali[sz]\\w*|publish\\w*|sell|licen[cs]\\w*|own\\w*|may)\\b`],
    anchors: ["anonymi", "anonymous", "identified", "identify", "identifies", "identifying", "identification", "identifiable", "pseudonymi", "depersonalized", "depersonalised", "undifferentiated", "longer", "non"],
    message: "This lets the work be used once it is \"anonymized\" or \"de-identified\", a common AI-training loophole.",
    rationale: "Anonymizing removes your name, not your work: the content can still be used to train models, just without attribution.",
    fix: "qualify",
    qualifier: "which never includes {work} or permits any use to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Agency may retain and use anonymized data derived from the Deliverables."],
      valid: ["Agency shall not use anonymized data derived from the Deliverables.", "The survey responses are anonymous."],
    },
  },
  // ---------------------------------------------------------------- sub-licensing and sharing
  {
    id: "sublicensing/sublicense",
    category: "sublicensing",
    severity: "medium",
    pattern: "(?<!non-?\\s?)\\bsub-?\\s?licen[cs](?:e|es|ed|ing|e?able)\\b|\\bnon-?\\s?sub-?\\s?licen[cs]able\\s*\\(?\\s*(?<t>(?:except|other\\s+than|save)\\s+(?:to|for|with)\\s+[^)\\],;]{1,60})",
    anchors: ["sublicense", "sub", "sublicensable", "sublicensing"],
    message: "This lets the other side sub-license the work to others, including AI vendors.",
    rationale: "Once the work is sub-licensed, the people who receive it are not bound by your agreement and can use it to train AI.",
    fix: "qualify",
    qualifier: "but never to anyone who may use {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["Client may sublicense the Deliverables to its customers.", "Agency receives a non-sublicensable (except to its affiliates) licence to the Content."],
      valid: ["Client may not sublicense the Deliverables."],
    },
  },
  {
    id: "sublicensing/share-third-parties",
    category: "sublicensing",
    severity: "medium",
    pattern: `\\b(?:share[sd]?|sharing|disclos\\w*|transfer\\w*|pass(?:es|ed|ing)?|show(?:n|s|ed|ing)?|display\\w*|visible|accessible|accessed|re-?sell\\w*|resold|rent\\w*|syndicat\\w*|provid\\w*|distribut\\w*|sell|sold|licen[cs]\\w*|mak\\w*\\s+(?:\\w+\\s+){0,3}available|extend\\w*|grant\\w*|permit\\w*|allow\\w*|authori[sz]\\w*)\\b[^.;]{0,80}?\\b(?:with|to|by|through|via)\\s+(?<t>(?:(?:its|our|their|the|any|other|all|certain|such|trusted|selected|vetted|one\\s+or\\s+more|and)\\s+){0,3}(?:[\\w-]+\\s*,\\s*){0,6}${RECIPIENT}(?:\\s*(?:,|and|or|and/or)\\s*(?:(?:its|our|their|other|and)\\s+){0,2}${RECIPIENT}){0,3})\\b|\\b(?:right|licen[cs]e|permission)\\s+to\\s+(?:[\\w-]+,?\\s+){0,6}?(?:and\\s+|or\\s+)?(?:share|redistribute)\\b|\\b(?:grant|give)s?\\s+(?:to\\s+)?(?:(?:each|every|all|any|other)\\s+){1,2}(?:[\\w-]+\\s+)?(?:users?|members?|customers?|licensees?|third\\s+part(?:y|ies))\\b|\\b(?:authori[sz]|permit|allow|enabl)\\w*\\s+(?:(?:its|their|our|the|any|other|one\\s+or\\s+more)\\s+){0,2}(?:[\\w-]+\\s*,\\s*){0,4}(?:${RECIPIENT}|units|designees)(?:\\s+(?:and|or)\\s+(?:its\\s+|their\\s+)?${RECIPIENT})?\\s+to\\b`,
    requires: [WORK_NOUN],
    anchors: ["affiliate$", "affiliates$", "affiliated$", "subsidiaries$", "provider$", "providers$", "subprocessor$", "subprocessors$", "processor$", "processors$", "sub", "partners", "vendors", "third$", "subcontractors", "contractors", "consultants", "users$", "user$", "others$", "customers$", "customer$", "client$", "clients$", "franchisee", "franchisees", "licensee", "licensees", "member$", "members$", "businesses", "companies", "developer$", "developers$", "public$", "share", "shared", "shares", "sharing", "redistribute", "authorize", "authorise", "parent$", "group$", "ai$", "openai", "anthropic", "google", "microsoft", "meta", "mistral", "cohere", "midjourney", "stability", "hugging", "huggingface"],
    message: "This lets the work be shared with affiliates, service providers or other third parties, who may include AI vendors.",
    rationale: "AI companies often act as a \"service provider\" or \"partner\"; sharing the work with them is how it reaches a training set.",
    fix: "qualify",
    qualifier: "each bound in writing not to use {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: [
        "Agency may share the Deliverables with its service providers.",
        "Client may disclose the Content to third parties.",
        "The Agency may provide the Deliverables to OpenAI or Anthropic.",
        "The Publisher may pass the Materials on to its printers, distributors, agents or affiliates.",
        "The Platform may disclose your Content to its advertising partners.",
        "Members grant the Club the right to use, share and adapt their Photographs.",
        "The Franchisor may authorize other franchisees to use the Materials.",
      ],
      valid: ["Agency shall not disclose the Deliverables to any third party.", "Either party may assign this Agreement to an affiliate."],
    },
  },
  {
    id: "sublicensing/third-party-access",
    category: "sublicensing",
    severity: "medium",
    pattern: `(?<t>\\b(?:(?:its|our|their|the|any|other|and)\\s+){0,2}(?:service\\s+providers?|sub-?processors?|third[- ]part(?:y|ies)|sub-?contractors|vendors|partners))\\b(?=[^.;]{0,40}?\\b(?:accessing|using|processing|storing|hosting|receiving|to\\s+(?:access|use|process|store|host|receive))\\b[^.;]{0,120}?${WORK_NOUN})|\\b(?:use|uses|engage[sd]?|rel(?:y|ies)\\s+on|work\\s+with)\\s+(?:(?:only|trusted|vetted|selected|certain|carefully\\s+selected|reputable)\\s+){0,2}(?:third[- ]party\\s+)?(?:[\\w-]+\\s+)?(?:service\\s+providers|partners|vendors|sub-?processors|processors)\\b(?=[^.;]{0,120}?\\b(?:on\\s+(?:our|its|their)\\s+behalf|help\\w*|perform\\w*|process\\w*|power\\w*|host\\w*|store|storage|run)\\b)`,
    anchors: ["provider$", "providers$", "processor$", "processors$", "subprocessor$", "subprocessors$", "sub", "third$", "subcontractors", "vendors", "partners"],
    message: "Service providers, subprocessors or other third parties may access and use the work.",
    rationale: "Each of these recipients is outside your agreement; AI vendors routinely act as service providers, so the work can reach a training set this way.",
    fix: "qualify",
    qualifier: "each bound in writing not to use {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: ["The Agency may permit its subcontractors and other third parties accessing and processing the Content on its behalf.", "We use trusted service providers to help host and process the files you upload."],
      valid: ["No third parties accessing the Content are permitted."],
    },
  },
  {
    id: "sublicensing/affiliates-licence",
    category: "sublicensing",
    severity: "low",
    // "… and its affiliates", "(including its Affiliates)", "of a Studio affiliate"; rights "extended to",
    // "exercised by or through", "transferred to" affiliates, distributors or contract manufacturers
    pattern: "\\b(?:[\\w'\\u2019-]+\\s+)?(?:affiliates|subsidiaries|sublicensees|designees)\\s+(?:may|shall\\s+be\\s+entitled\\s+to|are\\s+entitled\\s+to|will\\s+be\\s+permitted\\s+to)\\s+(?:also\\s+)?(?:use|exercise|exploit|access|reproduce|distribute|copy)\\b|(?<!non-?)\\b(?:transferable|assignable|sublicensable)\\s+(?:\\w+\\s+){0,3}?to\\s+(?:[\\w'\\u2019-]+\\s+){0,2}(?:successors\\s+and\\s+)?affiliates\\b|\\b(?:and|or|including|of)\\s+(?<t>(?:any\\s+of\\s+its|each\\s+of\\s+its|its|their|an?|any)\\s+(?:[\\w-]+\\s+)?(?:affiliates?|subsidiar(?:y|ies))(?:\\s+and\\s+(?:partners|customers))?)\\b|\\b(?:extend|exercis|transfer|sublicens)\\w*\\b(?=[^.;]{0,140}?\\b(?:to|by|through)\\s+(?:or\\s+through\\s+)?(?:(?:its|their|the|any|each\\s+of\\s+its|an?)\\s+)?(?:[\\w'\\u2019-]+\\s+)?(?:affiliates?|subsidiar(?:y|ies)|distributors|manufacturers|designees|sublicensees|third[- ]part(?:y|ies)(?:\\s+[\\w-]+)?)\\b)",
    requires: ["\\b(?:licen[cs]\\w*|rights?|use|exploit\\w*)\\b", `${WORK_NOUN}|\\b(?:rights?|licen[cs]es?)\\s+(?:granted|conferred|hereunder|herein)\\b|\\bright\\s+to\\s+(?:use|distribute|exploit)\\b`],
    unless: `${VENDOR_ONLY}|${CONTRACT_ASSIGNMENT}`,
    anchors: ["affiliates", "affiliate", "subsidiaries", "subsidiary", "extend", "extended", "extends", "exercise", "exercised", "transfer", "transferred", "sublicense", "sublicensed"],
    message: "The rights in the work extend to the other side's affiliates, who are not party to this agreement.",
    rationale: "Each affiliate gets the same rights, and the wording does not stop any of them using the work to train AI.",
    fix: "qualify",
    qualifier: "each bound not to use {work} to {ai}",
    fallbacks: ["project-scope"],
    examples: {
      invalid: [
        "Contractor grants Client and its affiliates a license to use the Deliverables.",
        "The rights granted in this Section may be exercised by or through the Publisher's Affiliates.",
        "The Label may extend the rights granted herein to copy, press and sell the Masters to its distributors.",
      ],
      valid: [
        "Client and its affiliates will pay the fees on time.",
        "Either party may assign this Agreement and its rights and obligations to an Affiliate.",
        "Vendor grants Customer and its affiliates a licence to install the Software.",
      ],
    },
  },
  // ---------------------------------------------------------------- ownership without an AI carve-out
  {
    id: "ownership/work-for-hire",
    category: "ownership",
    severity: "medium",
    pattern: "\\bworks?[- ](?:made[- ])?for[- ]hire\\b|\\bwork\\s+made\\s+in\\s+the\\s+course\\s+of\\s+employment\\b",
    anchors: ["hire", "employment"],
    message: "The work is a \"work made for hire\", and nothing in the contract keeps it out of AI training.",
    rationale: "Whoever owns the work can use it any way they like, including AI training, unless the contract carves that out.",
    fix: "proviso",
    qualifier: "which gives {agency} no right to use {work} to {ai}",
    fallbacks: [],
    examples: {
      invalid: ["All Deliverables shall be works made for hire.", "Each illustration is prepared on a work-for-hire basis."],
      valid: ["The Consultant is hired for a term of six months.", "The Studio may hire freelancers for the work."],
    },
  },
  {
    // One legal structure, ownership passing or vesting, in its usual shapes:
    // - a present or promised assignment: "hereby assigns", "assigns and will assign … all inventions",
    //   "shall cause … to be assigned" (the object must be property, not "this Agreement");
    // - vesting: "shall be owned (exclusively) by", "will become our property", "shall be the sole
    //   and absolute property of", "title … shall vest in", "X owns all …", "assumes ownership".
    // Either direction counts (the direction is judged by the document model).
    id: "ownership/assignment",
    category: "ownership",
    severity: "medium",
    pattern: `\\b(?:hereby\\s+)?(?:irrevocably\\s+)?(?:assigns?|transfers?|conveys?)\\b(?:\\s+and\\s+(?:agrees?\\s+to\\s+)?(?:assign|transfer)s?)?[^.;]{0,60}?\\ball\\s+(?:(?:of\\s+)?(?:its|their|his|her|such\\s+party's)\\s+)?(?:rights?,?\\s+title(?:,?\\s+and\\s+interest)?|intellectual\\s+property(?:\\s+rights)?|copyrights?|ownership)|\\bhereby\\s+(?:(?:irrevocably|unconditionally|absolutely|exclusively|expressly|does|do|and|agrees?\\s+to)\\s*,?\\s+){0,3}(?:assign|transfer|convey)(?:s|ed)?\\b|\\b(?:assign(?:s|ed|ing)?)\\b(?=[^.;]{0,120}?\\b${IP_OBJECT}\\b)|\\b(?:transfer(?:s|red|ring)?|convey(?:s|ed|ing)?)\\b(?=[^.;]{0,120}?\\b${OWNERSHIP_OBJECT}\\b)|\\b(?:be|been|being|is|are)\\s+(?:(?:irrevocably|automatically|hereby|promptly|forthwith)\\s+)?(?:assigned|transferred|conveyed)\\b(?<=\\b${IP_OBJECT}\\b[^.;]{0,140})|\\b(?:shall|will|must|to)\\s+(?:be\\s+)?(?:(?:solely|exclusively|wholly|entirely|absolutely)\\s+)?(?:be\\s+)?owned(?!\\s+jointly)\\s+(?:(?:solely|exclusively|wholly|entirely|absolutely|outright)\\s+)?by\\b|\\b(?:be|becomes?)\\s+(?:deemed\\s+(?:to\\s+be\\s+)?)?(?:the\\s+)?(?:(?:our|its|their|your|his|her|[\\w-]+(?:'|\\u2019)s)\\s+)?(?:(?:sole|exclusive|absolute|entire|full|only|unencumbered|and)\\s+){0,4}(?:property|owners?)\\b(?=\\s+of\\b|\\s*[,.;]|\\s+(?:free|without|and|from|upon|as|in\\s+perpetuity)\\b)|\\b(?:is|are)\\s+the\\s+(?:(?:sole|exclusive|absolute|entire|full|only|unencumbered|and)\\s+){0,4}(?:property|owners?)\\s+of\\b(?:(?<=\\b${MADE_THING}\\b[^.;]{0,160})|(?=\\s+(?:(?:all|any|each|the|such)\\s+){0,2}(?:[\\w-]+\\s+)?${MADE_THING}\\b))|\\b(?<!\\b(?:its|their|his|her|our|your|my|the|jointly|co|not)\\s)(?:shall\\s+|will\\s+)?owns?\\s+(?:(?:and\\s+(?:shall|will)\\s+(?:continue\\s+to\\s+)?own|exclusively|solely|outright)\\s+)?(?:(?:all|any|each|the\\s+entire)\\b(?=[^.;]{0,80}?\\b${IP_OBJECT}\\b)|the\\s+(?=${OWNERSHIP_OBJECT}\\b))|\\bassumes?\\s+(?:(?:and|will|shall|assume|sole|full|exclusive)\\s+){0,4}ownership\\b|\\b(?:copyrights?|ownership|intellectual\\s+property(?:\\s+rights)?|all\\s+(?:(?:economic|exclusive|proprietary)\\s+)?rights?|title\\s+(?:to|in)\\s+(?:(?:all|the|any|each|such)\\s+)?${MADE_THING})\\b${GAP}{0,80}?\\b(?:(?:shall|will)\\s+)?(?:pass(?:es)?|transfers?|vests?)\\s+(?:(?:automatically|immediately|exclusively|solely)\\s+)?(?:to|in)\\b|\\b(?:shall|will)\\s+(?:(?:automatically|immediately|exclusively|solely|wholly)\\s+)?belong\\s+(?:(?:exclusively|solely|entirely|wholly|absolutely)\\s+)?to\\b|\\bbelongs?\\s+(?:exclusively|solely|entirely|wholly|absolutely)\\s+to\\b|\\b(?:shall|will)\\s+(?:hold|acquire|obtain|receive)\\s+(?:all|the\\s+entire|sole|exclusive|full)\\s+(?:(?:right|rights|title|interest|ownership|copyrights?)\\b)|\\bvest(?:s|ed)?\\s+(?:(?:exclusively|solely|absolutely|wholly|fully|automatically)\\s+)?in\\b(?<=\\b(?:title|ownership|rights?|interest|property)\\b[^.;]{0,120})|\\bvest\\s+(?:title|ownership|all\\s+right)\\b`,
    unlessAfter: "\\s+(?:(?:this|the)\\s+(?:agreement|contract)|(?:any\\s+of\\s+)?(?:its|their|his|her|such\\s+party(?:'|\\u2019)s)\\s+(?:rights|obligations)\\s+(?:and|or|under|hereunder)|(?:(?:a|an|one|two|three|four|five|several|additional|qualified|dedicated|sufficient|such|its|their|the|senior|junior)\\s+){0,2}(?:[\\w-]+\\s+)?(?:personnel|staff|employees?|people|persons?|individuals?|team(?:\\s+members?)?|resources|representatives?|managers?|designers?|developers?|consultants?|engineers?|writers?|editors?|tasks?|priorit\\w*)\\b)",
    unlessTrigger: "^(?:assigned|transferred|conveyed)$",
    anchors: ["assign", "assigns", "assigned", "assigning", "transfer", "transfers", "transferred", "transferring", "convey", "conveys", "conveyed", "conveying", "property", "owner", "owners", "own", "owns", "owned", "ownership", "vest", "vests", "vested", "copyright", "copyrights", "title", "rights", "belong", "belongs"],
    message: "All rights in the work pass to the other side, with nothing about AI training.",
    rationale: "An owner may use the work for anything, including training AI, unless the contract says otherwise; the fix keeps ownership but excludes AI training.",
    fix: "proviso",
    qualifier: "which gives {agency} no right to use {work} to {ai}",
    fallbacks: [],
    examples: {
      invalid: [
        "Contractor hereby assigns to Client all right, title and interest in the Work Product.",
        "Client owns all rights to the work.",
        "The Designer assigns to the Studio every invention conceived during the engagement.",
        "All sketches and layouts prepared under this Agreement shall be owned exclusively by the Agency.",
        "Any idea the Writer submits will become the Publisher's sole and exclusive property.",
        "Title to the photographs shall vest solely in the Client upon payment.",
        "The Writer shall cause any domain names and trademarks registered in its name to be transferred to the Publisher.",
        "Copyright in each Deliverable passes to the Client on payment.",
        "All sketches will belong to the Studio.",
        "The Supplier agrees that the Buyer is the owner of all Results.",
        "The Agency owns the copyright in every Deliverable.",
      ],
      valid: [
        "Neither party may assign this Agreement without consent.",
        "Either party may assign this Agreement to an affiliate.",
        "The Studio will assign a project manager to oversee the Deliverables.",
        "Options shall vest in four equal annual instalments.",
        "New methods developed together shall be owned jointly by the parties.",
        "Each party will use its own tools and remain responsible for its own taxes.",
        "Title to the printed goods passes to the Buyer on delivery.",
        "The laptops belong to the Contractor.",
        "The Client shall have all rights and remedies available at law.",
      ],
    },
  },
] as const satisfies readonly RuleData[];

export type RuleId = (typeof RULES)[number]["id"];
