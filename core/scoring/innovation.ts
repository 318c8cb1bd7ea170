// Points of one innovation: bobot x level for each indicator that has a level and evidence,
// plus the "claimed" points that ignore evidence, and whether the innovation is assessed.
import { answeredBasis, type Framework } from "../framework/compile.ts";
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
  if (definition.bases && !answeredBasis(definition, answer.bases)) return undefined;
  return answer.level;
}

/**
 * An indicator's score depends only on its definition, level (none, 1-3) and whether it has
 * evidence: 8 possible values. They are built once per framework and shared (frozen), so a
 * result holds no score objects of its own: 20 fewer objects per innovation.
 */
type ScoreChoices = readonly IndicatorScore[];
const choicesByFramework = new WeakMap<Framework, Map<IndicatorDefinition, ScoreChoices>>();

function scoreChoices(definition: IndicatorDefinition, framework: Framework): ScoreChoices {
  let byDefinition = choicesByFramework.get(framework);
  if (!byDefinition) choicesByFramework.set(framework, (byDefinition = new Map()));
  let choices = byDefinition.get(definition);
  if (!choices) {
    const built: IndicatorScore[] = [];
    for (const level of [undefined, 1, 2, 3] as const) {
      const claimedH = level ? framework.weightHundredths.get(definition.key)! * level : 0;
      for (const hasEvidence of [false, true]) built.push(Object.freeze({ key: definition.key, level, hasEvidence, claimedH, pointsH: hasEvidence ? claimedH : 0 }));
    }
    byDefinition.set(definition, (choices = built));
  }
  return choices;
}

function choose(choices: ScoreChoices, level: 1 | 2 | 3 | undefined, hasEvidence: boolean): IndicatorScore {
  if (level === undefined || level === 1 || level === 2 || level === 3) return choices[(level ?? 0) * 2 + (hasEvidence ? 1 : 0)]!;
  // Only a hand-built answer outside the model (a level other than 1-3) gets here: score it as given.
  const weightH = choices[2]!.claimedH; // level 1, without evidence
  const claimedH = level ? weightH * level : 0;
  return { key: choices[0]!.key, level, hasEvidence, claimedH, pointsH: hasEvidence ? claimedH : 0 };
}

export function scoreIndicator(answer: IndicatorAnswer | undefined, definition: IndicatorDefinition, framework: Framework): IndicatorScore {
  return choose(scoreChoices(definition, framework), countableLevel(answer, definition), answer !== undefined && answer.evidence.length > 0);
}

/** The score choices of every SID indicator, in framework.sid order. */
const sidChoices = new WeakMap<Framework, readonly ScoreChoices[]>();

/**
 * `answers` optionally holds the innovation's answers in framework.sid order from `first` on
 * (the check's answer columns), which saves looking each one up in innovation.indicators.
 */
export function scoreInnovation(
  innovation: Innovation,
  framework: Framework,
  today: string,
  answers?: readonly (IndicatorAnswer | undefined)[],
  first = 0,
): InnovationScore {
  const { sid } = framework;
  let choices = sidChoices.get(framework);
  if (!choices) sidChoices.set(framework, (choices = sid.map((definition) => scoreChoices(definition, framework))));
  // Sized up front: a pushed-to array keeps spare capacity, and this one is retained per innovation.
  const indicators = new Array<IndicatorScore>(sid.length);
  let pointsH = 0;
  let claimedH = 0;
  for (let i = 0; i < sid.length; i++) {
    const definition = sid[i]!;
    const answer = answers ? answers[first + i] : innovation.indicators.get(definition.key);
    const score = choose(choices[i]!, countableLevel(answer, definition), answer !== undefined && answer.evidence.length > 0);
    indicators[i] = score;
    pointsH += score.pointsH;
    claimedH += score.claimedH;
  }
  const blockers: Blocker[] = [];
  if (!isScoredStage(innovation, framework)) blockers.push({ reason: "stage", stage: innovation.stage ?? null });
  const window = windowStatus(innovation, framework);
  if (window.kind !== "in-window" && window.kind !== "developed-in-window") blockers.push({ reason: "window", status: window.kind });
  if (innovation.implementationDate && innovation.implementationDate > today) blockers.push({ reason: "future", date: innovation.implementationDate });
  if (innovation.designWords < framework.design.minWords)
    blockers.push({ reason: "design", words: innovation.designWords, minimum: framework.design.minWords });
  for (let i = 0; i < sid.length; i++) {
    const definition = sid[i]!;
    if (!definition.mandatory || indicators[i]!.pointsH > 0) continue;
    const answer = answers ? answers[first + i] : innovation.indicators.get(definition.key);
    const missing =
      definition.bases && answer?.level && countableLevel(answer, definition) === undefined ? "basis"
      : indicators[i]!.claimedH > 0 ? "evidence"
      : "level";
    blockers.push({ reason: "mandatory", indicator: definition.key, missing });
  }
  return { index: innovation.index, pointsH, claimedH, assessed: blockers.length === 0, blockers, indicators };
}
