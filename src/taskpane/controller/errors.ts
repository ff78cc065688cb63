/** What a failed action tells the user: the error's own words, and whether it was only a Cancel. */
/** The work was stopped (Cancel), not failed: a CancelledError, even across realms. */
export { isCancelled } from "../../engine/common/cancelled";
/** The reason to show after "Could not …:" (never empty): the one error → message function. */
export { errorMessage } from "../../engine/common/errorMessage";
