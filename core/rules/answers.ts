// Walks every indicator answer of a submission (the region's SPD rows and each innovation's
// SID indicators) so that indicator rules treat both aspects alike.
import type { IndicatorDefinition } from "../framework/schema.ts";
import type { SubmissionPath } from "../findings.ts";
import type { IndicatorAnswer } from "../submission/model.ts";
import type { RuleContext } from "./define.ts";

export type AnswerSite = {
  definition: IndicatorDefinition;
  answer: IndicatorAnswer | undefined;
  /** Innovation index, or undefined for the region. */
  innovation?: number;
};

/** Path of an answer, built only when a rule reports on it: ["region", "indicators", "5a", ...more]. */
export function sitePath(site: AnswerSite, ...more: (string | number)[]): SubmissionPath {
  return site.innovation === undefined
    ? ["region", "indicators", site.definition.key, ...more]
    : ["innovations", site.innovation, "indicators", site.definition.key, ...more];
}

const cache = new WeakMap<RuleContext, { region: AnswerSite[]; innovations: AnswerSite[] }>();

/** The sites are built once per check and shared by every indicator rule. */
export function answerSites(ctx: RuleContext, { includeRegion = true } = {}): readonly AnswerSite[] {
  let sites = cache.get(ctx);
  if (!sites) {
    const { framework, submission } = ctx;
    const region: AnswerSite[] = [];
    const innovations: AnswerSite[] = [];
    if (submission.region) {
      for (const definition of framework.spd)
        region.push({ definition, answer: submission.region.indicators.get(definition.key) });
    }
    for (const innovation of submission.innovations) {
      for (const definition of framework.sid)
        innovations.push({ definition, answer: innovation.indicators.get(definition.key), innovation: innovation.index });
    }
    cache.set(ctx, (sites = { region, innovations }));
  }
  return includeRegion ? [...sites.region, ...sites.innovations] : sites.innovations;
}
