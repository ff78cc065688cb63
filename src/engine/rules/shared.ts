/** Vocabulary shared by the rules of several categories (each rule file holds one category). */
import { TRAIN_VERB, WORK_NOUN } from "./vocab";

export const NO_AI = "never to {ai}";

/** Up to five licence adjectives between two others, each perhaps with a parenthesis: ", non-exclusive, non-transferable (except …), ". */
export const LICENCE_ADJECTIVES =
  "(?:\\s*(?:,\\s*)?(?:and\\s+)?(?:non-?\\s?exclusive|exclusive|non-?\\s?transferr?able|transferr?able|non-?\\s?sub-?licen[cs]e?able|sub-?licen[cs]e?able|non-?\\s?assignable|assignable|fully[- ]paid(?:[- ]up)?|paid[- ]up|limited|revocable|personal|perpetual|irrevocable)(?:\\s*\\([^()]{0,80}\\))?){0,5}\\s*(?:,\\s*)?(?:and\\s+)?";

/** A purpose or time limit on a licence. */
export const PURPOSE_LIMIT =
  "\\b(?:solely|only|exclusively)\\s+(?:(?:to|for|in\\s+connection\\s+with|as)\\b|(?:the\\s+)?extent)|\\bto\\s+the\\s+extent\\s+(?:necessary|required|needed)\\b|\\bas\\s+(?:reasonably\\s+|strictly\\s+)?(?:necessary|required|needed)\\s+(?:to|for)\\b|\\bfor\\s+the\\s+(?:sole|limited|exclusive)\\s+purposes?\\b|\\b(?:during|for\\s+the\\s+duration\\s+of)\\s+the\\s+(?:term|subscription|option\\s+period)\\b|\\b(?:for|in|on|within)\\s+(?:the|this|that|such|each|its)\\s+(?:[\\w-]+\\s+){0,3}?only\\b|\\b(?:is|are|shall\\s+be|will\\s+be)\\s+(?:strictly\\s+)?(?:limited|restricted|confined)\\s+to\\b|\\bfor\\s+the\\s+(?:sole\\s+|limited\\s+|exclusive\\s+)?purposes?\\s+of\\s+(?:(?:promoting|marketing)\\s+and\\s+)?(?:providing|operating|delivering|hosting|performing|supporting|maintaining)\\s+(?:(?:the|our|its|their|your)\\s+)?(?:[\\w-]+\\s+)?(?:services?|platform|site|website|apps?|products?|account)\\s*(?:to\\s+(?:you|the\\s+[\\w-]+)\\s*)?(?=[.;]|$)";

/**
 * The act's object is the other side's own service, site or output, and the sentence names nothing
 * of the user's: "use the Services or any Platform Content to train a model" restricts or describes
 * the platform's property; it grants nothing over the user's work (nor does a restriction on using it
 * protect the user's work, so it is not credited either; anti-scraping terms are credited by the scraping rule).
 */
export const PLATFORM_OBJECT = `^(?![^]*\\b(?:your|you\\s+(?:provide|submit|upload|post)|customer|user|client|contractor|consultant|freelancer|deliverables?|work\\s+product|inputs?|prompts?|submissions?)\\b)(?=[^]*\\b(?:use|using|access\\w*|scrap\\w*|copy\\w*|extract\\w*|harvest\\w*|collect\\w*|mine|mining|reproduc\\w*)\\s+(?:(?!(?:in|on|at|into|from|with|to|by|for)\\s)[\\w-]+\\s+){0,2}?(?:(?:our|the)\\s+(?:services?|site|platform|website|apps?|apis?)|our\\s+(?:content|materials|data|models?|outputs?)|(?:the\\s+|any\\s+)?outputs?|(?:any\\s+)?platform\\s+content|(?:the\\s+|any\\s+)?(?:content|materials|data|information)\\s+(?:on|from|in|available\\s+(?:on|through|via))\\s+(?:the|our)\\s+(?:services?|site|platform|website|apps?))\\b)`;

/** A question ("Does the Vendor train on my data?") asks; it grants nothing. */
export const QUESTION = "\\?\\s*[\"')\\]]*\\s*$";

