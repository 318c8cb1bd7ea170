// The IID of a region: SPD points + (sum of assessed innovations' points / max(divisorMin, n))
// + the innovation-count score, over the maximum total, as a percentage. Exact until output.
import type { Framework } from "../framework/compile.ts";
import type { Innovation, Region } from "../submission/model.ts";
import { fromHundredths, roundHalfUp2 } from "./exact.ts";
import { scoreIndicator, type IndicatorScore, type InnovationScore } from "./innovation.ts";

export type RegionTotals = {
  /** SPD points, integer hundredths. */
  spdH: number;
  spdClaimedH: number;
  spdIndicators: IndicatorScore[];
  /** Assessed innovations and the sum of their points (hundredths). */
  assessedCount: number;
  assessedSumH: number;
  /** Main affairs of the assessed innovations, with how many innovations cover each. */
  affairCounts: ReadonlyMap<string, number>;
};

export type ScoreSummary = {
  iid: number;
  predikat: { key: string; label: string };
  /** The next band up and how many IID points are missing to reach it. */
  next?: { key: string; label: string; min: number; gap: number };
  region: number;
  innovations: number;
  innovationCount: number;
  total: number;
  assessed: number;
  divisor: number;
  yandasCovered: string[];
  yandasMissing: string[];
  /** Whether enough yandas affairs are covered for the innovation-count score. */
  yandasMet: boolean;
};

export function scoreSpd(region: Region | undefined, framework: Framework): Pick<RegionTotals, "spdH" | "spdClaimedH" | "spdIndicators"> {
  const spdIndicators = framework.spd.map((d) => scoreIndicator(region?.indicators.get(d.key), d, framework));
  return {
    spdIndicators,
    spdH: spdIndicators.reduce((s, i) => s + i.pointsH, 0),
    spdClaimedH: spdIndicators.reduce((s, i) => s + i.claimedH, 0),
  };
}

export function regionTotals(
  region: Region | undefined,
  innovations: readonly Innovation[],
  scores: readonly InnovationScore[],
  framework: Framework,
): RegionTotals {
  const affairCounts = new Map<string, number>();
  let assessedCount = 0;
  let assessedSumH = 0;
  scores.forEach((score, i) => {
    if (!score.assessed) return;
    assessedCount++;
    assessedSumH += score.pointsH;
    const affair = innovations[i]!.mainAffair;
    if (affair) affairCounts.set(affair, (affairCounts.get(affair) ?? 0) + 1);
  });
  return { ...scoreSpd(region, framework), assessedCount, assessedSumH, affairCounts };
}

export type TotalsCore = Pick<RegionTotals, "spdH" | "assessedCount" | "assessedSumH" | "affairCounts">;

/** The IID as an exact fraction: numerator / denominator, both safe integers. */
export type ExactIid = { numerator: number; denominator: number; x: number; divisor: number; countH: number; yandasCovered: string[] };

export function exactIid(totals: TotalsCore, framework: Framework): ExactIid {
  const { scoring } = framework;
  const n = totals.assessedCount;
  const divisor = Math.max(scoring.divisorMin, n);
  const yandasCovered = framework.yandas.filter((a) => (totals.affairCounts.get(a) ?? 0) > 0);
  const countH = yandasCovered.length >= scoring.yandasMin ? Math.min(n, scoring.countCap) * Math.round(scoring.countWeight * 100) : 0;
  // total points = x / (100 * divisor), all integers; IID = total / maxTotal * 100.
  const x = totals.spdH * divisor + totals.assessedSumH + countH * divisor;
  return { numerator: x * 100, denominator: divisor * Math.round(scoring.maxTotal * 100), x, divisor, countH, yandasCovered };
}

/** The published numbers from the exact totals: one rounding, at the end. */
export function summarise(totals: TotalsCore, framework: Framework): ScoreSummary {
  const { scoring } = framework;
  const exact = exactIid(totals, framework);
  const { x, divisor, countH, yandasCovered } = exact;
  const n = totals.assessedCount;
  const yandasMet = yandasCovered.length >= scoring.yandasMin;
  const iid = roundHalfUp2(exact.numerator, exact.denominator);
  const bands = framework.predikat.bands;
  const bandIndex = bands.findIndex((b) => iid >= b.min);
  const band = bands[bandIndex === -1 ? bands.length - 1 : bandIndex]!;
  const nextBand = bandIndex > 0 ? bands[bandIndex - 1] : undefined;
  return {
    iid,
    predikat: { key: band.key, label: band.label },
    ...(nextBand ? { next: { key: nextBand.key, label: nextBand.label, min: nextBand.min, gap: roundHalfUp2(Math.round(nextBand.min * 100) - Math.round(iid * 100), 100) } } : {}),
    region: fromHundredths(totals.spdH),
    innovations: roundHalfUp2(totals.assessedSumH, 100 * divisor),
    innovationCount: fromHundredths(countH),
    total: roundHalfUp2(x, 100 * divisor),
    assessed: n,
    divisor,
    yandasCovered,
    yandasMissing: framework.yandas.filter((a) => !yandasCovered.includes(a)),
    yandasMet,
  };
}
