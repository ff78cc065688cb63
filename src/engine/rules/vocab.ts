/**
 * Regular-expression fragments for the legal vocabulary. Every fragment is linear-time:
 * alternations of literal words, bounded repetitions, no nested unbounded quantifiers.
 */

/** Words that name AI / machine learning itself (not just "model"); "AI" in a name is masked before the rules read (text/index.ts). */
export const AI_CORE =
  "(?:ChatGPT|GPT-?\\d[\\w.]*|Midjourney|Stable\\s+Diffusion|DALL[-\\u00b7]?E(?:\\s?\\d)?|Copilot|artificial[- ]intelligence|A\\.?I\\.?|machine[- ]learning|ML|deep[- ]learning|neural[- ]networks?|LLMs?|(?:large[- ])?language[- ]models?|foundation[- ]models?|generative(?:[- ]AI)?|AI[- ]models?|predictive(?:[- ]algorithms?|\\s+(?:analytics\\s+)?models?)|automated\\s+(?:decision[- ]making\\s+)?systems?|(?:speech|voice|image|facial|face|object|handwriting)[- ]recognition|computer[- ]vision|natural[- ]language[- ](?:processing|understanding|generation)|NLP|(?:neural\\s+)?machine[- ]translation(?:\\s+engines?)?|(?:music|image|video|text|voice|speech|art|content|code|story|script|copy|essay|article|song|lyrics?|design|asset|character|avatar|photo|picture|3d|typeface|font|voice|dialogue)[- ]generat(?:ion|ing|ive)\\s+(?:(?:system|model|tool|engine|platform|application|pipeline|service|assistant|agent|bot|feature|product)s?|technolog(?:y|ies)|software|capabilit(?:y|ies)|functionality)|(?:voice|face|likeness|style)[- ]clon(?:ing|es?)|deep-?fakes?|retrieval[- ]augmented\\s+generation|RAG\\s+(?:systems?|pipelines?|knowledge\\s+bases?)|style[- ]transfer|(?:models?|programs?|systems?|software|tools?|algorithms?|checkpoints?|LoRAs?)\\s+(?:capable\\s+of|designed\\s+(?:to|for)|able\\s+to|that\\s+(?:can|could))\\s+(?:generat|synthesi[sz]|imitat|replicat|reproduc)\\w*|(?:AI|conversational|coding)\\s+(?:chat-?bots?|assistants?|agents?)|text[- ]to[- ](?:speech|image|video)|chat-?bots?|diffusion\\s+models?|(?:image|video|voice|speech|audio|music|text)[- ]synthesis(?:\\s+(?:system|model|tool|engine)s?)?|(?:code|text)[- ]?complet(?:ion|ing)\\s+(?:model|tool|engine|system|assistant|service)s?|(?:automated|adaptive|statistical)[- ]learning|(?:image|video|music|voice|art|code)\\s+generators?|automated\\s+(?:writing|drafting|coding|content|image|voice|translation|transcription|summari[sz]ation)|automated\\s+(?:[\\w-]+\\s+)?(?:assistants?|agents?|tutors?)|neural\\s+(?:engines?|nets?|models?|voices?))(?!\\s+(?:restrictions?|prohibitions?|provisions?|clauses?|covenants?|undertakings?|addendum|schedule|rider)\\b)";

/** AI words plus the generic "model(s)" / "algorithm(s)" used after a training verb. */
export const AI_TARGET = `(?:${AI_CORE}|models?|algorithms?|classifiers?|(?:suggestion|recommendation|prediction|inference)\\s+engines?)`;

/** Optional tail after an AI word: "… machine learning models and algorithms". */
export const AI_TAIL =
  "(?:\\s+(?:models?|algorithms?|systems?|tools?|technolog(?:y|ies)|features?|products?|services?|capabilities|engines?|applications?|training|development|purposes))?(?:\\s+(?:and|or)\\s+(?:models?|algorithms?|systems?|tools?|technolog(?:y|ies)|features?|products?|services?))?";