/** Who work may be passed on to: affiliates, providers, partners, other users, named AI companies. */
export const RECIPIENT =
  "(?:(?:(?!(?:no|not|none|any|by|from|of|to|with)\\s)[\\w-]+\\s+)?(?:affiliates?|subsidiaries)|(?:[\\w-]+\\s+)?(?:(?:service|platform|technology|hosting|cloud|AI|model|content|outsourcing|IT)\\s+providers?|partners|vendors|collaborators|distributors|resellers|co-?producers|(?:media|advertising|marketing|creative|PR|digital)\\s+agencies)|partner\\s+(?:sites|websites|platforms|apps|services|networks|publications|channels)|any\\s+(?:[\\w-]+\\s+){1,2}(?:engaged|appointed|retained|nominated|designated|selected)\\s+by|agents|providers(?<=\\b(?:these|those|such|our|its|their)\\s+providers)|sub-?processors?|(?:(?!(?:no|not|none|any|an?|by|from|against|of)\\s)[\\w-]+\\s+)?third[- ]part(?:y|ies)(?:\\s+(?:service\\s+providers?|vendors?|partners?|suppliers?|contractors?|(?:[\\w-]+\\s+)?(?:services|servers|tools|platforms|APIs|processors)))?|sub-?contractors|contractors|consultants|researchers|external\\s+parties|(?:other|each|every|all)\\s+(?:[\\w-]+\\s+){0,2}?(?:users?|customers?|clients?|franchisees?|licensees?|members?|businesses|companies|developers?|agencies|freelancers|studios|suppliers|creators|students|participants|learners|readers|viewers|listeners|subscribers|players|visitors|investigators|researchers|institutions|organi[sz]ations)|(?:[\\w-]+\\s+)?(?:buyers|franchisees|licensees|sub-?licensees|sub-?agents|co-?publishers|assignees|transferees)|any\\s+(?:other\\s+)?(?:person|entity|individual)|anyone|(?:any\\s+)?members?\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|our\\s+)?(?:[\\w-]+(?:'s|\\u2019s)\\s+)?(?:corporate\\s+)?group|any\\s+(?:[\\w-]+\\s+)?partner|(?:the\\s+)?(?:general|wider|broader)\\s+public|the\\s+public|others|(?:[\\w-]+\\s+)?vendor\\b(?<=\\b(?:our|its|their|any|each|an?)\\s+(?:[\\w-]+\\s+)?vendor)|(?:prospective|potential|existing|current|future)\\s+(?:clients|customers|buyers|licensees|partners|employers)|(?:our|its|their)\\s+parent\\s+company|group\\s+companies|holding\\s+compan(?:y|ies)|associated?\\s+companies|family\\s+of\\s+companies|corporate\\s+(?:group|family)|(?:companies|entities|members)\\s+(?:in|of|within)\\s+(?:our|its|their|the)\\s+(?:corporate\\s+)?(?:group|family)|affiliated\\s+companies|AI\\s+(?:vendors|providers)|OpenAI|Anthropic|Google|Microsoft|Meta|Mistral(?:\\s+AI)?|Cohere|Midjourney|Stability\\s+AI|Hugging\\s*Face)";

/** Assignment of the contract itself (not of a licence over work): "assign this Agreement", "rights and obligations". */
export const CONTRACT_ASSIGNMENT =
  "\\bassign\\w*\\b[^.;]{0,30}?\\b(?:this|the)\\s+agreement\\b(?!\\s+and\\s+(?:the\\s+|all\\s+|any\\s+|its\\s+|their\\s+)?(?:licen[cs]es?|rights))|\\b(?:this|the)\\s+agreement\\b(?!\\s+and\\s+(?:the\\s+|all\\s+|any\\s+|its\\s+|their\\s+)?(?:licen[cs]es?|rights))[^.;]{0,60}?\\bassign\\w*|\\brights?\\s+(?:and|or|and/or)\\s+obligations\\b|\\bobligations\\s+(?:and|or)\\s+rights\\b";

/** A vendor offering tools with which its customers train (the customer is the trainer): "provides APIs to fine-tune and train models", "lets you fine-tune". */
export const TRAINING_TOOLS = `\\b(?:offers?|provides?|makes?\\s+available)\\s+(?:[\\w-]+\\s+){0,6}?(?:APIs?|interfaces?|tools?|platforms?|features?|infrastructure)\\s+(?:to|for)\\s+(?:(?:host|use|upload|fine-tune|build|create|deploy|run|serve|customi[sz]e|manage|evaluate|test|store)(?:\\s*,\\s*|\\s+)){0,6}(?:(?:and|or)\\s+)?${TRAIN_VERB}\\b|\\b(?:lets?|allows?|enables?)\\s+(?:you|customers?|users?|developers?)\\s+(?:to\\s+)?(?:[\\w-]+(?:\\s*,\\s*|\\s+(?:and|or)\\s+)){0,4}${TRAIN_VERB}\\b|^(?![^]*\\b(?:we|the\\s+company|the\\s+provider)\\s+(?:may|can|will|shall)\\b)\\s*(?:you|customers|users|developers)\\s+(?:can|may|are\\s+able\\s+to)\\s+(?:[\\w-]+(?:\\s*,\\s*|\\s+(?:and|or)\\s+)){0,4}${TRAIN_VERB}\\s+(?:(?:your|their)\\s+own\\s+|custom\\s+|private\\s+)(?:[\\w-]+\\s+)?(?:models?|classifiers?)\\b`;

/** "… to train models on Our Content": a platform restricting its users, not a grant over the freelancer's work. */
/** Where a vendor's own training data comes from, one or a list: "licensed, public and synthetic data sets". */
const SOURCE_KIND = "(?:publicly\\s+available|public|licensed|purchased|third[- ]party|open[- ]source|synthetic|proprietary|commercially\\s+available)";
const SOURCE_DATA = `${SOURCE_KIND}(?:(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)${SOURCE_KIND}){0,4}\\s+(?:data(?:\\s*sets?)?|datasets?|content|sources|text|images|information)\\b`;
/** Words that name the user's side or work: a sentence with one is not only about the vendor's own sources. */
const USERS_SIDE = "\\b(?:you|your|customer|user|client|contractor|submitted|uploaded|deliverables?|work\\s+product)\\b";

