/** Plain-language messages of the Word layer, and how Office.js errors are put in plain words. */
import type { ErrorMessageOptions } from "../engine/common/errorMessage";


export const messages = {
  noWord: "Word is not available here. Open the contract in Word and start TermScore from the Home tab.",
  noRequirements:
    "TermScore could not check which features this Word supports, so it will only read the document. Open it in Microsoft 365 Word (Windows, Mac or the web).",
  needs14:
    "This version of Word cannot add comments or tracked changes from an add-in (it needs WordApi 1.4: Microsoft 365 on Windows, Mac 16.64 or later, or Word on the web). TermScore can still scan; make the changes by hand.",
  needs16: "Accept or reject TermScore's changes in Word's Review tab: this version of Word cannot do it from the add-in.",
  stale: "This paragraph has changed since the scan, so TermScore left it alone. Re-scan to get fresh suggestions.",
  notFound: "TermScore could not find these exact words in Word (a field, hyperlink or hidden text may sit in them). Nothing was changed here.",
  badRequest: "This suggestion does not fit the paragraph it was made for. Re-scan the document.",
  overlap: "Another suggestion changes some of the same words; only the first one was applied. Re-scan to see what is left.",
  emptyAddendum: "There is no addendum text to insert.",
  readFailed: (reason: string) => `TermScore could not read the document: ${reason}. Nothing was changed; try the scan again.`,
  noCursor: "TermScore could not find the cursor. Click where the addendum should go and try again.",
  cursorInTable: "The cursor is inside a table. Click below the table (or choose 'end of document') and try again.",
  unknownChange: "TermScore cannot find the change it made for this finding (it may have been accepted, rejected or edited). Use Word's Review tab.",
  reviewTimeout: "Word did not answer while looking up the tracked change. Use Word's Review tab to accept or reject it.",
  noSettings: "This document cannot store TermScore's settings here, so dismissed findings will not be remembered.",
  notWritten: (reason: string) => `Not changed: Word stopped before this edit (${reason}).`,
  unknownState: (reason: string) =>
    `Word stopped with an error (${reason}) and TermScore could not confirm what this paragraph now says. Check its tracked changes in the Review tab.`,
  appliedWithoutComment: (reason: string) =>
    `Changed as a tracked change, but Word did not add the comment (${reason}). The reason for the change is shown in TermScore.`,
  commentRefused: (reason: string) => `Word did not add the comment (${reason}). The text was not changed.`,
  commentUnknown: (reason: string) => `Word reported an error while adding comments (${reason}); check whether this comment is there.`,
  modeNotRestored: (mode: string, reason: string) =>
    `Word could not switch Track Changes back to "${mode}" (${reason}). Set it again in the Review tab.`,
  partNotEditable: (part: string) =>
    `This finding is in ${PART_NAMES[part] ?? "another part of the document"}; TermScore does not edit there from Word. Edit it there by hand (the suggested wording is shown here).`,
  partNotSelectable: (part: string) => `This finding is in ${PART_NAMES[part] ?? "another part of the document"}; open it there to see the words.`,
  partialChange: "Only part of TermScore's change was still there (the rest was accepted, rejected or edited in Word); that part was done.",
  commentNotCleared: (reason: string) => `The change was done, but Word did not remove or resolve TermScore's comment (${reason}).`,
  nothingWritten: (detail: string) => `Nothing was changed in the document. ${detail}`,
  addendumLeftover: "Part of it may still be in the document as tracked insertions: reject them in Word's Review tab.",
  addendumFailed: (reason: string) => `The addendum was not inserted: ${reason}.`,
  addendumNoComment: (reason: string) => `The addendum was inserted without its comment on the title: ${reason}.`,
  noPlaybookSetting: "This document cannot store TermScore's settings here, so the playbook was not stored in it.",
  playbookNotSaved: (reason?: string) => `The playbook could not be stored in the document${reason ? ` (${reason})` : ""}.`,
  settingsNotSaved: (reason?: string) => `Dismissed findings could not be saved with the document${reason ? ` (${reason})` : ""}.`,
};

const PART_NAMES: Record<string, string> = {
  footnote: "a footnote",
  endnote: "an endnote",
  header: "a page header",
  footer: "a page footer",
  textbox: "a text box",
};

/** Office.js error codes in plain words. */
const OFFICE_CODES: Record<string, string> = {
  AccessDenied: "the document is protected or read-only",
  NotAllowed: "Word did not allow this action here",
  ItemNotFound: "the text was not found any more",
  InvalidArgument: "Word refused the request",
  SearchStringInvalidOrTooLong: "the search text was too long for Word",
  GeneralException: "Word reported an internal error",
  RequestPayloadSizeLimitExceeded: "the request was too large for Word",
};

/**
 * How the Word host asks the one error → message function (`errorMessage`, engine/common) for a
 * reason: an Office.js error by its code in plain words, any other error by its message, inside a
 * sentence (no closing full stop).
 *
 * @example errorMessage(e, OFFICE_ERRORS) // "the document is protected or read-only"
 */
export const OFFICE_ERRORS: ErrorMessageOptions = { codes: OFFICE_CODES, inSentence: true };
