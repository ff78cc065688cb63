/** Rules: explicit AI training grants. Each rule carries its own valid and invalid examples, checked by the rules' test (checkRules). */
import type { RuleData } from "./types";
import { AI_CORE, AI_DERIVED_USE, AI_TAIL, GAP, AI_TARGET, IMPROVE_VERB, MAKER_ROLE, TRAIN_VERB, WORK_NOUN } from "./vocab";
import { NO_AI, PLATFORM_OBJECT, QUESTION, TRAINING_TOOLS, ON_OUR_CONTENT, TRAINED_ON_OWN_SOURCES, OWN_MODEL_OWN_DATA } from "./shared";

/**
 * Work run through an AI system only to give the user the service it asked for, or to keep the service
 * safe ("processed by AI systems to provide the features you request", "scanned with machine learning
 * tools to detect abuse"): AI used as a feature, not a model trained on the work.
 */
const SERVICE_OR_SAFETY =
  "\\s*,?\\s+(?:(?:solely|only|strictly)\\s+)?(?:in\\s+order\\s+)?to\\s+(?:(?:provide|deliver|operate|perform)\\s+(?:(?:the|our|this)\\s+)?(?:services?|features?|functionality|platform|product|translation|transcription)(?=\\s+(?:to\\s+you|(?:that\\s+)?you\\s+(?:request|use|ask\\s+for|asked\\s+for|requested))\\b|\\s*[.;,]|\\s*$)|(?:detect|prevent|identify|moderate|filter|flag|block|remove)\\s+(?:(?:and|or)\\s+\\w+\\s+)?(?:spam|fraud|abuse|malware|viruses|illegal|unlawful|harmful|prohibited|infringing|child|security|policy|violations?|threats?)|return\\s+(?:a|the|your)\\s+(?:response|result|answer|output))\\b";

/**
 * The parts of the AI-use rule, kept apart so that each pattern stays under the 20 KB past which V8
 * no longer optimises a regular expression (test/engine/rules.test.ts): the work used as training
 * data or for AI purposes, the work fed into or shared with AI systems, and (vocab.ts AI_DERIVED_USE)
 * the work turned into embeddings or synthetic data, imitated, or used to prompt an AI system.
 */