/** Verbs of training a model. */
export const TRAIN_VERB = "(?:(?:re|pre)-?train(?:s|ed|ing)?|train(?:s|ed|ing)?|fine[- ]?tun(?:e|es|ed|ing)|teach(?:es|ing)?|taught)";

/** Verbs of building or improving something (not the makers: "Developer", "creators", "builders"). */
export const IMPROVE_VERB = "(?:develop|improv|enhanc|build|creat|refin|optimi[sz]|augment|innovat)(?!(?:e?rs?|ors?)\\b)\\w*";

/** Role words that always name the maker (never the other side, unlike "Supplier" or "Provider"). */
export const MAKER_ROLE =
  "(?:contractor|consultant|freelancer|designer|developer|writer|artist|creator|photographer|illustrator|author|animator|translator|narrator|composer|musician|performer|actor|editor|copywriter|videographer|tester)";

/** The receiving side's role words: "Client", "Publisher", "Licensee" (as rules read them, in any case). */
export const RECEIVER_ROLE =
  "(?:client|company|customer|publisher|agency|studio|licensee|buyer|purchaser|employer|producer|label|network|broadcaster|distributor|commissioner|brand|sponsor|owner|organi[sz]ation|foundation|business)";

/** Nouns that name a freelancer's work, content or data (what the risky rights are over). */
export const WORK_NOUN =
  "\\b(?:deliverables?|work\\s+product|(?<!\\bstatements?\\s+of\\s+|\\bscopes?\\s+of\\s+)works?|content|materials?|data|information|feedback|ideas?|concepts|know-how|inventions?|submissions?|outputs?|inputs?|prompts?|conversations?|creations?|designs?|copy(?<=\\b(?:the|all|any|such|this|that|marketing|ad|advertising|web|website|sales|product|editorial|final|draft|written|your|its|their|our|his|her|creative|promotional)\\scopy)(?!\\s+(?:of|it|them|the|any|a|an|such)\\b)|text|images?|photographs?|photos?|artwork|recordings?|likeness|ip|intellectual\\s+property|services?\\s+generated|translations?|manuscripts?|articles|illustrations?|contributions?|patch(?:es)?|commits?|pull\\s+requests?|annotations?|transcripts?|transcriptions?|animations?|graphics|logos?|clips|podcasts?|episodes?|programmes?|posts|uploads|portfolios?|files|films?|masters|songs?|tracks|compositions?|books?|novels?|essays?|chapters?|poems?|stories|columns|newsletters?|courses?|lessons?|slides|presentations?|drawings?|renderings?|storyboards?|mock-?ups?|wireframes?|prototypes?|artworks|concept\\s+art|videos?|footage|audio|music|lyrics|scripts?|drafts?|sketches|source\\s+code|code|performances?|voice)\\b";

/** A work noun used of the vendor's own software (a vendor licensing its product). */
export const VENDOR_OWN = "\\b(?:software|documentation|platform|application|app|program|firmware|source\\s+code|object\\s+code|api|sdk)\\b";

/** What ownership passes in: rights and title, intellectual property, or a made thing (an assignment's object). */
export const OWNERSHIP_OBJECT =
  "(?:right\\s*,?\\s+title|rights\\s*,?\\s+title|title\\s+and\\s+interest|(?:all|any|its|their|his|her)\\s+(?:[\\w-]+\\s+)?(?:rights?|interest|title)\\s+(?:in|therein)\\b|ownership|intellectual\\s+(?:and\\s+industrial\\s+)?property|proprietary\\s+rights|copyrights?|patents?(?:\\s+applications?)?|trade-?marks?|moral\\s+rights)";

/** Objects of an assignment or of ownership: property rights and the things made under a contract. */
export const IP_OBJECT =
  `(?:${OWNERSHIP_OBJECT}|(?:such|those|these|the\\s+same)\\s+(?:intellectual\\s+property\\s+)?rights|marks|inventions?|works?(?:\\s+of\\s+authorship|[- ]product)?|deliverables?|developments?|improvements?|(?:program\\s+)?results|know-how|feedback|ideas?|concepts?|designs?|materials|modifications|enhancements|derivative\\s+works|content|outputs?|data|creations?|artwork|photographs?|photos?|images?|registrations?|recordings?|submissions?|communications|web\\s+pages|domain\\s+names?|applications\\s+for\\s+registration)`;