export const ON_OUR_CONTENT = `[^.;]{0,80}?\\b(?:on|using|with|from)\\s+(?:(?:our|the\\s+platform(?:'s|\\u2019s)?)\\s+(?:content|materials|platform|site|services|data)\\b|${SOURCE_DATA}(?![^.;]*${USERS_SIDE}))`;

/**
 * A sentence that says what the other side's models are trained on, naming only its own sources ("Our
 * models are trained on licensed, public and synthetic data sets"), or that it uses its own data ("retains the
 * right to use its own database and content to build its AI systems"): no right over the work.
 */
export const TRAINED_ON_OWN_SOURCES = `^(?![^]*${USERS_SIDE})(?=[^]*\\b(?:trained|built|developed)\\s+(?:exclusively\\s+|only\\s+|solely\\s+|primarily\\s+)?(?:on|using|with|from)\\s+(?:a\\s+(?:mix|mixture|combination)\\s+of\\s+)?${SOURCE_DATA}|[^]*\\b(?:use|uses|using)\\s+(?:its|their|our)\\s+own\\s+(?:[\\w-]+\\s+(?:and\\s+|or\\s+)?){0,3}?(?:data(?:bases?)?|content|materials?|datasets?|corp(?:us|ora))\\s+(?:to|for)\\b)`;

/**
 * The trainer trains its own model on its own data ("lets you fine-tune models on your own datasets",
 * "the datasets you upload to train your custom models"): the data and the model have one owner, so no
 * right over anyone else's work flows.
 */
export const OWN_MODEL_OWN_DATA =
  "\\b(?:fine-?tuned|custom|trained)\\s+(?:[\\w-]+\\s+)?(?:models?|classifiers?)\\s+(?:that\\s+|which\\s+)?you\\s+(?:create|train|build|make|fine-?tune)\\b|\\b(?:train|fine-?tun|build)\\w*\\s+(?:(?:and|or)\\s+\\w+\\s+)?(?:(?:your|its|their)\\s+(?:own\\s+)?(?:custom\\s+|private\\s+)?|custom\\s+)?(?:models?|classifiers?)\\s+(?:on|using|with|from)\\s+(?:your|its|their)\\s+own\\s+(?:[\\w-]+\\s+)?(?:data(?:\\s*sets?)?|datasets?|content|files|examples)\\b|\\b(?:data(?:\\s*sets?)?|datasets?|files|content|examples)\\s+(?:that\\s+)?you\\s+(?:upload|provide|supply|submit|choose)\\s+to\\s+(?:train|fine-?tune)\\s+your\\b|\\b(?:train|fine-?tun|build)\\w*\\s+(?:(?:and|or)\\s+\\w+\\s+)?(?:its|their|your)\\s+own\\s+(?:[\\w-]+\\s+)?(?:models?|classifiers?)\\s+(?:on|using|with|from)\\s+(?:the\\s+)?(?:Customer|Your|User)\\s+Data\\b|^(?![^]*\\b(?:our|its|their)\\s+(?:own\\s+)?(?:[\\w-]+\\s+){0,2}(?:models?|algorithms?|AI|systems?)\\b)(?=[^]*\\b(?:train|fine-?tun)\\w*\\s+your\\s+(?:own\\s+)?(?:[\\w-]+\\s+){0,2}(?:models?|classifiers?)\\b)";

/**
 * The maker is the one who may reuse ("The Contractor may reuse its know-how for other clients", "the
 * Designer may show the Deliverables in its portfolio and on other projects"): a right the user keeps,
 * not one over the user's work. Only role words that always name the maker count.
 */
export const MAKER_KEEPS =
  "(?:^|[,;]\\s*(?:and\\s+)?)\\s*(?:[\\w.()]{1,8}\\s+)?(?:the\\s+)?(?:independent\\s+contractor|contractor|consultant|freelancer|designer|writer|artist|creator|photographer|illustrator|author|developer|translator)\\s+(?:[\\w-]+\\s+){0,2}?(?:may|can|is\\s+(?:free|entitled)|shall\\s+(?:be|remain)\\s+(?:free|entitled)|retains?|reserves?)\\b";

/**
 * A residuals clause: general knowledge, skills and know-how kept in unaided memory ("any generalized
 * knowledge … that its personnel retain in their unaided memories") is no part of the work, when the
 * sentence names no work beside it.
 */
export const RESIDUALS_ONLY =
  `^(?![^]*${WORK_NOUN}(?<!\\b(?:know-how|ideas?|concepts|information)))(?=[^]*(?:\\b(?:general(?:i[sz]ed)?|general-purpose)\\s+(?:knowledge|skills?|experience|know-?how|expertise)\\b|\\bunaided\\s+memor(?:y|ies)\\b))`;
