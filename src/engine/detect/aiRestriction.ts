/**
 * A restriction whose reach is AI use, read from the clause's structure rather than from a listed
 * phrase: a prohibition on the other side ("shall not", "may not", "will not permit", "undertakes
 * that … will not", "no … shall") governing an act done with the work ("use", "run through",
 * "employ as prompts", "include in", "disclose to", "imitate", "generate") whose instrument or end
 * is AI (an AI word, a training act or set, a model's weights, learning from the work).
 *
 * The rules credit a no-AI-training protection when one of their own AI-training phrases is
 * negated; this reading covers the long tail of prohibitions that name AI in other words ("use the
 * Artwork to generate variants by means of artificial intelligence", "run the manuscript through
 * any AI-powered editing service", "include such pages in any dataset it compiles"). It never
 * credits a restriction on the maker (the user's own duty), a disclaimer ("shall not be liable for
 * AI output"), a condition, or the use of AI as a tool to make the work itself.
 */
import { AI_CORE, TRAIN_VERB, WORK_NOUN } from "../rules/vocab";
import { isRemovalCue, negationCue } from "./negation";
import { CONTRACTOR_SIDE } from "./negationCues";
import { conditionClosed, inCondition, inRequirement } from "./conditions";
import { FREELANCER_ROLES, roleAlt } from "./protections";

/**
 * Where a prohibition can reach AI use: an AI word, a training act, a training set or corpus, a
 * dataset, a model's weights, embeddings or a vector store, a model that learns from the work.
 */
const AI_REACH = new RegExp(
  String.raw`\b(?:${AI_CORE}|${TRAIN_VERB}|(?:training|model)[- ](?:data(?:\s*sets?)?|datasets?|sets?|corp(?:us|ora)|pipelines?|programmes?|programs?|purposes)|data\s*sets?|model\s+weights|(?:embeddings?|vector\s+(?:stores?|databases?|index(?:es)?))|learn(?:s|ing)?\s+from|(?:automated|machine)\s+learning(?:\s+systems?)?|(?:AI|ML)-(?:powered|based|driven|enabled|assisted|related|generated)|(?:by|through|via|using)\s+(?:means\s+of\s+)?(?:any\s+)?automated\s+means|agentic|(?:${TRAIN_VERB}|(?:develop|improv|build|augment|refin)\w*)(?:\s+(?:or|and)\s+\w+)?\s+(?:(?:any|a|an|its|their|our|the)\s+)?(?:[\w-]+\s+)?models?)\b`,
  "gi",
);

/** An act done with the work, between the prohibition and the AI word (or just after it). */
const ACT = /\b(?:use[sd]?|using|put(?:s|ting)?|add\w*|hand\w*|pass\w*|send\w*|sent|let(?:s|ting)?|serv(?:e|es|ed|ing)|steer\w*|reach\w*|mak(?:e|es|ing)|made|turn\w*|expos\w*|load\w*|employ\w*|input\w*|upload\w*|feed\w*|fed|submit\w*|run|runs|running|process\w*|includ\w*|incorporat\w*|disclos\w*|shar(?:e|es|ed|ing)|provid\w*|supply\w*|suppl(?:y|ies|ied)|mak\w+\s+available|permit\w*|allow\w*|authori[sz]\w*|licen[cs]\w*|sell\w*|sold|train\w*|fine-?tun\w*|condition\w*|prompt\w*|imitat\w*|replicat\w*|mimic\w*|clon\w*|generat\w*|develop\w*|build\w*|built|augment\w*|improv\w*|creat\w*|compil\w*|collect\w*|scrap\w*|harvest\w*|ingest\w*|commingl\w*|mix\w*|combin\w*|learn\w*|extend\w*|exploit\w*|analy[sz]\w*|copy\w*|cop(?:y|ies|ied)|reproduc\w*|transfer\w*|mine|mining|extract\w*|retain\w*|stor(?:e|es|ed|ing))\b/i;

/** A negation that limits something else: liability, warranties, payment, the duty to act, or reverse engineering the other side's technology. */
const NOT_A_USE = /\b(?:reverse[- ]engineer\w*|decompil\w*|disassembl\w*|liab\w*|responsib\w*|warrant\w*|represent\w*|guarantee\w*|indemn\w*|accountable|charge\w*|pay\w*|fees?|compensat\w*|obliged|obligated|required|need\s+to|have\s+to|affect\w*|prevent\w*|preclud\w*\s+(?:the\s+)?(?:contractor|consultant|freelancer)|restrict\w*\s+(?:the\s+)?(?:contractor|consultant|freelancer))\b/i;