/** The vendor's own product as the object of a licence. */
const VENDOR_PRODUCT = "\\b(?:software|documentation|platform|application|app|program|object\\s+code|source\\s+code|firmware|sdks?|apis?|tools\\s+and\\s+utilities)\\b";
/** Words that name someone's work or results rather than the vendor's product. */
/** Things made under a contract (the subject or object of an ownership statement). */
export const MADE_THING =
  "(?:deliverables?|work\\s+product|works|inventions?|results|developments|improvements|modifications|materials|content|data|feedback|ideas?|concepts?|designs?|artwork|photographs?|photos?|outputs?|everything|anything|whatever)";
const MADE_WORK =
  "\\b(?:deliverables?|work\\s+product|content|materials|data|feedback|inventions?|submissions?|contributions?|works?\\s+of\\s+authorship|photographs?|photos?|designs?|artwork|know-how|improvements?|results)\\b";
/**
 * A sentence about the vendor's own software that names none of the other side's work: a vendor
 * licensing its own product to a customer is not a grant over anyone's work. Used as a rule's `unless`.
 */
export const VENDOR_ONLY = `^(?![^]*${MADE_WORK})(?![^]*\\byou\\s+(?:hereby\\s+)?grant)(?=[^]*${VENDOR_PRODUCT})`;

/** A definition ("\"Dataset\" means …", "\"Train\" or \"Training\" refers to …"): it defines a word and grants nothing. */
export const DEFINITION =
  "^\\s*(?:[\\w.()]{1,8}\\s+)?\"[^\"]{1,60}\"(?:\\s*(?:,|or|and)\\s*\"[^\"]{1,60}\"){0,3}\\s+(?:means|refers\\s+to|shall\\s+mean|is\\s+defined\\s+as|has\\s+the\\s+meaning|shall\\s+have\\s+the\\s+meaning)\\b";

/**
 * Other ways of putting the work into an AI system (the pattern of the rule ai-derived-use): vector
 * embeddings or indexing for retrieval, synthetic data made from it, imitating its author's style or
 * making new work in it, prompting an AI system with it.
 */
