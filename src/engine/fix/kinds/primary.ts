/** The primary position's label and comment, by category: what the recommended edit is and why. */
import type { Category } from "../../types";

export const PRIMARY_LABEL: Record<Category, string> = {
  "ai-training-grant": "Prohibit AI training",
  "broad-license": "Exclude AI training from the licence",
  "ambiguous-purpose": "Make clear the purpose excludes AI training",
  "data-aggregation": "Keep derived data out of AI training",
  feedback: "Limit feedback rights",
  anonymization: "Close the anonymization loophole",
  sublicensing: "Bind recipients not to train AI",
  ownership: "Add an AI carve-out to ownership",
};

export const PRIMARY_COMMENT: Record<Category, string> = {
  "ai-training-grant":
    "{Contractor} cannot agree to {work} being used to train or improve AI models: once a model has learned from the work it cannot be removed. This edit keeps the use the project needs and rules out AI training.",
  "broad-license":
    "As written, this licence would let {agency} use {work} for AI training. {Contractor} is glad to grant the rights the project needs; this edit keeps them and excludes AI training.",
  "ambiguous-purpose":
    "\"{trigger}\" is open-ended and is now often read to include training AI models. This edit keeps the purpose and makes clear it does not include AI training.",
  "data-aggregation":
    "Data derived from {work} can be compiled into AI training sets. This edit keeps the right but excludes any use of that data for AI training.",
  feedback:
    "Feedback rights should cover comments about {agency}'s own services, not {work} itself, and should not allow AI training. This edit says so.",
  anonymization:
    "Anonymizing removes {contractor}'s name but not the work, which could still be used to train AI. This edit closes that gap.",
  sublicensing:
    "Anyone who receives {work} from {agency} should be bound by the same limit; AI vendors often act as \"service providers\" or \"partners\". This edit passes the restriction on.",
  ownership:
    "{Contractor} is glad for {agency} to own {work}, but ownership should not bring a right to train AI on {it}. This edit adds that carve-out, which keeps everything else as agreed.",
};
