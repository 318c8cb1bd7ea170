// Points of one innovation: bobot x level for each indicator that has a level and evidence,
// plus the "claimed" points that ignore evidence, and whether the innovation is assessed.
import type { Framework } from "../framework/compile.ts";
import type { IndicatorDefinition } from "../framework/schema.ts";
import type { IndicatorAnswer, Innovation } from "../submission/model.ts";
import { isScoredStage, windowStatus, type Blocker } from "./eligibility.ts";

export type IndicatorScore = {
  key: string;
  level: 1 | 2 | 3 | undefined;
  hasEvidence: boolean;
  /** Points earned, integer hundredths. */
  pointsH: number;
  /** Points the level would earn with evidence, integer hundredths. */
  claimedH: number;
};

export type InnovationScore = {
  index: number;
  /** Earned points in integer hundredths (max 11,100 for 2026). */
  pointsH: number;
  claimedH: number;
  assessed: boolean;
  blockers: Blocker[];
  indicators: IndicatorScore[];
};

/** Whether the answer has a level that can count (indicator 33 also needs exactly one valid basis). */
export function countableLevel(answer: IndicatorAnswer | undefined, definition: IndicatorDefinition): 1 | 2 | 3 | undefined {
  if (!answer?.level) return undefined;
  if (definition.bases) {
    if (answer.bases.length !== 1 || !definition.bases.some((b) => b.key === answer.bases[0])) return undefined;
  }
  return answer.level;
}

export function scoreIndicator(answer: IndicatorAnswer | undefined, definition: IndicatorDefinition, framework: Framework): IndicatorScore {
  const level = countableLevel(answer, definition);
  const hasEvidence = answer !== undefined && answer.evidence.length > 0;
  const claimedH = level ? framework.weightHundredths.get(definition.key)! * level : 0;
  // One object shape for every indicator (level may be undefined): this runs 20 times per innovation.
  return { key: definition.key, level, hasEvidence, claimedH, pointsH: hasEvidence ? claimedH : 0 };
}

export function scoreInnovation(innovation: Innovation, framework: Framework, today: string): InnovationScore {
  const indicators = framework.sid.map((definition) => scoreIndicator(innovation.indicators.get(definition.key), definition, framework));
  let pointsH = 0;
  let claimedH = 0;
  for (const s of indicators) {
    pointsH += s.pointsH;
    claimedH += s.claimedH;
  }
  const blockers: Blocker[] = [];
  if (!isScoredStage(innovation, framework)) blockers.push({ reason: "stage", stage: innovation.stage ?? null });
  const window = windowStatus(innovation, framework);
  if (window.kind !== "in-window" && window.kind !== "developed-in-window") blockers.push({ reason: "window", status: window.kind });
  if (innovation.implementationDate && innovation.implementationDate > today) blockers.push({ reason: "future", date: innovation.implementationDate });
  if (innovation.designWords < framework.design.minWords)
    blockers.push({ reason: "design", words: innovation.designWords, minimum: framework.design.minWords });
  framework.sid.forEach((definition, i) => {
    if (!definition.mandatory || indicators[i]!.pointsH > 0) return;
    const answer = innovation.indicators.get(definition.key);
    const missing =
      definition.bases && answer?.level && countableLevel(answer, definition) === undefined ? "basis"
      : indicators[i]!.claimedH > 0 ? "evidence"
      : "level";
    blockers.push({ reason: "mandatory", indicator: definition.key, missing });
  });
  return { index: innovation.index, pointsH, claimedH, assessed: blockers.length === 0, blockers, indicators };
}
