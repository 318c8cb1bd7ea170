// Advice ranked by IID points gained, computed by re-scoring the submission with each action
// applied (never guessed), plus the gap to the next predikat and a short set of actions that
// closes it.
import type { Framework } from "../framework/compile.ts";
import type { SubmissionPath } from "../findings.ts";
import { windowStatus } from "../scoring/eligibility.ts";
import { roundHalfUp2 } from "../scoring/exact.ts";
import { scoreInnovation, type InnovationScore } from "../scoring/innovation.ts";
import { exactIid, type RegionTotals, type ScoreSummary } from "../scoring/region.ts";
import type { EvidenceItem, IndicatorAnswer, Innovation, Submission } from "../submission/model.ts";

export type AdviceCode =
  | "attach-evidence"
  | "attach-region-evidence"
  | "lengthen-design"
  | "add-development-date"
  | "complete-innovation"
  | "raise-level"
  | "cover-yandas"
  | "add-innovations";

export type Advice = {
  code: AdviceCode;
  path: SubmissionPath;
  params: Record<string, string | number | boolean | null | readonly string[]>;
  /** IID points this action alone would add, rounded half-up to 2 decimals (0 when below 0.005; the list is ranked by the exact gain). */
  gain: number;
};

export type AdvicePlan = {
  items: Advice[];
  /** The next predikat up and the IID points missing. */
  next?: { label: string; min: number; gap: number };
  /** The fewest listed actions (greedy, then pruned) that reach the next predikat, by index into items; null when they cannot. */
  closing?: { actions: number[]; iid: number } | null;
};

type Patch =
  | { kind: "innovation"; index: number; edit: (innovation: Innovation) => Innovation }
  | { kind: "spd"; key: string; addH: number }
  | { kind: "hypothetical"; count: number; pointsH: number; affairs: readonly string[] };

type Candidate = Omit<Advice, "gain"> & { patches: Patch[] };

export type AdviseInput = {
  submission: Submission;
  framework: Framework;
  today: string;
  scores: readonly InnovationScore[];
  totals: RegionTotals;
  summary: ScoreSummary;
};

const placeholderEvidence = (extension: string): EvidenceItem => ({ name: `bukti.${extension}`, kind: "file", extension });

/**
 * An innovation's answers with one replaced, read through to the original: advice re-scores an
 * edited copy of an innovation for every candidate, and copying the whole map each time cost
 * more than the scoring. Edited innovations never leave this module.
 */