const AI_USE_TRAINING = `\\btrains?\\s+(?:(?:our|its|their|any)\\s+(?!own\\b)(?:[\\w-]+\\s+)?models?\\s+)?on\\s+(?!(?:[\\w'\\u2019-]+\\s+){0,3}?(?:publicly|public|licensed|purchased|third[- ]party|open[- ]source|synthetic|its\\s+own|their\\s+own|our\\s+own)\\b)(?:[\\w'\\u2019-]+\\s+){0,3}?(?:data|content|inputs?|outputs?|prompts?|conversations?|files|uploads|submissions?|works?|materials)\\b|\\b(?:commingl|combin|merg|mix|pool)\\w*\\s+with\\s+(?:the\\s+|any\\s+|our\\s+|its\\s+)?(?:[\\w-]+\\s+)?training[- ](?:data(?:\\s*sets?)?|datasets?|sets?|corp(?:us|ora))\\b|\\b(?:text[\\s-]*(?:and|&|/)[\\s-]*data[- ]mining|TDM)\\b(?<=\\b(?:for|in|to|of|into)\\s+(?:the\\s+purposes?\\s+of\\s+)?(?:any\\s+)?(?:text[\\s-]*(?:and|&|/)[\\s-]*data[- ]mining|TDM))|\\b(?:${AI_CORE}|model)(?:\\s+(?:and|or)\\s+\\w+)?(?:[- ](?:generation|generated|related|based))?[- ](?:training|development|improvement|evaluation|purposes|uses?(?!\\s+polic))\\b|\\b(?:AI|A\\.I\\.|ML|machine[- ]learning|artificial[- ]intelligence|voice|language)[- ]models?[- ](?:generation|creation|building)\\b|\\b(?:use[sd]?|using|consum(?:e|es|ed|ing)|ingest(?:s|ed|ing)?|retain(?:s|ed|ing)?|kept|stored|shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|available)\\b(?!["\\u201d])${GAP}{0,50}?(?<!-)\\b(?:for|in|in\\s+(?:connection|relation)\\s+with|relat(?:ing|ed)\\s+to|with\\s+respect\\s+to)\\s+(?:(?:any|an?|the)\\s+)?(?:purposes?\\s+of\\s+)?(?:training|(?:(?:generative|conversational)\\s+)?(?:machine[- ]learning|artificial[- ]intelligence|AI|ML)(?!\\s+(?:tools?|systems?|features?|products?|services?|assistants?|models?|technolog\\w*|techniques?|software|vendors?|providers?|-))(?:\\s+(?:training|research|development))?)\\b(?!\\s+(?:[\\w-]+\\s+){0,2}${AI_TARGET}\\b)(?!\\s+(?:of\\s+)?(?:(?:its|their|our|the|new)\\s+)?(?:[\\w-]+\\s+)?(?:staff|employees|personnel|sessions?|courses?|programs?|programmes?|workshops?|classes|seminars?|materials?|purposes))|\\b(?:as|into|in|for|from|part\\s+of|to(?<=\\badd(?:s|ed|ing)?\\s+(?:\\w+\\s+){0,4}?to)|to\\s+(?:create|build|compile|expand|augment|enrich|grow|supplement|form|make|produce))\\s+(?:(?:the|any|a|our|its|their)\\s+)?(?:(?:parallel|additional|supplementary|reference|seed|further)\\s+)?training[- ](?:data(?:\\s*sets?)?|datasets?|sets?|corpus|corpora|materials?|inputs?|examples)\\b|\\b(?:use|uses|using|copy|process)\\b(?!["\\u201d])(?:(?!\\b(?:not|never|no|nor|without|exclud\\w*)\\b)[^.;:]){0,40}?\\btraining[- ]data\\b|\\b(?:ingest\\w*|feed(?!back)\\w*|fed|incorporat\\w*|integrat\\w*|input\\w*(?<!\\b(?:[Yy]our|[Tt]heir|[Oo]ur|[Ii]ts|[Tt]he|[Aa]ny|[Aa]ll|[Ss]uch|[Tt]hese|[Tt]hose|[Hh]is|[Hh]er|[Uu]ser|[Cc]ustomer)\\s+(?:[\\w-]+\\s+(?:and|or)\\s+)?input\\w*)|put(?:s|ting)?|enter(?:s|ed|ing)?|upload\\w*|load(?:s|ed|ing)?|past(?:e|es|ed|ing)|submit(?:s|ted|ting)?|add(?:s|ed|ing)?|deposit\\w*|plac(?:e|es|ed|ing)|insert\\w*)\\b(?<!\\b(?:nothing|anything|everything|content|that|which)\\s+(?:you|we|they|users?)\\s+\\w+)${GAP}{0,90}?\\b(?:into|to|in|by)\\b${GAP}{0,32}?\\b${AI_CORE}\\b${AI_TAIL}|\\b${AI_CORE}\\s+(?:for|to)\\s+(?:the\\s+purposes?\\s+of\\s+)?(?:provid\\w*\\s+and\\s+)?(?:improv|develop|enhanc)\\w*|\\bas\\s+(?:(?:an?\\s+)?[\\w-]+(?:\\s+[\\w-]+)?(?:\\s*,\\s*|\\s*,?\\s+(?:or|and)\\s+)){0,4}(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:prompts?|inputs?|context|retrieval\\s+sources?|reference\\s+(?:material|data)|(?:seed|reference|source|style)\\s+images?|(?:parallel[- ])?corp(?:us|ora)\\s+data|parallel\\s+(?:corp(?:us|ora)|texts?|data)|few-shot\\s+examples|(?:training\\s+)?examples|exemplars|grounding\\s+(?:data|material)|conditioning\\s+(?:material|data|inputs?|images?))(?:(?:\\s*,\\s*(?:or\\s+|and\\s+)?|\\s+(?:or|and)\\s+)(?:an?\\s+)?(?:[\\w-]+\\s+)?(?:prompts?|inputs?|context|retrieval\\s+sources?|reference\\s+(?:material|data)|(?:seed|reference|source|style)\\s+images?|(?:parallel[- ])?corp(?:us|ora)\\s+data|parallel\\s+(?:corp(?:us|ora)|texts?|data)|few-shot\\s+examples|(?:training\\s+)?examples|exemplars|grounding\\s+(?:data|material))){0,4}\\s*,?\\s+(?:for|to|in|into)\\s*,?\\s+(?:(?:any|a|the|its|their|our)\\s+)?(?:(?:development|training|testing|improvement|evaluation)(?:\\s+(?:and|or)\\s+\\w+)?\\s+of\\s+(?:(?:any|the|its|their|our)\\s+)?)?(?:[A-Z][\\w-]*(?:'s|\\u2019s)\\s+)?(?:(?:[\\w-]+\\s+)?${AI_CORE}\\b${AI_TAIL}|(?:automated|statistical|predictive|computational|self-learning)\\s+(?:[\\w-]+\\s+){0,3}?(?:models?|engines?)\\b|(?:reinforcement|supervised|self-supervised|unsupervised|federated)\\s+learning|RLHF|generat\\w*\\s+synthetic\\s+[\\w-]+|(?:human\\s+)?preference\\s+(?:tuning|learning|optimi[sz]ation))|\\b(?:build|creat|compil|assembl|construct|curat)\\w*\\s+(?:[\\w-]+\\s+){0,2}?(?:data\\s*sets?|datasets?|corpora|corpus)\\s+(?:for|to\\s+(?:train|improve|develop|evaluate|test))\\s+(?:(?:its|the|any|their|our)\\s+)?(?:[\\w-]+\\s+){0,3}?models?\\b|\\b(?:synthesi[sz]|simulat|recreat|replicat|clon)\\w*(?:(?:\\s*,\\s*|\\s+(?:or|and)\\s+)(?:or\\s+|and\\s+)?(?:digitally\\s+|otherwise\\s+)?(?:synthesi[sz]|simulat|recreat|replicat|clon|imitat|reproduc|model)\\w*){1,3}\\s+(?:(?:the|your|its|their|his|her)\\s+)?(?:[\\w-]+(?:'s|\\u2019s)\\s+)?(?:voices?|likeness|face|singing|vocal\\s+style)\\b|\\b(?:extract|deriv|comput|generat|creat|produc|calculat|obtain)\\w*\\s+(?:[\\w-]+\\s+){0,3}?(?:embeddings?|(?:vector|numerical|numeric|latent)\\s+representations?|feature\\s+vectors?)\\b|\\b(?:incorporat|integrat|load|ingest|absorb)\\w*\\s+(?:\\w+\\s+){0,2}?(?:in\\s*to|in)\\s+(?:(?:the|its|our|their|any|such)\\s+)?(?:[A-Z][\\w-]*(?:'s|\\u2019s)\\s+)?(?:own\\s+)?(?!(?:business|financial|pricing|operating|revenue|delivery|service|cost|data|pricing|staffing|engagement)\\b)(?:[\\w-]+\\s+)?models\\b|\\b(?:(?:model|AI|ML)\\s+)?training\\b(?<=(?<!\\b(?:not|never)\\s+)\\b(?:exclud\\w*|exempt\\w*|withheld|kept\\s+out|opted\\s+out)\\s+from\\s+(?:(?:any|all|our|the|its|their|every|each)\\s+)?(?:(?:subsequent|future|later|further)\\s+)?(?:(?:model|AI|ML)\\s+)?training)(?!\\s+(?:sessions?|courses?|programs?|programmes?|workshops?|classes|seminars?))|\\b(?:not|never)\\s+(?:be\\s+|been\\s+|being\\s+)?excluded\\s+from\\s+(?:(?:the|any|our|its|their)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:training|(?:training\\s+)?data\\s*sets?|datasets?|models?)\\b`;
const AI_USE_SYSTEM = `\\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|send(?:s|ing)?|sent|licen[cs](?:e|es|ed|ing)|disclos\\w*|shar(?:e|es|ed|ing)|sell|sells|sold|transfer\\w*|export\\w*|(?:mak\\w*|made)\\s+(?:[\\w,]+\\s+){0,8}?available|offer\\w*)\\b${GAP}{0,120}?\\b(?:to|with)\\s+(?:(?:any|other|third[- ]party|external|outside|one\\s+or\\s+more|vetted|selected|approved|trusted|certain|leading)\\s+){0,2}(?:(?:developers?|builders?|makers?|trainers?|providers?|vendors?)\\s+of\\s+(?:[\\w-]+\\s+){0,2}?${AI_CORE}|(?:${AI_CORE}|model)\\s+(?:developers?|companies|labs?|laborator(?:y|ies)|firms|start-?ups|builders?|trainers?|vendors?|providers?|suppliers?))\\b|\\b(?:with|through|via|using)(?<!\\b(?:stop|cease|avoid)\\s+using|\\byou\\s+(?:generate|create|make|produce)\\s+with)\\s+(?:(?:any|an?|its|their|our|other|third[- ]party|consumer|public)\\s+){0,2}${AI_CORE}\\s+(?:tools?|systems?|services?|platforms?|models?|applications?|assistants?|products?|pipelines?|engines?|infrastructure|software|technolog(?:y|ies))\\b(?!${SERVICE_OR_SAFETY})|\\b(?:processed|analy[sz]ed|parsed|scanned)\\s+(?:by|with|through)\\s+(?:(?:any|an?|the|its|their|our|your)\\s+)?${AI_CORE}\\b(?!(?:\\s+(?:systems?|tools?|models?|technolog(?:y|ies)|algorithms?|services?|classifiers?))?${SERVICE_OR_SAFETY})`;

