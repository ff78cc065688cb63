/** A short sample contract written for these tests (not taken from any real agreement). */
export const SAMPLE = [
  "Master Services Agreement",
  "This agreement is between Brightline Media LLC (the “Agency”) and Dana Reyes (the “Contractor”).",
  "The Contractor grants the Agency a perpetual licence to use the “Deliverables” for any purpose.",
  "The Agency may also use them for internal business purposes and may keep any feedback.",
  "Section 9 survives termination of this agreement.",
];