class ReplacedAnswer implements ReadonlyMap<string, IndicatorAnswer> {
  constructor(
    private readonly original: ReadonlyMap<string, IndicatorAnswer>,
    private readonly key: string,
    private readonly answer: IndicatorAnswer,
  ) {}
  get size() {
    return this.original.size;
  }
  get(key: string) {
    return key === this.key ? this.answer : this.original.get(key);
  }
  has(key: string) {
    return this.original.has(key);
  }
  *entries(): MapIterator<[string, IndicatorAnswer]> {
    for (const [key, answer] of this.original) yield [key, key === this.key ? this.answer : answer];
  }
  *keys(): MapIterator<string> {
    yield* this.original.keys();
  }
  *values(): MapIterator<IndicatorAnswer> {
    for (const [, answer] of this.entries()) yield answer;
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  forEach(callback: (answer: IndicatorAnswer, key: string, map: ReadonlyMap<string, IndicatorAnswer>) => void, thisArg?: unknown) {
    for (const [key, answer] of this.entries()) callback.call(thisArg, answer, key, this);
  }
}

function withAnswer(innovation: Innovation, key: string, change: (a: IndicatorAnswer) => IndicatorAnswer): Innovation {
  const answer = innovation.indicators.get(key);
  if (!answer) return { ...innovation };
  return { ...innovation, indicators: new ReplacedAnswer(innovation.indicators, key, change(answer)) };
}

export function advise(input: AdviseInput): AdvicePlan {
  const { framework, submission, scores, summary, totals } = input;
  const candidates: Candidate[] = [];
  const innovationFixes = new Map<number, Patch[]>();
  const addFix = (index: number, patch: Patch) => innovationFixes.set(index, [...(innovationFixes.get(index) ?? []), patch]);

  // Patches and scores use the position in submission.innovations; paths use innovation.index
  // (the document position, which differs when a non-object entry was skipped).
  for (const [position, innovation] of submission.innovations.entries()) {
    const score = scores[position]!;
    const base: SubmissionPath = ["innovations", innovation.index];
    const name = innovation.name ?? null;
    for (const indicator of score.indicators) {
      if (indicator.claimedH === 0 || indicator.hasEvidence) continue;
      const definition = framework.indicatorByKey.get(indicator.key)!;
      const patch: Patch = {
        kind: "innovation",
        index: position,
        edit: (inn) => withAnswer(inn, indicator.key, (a) => ({ ...a, evidence: [placeholderEvidence(definition.evidence.fileTypes[0]!)] })),
      };
      candidates.push({ code: "attach-evidence", path: [...base, "indicators", indicator.key, "evidence"], params: { name, indicator: indicator.key, fileTypes: definition.evidence.fileTypes }, patches: [patch] });
      if (definition.mandatory) addFix(position, patch);
    }
    if (innovation.stage === framework.scoredStage && innovation.designWords < framework.design.minWords) {
      const missing = framework.design.minWords - innovation.designWords;
      const patch: Patch = { kind: "innovation", index: position, edit: (inn) => ({ ...inn, designWords: framework.design.minWords }) };
      candidates.push({ code: "lengthen-design", path: [...base, "design"], params: { name, words: innovation.designWords, missing }, patches: [patch] });
      addFix(position, patch);
    }
    const window = windowStatus(innovation, framework).kind;
    if (window === "needs-development-date" || window === "development-outside-window") {
      const patch: Patch = { kind: "innovation", index: position, edit: (inn) => ({ ...inn, developmentDate: framework.window.developmentTo }) };
      candidates.push({ code: "add-development-date", path: [...base, "developmentDate"], params: { name, from: framework.window.developmentFrom, to: framework.window.developmentTo }, patches: [patch] });
      addFix(position, patch);
    }
    for (const answer of innovation.indicators.values()) {
      if (answer.valueLevel !== undefined && answer.chosenLevel !== undefined && answer.valueLevel > answer.chosenLevel) {
        candidates.push({
          code: "raise-level",
          path: [...base, "indicators", answer.key, "level"],
          params: { name, indicator: answer.key, from: answer.chosenLevel, to: answer.valueLevel },
          patches: [{ kind: "innovation", index: position, edit: (inn) => withAnswer(inn, answer.key, (a) => ({ ...a, chosenLevel: a.valueLevel, level: a.valueLevel })) }],
        });
      }
    }
  }
  // An innovation held back by several fixable blockers gains nothing from one fix alone.
  for (const [index, patches] of innovationFixes) {
    if (patches.length < 2 || scores[index]!.assessed) continue;
    const innovation = submission.innovations[index]!;
    candidates.push({ code: "complete-innovation", path: ["innovations", innovation.index], params: { name: innovation.name ?? null, steps: patches.length }, patches });
  }
  for (const indicator of totals.spdIndicators) {
    if (indicator.claimedH === 0 || indicator.hasEvidence) continue;
    candidates.push({ code: "attach-region-evidence", path: ["region", "indicators", indicator.key, "evidence"], params: { indicator: indicator.key }, patches: [{ kind: "spd", key: indicator.key, addH: indicator.claimedH }] });
  }
  const assessedScores = scores.filter((s) => s.assessed);
  const averageH = assessedScores.length ? Math.round(assessedScores.reduce((s, x) => s + x.pointsH, 0) / assessedScores.length) : 0;
  if (!summary.yandasMet && averageH > 0) {
    const needed = framework.scoring.yandasMin - summary.yandasCovered.length;
    const affairs = summary.yandasMissing.slice(0, needed);
    candidates.push({ code: "cover-yandas", path: ["innovations"], params: { needed, affairs: summary.yandasMissing, assumedScore: averageH / 100 }, patches: [{ kind: "hypothetical", count: needed, pointsH: averageH, affairs }] });
  }
  if (summary.assessed < framework.scoring.divisorMin && averageH > 0) {
    const count = framework.scoring.divisorMin - summary.assessed;
    candidates.push({ code: "add-innovations", path: ["innovations"], params: { count, divisor: framework.scoring.divisorMin, assumedScore: averageH / 100 }, patches: [{ kind: "hypothetical", count, pointsH: averageH, affairs: [] }] });
  }

  const evaluator = new Evaluator(input);
  const baseline = evaluator.evaluate([]);
  const items: Advice[] = [];
  const patchesOf: Patch[][] = [];
  const exactGains: number[] = [];
  for (const candidate of candidates) {
    const gain = gainOf(evaluator.evaluate(candidate.patches), baseline);
    // Kept whenever it gains anything: in a region of hundreds of innovations one attachment
    // may add less than 0.005 IID points, which still counts towards the next predikat.
    if (gain.exact <= 0) continue;
    const { patches, ...advice } = candidate;
    items.push({ ...advice, gain: gain.rounded });
    exactGains.push(gain.exact);
    patchesOf.push(patches);
  }
  const order = items.map((_, i) => i).sort((a, b) => exactGains[b]! - exactGains[a]! || a - b);
  const ranked = order.map((i) => items[i]!);
  const rankedPatches = order.map((i) => patchesOf[i]!);

  const plan: AdvicePlan = { items: ranked };
  if (summary.next) {
    plan.next = { label: summary.next.label, min: summary.next.min, gap: summary.next.gap };
    // Fixes to the data already there come first: new innovations, estimated at the average score,
    // are the path only when the fixes alone cannot reach the band (else "add 4 innovations" would
    // be chosen over lengthening one design, because it ranks higher).
    const all = rankedPatches.map((_, i) => i);
    const fixes = all.filter((i) => rankedPatches[i]!.every((p) => p.kind !== "hypothetical"));
    plan.closing = (fixes.length < all.length ? closingSet(evaluator, rankedPatches, fixes, summary.next.min) : null) ?? closingSet(evaluator, rankedPatches, all, summary.next.min);
  }
  return plan;
}

type Exact = { numerator: number; denominator: number };

/** after - before, exactly (BigInt: the cross products pass 2^53 in large regions), and rounded half-up. */
function gainOf(after: Exact, before: Exact): { exact: number; rounded: number } {
  const numerator = BigInt(after.numerator) * BigInt(before.denominator) - BigInt(before.numerator) * BigInt(after.denominator);
  if (numerator <= 0n) return { exact: 0, rounded: 0 };
  const denominator = BigInt(after.denominator) * BigInt(before.denominator);
  const hundredths = (numerator * 200n + denominator) / (2n * denominator);
  return { exact: Number(numerator) / Number(denominator), rounded: Number(hundredths) / 100 };
}

/** The shortest prefix of `candidates` (indexes into the ranked list, in rank order) that reaches `target`, or null. */
function closingSet(evaluator: Evaluator, patches: Patch[][], candidates: number[], target: number): { actions: number[]; iid: number } | null {
  const reaches = (chosen: number[]) => {
    const e = evaluator.evaluate(chosen.flatMap((i) => patches[i]!));
    return roundHalfUp2(e.numerator, e.denominator);
  };
  const prefix = (n: number) => candidates.slice(0, n);
  if (candidates.length === 0 || reaches(candidates) < target) return null;
  // The shortest prefix of the ranked candidates that reaches the band, by binary search (each
  // evaluation re-scores the whole set, so a linear scan would be quadratic on big regions).
  let low = 1;
  let high = candidates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (reaches(prefix(mid)) >= target) high = mid;
    else low = mid + 1;
  }
  const chosen = prefix(low);
  // Then drop any action the others do not need (bounded: each try re-scores the set).
  if (chosen.length <= 200) {
    for (let j = chosen.length - 2; j >= 0; j--) {
      const without = chosen.filter((_, k) => k !== j);
      if (without.length && reaches(without) >= target) chosen.splice(j, 1);
    }
  }
  return { actions: chosen, iid: reaches(chosen) };
}