/** What the two halves of the AI-use rule share: where they do not apply, their anchors, the fix. */
const AI_USE_SHARED = {
  category: "ai-training-grant",
  severity: "high",
  // "We use machine learning to improve spam detection": the other side's tool, in a sentence that names none of the work
  unless: `${QUESTION}|${PLATFORM_OBJECT}|${TRAINED_ON_OWN_SOURCES}|^(?![^]*${WORK_NOUN})(?=[^]*\\b(?:use|uses|using|appl(?:y|ies|ying))\\s+${AI_CORE}\\s+(?:to|for)\\s+(?:improv|develop|enhanc))`,
  // "The chatbot integrated into our app uses AI": the subject's own modifier, then its verb; nothing is fed into AI
  unlessTrigger: "^(?:integrat|incorporat|embed)\\w*\\s+(?:in\\s*to|in|with)\\b[^.;]*\\b(?:uses|runs|employs|leverages|relies\\s+on)\\s+(?:[\\w-]+\\s+)?[\\w.-]+$",
  anchors: ["excluded$", "generator", "generators", "automated", "adaptive", "lora", "loras", "rag", "mining", "tdm", "chatgpt", "gpt", "midjourney", "stable", "dall", "copilot", "chat", "conversational", "generation$", "speech", "coding", "transfer$", "capable", "able$", "designed$", "generate$", "generates$", "generating$", "synthetic", "train", "model$", "ai", "ml", "llm", "llms", "machine", "recognition$", "vision", "natural", "nlp", "artificial", "deep", "neural", "language", "foundation", "generative$", "predictive", "embedding", "embeddings", "embed", "vector", "numerical", "numeric", "latent", "simulate$", "recreate$", "synthesise", "synthesize", "reinforcement", "supervised", "unsupervised", "federated", "rlhf", "preference", "retrieval", "synthetic", "imitate", "imitating", "imitation", "mimic", "mimicking", "emulate", "emulating", "digital", "voice", "likeness", "clone", "cloned", "cloning", "apply$", "applying$", "style", "manner", "prompt$", "prompts$", "prompted$", "prompting$", "paste$", "pasted$", "pastes$", "pasting$", "submit$", "submits$", "submitted$", "submitting$", "diffusion", "synthesis", "completion$", "completing$", "predictive", "models$", "developers$", "developer$"],
  purposeLead: true,
  rationale:
    "Using the work as training data, or ingesting it into an AI system, puts it inside a model for good; nothing in this wording stops it being used to compete with you.",
  fix: "replace-purpose",
  qualifier: NO_AI,
  fallbacks: ["opt-out", "project-scope"],
} as const;

