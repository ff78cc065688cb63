/** Vocabulary shared by the rules of several categories (each rule file holds one category). */
import { TRAIN_VERB } from "./vocab";

export const NO_AI = "never to {ai}";

/** Up to five licence adjectives between two others, each perhaps with a parenthesis: ", non-exclusive, non-transferable (except …), ". */
export const LICENCE_ADJECTIVES =
  "(?:\\s*(?:,\\s*)?(?:and\\s+)?(?:non-?\\s?exclusive|exclusive|non-?\\s?transferr?able|transferr?able|non-?\\s?sub-?licen[cs]e?able|sub-?licen[cs]e?able|non-?\\s?assignable|assignable|fully[- ]paid(?:[- ]up)?|paid[- ]up|limited|revocable|personal|perpetual|irrevocable)(?:\\s*\\([^()]{0,80}\\))?){0,5}\\s*(?:,\\s*)?(?:and\\s+)?";

/** A purpose or time limit on a licence. */
export const PURPOSE_LIMIT =
  "\\b(?:solely|only|exclusively)\\s+(?:(?:to|for|in\\s+connection\\s+with|as)\\b|(?:the\\s+)?extent)|\\bto\\s+the\\s+extent\\s+(?:necessary|required|needed)\\b|\\bas\\s+(?:reasonably\\s+|strictly\\s+)?(?:necessary|required|needed)\\s+(?:to|for)\\b|\\bfor\\s+the\\s+(?:sole|limited|exclusive)\\s+purposes?\\b|\\b(?:during|for\\s+the\\s+duration\\s+of)\\s+the\\s+(?:term|subscription|option\\s+period)\\b";

/**
 * The act's object is the other side's own service, site or output, and the sentence names nothing
 * of the user's: "use the Services or any Platform Content to train a model" restricts or describes
 * the platform's property; it grants nothing over the user's work (nor does a restriction on using it
 * protect the user's work, so it is not credited either; anti-scraping terms are credited by the scraping rule).
 */
export const PLATFORM_OBJECT = `^(?![^]*\\b(?:your|you\\s+(?:provide|submit|upload|post)|customer|user|client|contractor|consultant|freelancer|deliverables?|work\\s+product|inputs?|prompts?|submissions?)\\b)(?=[^]*\\b(?:use|using|access\\w*|scrap\\w*|copy\\w*|extract\\w*|harvest\\w*|collect\\w*|mine|mining|reproduc\\w*)\\s+(?:(?!(?:in|on|at|into|from|with|to|by|for)\\s)[\\w-]+\\s+){0,2}?(?:(?:our|the)\\s+(?:services?|site|platform|website|apps?|apis?)|our\\s+(?:content|materials|data|models?|outputs?)|(?:the\\s+|any\\s+)?outputs?|(?:any\\s+)?platform\\s+content)\\b)`;

/** A question ("Does the Vendor train on my data?") asks; it grants nothing. */
export const QUESTION = "\\?\\s*[\"')\\]]*\\s*$";

/** Who work may be passed on to: affiliates, providers, partners, other users, named AI companies. */
export const RECIPIENT =
  "(?:affiliates?|subsidiaries|(?:[\\w-]+\\s+)?(?:(?:service|platform|technology|hosting|cloud|AI|model|content)\\s+providers?|partners|vendors|collaborators|distributors|resellers|co-?producers)|agents|sub-?processors?|third[- ]part(?:y|ies)(?:\\s+(?:service\\s+providers?|vendors|partners))?|sub-?contractors|contractors|consultants|(?:other|each|every|all)\\s+(?:[\\w-]+\\s+){0,2}?(?:users?|customers?|clients?|franchisees?|licensees?|members?|businesses|companies|developers?)|the\\s+public|others|(?:our|its|their)\\s+parent\\s+company|group\\s+companies|(?:companies|entities|members)\\s+(?:in|of|within)\\s+(?:our|its|their|the)\\s+(?:corporate\\s+)?group|affiliated\\s+companies|AI\\s+(?:vendors|providers)|OpenAI|Anthropic|Google|Microsoft|Meta|Mistral(?:\\s+AI)?|Cohere|Midjourney|Stability\\s+AI|Hugging\\s*Face)";

/** Assignment of the contract itself (not of a licence over work): "assign this Agreement", "rights and obligations". */
export const CONTRACT_ASSIGNMENT =
  "\\bassign\\w*\\b[^.;]{0,30}?\\b(?:this|the)\\s+agreement\\b|\\b(?:this|the)\\s+agreement\\b[^.;]{0,60}?\\bassign\\w*|\\brights?\\s+(?:and|or|and/or)\\s+obligations\\b|\\bobligations\\s+(?:and|or)\\s+rights\\b";

/** A vendor offering tools with which its customers train (the customer is the trainer): "provides APIs to fine-tune and train models", "lets you fine-tune". */
export const TRAINING_TOOLS = `\\b(?:offers?|provides?|makes?\\s+available)\\s+(?:[\\w-]+\\s+){0,6}?(?:APIs?|interfaces?|tools?|platforms?|features?|infrastructure)\\s+(?:to|for)\\s+(?:(?:host|use|upload|fine-tune|build|create|deploy|run|serve|customi[sz]e|manage|evaluate|test|store)(?:\\s*,\\s*|\\s+)){0,6}(?:(?:and|or)\\s+)?${TRAIN_VERB}\\b|\\b(?:lets?|allows?|enables?)\\s+(?:you|customers?|users?|developers?)\\s+(?:to\\s+)?(?:[\\w-]+(?:\\s*,\\s*|\\s+(?:and|or)\\s+)){0,4}${TRAIN_VERB}\\b`;

/** "… to train models on Our Content": a platform restricting its users, not a grant over the freelancer's work. */
export const ON_OUR_CONTENT = "[^.;]{0,80}?\\b(?:on|using|with|from)\\s+(?:(?:our|the\\s+platform(?:'s|\\u2019s)?)\\s+(?:content|materials|platform|site|services|data)\\b|(?:publicly\\s+available|public|licensed|purchased|third[- ]party|open[- ]source|synthetic)\\s+(?:data|datasets?|content|sources|text|images|information)\\b(?![^.;]*\\b(?:you|your|customer|user|client|contractor|submitted|uploaded|deliverables?|work\\s+product)\\b))";
