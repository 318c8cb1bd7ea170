import { defineSubmissionRule } from "./define.ts";

/** The region block: its name, and a note when a document carries no region (SPD) data at all. */
export default defineSubmissionRule({
  codes: { "region-missing": "warning", "region-name-missing": "warning" },
  source: "framework SPD aspect (S2)",
  status: "reported",
  *check({ submission }) {
    if (!submission.region) yield { code: "region-missing", path: ["region"], params: {} };
    else if (!submission.region.name) yield { code: "region-name-missing", path: ["region", "name"], params: {} };
  },
});
