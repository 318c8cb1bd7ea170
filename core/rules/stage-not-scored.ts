import { defineInnovationRule, NO_HITS } from "./define.ts";

/** Only innovations at stage Penerapan are scored; say so for the others. */
export default defineInnovationRule({
  codes: { "stage-not-scored": "info" },
  source: "framework.scoredStage (S2, S3)",
  status: "reported",
  check(innovation, { framework }) {
    if (!innovation.stage || innovation.stage === framework.scoredStage) return NO_HITS;
    return [{ code: "stage-not-scored", path: ["innovations", innovation.index, "stage"], params: { stage: innovation.stage, scoredStage: framework.scoredStage } }];
  },
});
