import { defineSubmissionRule } from "./define.ts";
import { sitePath } from "./answers.ts";

/** A chosen level without evidence scores 0: an error where the indicator is mandatory. */
export default defineSubmissionRule({
  codes: { "mandatory-evidence-missing": "error", "evidence-missing": "warning" },
  source: "scoring rule: 0 if empty or unproven (S2, meta.scoring_rule)",
  status: "reported",
  *check(ctx) {
    const sites = ctx.answerSites;
    for (let i = 0; i < sites.answers.length; i++) {
      const answer = sites.answers[i];
      if (answer?.level === undefined || answer.evidence.length > 0) continue;
      const definition = sites.definitions[i]!;
      const points = ctx.framework.weightHundredths.get(definition.key)! * answer.level;
      yield {
        code: definition.mandatory ? "mandatory-evidence-missing" : "evidence-missing",
        path: sitePath(sites, i, "evidence"),
        params: { indicator: definition.key, level: answer.level, points: points / 100 },
      };
    }
  },
});
