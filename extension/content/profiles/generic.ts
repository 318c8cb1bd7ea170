// Any other form (regional pre-submission portals, the officer's own intranet): no selectors, the
// label heuristics do all the work.
import { defineProfile } from "./define.ts";

export default defineProfile({
  description: "Any form: label heuristics only",
  matches: () => true,
  fields: {},
  indicators: {},
});