/** AI as the maker's tool in making the work itself: "AI tools in producing the Deliverables". */
const MAKING_THE_WORK = /\b(?:in|for|when|while|during)\s+(?:the\s+)?(?:perform\w*|produc\w*|creat\w*|prepar\w*|provi\w*|deliver\w*|develop\w*|mak\w+|render\w*|writ\w*|design\w*)\s+(?:of\s+)?(?:the\s+|any\s+)?(?:services|deliverables|work(?:\s+product)?|project)\b/i;

/** An option offered to the user ("you can choose not to have it learn from your data"): an opt-out, which grants by default. */
const OPTION = /\b(?:can|may|could|are\s+able\s+to)\s+(?:choose|elect|opt|decide|ask|request|instruct)\b/i;

/** An AI word that is part of a name: "Notion AI", "the AI Platform Terms". */
const NAME_BEFORE = /(?<![.!?:;]\s*|^\s*)\b(?!(?:The|Any|No|All|Such|Our|Its|Their|Your|Generative|Artificial|Conversational)\b)[A-Z][\w-]*\s+$/;
const NAME_AFTER = /^\s+(?:[A-Z][\w-]*\s+){0,2}(?:Terms|Agreement|Policy|Addendum|Schedule|Exhibit|Guidelines|Notice)\b/;

/** The AI word is the thing used ("must not use the AI Products in any way that …"), and no work is named after it. */
const AI_IS_THE_OBJECT = /\b(?:use|using|access\w*|operat\w*|deploy\w*)\s+(?:of\s+)?(?:the\s+|any\s+|such\s+|our\s+|its\s+)?$/i;

/**
 * The maker as the one who uses the AI ("has not consented to the Contractor using AI tools", "the
 * Designer's use of generative AI"): the maker's own tools, not a restriction on the other side's use
 * of the work. Read from the words right before the AI phrase.
 */
const MAKER_USES = new RegExp(
  `\\b(?:${roleAlt(FREELANCER_ROLES)}|you)(?:\\s+(?:using|to\\s+use|uses?)|['\u2019]s\\s+(?:own\\s+)?use\\s+of)\\s+(?:the\\s+|any\\s+)?$`,
  "i",
);

/** The AI phrase at `start` of `sentence` (which may begin "using …") is the maker's own use of AI. */
export function makersOwnAi(sentence: string, start: number, trigger: string): boolean {
  const lead = /^using\s+/i.exec(trigger);
  return MAKER_USES.test(lead ? `${sentence.slice(0, start)}using ` : sentence.slice(0, start));
}

/** The other side's own service, product or outputs as the thing used: a restriction that does not cover the user's work. */
const THEIR_THING = /\b(?:use|using|access\w*|copy\w*|scrap\w*)\s+(?:the\s+|our\s+|its\s+|any\s+)?(?:[A-Z][\w-]*\s+)?(?:services?|platform|software|site|website|apis?|outputs?|products?)\b/i;

/** What a restriction on training with the other side's own service or content is: no cover for the user's work. */
export const NOT_THE_WORK = "a prohibition on training with the other side's service, content or outputs: it does not cover your work";

const WORK = new RegExp(WORK_NOUN, "i");

/** The work by its defined name, or someone's own work ("the Artwork", "the Consultant's designs"), after an AI tool. */
const DEFINED_WORK = /\b(?:Deliverables?|Work\s+Product|Works?|Artworks?|Content|Materials|Illustrations?|Designs?|Images?|Photographs?|Recordings?|Code|Manuscripts?|Translations?|Footage)\b|\b[A-Z][\w-]*(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,2}?(?:work|designs?|images?|artwork|content|materials|code|writing|style|voice|likeness)\b/;

