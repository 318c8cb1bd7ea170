// Walks every indicator answer of a submission (the region's SPD rows and each innovation's
// SID indicators) so that indicator rules treat both aspects alike.
import type { IndicatorDefinition } from "../framework/schema.ts";
import type { SubmissionPath } from "../findings.ts";
import type { IndicatorAnswer } from "../submission/model.ts";
import type { RuleContext } from "./define.ts";

export type AnswerSite = {
  definition: IndicatorDefinition;
  answer: IndicatorAnswer | undefined;
  /** Path of the answer: ["region", "indicators", "5a"] or ["innovations", 2, "indicators", "16"]. */
  path: SubmissionPath;
  /** Innovation index, or undefined for the region. */
  innovation?: number;
};

export function* answerSites(ctx: RuleContext, { includeRegion = true } = {}): Generator<AnswerSite> {
  const { framework, submission } = ctx;
  if (includeRegion && submission.region) {
    for (const definition of framework.spd)
      yield { definition, answer: submission.region.indicators.get(definition.key), path: ["region", "indicators", definition.key] };
  }
  for (const innovation of submission.innovations) {
    for (const definition of framework.sid)
      yield {
        definition,
        answer: innovation.indicators.get(definition.key),
        path: ["innovations", innovation.index, "indicators", definition.key],
        innovation: innovation.index,
      };
  }
}
