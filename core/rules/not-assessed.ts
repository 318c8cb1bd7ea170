import { defineInnovationRule, NO_HITS } from "./define.ts";

/** One summary line per innovation at stage Penerapan that will not count, naming every reason. */
export default defineInnovationRule({
  codes: { "innovation-not-assessed": "warning" },
  source: "assessment rule: window, 300 words, mandatory indicators (S2)",
  status: "reported",
  check(innovation, { framework }, score) {
    if (score.assessed || innovation.stage !== framework.scoredStage) return NO_HITS;
    const reasons = [...new Set(score.blockers.map((b) => (b.reason === "mandatory" ? `mandatory:${b.indicator}` : b.reason)))];
    // "unknown": no readable implementation date, which the message must not call "outside the window".
    const window = score.blockers.find((b) => b.reason === "window");
    // The framework's minimum, so the line never says 300 words for another minimum.
    const design = score.blockers.find((b) => b.reason === "design");
    const params = {
      name: innovation.name ?? null,
      reasons,
      claimed: score.claimedH / 100,
      ...(window ? { windowStatus: window.status } : {}),
      ...(design ? { designMinimum: design.minimum } : {}),
    };
    return [{ code: "innovation-not-assessed", path: ["innovations", innovation.index], params }];
  },
});
