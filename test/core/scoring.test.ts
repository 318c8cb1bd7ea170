import { describe, expect, it } from "vitest";
import { checkSubmission, getFramework } from "../../core/index.ts";
import { roundHalfUp2 } from "../../core/scoring/exact.ts";
import { summarise } from "../../core/scoring/region.ts";
import { design, fullRegion, innovation, submission, TODAY, YANDAS } from "./builders.ts";

const check = (doc: unknown, framework = "iid-2026") => checkSubmission(doc, { today: TODAY, framework, advice: false });

describe("scoring the IID exactly", () => {
  it("a full-marks submission scores exactly 100.00: SPD 63, 111 per innovation, 200 innovations give the full count score 76", () => {
    const result = check(submission(200));
    expect(result.summary.region).toBe(63);
    expect(result.scores.every((s) => s.pointsH === 11100)).toBe(true);
    expect(result.summary.innovations).toBe(111);
    expect(result.summary.innovationCount).toBe(76);
    expect(result.summary.total).toBe(250);
    expect(result.summary.iid).toBe(100);
    expect(result.summary.predikat.label).toBe("Sangat Inovatif");
  });

  it("averages innovation points over at least 12, so three perfect innovations count as 3 x 111 / 12", () => {
    const result = check(submission(3));
    // 333 / 12 = 27.75; yandas covered 3 of 6 -> count score 0; (63 + 27.75) / 250 = 36.30 %
    expect(result.summary.innovations).toBe(27.75);
    expect(result.summary.innovationCount).toBe(0);
    expect(result.summary.iid).toBe(36.3);
    expect(result.summary.predikat.label).toBe("Kurang Inovatif");
    expect(result.summary.divisor).toBe(12);
  });

  it("counts 0.38 per assessed innovation once 5 of the 6 yandas affairs are covered, and nothing at 4", () => {
    const five = check(submission(12, (i) => ({ mainAffair: YANDAS[i % 5] })));
    expect(five.summary.yandasCovered).toHaveLength(5);
    expect(five.summary.innovationCount).toBe(4.56);
    const four = check(submission(12, (i) => ({ mainAffair: YANDAS[i % 4] })));
    expect(four.summary.innovationCount).toBe(0);
    expect(four.findings.some((f) => f.code === "yandas-coverage-insufficient")).toBe(true);
  });

  it("uses exact decimal weights: SPD rows of bobot 0.75 at level 3 give exactly 2.25 each", () => {
    const region = fullRegion(1);
    const result = check({ region, innovations: [] });
    // sum of weights 21 x level 1
    expect(result.summary.region).toBe(21);
    const partial = check({ region: { name: "X", indicators: { "5a": { level: 3, evidence: ["a.pdf"] }, "5b": { level: 3, evidence: ["b.pdf"] }, "10a": { level: 3, evidence: ["c.pdf"] } } }, innovations: [] });
    expect(partial.summary.region).toBe(6.75);
  });

  it("a level without evidence earns nothing but is reported as claimed", () => {
    const doc = submission(1, () => ({ indicators: { ...innovation().indicators as object, "18": { level: 3 } } }));
    const result = check(doc);
    const indicator = result.scores[0]!.indicators.find((s) => s.key === "18")!;
    expect(indicator.pointsH).toBe(0);
    expect(indicator.claimedH).toBe(600);
    expect(result.scores[0]!.pointsH).toBe(11100 - 600);
    expect(result.scores[0]!.claimedH).toBe(11100);
  });

  it("indicator scores are shared between innovations and documents, so they cannot be changed", () => {
    const [first, second] = [check(submission(2)), check(submission(1))];
    const score = first.scores[0]!.indicators[0]!;
    expect(second.scores[0]!.indicators[0]).toBe(score);
    expect(Object.isFrozen(score)).toBe(true);
    expect(() => Object.assign(score, { pointsH: 0 })).toThrow(TypeError);
  });

  it("an innovation with a 299-word design is not assessed; one with 300 words is", () => {
    const short = check(submission(1, () => ({ design: design(299) })));
    expect(short.scores[0]!.assessed).toBe(false);
    expect(short.summary.assessed).toBe(0);
    const enough = check(submission(1, () => ({ design: design(300) })));
    expect(enough.scores[0]!.assessed).toBe(true);
  });

  it("only innovations at stage Penerapan are assessed", () => {
    const result = check(submission(2, (i) => ({ stage: i === 0 ? "Uji Coba" : "Penerapan" })));
    expect(result.scores.map((s) => s.assessed)).toEqual([false, true]);
    expect(result.findings.some((f) => f.code === "stage-not-scored" && f.path[1] === 0)).toBe(true);
  });

  it("a mandatory indicator without evidence keeps the innovation out of the IID", () => {
    const indicators = { ...(innovation().indicators as object), "16": { level: 3, evidence: [] } };
    const result = check(submission(1, () => ({ indicators })));
    expect(result.scores[0]!.assessed).toBe(false);
    expect(result.scores[0]!.blockers).toContainEqual({ reason: "mandatory", indicator: "16", missing: "evidence" });
  });

  it("the 2027 prognosis divides by at least 14 and needs all 6 yandas affairs", () => {
    const doc = submission(12, (i) => ({ mainAffair: YANDAS[i % 5] }));
    const y2026 = check(doc, "iid-2026");
    const y2027 = check(doc, "iid-2027");
    expect(y2027.framework.provisional).toBe(true);
    expect(y2027.summary.divisor).toBe(14);
    expect(y2026.summary.innovationCount).toBe(4.56);
    expect(y2027.summary.innovationCount).toBe(0);
    expect(y2027.summary.innovations).toBe(roundHalfUp2(12 * 11100, 100 * 14));
  });
});

