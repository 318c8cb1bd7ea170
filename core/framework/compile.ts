// Turns a validated framework definition into the lookups the rules and the scorer use,
// and checks that its declared maxima agree with its own weights.
import { TextMatcher } from "../text/normalise.ts";
import type { FrameworkDefinition, IndicatorDefinition, Threshold } from "./schema.ts";

export type EnumName = keyof FrameworkDefinition["enums"];

export type Framework = FrameworkDefinition & {
  /** Indicators by key ("1", "5a", "16" ... "35"). */
  indicatorByKey: ReadonlyMap<string, IndicatorDefinition>;
  spd: readonly IndicatorDefinition[];
  sid: readonly IndicatorDefinition[];
  /** Weights in integer hundredths (0.75 -> 75) for exact arithmetic. */
  weightHundredths: ReadonlyMap<string, number>;
  matchers: Record<EnumName, TextMatcher<string>>;
  yandas: readonly string[];
};

export class FrameworkError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(message);
    this.name = "FrameworkError";
  }
}

export const toHundredths = (x: number): number => Math.round(x * 100);

type Basis = NonNullable<IndicatorDefinition["bases"]>[number];

/**
 * The basis an answer names when it names exactly one that the indicator defines (indicator 33
 * in 2026), else undefined. A loop rather than find(): it runs for every answer to 33.
 */
export function answeredBasis(definition: IndicatorDefinition, given: readonly string[]): Basis | undefined {
  const { bases } = definition;
  if (!bases || given.length !== 1) return undefined;
  for (const basis of bases) if (basis.key === given[0]) return basis;
  return undefined;
}

export function compileFramework(definition: FrameworkDefinition): Framework {
  const problems: string[] = [];
  const indicatorByKey = new Map<string, IndicatorDefinition>();
  for (const indicator of definition.indicators) {
    if (indicatorByKey.has(indicator.key)) problems.push(`indicator ${indicator.key} is defined twice`);
    indicatorByKey.set(indicator.key, indicator);
    const levels = indicator.options.map((o) => o.level).join(",");
    if (indicator.bases) {
      if (indicator.options.length !== 0) problems.push(`indicator ${indicator.key} has both options and bases`);
    } else if (levels !== "1,2,3") problems.push(`indicator ${indicator.key} must have options for levels 1, 2 and 3`);
  }
  const spd = definition.indicators.filter((i) => i.aspect === "spd");
  const sid = definition.indicators.filter((i) => i.aspect === "sid");
  const weightHundredths = new Map(definition.indicators.map((i) => [i.key, toHundredths(i.weight)]));
  const sum = (list: IndicatorDefinition[]) => list.reduce((s, i) => s + toHundredths(i.weight), 0);
  const { scoring } = definition;
  const check = (label: string, declared: number, computedHundredths: number) => {
    if (toHundredths(declared) !== computedHundredths)
      problems.push(`${label} is declared as ${declared} but the weights give ${computedHundredths / 100}`);
  };
  check("scoring.spdMax", scoring.spdMax, sum(spd) * 3);
  check("scoring.sidMaxPerInnovation", scoring.sidMaxPerInnovation, sum(sid) * 3);
  check("scoring.countMax", scoring.countMax, toHundredths(scoring.countWeight) * scoring.countCap);
  check("scoring.maxTotal", scoring.maxTotal, toHundredths(scoring.spdMax + scoring.sidMaxPerInnovation + scoring.countMax));
  for (const indicator of definition.indicators) {
    if (indicator.threshold) checkThreshold(indicator.key, indicator.threshold, problems);
    for (const basis of indicator.bases ?? []) if (basis.threshold) checkThreshold(`${indicator.key}${basis.key}`, basis.threshold, problems);
  }
  const yandas = definition.enums.affair.values.filter((v) => v.yandas).map((v) => v.value);
  if (yandas.length !== 6) problems.push(`enums.affair must mark exactly 6 yandas affairs, found ${yandas.length}`);
  if (!definition.enums.stage.values.some((v) => v.value === definition.scoredStage))
    problems.push(`scoredStage "${definition.scoredStage}" is not one of enums.stage`);
  if (problems.length) throw new FrameworkError(`Framework ${definition.id} is inconsistent`, problems);

  const matcher = (name: EnumName) =>
    new TextMatcher(definition.enums[name].values.map((v) => ({ item: v.value, names: [v.value], aliases: v.aliases ?? [] })));
  return {
    ...definition,
    indicatorByKey,
    spd,
    sid,
    weightHundredths,
    yandas,
    matchers: {
      stage: matcher("stage"),
      initiator: matcher("initiator"),
      type: matcher("type"),
      form: matcher("form"),
      classification: matcher("classification"),
      affair: matcher("affair"),
    },
  };
}

function checkThreshold(key: string, threshold: Threshold, problems: string[]): void {
  const wrongBound =
    threshold.direction === "higher-is-better"
      ? threshold.bands.some((b) => b.upTo !== undefined || b.below !== undefined)
      : threshold.bands.some((b) => b.from !== undefined || b.above !== undefined);
  if (wrongBound) problems.push(`threshold of ${key} mixes bounds of the other direction`);
}
