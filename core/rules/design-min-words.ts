import { defineInnovationRule, NO_HITS } from "./define.ts";

/** The rancang bangun needs at least 300 words, or the innovation is not assessed. */
export default defineInnovationRule({
  codes: { "design-too-short": "error" },
  source: "framework.design.minWords (S4, S2, S3, S10)",
  status: "reported",
  check(innovation, { framework }) {
    const minimum = framework.design.minWords;
    if (innovation.design === undefined || innovation.designWords >= minimum) return NO_HITS;
    return [
      {
        code: "design-too-short",
        path: ["innovations", innovation.index, "design"],
        params: { words: innovation.designWords, minimum, missing: minimum - innovation.designWords },
      },
    ];
  },
});
