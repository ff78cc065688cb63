/** A contract and a playbook written for the playbook tests (own sentences, no corpus text). */
import type { Playbook } from "../../../src/engine/playbook";

export const CONTRACT = [
  'Design Services Agreement between Harbour Lane Studio (the "Client") and Robin Vale (the "Contractor").',
  "The Client may use the Deliverables for any purpose.",
  "The Client may use any feedback or suggestions the Contractor provides without restriction.",
  "The Client may keep the Deliverables for internal business purposes.",
  "The Client may sublicense the Deliverables to its customers.",
];

/** Changes wording, a severity and an addendum section, and switches a rule off. */
export const TEST_PLAYBOOK: Playbook = {
  version: 1,
  name: "Robin's playbook",
  rules: {
    "broad-license/any-purpose": {
      preferred: { text: "solely for the project described in the Statement of Work", placement: "replace-trigger", label: "Limit to the SOW" },
      comment: "{Party} licenses {work} for this project only.",
      walkAway: "Walk away if {other} insists on any purpose.",
    },
    "feedback/feedback-rights": { severity: "low" },
    "sublicensing/sublicense": { enabled: false },
  },
  addendum: {
    sections: {
      "audit-rights": "drop",
      survival: { text: "This addendum survives the termination or expiry of the agreement for as long as {other} holds {work}." },
    },
    add: [{ heading: "Credit", text: "{Other} shall credit {party} by name wherever {work} are published." }],
  },
};