export const AI_TRAINING_RULES = [
  {
    id: "ai-training-grant/train-models",
    category: "ai-training-grant",
    severity: "high",
    // the words between the verb and the model never hold a negation ("Training Data, Provider may not … Train any Model")
    pattern: `\\b${TRAIN_VERB}\\b${GAP}{0,80}?\\b${AI_TARGET}\\b${AI_TAIL}|\\b${TRAIN_VERB}\\s+(?:(?:models?|algorithms?)\\s+)?on\\s+(?:(?:your|the|its|their|any|all|our|customer|user|client|such|this)\\s+){1,2}(?:[\\w-]+\\s+)?(?:content|data|work|works|code|inputs?|outputs?|prompts?|files|materials|deliverables|uploads|conversations|chats|submissions|posts|images|text|repositories|documents|projects|messages|emails|recordings|photos|photographs|videos|designs|artwork|articles|tracks|manuscripts|drawings|footage)\\b|\\b${AI_TARGET}\\s+(?:(?:and|or)\\s+[\\w-]+\\s+)?(?:is|are|was|were|will\\s+be|may\\s+be|can\\s+be|have\\s+been|has\\s+been|get|gets)\\s+(?:[\\w-]+\\s+){0,2}?(?<t>${TRAIN_VERB})(?:\\s*,?\\s*(?:or|and)\\s+[\\w-]+)?\\s+(?:on|using|with|from)\\b|\\b${TRAIN_VERB}\\b(?<=\\b(?:on|from)\\s+which\\s+(?:(?:our|its|their|the|any)\\s+)?(?:[\\w-]+\\s+){0,2}?${AI_TARGET}${AI_TAIL}\\s+(?:(?:and|or)\\s+[\\w-]+\\s+)?(?:is|are|was|were|have\\s+been|has\\s+been|will\\s+be|may\\s+be)\\s+(?:[\\w-]+\\s+)?${TRAIN_VERB})|\\b(?:trained|fine-?tuned)\\s+(?:on|using|with)\\s+(?:the|those|these|such|your|its|any|all)\\b(?<=\\b(?:tools?|models?|systems?|engines?|algorithms?)\\s+(?:(?:that|which)\\s+(?:are|were|have\\s+been)\\s+)?(?:trained|fine-?tuned)\\s+(?:on|using|with)\\s+(?:the|those|these|such|your|its|any|all))|\\blearn(?:s|ed|t|ing)?\\b(?<=\\b(?:systems?|models?|assistants?|tools?|algorithms?|engines?|AI|LLMs?|networks?)\\s+(?:(?:may|can|will|shall|to|also|continuously|automatically|does|do|did|not|never|cannot|doesn't|don't|won't|can't|itself|themselves)\\s+){0,3}learn(?:s|ed|t|ing)?)(?=\\s+(?:[\\w'\\u2019,-]+\\s+){0,6}?from\\b)|\\bfine[- ]?tun(?:e|es|ed|ing)\\b${GAP}{0,60}?\\b(?:assistants?|agents?|chat-?bots?|bots?|co-?pilots?)\\b|\\b(?:be\\s+influenced\\s+by|draw\\s+(?:on|upon)|borrow\\s+from)\\b(?<=\\b(?:AI|ML|machine[- ]learning|artificial[- ]intelligence|generative|LLMs?|algorithms?|models?)(?:\\s+(?:systems?|tools?|models?))?\\s+(?:(?:may|can|will|could|might|also)\\s+){1,2}(?:[\\w-]+\\s+(?:or|and)\\s+)?(?:be\\s+influenced\\s+by|draw\\s+(?:on|upon)|borrow\\s+from))|\\b(?:(?:re|pre)-?train|train|fine[- ]?tun)\\w*\\s+(?:[A-Z][\\w.]*-)+\\d[\\w.-]*\\b|\\b(?:model|AI|ML|network)\\s+(?:weights|checkpoints|parameters)\\s+(?:(?:that\\s+|which\\s+)?(?:are|were|have\\s+been)\\s+)?(?:created|trained|built|derived|produced|obtained|learned|learnt)\\s+(?:using|from|on|with)\\b|\\b(?:teach(?:es|ing)?|taught)\\s+(?:(?:the|its|our|their|any|[A-Z][\\w-]*(?:'s|\\u2019s))\\s+)?(?:[\\w-]+\\s+){0,2}?(?:software|systems?|machines?|computers?|algorithms?|models?|programs?|networks?|tools?)\\s+(?:how\\s+)?to\\b|\\b(?:teach(?:es|ing)?|taught)\\s+(?:(?:the|its|our|their|any|future|new|later|next)\\s+){1,2}(?:(?:versions?|generations?|releases?)\\s+of\\s+(?:the|its|our|their)\\s+)?(?:assistants?|models?|systems?|tools?|AI|algorithms?|engines?)\\b|\\b(?:data\\s*sets?|datasets?|corpora|corpus)\\s+(?:(?:that\\s+are|which\\s+are)\\s+)?(?:used|intended|designed|compiled|assembled)\\s+(?:to|for)\\s+(?:train|teach|fine-?tun|pre-?train)\\w*\\b|\\b(?:(?:re|pre)-?)?train(?:s|ed|ing)?(?:\\s*,\\s*[a-z]+){0,4}(?:,?\\s+(?:and|or)\\s+[a-z]+)?\\s+(?:(?:the|its|our|their|any|other|such)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:systems?|platforms?|software|technolog(?:y|ies)|engines?|chat-?bots?|bots?|features?|services?|products?)\\b(?!\\s+(?:users?|staff|administrators?|operators?)\\b)|(?<!\\b(?:be|been|being|is|are|was|were|get|gets|got)\\s+)\\b${TRAIN_VERB}\\s+(?:(?:models?|algorithms?)\\s+)?on\\s+(?:conversations|chats|prompts|inputs|outputs|uploads|submissions|repositories|messages|emails|recordings|photos|videos|images)\\b`,
    // a definition grants nothing; nor does a vendor describing tools it offers for its customers to train with
    // nor is training the model the maker is engaged to build ("the datasets for the model the Contractor is engaged to build")
    unless: `${QUESTION}|${TRAINING_TOOLS}|${PLATFORM_OBJECT}|${TRAINED_ON_OWN_SOURCES}|${OWN_MODEL_OWN_DATA}|\\bre-?train\\w*\\s+(?:(?:the|any|such|its|each)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:(?:or|and)\\s+(?:otherwise\\s+)?)?(?:to\\s+)?(?:remove|purge|eliminate|excise|exclude|without)\\b|\\b(?:design|build|develop|train|deploy|deliver)\\w*(?:\\s*,\\s*|\\s+(?:and|or)\\s+)[^.;]{0,40}?\\b(?:chat-?bots?|models?|systems?|assistants?|agents?)\\s+(?:described|specified|set\\s+out|defined|identified)\\s+in\\s+(?:the\\s+|this\\s+)?(?:schedule|SOW|statement\\s+of\\s+work|exhibit|specification|order)\\b|\\b(?:segregated|separated|isolated|kept\\s+(?:apart|separate))\\s+from\\s+(?:the\\s+|any\\s+)?(?:data|datasets?|content)\\s+(?:that\\s+is\\s+|which\\s+is\\s+)?used\\s+to\\s+train\\b|\\bmodels?\\s+(?:that|which)\\s+(?:the\\s+)?${MAKER_ROLE}\\s+(?:is|are|has\\s+been|was|will\\s+be)\\s+(?:engaged|retained|hired|commissioned|appointed)\\s+to\\s+(?:build|develop|train|create|deliver)\\b`,
    unlessTrigger: "\\b(?:staff|employees?|personnel|workers|team members|users to|trainees?)\\b|^(?:(?:to|for|in)\\s+)?training\\s+(?:sessions?|courses?|programs?|programmes?|workshops?|classes|seminars?|curricul\\w*|on\\s+how)\\b|^(?:(?:to|for|in)\\s+)?training[- ](?:data|datasets?|sets?|materials?|corpus|corpora)\\b",
    unlessAfter: ON_OUR_CONTENT,
    anchors: ["influenced$", "draw$", "borrow$", "weights$", "checkpoints$", "parameters$", "learn$", "learns$", "learned$", "learnt$", "train", "retrain", "pretrain", "tune", "tuned", "tunes", "tuning", "finetune", "finetuning", "teach", "teaches", "teaching", "taught"],
    purposeLead: true,
    message: "This lets the other side train AI or machine-learning models on the work.",
    rationale:
      "Once the work is used to train a model it cannot be taken back out: the model keeps what it learned, and can reproduce your style or content for others without paying you.",
    fix: "replace-purpose",
    qualifier: NO_AI,
    fallbacks: ["opt-out", "project-scope"],
    examples: {
      invalid: [
        "The Platform may train on conversations from personal accounts.",
        "The Agency may use the Deliverables to train its machine learning models.",
        "Client may use submitted content for training artificial intelligence systems.",
        "Company may fine-tune language models on the Work Product.",
        "The Platform may train on your uploads.",
        "The Customer may use the Work Product to fine-tune its automated assistants.",
        "The Studio may use the Footage to teach its software to recognise camera moves.",
        "Provider may use the Content to train, develop and improve the Platform.",
      ],
      valid: [
        "The Agency shall not use the Deliverables to train any machine learning model.",
        "Contractor will provide training to Client staff on the new models of the website.",
        "Client is prohibited from using the Work Product to train, fine-tune or test any AI system.",
        "The Contractor will train the Client's staff to use the booking software.",
        "The Vendor shall train platform users on the Deliverables at no extra charge.",
      ],
    },
  },
  {
    id: "ai-training-grant/improve-ai",
    category: "ai-training-grant",
    severity: "high",
    pattern: `\\b(?:${IMPROVE_VERB}|test(?:s|ed|ing)?|validat\\w*|benchmark\\w*|evaluat\\w*)\\b(?<!\\byou\\s+\\w+)[^.;:,]{0,40}?\\b${AI_CORE}\\b${AI_TAIL}|\\b${IMPROVE_VERB}\\s+(?:the\\s+)?(?:[\\w-]+(?:\\s*,\\s*|\\s+(?:and|or)\\s+)){0,3}[\\w-]+\\s+of\\s+(?:(?:our|its|their|the|any)\\s+)?(?:own\\s+)?${AI_CORE}\\b${AI_TAIL}|\\b${IMPROVE_VERB}(?:\\s*,?\\s*(?:and|or)\\s+(?:${IMPROVE_VERB}|train\\w*))?\\s+(?:our|its|their)\\s+(?:own\\s+)?(?:(?:AI|ML|language|foundation|generative|recommendation|ranking|prediction|predictive|classification|proprietary|analytical|analytics|statistical|scoring|tagging|moderation|search|speech|voice|vision|[\\w]+-generation)(?:\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+|\\s+)){0,4}models\\b|\\b(?:including|such\\s+as|in\\s+particular)\\s+(?:(?:its|our|their|the|any)\\s+)?(?:own\\s+)?(?:${AI_CORE})\\b${AI_TAIL}(?<=\\b${IMPROVE_VERB}\\b[^.;:]{0,100})|\\b${IMPROVE_VERB}\\s+(?:(?:the|our|its|their)\\s+)?(?:AI\\s+|ML\\s+)?models?(?:['\\u2019]s?)?\\s+(?:performance|quality|accuracy|precision|capabilities|outputs?|responses?)\\b|\\bhelp\\w*\\s+(?:our|its|their|the)\\s+(?:${AI_CORE}|models?|algorithms?)\\s+(?:to\\s+)?learn\\b|\\b(?:allow|permit|let|enabl)\\w*\\s+(?:(?:our|its|their|the|any)\\s+)?(?:${AI_CORE}|models?|algorithms?)(?:\\s+(?:systems?|models?|tools?))?\\s+to\\s+learn\\s+from\\b|\\bmak(?:e|es|ing)\\s+(?:our|its|their|the)\\s+(?:${AI_CORE}|models?|algorithms?)(?:\\s+models?)?\\s+(?:(?:\\w+\\s+){0,3}?(?:better|safer|smarter|more\\s+\\w+))\\b|\\b${IMPROVE_VERB}(?:\\s*,?\\s*(?:and|or)\\s+(?:${IMPROVE_VERB}|train\\w*))?\\s+the\\s+(?:underlying\\s+)?(?:[\\w-]+\\s+)?models?\\s+(?:that|which)\\s+(?:power|powers|drive|drives|run|runs|underl\\w+|support|supports)\\b|\\b(?:develop|build|creat|train|distil)\\w*\\s+(?:(?:a|an|any|other|their\\s+own|its\\s+own)\\s+)?(?:competing|competitive|rival)\\s+(?:[\\w-]+\\s+){0,2}?models?\\b|\\b(?:develop|build|creat|train|distil)\\w*\\s+(?:(?:a|an|any|other)\\s+)?(?:[\\w-]+\\s+)?models?\\s+(?:that|which)\\s+compete\\b`,
    unlessAfter: ON_OUR_CONTENT,
    // a party described as making AI-powered products ("develops and sells AI-powered software") names nothing of the work
    unless: `${QUESTION}|${PLATFORM_OBJECT}|${OWN_MODEL_OWN_DATA}|${TRAINED_ON_OWN_SOURCES}|^(?![^]*${WORK_NOUN})(?=[^]*\\b${AI_CORE}[- ](?:powered|based|driven|enabled)\\b)`,
    anchors: ["chatgpt", "automated", "adaptive", "lora", "loras", "rag", "gpt", "midjourney", "stable", "dall", "copilot", "chat", "conversational", "generation$", "speech", "coding", "transfer$", "capable", "able$", "designed$", "generate$", "generates$", "generating$", "synthetic", "ai", "ml", "llm", "llms", "machine", "recognition", "vision", "natural", "nlp", "artificial", "deep", "neural", "language", "foundation", "generative$", "predictive", "automated", "models$", "model$", "diffusion", "synthesis", "completion", "help", "helps", "helping", "make", "makes", "making"],
    purposeLead: true,
    message: "This lets the other side use the work to develop or improve AI or machine-learning systems.",
    rationale:
      "Developing or improving an AI system with your work is AI training under another name: your work becomes part of a product you are not paid for and cannot withdraw from.",
    fix: "replace-purpose",
    qualifier: NO_AI,
    fallbacks: ["opt-out", "project-scope"],
    examples: {
      invalid: [
        "The Company may allow its machine learning systems to learn from the Artwork.",
        "Client may use the Work Product to improve its machine learning algorithms.",
        "The Studio may use the Materials for the development of artificial intelligence tools.",
        "Company may use the Deliverables to test and validate its machine learning systems.",
        "Once pseudonymised, the Recordings may be used to refine our models.",
        "The Vendor may use the Tickets to develop and improve automated systems.",
        "The Agency may use the Snippets to improve the Agency's code-completion model.",
        "Prompts may be used to improve model accuracy.",
        "The Platform may use the Designs to enhance its tools, including its generative AI features.",
      ],
      valid: [
        "Client will not use the Work Product to improve any machine learning algorithm.",
        "Contractor will develop a responsive website for Client.",
        "The Consultant will help the Client improve its business models.",
        "The Studio develops and sells AI-powered editing software.",
      ],
    },
  },
  {
    id: "ai-training-grant/improve-algorithms",
    category: "ai-training-grant",
    severity: "high",
    pattern: "\\b(?:to|for|in)\\s+(?:(?:the\\s+)?purposes?\\s+of\\s+)?(?:(?:help|further)\\s+)?(?:train|fine[- ]tun|develop|improv|enhanc|refin|optimi[sz])\\w*(?:\\s*,\\s*(?:train|fine[- ]tun|tun|develop|improv|enhanc|refin|optimi[sz]|test|validat|evaluat)\\w*){0,4}(?:,?\\s+(?:and|or)\\s+(?:train|fine[- ]tun|tun|develop|improv|enhanc|refin|optimi[sz]|test|validat|evaluat)\\w*)?\\s+(?:(?:its|their|our|the\\s+\\w+(?:'s|\\u2019s)?)\\s+)?(?:own\\s+)?(?:[\\w-]+\\s+(?:and|or)\\s+)?(?:recommendation\\s+|ranking\\s+|matching\\s+|proprietary\\s+)?algorithms?\\b",
    requires: [WORK_NOUN, "\\b(?:may|licen[cs]\\w*|rights?|use[sd]?|using|consents?|agrees?)\\b"],
    unless: `${QUESTION}|${PLATFORM_OBJECT}`,
    anchors: ["algorithm", "algorithms"],
    message: "This lets the other side use the work to develop or improve its algorithms, which is how AI models are trained.",
    rationale:
      "Improving an algorithm with your work means learning from it: the work becomes training data for a system you are not paid for and cannot withdraw it from.",
    fix: "replace-purpose",
    qualifier: NO_AI,
    fallbacks: ["opt-out", "project-scope"],
    examples: {
      invalid: ["The Company may use the Work Product to develop and improve its algorithms.", "Agency may use the Content to refine its recommendation algorithms.", "The Client may use the Deliverables to develop, test and tune its ranking algorithms."],
      valid: ["The Company shall not use the Work Product to improve its algorithms.", "Contractor will document the sorting algorithms used in the Software."],
    },
  },
  {
    id: "ai-training-grant/ai-training-use",
    pattern: `${AI_USE_TRAINING}`,
    ...AI_USE_SHARED,
    message: "This allows the work to be used as AI training data or fed into AI systems.",
    examples: {
      invalid: [
        "Uploaded files are not excluded from the data sets we use to train our models.",
        "Agency may use the Deliverables for machine learning purposes.",
        "Client may include the Materials in training datasets.",
        "Company may upload the Work Product into generative AI tools.",
        "The Agency may paste the Copy into ChatGPT to draft variations.",
        "The Label may use the Stems as seed prompts, worked examples or grounding material for the Label's generative AI tools.",
        "Client may use the Renders as inputs to, and reference for, any diffusion model.",
        "Once the Transcripts are ingested into the Company's ranking models, the Company may keep them there.",
        "The Agency may use the Scripts for the purposes of machine learning.",
        "The Platform may use the Uploads with machine learning to improve its services.",
      ],
      valid: [
        "Agency shall not include the Deliverables in any training dataset.",
        "Client shall keep the files in machine-readable form.",
        "Vendor may use the Materials as examples in training its support staff.",
        "We use machine learning to improve spam detection.",
        "The Consultant's findings will be incorporated into the Client's financial models.",
        "The Deliverables are licensed for human use only and may not be processed by machine learning algorithms.",
      ],
    },
  },
  {
    id: "ai-training-grant/ai-system-use",
    pattern: `${AI_USE_SYSTEM}`,
    ...AI_USE_SHARED,
    message: "This allows the work to be fed into, shared with or imitated by AI systems.",
    examples: {
      invalid: [
        "Client may use the Work Product with any AI tool of its choosing.",
        "The Publisher may license the Poems to developers of large language models.",
        "The Vendor may pass the Tickets through its machine learning pipeline.",
        "The Publisher may have the Manuscript analysed by artificial intelligence tools.",
      ],
      valid: [
        "Files you upload are scanned with machine learning tools to detect malware.",
        "The Agency may share the Scripts with its software developers.",
        "The Agency may run the Copy through its spell-checking tools.",
      ],
    },
  },
  {
    // the third part of the AI-use rule: embeddings, synthetic data, style imitation, prompting
    id: "ai-training-grant/ai-derived-use",
    pattern: AI_DERIVED_USE,
    ...AI_USE_SHARED,
    message: "This allows the work to be turned into embeddings or synthetic data, imitated, or used to prompt AI systems.",
    examples: {
      invalid: [
        "The Agency may convert the Articles into vector embeddings for its search assistant.",
        "Client may use the Photographs to generate synthetic training images.",
        "The Platform may use the Songs to imitate the Artist's style.",
        "The Label may use the Masters to produce new songs in the signature style of the Composer.",
        "The Publisher may prompt generative AI tools with the Illustrations.",
        "The Client may store the Deliverables in a vector database.",
        "The Studio may generate synthetic variations of the Photographs.",
      ],
      valid: [
        "Agency shall not convert the Articles into embeddings or use them to imitate the Writer's style.",
        "The Designer will follow the Client's house style in every layout.",
        "The Agency may use the Copy in the style of the Client's brand guide.",
      ],
    },
  },
  {
    id: "ai-training-grant/ai-purpose-listed",
    category: "ai-training-grant",
    severity: "high",
    pattern: `\\b(?:machine[- ]learning|artificial[- ]intelligence|deep[- ]learning|generative\\s+AI|speech[- ]recognition|(?:large\\s+)?language\\s+models|voice\\s+(?:agents|cloning|synthesis)|computer\\s+vision)(?:\\s*(?:,|and|or|and/or)\\s*(?:machine[- ]learning|artificial[- ]intelligence|deep[- ]learning|generative\\s+AI|speech[- ]recognition|(?:large\\s+)?language\\s+models|voice\\s+(?:agents|cloning|synthesis)|computer\\s+vision)){0,3}\\b(?!\\s*(?:-|\\()|\\s+(?:tools?|systems?|features?|products?|services?|assistants?|models?|technolog\\w*|techniques?|software|vendors?|providers?))(?<=\\b(?:for|purposes?|uses?|including|such\\s+as)\\b\\s*:?[^.;:]{0,160})`,
    unless: `${QUESTION}|${PLATFORM_OBJECT}`,
    requires: [
      "\\b(?:purposes?|uses?)\\s+(?:of|including|such\\s+as|like)\\b|\\bfor\\s+(?:the\\s+)?purposes?\\b|\\b(?:used|use)\\s+for\\s*:|\\bfor\\s+(?:[a-z-]+\\s*(?:,|and|or)\\s*){1,6}(?:machine[- ]learning|artificial[- ]intelligence|deep[- ]learning|generative\\s+AI)\\b",
      WORK_NOUN,
      "\\b(?:licen[cs]\\w*|rights?|may|use[sd]?|using)\\b",
    ],
    anchors: ["machine", "recognition", "vision", "natural", "nlp", "artificial", "deep", "generative$", "speech$", "language$", "voice$"],
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
    pattern: "\\b(?:scrap(?:e|es|ed|ing|ers?)|crawl(?:s|ed|ing|ers?)?|spiders?|(?:ro)?bots|text[\\s-]*(?:and|&|/)[\\s-]*data[- ]mining|data[- ]mining|TDM)\\b(?:(?<=\\b(?:not|never|no|nor|prohibit\\w*|forbid\\w*|refrain\\w*|reserv\\w*|restrict\\w*|exclud\\w*|block\\w*|disallow\\w*|off[- ]limits)\\b[^.;]{0,160})|(?=[^.;]{0,100}\\b(?:reservation\\s+of|reserved\\b|(?:is|are)\\s+(?:strictly\\s+)?(?:prohibited|forbidden|not\\s+(?:permitted|allowed)))))",
    unless: `${QUESTION}`,
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
] as const satisfies readonly RuleData[];
