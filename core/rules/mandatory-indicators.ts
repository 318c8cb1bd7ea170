import { defineSubmissionRule } from "./define.ts";
import { sitePath } from "./answers.ts";

/** Mandatory indicators (SID 16, 17, 32, 33, 35; SPD 1, 3-11 in 2026) must have a level. */
export default defineSubmissionRule({
  codes: { "mandatory-indicator-missing": "error" },
  source: "framework.indicators[].mandatory (S2)",
  status: "reported",
  *check(ctx) {
    const sites = ctx.answerSites;
    for (let i = 0; i < sites.answers.length; i++) {
      const definition = sites.definitions[i]!;
      const answer = sites.answers[i];
      if (!definition.mandatory || answer?.level !== undefined || answer?.unreadable) continue;
      yield { code: "mandatory-indicator-missing", path: sitePath(sites, i, "level"), params: { indicator: definition.key } };
    }
  },
});
