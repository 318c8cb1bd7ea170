import { defineSubmissionRule } from "./define.ts";

/** 2026: assessed innovations must cover at least 5 of the 6 yandas affairs, or the count score is 0. */
export default defineSubmissionRule({
  codes: { "yandas-coverage-insufficient": "error" },
  source: "YANDAS_MIN, framework.scoring.yandasMin (S2, S3)",
  status: "reported",
  *check({ summary, framework, submission }) {
    if (summary.yandasMet || submission.innovations.length === 0) return;
    yield {
      code: "yandas-coverage-insufficient",
      path: ["innovations"],
      params: { covered: summary.yandasCovered.length, required: framework.scoring.yandasMin, missing: summary.yandasMissing, lost: Math.min(summary.assessed, framework.scoring.countCap) * framework.scoring.countWeight },
    };
  },
});
