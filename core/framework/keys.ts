// The contract keys of an innovation's profile (the public JSON submission uses these names).
// Kept apart from the zod schemas so that code running in a content script can use them
// without bundling zod.
export const PROFILE_FIELD_KEYS = [
  "name", "agency", "stage", "initiator", "initiatorName", "classification", "type", "form", "mainAffair",
  "otherAffairs", "trialDate", "implementationDate", "developmentDate", "design", "goal", "benefit", "result",
] as const;
export type ProfileFieldKey = (typeof PROFILE_FIELD_KEYS)[number];