/** Re-scores the submission with a set of patches applied. */
class Evaluator {
  /**
   * The score of an innovation with one patch applied, by patch. The closing set re-evaluates
   * the same patches many times (binary search, then pruning), and most innovations get one
   * patch: an edit is a pure function of the innovation, so its score is computed once per check.
   */
  private readonly patchedScores = new Map<Patch, InnovationScore>();

  constructor(private readonly input: AdviseInput) {}

  private scoreEdited(index: number, patches: readonly Patch[]): InnovationScore {
    const { framework, submission, today } = this.input;
    const single = patches.length === 1 ? patches[0]! : undefined;
    const known = single && this.patchedScores.get(single);
    if (known) return known;
    let innovation = submission.innovations[index]!;
    for (const patch of patches) if (patch.kind === "innovation") innovation = patch.edit(innovation);
    const score = scoreInnovation(innovation, framework, today);
    if (single) this.patchedScores.set(single, score);
    return score;
  }

  evaluate(patches: readonly Patch[]): Exact {
    const { framework, submission, scores, totals } = this.input;
    const edited = new Map<number, Patch[]>();
    let spdH = totals.spdH;
    let hypotheticalCount = 0;
    let hypotheticalSum = 0;
    // Copied only when the patches change how many innovations cover an affair (most change none).
    let affairCounts: Map<string, number> | undefined;
    const count = (affair: string, delta: 1 | -1) => {
      affairCounts ??= new Map(totals.affairCounts);
      affairCounts.set(affair, (affairCounts.get(affair) ?? 0) + delta);
    };
    const addedSpd = new Set<string>();
    for (const patch of patches) {
      if (patch.kind === "innovation") {
        const applied = edited.get(patch.index);
        if (applied) applied.push(patch);
        else edited.set(patch.index, [patch]);
      } else if (patch.kind === "spd") {
        if (!addedSpd.has(patch.key)) spdH += patch.addH;
        addedSpd.add(patch.key);
      } else {
        hypotheticalCount += patch.count;
        hypotheticalSum += patch.count * patch.pointsH;
        for (const affair of patch.affairs) count(affair, 1);
      }
    }
    let assessedCount = totals.assessedCount + hypotheticalCount;
    let assessedSumH = totals.assessedSumH + hypotheticalSum;
    for (const [index, applied] of edited) {
      const before = scores[index]!;
      const after = this.scoreEdited(index, applied);
      // No patch changes the main affair.
      const affair = submission.innovations[index]!.mainAffair;
      if (before.assessed) {
        assessedCount--;
        assessedSumH -= before.pointsH;
      }
      if (after.assessed) {
        assessedCount++;
        assessedSumH += after.pointsH;
      }
      if (affair && before.assessed !== after.assessed) count(affair, after.assessed ? 1 : -1);
    }
    return exactIid({ spdH, assessedCount, assessedSumH, affairCounts: affairCounts ?? totals.affairCounts }, framework);
  }
}
