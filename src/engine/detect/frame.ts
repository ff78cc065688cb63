/**
 * An AI-training phrase can be the subject of a protection rather than a use anyone may make: the
 * restriction it names ("the restrictions on the use of the Work for machine learning"), the remedy
 * that stops it ("injunctive relief to restrain the ingestion of the Work into any AI system"), the
 * audit that checks it ("audit the Client's AI training datasets"), the removal that undoes it
 * ("remove the Work from all training sets"), the breach it would be ("any unauthorised use … for
 * model training"). Such a phrase grants nothing and prohibits nothing by itself: it is neither a
 * finding nor a "no AI training" credit (the protection it refers to is credited where it is made).
 */
import { clauseStartBefore } from "./negation";

/** Frames that make what follows them the object of a restriction, remedy, audit or removal. */
const FRAME_BEFORE = new RegExp(
  [
    // "the restrictions (in this Clause) on", "the prohibition against", "any ban on"
    String.raw`\b(?:restrictions?|prohibitions?|bans?|limitations?|covenants?|undertakings?)\s+(?:(?:in|under|of|set\s+out\s+in)\s+(?:this|these|the)\s+(?:[\w-]+\s+){0,3}?)?(?:on|of|against|regarding|concerning|relating\s+to)\b`,
    // "restricting the use of", "preventing", "to restrain", "to enjoin"
    String.raw`\b(?:restricting|prohibiting|forbidding|barring|preventing|precluding)\b`,
    String.raw`\bto\s+(?:prevent|restrain|stop|enjoin|halt|remedy|redress)\b`,
    // a duty to stop it: "the Licensee shall prevent", "will take reasonable steps to block"
    String.raw`\b(?:shall|will|must|agrees?\s+to)\s+(?:\w+\s+){0,2}?(?:prevent|block)\b`,
    // "any unauthorised use", "a breach of … by", "compliance with"
    String.raw`\bunauthori[sz]ed\b`,
    String.raw`\b(?:breach(?:es)?|violations?|infringements?)\s+of\b`,
    String.raw`\bcompliance\s+with\b`,
    // a reason given for a remedy or a duty: "because data used to train a model cannot be removed …"
    String.raw`^\s*(?:because|since|given\s+that|inasmuch\s+as|in\s+view\s+of\s+the\s+fact\s+that)\b`,
    // checking it: "to verify", "audit the …", "inspect", "records of all uses"
    String.raw`\bverif(?:y|ying|ied|ication)\b`,
    String.raw`\b(?:audit|inspect|examine)(?:s|ing)?\b`,
    String.raw`\brecords?\s+of\b`,
    // undoing it: "remove … from", "delete … from", "purge … from"
    String.raw`\b(?:remov|delet|purg|eras|expung|withdraw|exclud)\w*\b[^.;]{0,80}?\bfrom\b`,
  ].join("|"),
  "gi",
);

/** Right before a frame: the user may choose it, so what it undoes is the default ("can choose to exclude … from"). */
const OPTIONAL = /\b(?:can|may|could|(?:is|are)\s+able\s+to)\s+(?:choose|elect|decide|ask|request|apply)\s+to\s+$/i;

/** A verb of permission or use between the frame and the phrase takes the phrase out of the frame. */
const OPERATIVE = /\b(?:may|can|shall|will|must|is|are|entitled|permitted|authori[sz]ed|grants?|licen[cs]es?|hereby|agrees?)\b|,\s*and\s+(?:to\s+)?(?:use|exploit|train|process)\b/i;

/** "Nothing in this Agreement prevents …", "no … shall restrict": a permission, not a frame. */
const PERMITTING = /\b(?:nothing|no\s+(?:provision|term|clause|restriction))\b/i;

/** After the phrase: "… would cause irreparable harm", "… would be a material breach". */
const FRAME_AFTER = /^[^.;]{0,120}?\b(?:would|will|shall|could|may|might)\s+(?:cause|constitute|be|amount\s+to|result\s+in|give\s+rise\s+to)\s+(?:(?:an?|the|a\s+material|[\w-]+)\s+){0,3}?(?:irreparable|breach|violation|infringement)\b/i;

/** True when the phrase at `start` of `sentence` sits in a protective frame (see above). */
export function inProtectiveFrame(sentence: string, start: number, end: number): boolean {
  const from = clauseStartBefore(sentence, start);
  const before = sentence.slice(from, start);
  FRAME_BEFORE.lastIndex = 0;
  let last = -1;
  for (let m = FRAME_BEFORE.exec(before); m; m = FRAME_BEFORE.exec(before)) {
    // "customers can choose to exclude their data from training" is an opt-out: training is the default
    if (OPTIONAL.test(before.slice(0, m.index))) continue;
    last = m.index + m[0].length;
  }
  // "remove the Work from any training corpus": the phrase itself starts with the removal's "from"
  if (last < 0 && /^from\b/i.test(sentence.slice(start, end))) {
    const removal = /\b(?:remov|delet|purg|eras|expung|withdraw|exclud)\w*\b[^.;]{0,80}$/i.exec(before);
    if (removal && !OPTIONAL.test(before.slice(0, removal.index))) last = removal.index + removal[0].length;
  }
  // "nothing … shall be construed as preventing the Client from using …" permits: no frame
  if (last >= 0 && !OPERATIVE.test(before.slice(last)) && !PERMITTING.test(before)) return true;
  // the phrase is the subject whose use "would cause irreparable harm": no operative verb before it in its clause
  return !OPERATIVE.test(before) && FRAME_AFTER.test(sentence.slice(end));
}