/** A possessive of a named party or "its own" right before the AI word: that party's own AI. */
const THEIR_OWN = /(?:\b[A-Z][\w-]*(?:'s|\u2019s)|\b(?:its|their|our)\s+own)\s+$/;

/** AI output in the work ("no AI-generated material", "generated by artificial intelligence"): the maker's tools, not training on the work. */
const GENERATED_BY = /\bgenerated\s+(?:(?:by|using|with|through)\s+)(?:(?:any|an|the)\s+)?$/i;

/** The AI word is a training act ("train", "retraining", "pre-trained"). */
const TRAINING_WORD = /^(?:re|pre)?-?train/i;

/** Training of people ("the internal training of its own staff", "training sessions"). */
const PEOPLE_TRAINING = /^\s+(?:(?:of|for)\s+(?:(?:its|their|our|the|any)\s+)?(?:own\s+)?(?:internal\s+)?(?:staff|employees|personnel|people|teams?|users|customers|students|members|workforce)|(?:sessions?|courses?|programmes?|programs?|materials?|manuals?|guides?|purposes\s+of\s+(?:its|their)\s+staff))\b/i;

/** Consent or a licence withheld: "has not consented", "no consent is given", "nothing herein shall be deemed consent". */
const REFUSAL = /\b(?:(?:has|have)\s+not\s+(?:consented|agreed|authori[sz]ed)|(?:does|do)\s+not\s+(?:consent|authori[sz]e)\s+to|no\s+consent\s+(?:is|has\s+been|shall\s+be)\s+(?:given|granted)|consent\s+(?:to\s+[^.;]{0,60}?\s+)?(?:is|has)\s+not\s+(?:been\s+)?given|nothing\s+(?:herein|in\s+this\s+[\w-]+)\s+(?:shall|will|is\s+to)\s+be\s+(?:read|deemed|construed|treated)\s+as\s+(?:a\s+)?(?:consent|licen[cs]e|permission|authori[sz]ation))\b/i;

export interface AiRestriction {
  start: number;
  end: number;
  cue: string;
  /** Set when the restriction exists but does not reach the user's work (why). */
  partial?: string;
}

/**
 * The first AI word of `sentence` that a prohibition on the other side reaches through an act done
 * with the work; null when there is none. `leadIn`: the sentence is an item of a negated lead-in.
 */
export function aiRestriction(sentence: string, leadIn = false): AiRestriction | null {
  AI_REACH.lastIndex = 0;
  for (let m = AI_REACH.exec(sentence); m; m = AI_REACH.exec(sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/-generated|^generated$/i.test(sentence.slice(end, end + 10)) || GENERATED_BY.test(sentence.slice(Math.max(0, start - 30), start))) continue;
    if (TRAINING_WORD.test(m[0]) && PEOPLE_TRAINING.test(sentence.slice(end, end + 60))) continue;
    if (makersOwnAi(sentence, start, m[0])) continue;
    // the maker withholds consent ("The Illustrator has not consented, and nothing herein is consent, to any use of the
    // Artwork for AI training"): a refusal before the AI use of a work protects, whoever is its subject
    const refusal = REFUSAL.exec(sentence.slice(0, start));
    if (refusal && WORK.test(sentence.slice(refusal.index, start)) && !MAKING_THE_WORK.test(sentence)) return { start, end, cue: refusal[0] };
    const cue = negationCue(sentence, start, end, leadIn);
    if (!cue || cue.startsWith(CONTRACTOR_SIDE) || isRemovalCue(cue)) continue;
    if (inCondition(sentence, start) && !inRequirement(sentence, start) && !conditionClosed(sentence, start)) continue;
    // the clause from the prohibition to a little after the AI word
    const cueAt = sentence.lastIndexOf(cue, start);
    const from = cueAt >= 0 ? cueAt : Math.max(0, start - 160);
    const span = sentence.slice(from, Math.min(sentence.length, end + 60));
    const reach = sentence.slice(from, end);
    if (!ACT.test(span) || NOT_A_USE.test(reach) || MAKING_THE_WORK.test(span) || OPTION.test(sentence.slice(Math.max(0, from - 40), start))) continue;
    if (/^A\.?I\.?$/.test(m[0]) && (NAME_BEFORE.test(sentence.slice(0, start)) || NAME_AFTER.test(sentence.slice(end, end + 60)))) continue;
    const before = sentence.slice(from, start);
    // (and the rest of the sentence is about that tool: "… in any way that violates the terms of any AI Service Provider")
    if (AI_IS_THE_OBJECT.test(before) && !DEFINED_WORK.test(sentence.slice(end))) return null;
    // the other side's own AI ("the Provider's machine learning models", "its own training datasets")
    // (not their own purpose: "… to model developers for their own training")
    if (THEIR_OWN.test(sentence.slice(Math.max(0, start - 40), start)) && !(TRAINING_WORD.test(m[0]) && !/^\s+(?:data|datasets?|sets?|corp\w*|pipelines?|models?|weights)\b/i.test(sentence.slice(end, end + 20)))) return null;
    return THEIR_THING.test(before) && !WORK.test(before) ? { start, end, cue, partial: NOT_THE_WORK } : { start, end, cue };
  }
  return null;
}
