import { blockerParams } from "../scoring/eligibility.ts";
import { defineInnovationRule, NO_HITS } from "./define.ts";

/** One summary line per innovation at stage Penerapan that will not count, naming every reason. */
export default defineInnovationRule({
  codes: { "innovation-not-assessed": "warning" },
  source: "assessment rule: window, 300 words, mandatory indicators (S2)",
  status: "reported",
  check(innovation, { framework }, score) {
    if (score.assessed || innovation.stage !== framework.scoredStage) return NO_HITS;
    // "unknown" (no readable implementation date) must not be called "outside the window", and the
    // framework's design minimum is named, never a fixed 300: both travel in the parameters.
    const params = { name: innovation.name ?? null, claimed: score.claimedH / 100, ...blockerParams(score.blockers) };
    return [{ code: "innovation-not-assessed", path: ["innovations", innovation.index], params }];
  },
});
