import { defineSubmissionRule } from "./define.ts";

/** The innovation points are averaged over at least 12 (2026): fewer assessed innovations cost points. */
export default defineSubmissionRule({
  codes: { "below-divisor-minimum": "warning" },
  source: "framework.scoring.divisorMin (S2, S3; 2023 confirmed S1)",
  status: "reported",
  *check({ summary, framework }) {
    if (summary.assessed >= framework.scoring.divisorMin) return;
    yield { code: "below-divisor-minimum", path: ["innovations"], params: { assessed: summary.assessed, divisor: framework.scoring.divisorMin } };
  },
});