describe("predikat bands from the rounded IID", () => {
  const fw = getFramework();
  // With divisor 12 and no count score: IID = (12 * spdH + sumH) / 3000.
  const at = (sumH: number) => summarise({ spdH: 6300, assessedCount: 0, assessedSumH: sumH, affairCounts: new Map() }, fw);
  it.each([
    [44400, 40.0, "Kurang Inovatif"],
    [44430, 40.01, "Inovatif"],
    [119400, 65.0, "Inovatif"],
    [119430, 65.01, "Sangat Inovatif"],
  ])("sum %i gives IID %f: %s", (sum, iid, label) => {
    const s = at(sum);
    expect(s.iid).toBe(iid);
    expect(s.predikat.label).toBe(label);
  });

  it("an IID of 0 is Tidak Dapat Dinilai and 0.01 is Kurang Inovatif", () => {
    const zero = summarise({ spdH: 0, assessedCount: 0, assessedSumH: 0, affairCounts: new Map() }, fw);
    expect(zero.iid).toBe(0);
    expect(zero.predikat.label).toBe("Tidak Dapat Dinilai");
    expect(zero.next?.label).toBe("Kurang Inovatif");
    const tiny = summarise({ spdH: 3, assessedCount: 0, assessedSumH: 0, affairCounts: new Map() }, fw);
    expect(tiny.iid).toBe(0.01);
    expect(tiny.predikat.label).toBe("Kurang Inovatif");
  });

  it("reports the gap to the next predikat from the rounded IID", () => {
    const s = at(44400);
    expect(s.next).toMatchObject({ label: "Inovatif", min: 40.01, gap: 0.01 });
    expect(at(119430).next).toBeUndefined();
  });

  it("rounds half-up at the output only", () => {
    expect(roundHalfUp2(1, 8)).toBe(0.13);
    expect(roundHalfUp2(3, 8)).toBe(0.38);
    expect(roundHalfUp2(2, 3)).toBe(0.67);
    expect(roundHalfUp2(1, 3)).toBe(0.33);
  });
});
