/**
 * The freelancer's own duty is not a right of the other side: "The Contractor shall develop, train
 * and deploy a recommendation model for the Client" describes the service the freelancer sells,
 * not a grant over the freelancer's work. It reads as a duty when the nearest party before the
 * phrase is the freelancer (by role word) and that party "shall", "will", "must" or "agrees to" do
 * it — unless the words in between give the other side something ("the Contractor will allow the
 * Client to train …", "… shall license the Deliverables to the Client for training").
 */
import { lastActor } from "./protections";

/** An obligation between the party and the phrase: "shall", "will", "must", "agrees to", "is to". */
const DUTY = /^\s*(?:\w+\s+){0,2}?(?:shall|will|must|agrees?\s+to|undertakes?\s+to|is\s+to)\b/i;
/** Words that give the other side a right, even in the freelancer's mouth. */
const GIVES = /\b(?:allow\w*|permit\w*|grant\w*|licen[cs]\w*|authori[sz]\w*|consent\w*|enabl\w*|let|lets|agrees?\s+that|acknowledg\w*|assign\w*|transfer\w*|not|never|no)\b/i;

export function isUsersOwnDuty(sentence: string, offset: number): boolean {
  const actor = lastActor(sentence, offset);
  if (!actor || actor.side !== "contractor") return false;
  const between = sentence.slice(actor.end, offset);
  return DUTY.test(between) && !GIVES.test(between);
}
