// Walks every indicator answer of a submission (the region's SPD rows and each innovation's
// SID indicators) so that indicator rules treat both aspects alike.
import type { Framework } from "../framework/compile.ts";
import type { IndicatorDefinition } from "../framework/schema.ts";
import type { SubmissionPath } from "../findings.ts";
import type { IndicatorAnswer, Submission } from "../submission/model.ts";

/**
 * Every answer site of a check as parallel columns, region sites first: site i is
 * definitions[i] answered by answers[i] (undefined when not answered) in innovation
 * innovations[i] (-1 for the region). Columns rather than one object per site: a national
 * check has ~730,000 sites, read by the scorer and walked by six rules.
 */
export type AnswerSites = {
  /** Sites before this one are the region's. */
  readonly regionCount: number;
  readonly definitions: readonly IndicatorDefinition[];
  readonly answers: readonly (IndicatorAnswer | undefined)[];
  readonly innovations: readonly number[];
};

/** Path of site i, built only when a rule reports on it: ["region", "indicators", "5a", ...more]. */
export function sitePath(sites: AnswerSites, i: number, ...more: (string | number)[]): SubmissionPath {
  const key = sites.definitions[i]!.key;
  const innovation = sites.innovations[i]!;
  return innovation < 0 ? ["region", "indicators", key, ...more] : ["innovations", innovation, "indicators", key, ...more];
}

/** Where innovation `position`'s answers start in the columns; they follow framework.sid's order. */
export const innovationSitesStart = (sites: AnswerSites, position: number, framework: Framework): number => sites.regionCount + position * framework.sid.length;

/** The sites of a check: built once by check.ts, before scoring, and handed to the rules in their context. */
export function buildAnswerSites(submission: Submission, framework: Framework): AnswerSites {
  const { region } = submission;
  const regionCount = region ? framework.spd.length : 0;
  // Sized up front: pushing ~1,400 entries per region would regrow each column several times.
  const total = regionCount + submission.innovations.length * framework.sid.length;
  const definitions = new Array<IndicatorDefinition>(total);
  const answers = new Array<IndicatorAnswer | undefined>(total);
  const innovations = new Array<number>(total);
  let site = 0;
  if (region) {
    for (const definition of framework.spd) {
      definitions[site] = definition;
      answers[site] = region.indicators.get(definition.key);
      innovations[site++] = -1;
    }
  }
  for (const innovation of submission.innovations) {
    for (const definition of framework.sid) {
      definitions[site] = definition;
      answers[site] = innovation.indicators.get(definition.key);
      innovations[site++] = innovation.index;
    }
  }
  return { regionCount, definitions, answers, innovations };
}
