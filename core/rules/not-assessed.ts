import { blockerParams } from "../scoring/eligibility.ts";
import { defineInnovationRule, NO_HITS } from "./define.ts";

/** One summary line per innovation at stage Penerapan that will not count, naming every reason. */
export default defineInnovationRule({
  codes: { "innovation-not-assessed": "warning" },
  source: "assessment rule: window, 300 words, mandatory indicators (S2)",
  status: "reported",
  check(innovation, { framework }, score) {
    if (score.assessed || innovation.stage !== framework.scoredStage) return NO_HITS;
    // What each reason needs to be told precisely travels in the parameters: "unknown" (no readable
    // implementation date) is never called "outside the window", the framework's window and design
    // minimum are named (never a fixed 300), and a mandatory indicator says what it misses.
    const params = { name: innovation.name ?? null, claimed: score.claimedH / 100, ...blockerParams(score.blockers, framework) };
    return [{ code: "innovation-not-assessed", path: ["innovations", innovation.index], params }];
  },
});