export const AI_DERIVED_USE =
  `\\b(?:(?:creat|generat|comput|produc|convert)\\w*\\s+(?:[\\w-]+\\s+){0,4}?(?:into\\s+)?(?:vector\\s+)?embeddings?|(?:index|embed|vectori[sz])\\w*\\b[^.;:]{0,60}?\\b(?:for|in|into)\\s+(?:(?:a|an|the|its|our|their|any)\\s+)?(?:[\\w-]+\\s+)?(?:retrieval|vector\\s+(?:databases?|stores?|index(?:es)?)|semantic\\s+search))\\b|\\bsynthetic\\s+(?:AI\\s+)?(?:(?:training|narration|narrator|character|brand|singing)\\s+)?(?:data(?:\\s*sets?)?|datasets?|narrators?|singers?|actors?|hosts?|characters?|examples|records|corpora|content|images?|text|voices?|speech|vocals|performances?|media|variations?|versions?|samples?|derivatives?|replicas?|spokes(?:persons?|people)|presenters?|avatars?|illustrations?|artwork|designs?|imagery)\\b|\\bdeep-?fakes?\\b|\\b(?:in|into|to)\\s+(?:(?:a|an|the|its|our|their|any)\\s+)?vector\\s+(?:databases?|stores?|index(?:es)?)\\b|\\b(?:imitat\\w*|mimic\\w*|emulat\\w*|replicat\\w*)(?:(?:\\s*,\\s*|\\s+(?:or|and)\\s+)(?:or\\s+|and\\s+)?(?:replicat|reproduc|copy|copie|clon|imitat|mimic|emulat)\\w*){0,3}\\s+(?:of\\s+)?(?:the\\s+)?(?:[\\w-]+(?:'s|\\u2019s)\\s+)?(?:[\\w-]+\\s+)?(?:style|voice|likeness|manner)\\b|\\bin\\s+(?:the\\s+)?(?:(?:same\\s+|distinctive\\s+|recogni[sz]able\\s+|signature\\s+)?(?:style|manner|voice)\\s+of\\s+(?:the\\s+)?(?:contractor|consultant|designer|illustrator|artist|author|writer|photographer|creator|freelancer|developer|talent|performer|composer|musician|narrator|copywriter|animator|translator|editor)\\b(?!['\\u2019])|(?:contractor|consultant|designer|illustrator|artist|author|writer|photographer|creator|freelancer|developer|talent|performer|composer|musician|narrator|copywriter|animator|translator|editor|tutor|instructor|teacher|coach|presenter|singer|speaker)(?:'s|\\u2019s)\\s+(?:own\\s+|distinctive\\s+|recogni[sz]able\\s+|signature\\s+|personal\\s+|artistic\\s+|creative\\s+)?(?:style|manner|voice)\\b)|\\bin\\s+your\\s+(?:distinctive\\s+|recogni[sz]able\\s+|signature\\s+)?style\\b|\\bprompt(?:s|ed|ing)?\\s+(?:(?:any|an?|its|their|our|the|third[- ]party)\\s+){0,2}${AI_CORE}\\b${AI_TAIL}\\s+(?:with|using)\\b|\\bdigital\\s+(?:replicas?|doubles?|twins?|voices?|likeness(?:es)?|avatars?|clones?)\\b|\\bsynthesi[sz](?:e|es|ed|ing)\\s+(?:(?:new|additional|further|more)\\s+)?(?:dialogue|speech|voices?|vocals|lines|performances?)\\b|\\b(?:AI|machine)[- ]generated\\s+(?:simulations?|versions?|recreations?|imitations?)\\b|\\b(?:voice|likeness)\\s+(?:clon\\w*|synthes\\w*)\\b|\\b(?:clon|synthesi[sz])(?:ed|ing)\\b(?<=\\b(?:voices?|likeness(?:es)?)(?:\\s+(?:recordings?|samples?|performances?))?\\s+(?:(?:shall|will|may|must|can)\\s*(?:not\\s+|never\\s+|n't\\s+)?)?(?:be\\s+|been\\s+|being\\s+)?(?:clon|synthesi[sz])(?:ed|ing))|\\bclon(?:e|es|ed|ing)\\s+(?:the\\s+)?(?:[\\w-]+(?:'s|\\u2019s)\\s+)?voices?\\b|\\bapply(?:ing)?\\s+(?:any\\s+)?(?:${AI_CORE})\\s+(?:techniques?|methods?|algorithms?|models?|tools?)\\s+to\\b`;

/** One character of a gap between a verb and its object that never steps over a negation ("Uploads are never used to …"). */
export const GAP = "(?:(?!\\b(?:not|never|no|nor|without)\\b)[^.;:])";

/**
 * The definition of a purpose or a use ("\"Permitted Purpose\" means any purpose whatsoever"): the
 * work it governs is named where the term is used, so a rule on purposes reads the definition without
 * a work noun of its own (an alternative to WORK_NOUN in its `requires`).
 */
export const PURPOSE_DEFINITION = `^\\s*(?:[\\w.()]{1,8}\\s+)?["\\u201c](?:[\\w-]+\\s+){0,3}(?:purposes?|uses?)["\\u201d]\\s+(?:means|shall\\s+mean|refers\\s+to|(?:shall\\s+)?includes?)\\b`;

/** The contract's own grant, named by where it is made ("the licence granted under this clause"): a grant over the work. */
export const LICENCE_GRANTED_HERE = "\\blicen[cs]es?\\s+(?:granted|given|conferred)\\s+(?:under|in|by|pursuant\\s+to)\\s+(?:this|the\\s+(?:preceding|foregoing))\\s+(?:clause|section|paragraph|sub-?clause|agreement)\\b";
