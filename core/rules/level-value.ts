import { acceptsValue } from "../scoring/thresholds.ts";
import { defineSubmissionRule } from "./define.ts";
import { sitePath } from "./answers.ts";

/** A raw value sets the level by the framework's thresholds; a chosen level that disagrees is flagged. */
export default defineSubmissionRule({
  codes: { "level-contradicts-value": "warning", "level-derived-from-value": "info", "value-below-lowest-level": "warning", "value-not-applicable": "warning" },
  source: "framework thresholds from the option labels (S2, S13; SPD cut-offs uncertain)",
  status: "reported",
  *check(ctx) {
    const sites = ctx.answerSites;
    for (let i = 0; i < sites.answers.length; i++) {
      const answer = sites.answers[i];
      if (answer?.value === undefined) continue;
      const definition = sites.definitions[i]!;
      const value = answer.value;
      if (!acceptsValue(definition)) {
        yield { code: "value-not-applicable", path: sitePath(sites, i, "value"), params: { indicator: definition.key, value } };
        continue;
      }
      if (answer.valueLevel === undefined) {
        if (!definition.bases || answer.bases.length === 1)
          yield { code: "value-below-lowest-level", path: sitePath(sites, i, "value"), params: { indicator: definition.key, value } };
        continue;
      }
      if (answer.chosenLevel === undefined)
        yield { code: "level-derived-from-value", path: sitePath(sites, i, "level"), params: { indicator: definition.key, value, level: answer.valueLevel } };
      else if (answer.chosenLevel !== answer.valueLevel)
        yield { code: "level-contradicts-value", path: sitePath(sites, i, "level"), params: { indicator: definition.key, value, chosen: answer.chosenLevel, derived: answer.valueLevel } };
    }
  },
});
