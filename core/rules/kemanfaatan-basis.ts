import { answeredBasis } from "../framework/compile.ts";
import { defineSubmissionRule } from "./define.ts";
import { sitePath } from "./answers.ts";

/** Indicator 33 (Kemanfaatan) is answered on exactly one basis, a-f. */
export default defineSubmissionRule({
  codes: { "kemanfaatan-basis-invalid": "error" },
  source: "KEMANFAATAN_SINGLE_BASIS (S2, S13)",
  status: "reported",
  *check(ctx) {
    const sites = ctx.answerSites;
    for (let i = sites.regionCount; i < sites.answers.length; i++) {
      const definition = sites.definitions[i]!;
      const answer = sites.answers[i];
      if (!definition.bases || !answer) continue;
      const answered = answer.level !== undefined || answer.evidence.length > 0 || answer.bases.length > 0;
      if (!answered) continue;
      if (answeredBasis(definition, answer.bases)) continue;
      yield { code: "kemanfaatan-basis-invalid", path: sitePath(sites, i, "basis"), params: { indicator: definition.key, given: answer.bases, allowed: definition.bases.map((b) => b.key) } };
    }
  },
});
