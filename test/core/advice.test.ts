import { describe, expect, it } from "vitest";
import { checkSubmission, renderMessage } from "../../core/index.ts";
import { design, fullIndicators, fullRegion, submission, TODAY, YANDAS } from "./builders.ts";

const run = (doc: unknown) => checkSubmission(doc, { today: TODAY });
const iidOf = (doc: unknown) => checkSubmission(doc, { today: TODAY, advice: false }).summary.iid;

describe("advice ranked by IID points gained", () => {
  it("a 299-word design is not assessed and the advice says how many words are missing, with the gain of fixing it", () => {
    const doc = submission(12, (i) => (i === 3 ? { design: design(299) } : {}));
    const result = run(doc);
    const item = result.advice!.items.find((a) => a.code === "lengthen-design")!;
    expect(item.params.missing).toBe(1);
    const fixed = submission(12);
    expect(item.gain).toBeCloseTo(iidOf(fixed) - result.summary.iid, 2);
    expect(renderMessage(item.code, item.params, "id").message).toContain("1 kata");
  });

  it("attaching missing evidence gains exactly what re-scoring gives", () => {
    const indicators = { ...fullIndicators(), "31": { level: 3 } };
    const doc = submission(12, (i) => (i === 0 ? { indicators } : {}));
    const result = run(doc);
    const item = result.advice!.items.find((a) => a.code === "attach-evidence" && a.params.indicator === "31")!;
    expect(item.gain).toBeCloseTo(iidOf(submission(12)) - result.summary.iid, 2);
    // 9 points over a divisor of 12 over 250 -> 0.3 IID points
    expect(item.gain).toBe(0.3);
  });

  it("an innovation blocked by two fixable problems gets one combined action with the real gain", () => {
    const indicators = { ...fullIndicators(), "16": { level: 3 } };
    const doc = submission(12, (i) => (i === 0 ? { indicators, design: design(250) } : {}));
    const result = run(doc);
    const codes = result.advice!.items.map((a) => a.code);
    expect(codes).toContain("complete-innovation");
    expect(codes).not.toContain("lengthen-design");
    const combined = result.advice!.items.find((a) => a.code === "complete-innovation")!;
    expect(combined.gain).toBeCloseTo(iidOf(submission(12)) - result.summary.iid, 2);
  });

  it("suggests a development date for an old innovation", () => {
    const doc = submission(12, (i) => (i === 1 ? { implementationDate: "2022-01-10", trialDate: "2021-06-01" } : {}));
    expect(run(doc).advice!.items.map((a) => a.code)).toContain("add-development-date");
  });

  it("suggests raising a level the raw value already supports", () => {
    const indicators = { ...fullIndicators(), "17": { level: 1, value: 40, evidence: ["sk.pdf"] } };
    const item = run(submission(12, (i) => (i === 0 ? { indicators } : {}))).advice!.items.find((a) => a.code === "raise-level")!;
    expect(item.params).toMatchObject({ indicator: "17", from: 1, to: 3 });
    expect(item.gain).toBeGreaterThan(0);
  });

  it("suggests covering the missing yandas affairs and adding innovations up to the divisor", () => {
    const result = run(submission(6, (i) => ({ mainAffair: YANDAS[i % 3] })));
    const codes = result.advice!.items.map((a) => a.code);
    expect(codes).toEqual(expect.arrayContaining(["cover-yandas", "add-innovations"]));
    const cover = result.advice!.items.find((a) => a.code === "cover-yandas")!;
    expect(cover.params.needed).toBe(2);
  });

  it("ranks by gain and gives a short set of actions that reaches the next predikat", () => {
    const doc = submission(12, (i) => (i < 4 ? { design: design(200) } : {}));
    const result = run(doc);
    const gains = result.advice!.items.map((a) => a.gain);
    expect(gains).toEqual([...gains].sort((a, b) => b - a));
    expect(result.advice!.next).toBeDefined();
    const closing = result.advice!.closing!;
    expect(closing).not.toBeNull();
    expect(closing.iid).toBeGreaterThanOrEqual(result.advice!.next!.min);
    // Removing any chosen action would no longer reach the band.
    expect(closing.actions.length).toBeLessThanOrEqual(result.advice!.items.length);
  });

  it("the shortest path fixes the data already there before it asks for new innovations", () => {
    // 9 innovations, one with a 200-word design, on a weak region: IID 39.22, just under Inovatif.
    const closingCodes = (doc: unknown) => {
      const advice = run(doc).advice!;
      return { advice, codes: advice.closing!.actions.map((i) => advice.items[i]!.code) };
    };
    const { advice, codes } = closingCodes({ ...submission(9, (i) => (i === 0 ? { design: design(200) } : {})), region: fullRegion(1) });
    // "Add 4 innovations" gains more and ranks first, but lengthening the one design is enough on its own.
    expect(advice.items[0]!.code).toBe("add-innovations");
    expect(codes).toEqual(["lengthen-design"]);
    expect(advice.closing!.iid).toBeGreaterThanOrEqual(advice.next!.min);
    // With 8 innovations the fix alone falls short: then new innovations are the path.
    expect(closingCodes({ ...submission(8, (i) => (i === 0 ? { design: design(200) } : {})), region: fullRegion(1) }).codes).toContain("add-innovations");
  });

  it("suggests attaching the region's missing SPD evidence", () => {
    const region = fullRegion();
    (region.indicators as Record<string, unknown>)["12"] = { level: 3 };
    const item = run({ ...submission(12), region }).advice!.items.find((a) => a.code === "attach-region-evidence")!;
    // 6 SPD points over 250 -> 2.4 IID points
    expect(item.gain).toBe(2.4);
  });

  it("a perfect submission needs no advice", () => {
    const result = run(submission(200));
    expect(result.advice!.items).toEqual([]);
    expect(result.advice!.next).toBeUndefined();
  });
});

describe("advice in a large region", () => {
  it("keeps an action whose gain rounds below 0.01 IID points, ranked by its exact gain", () => {
    const indicators = { ...fullIndicators(), "25": { level: 1 } };
    const doc = submission(300, (i) => (i === 7 ? { indicators } : {}));
    const result = checkSubmission(doc, { today: TODAY });
    const item = result.advice!.items.find((a) => a.code === "attach-evidence" && a.params.indicator === "25")!;
    // 1 point over 300 innovations over 250 -> 0.0013 IID points
    expect(item).toBeDefined();
    expect(item.gain).toBe(0);
    const fixed = checkSubmission(submission(300), { today: TODAY, advice: false });
    expect(fixed.summary.iid).toBeGreaterThanOrEqual(result.summary.iid);
  });
});

describe("showing a gain", () => {
  it("uses the language's decimal mark and says when a gain is under 0.01", async () => {
    const { formatGain } = await import("../../core/index.ts");
    expect(formatGain(2.72, "id")).toBe("+2,72");
    expect(formatGain(2.7, "en")).toBe("+2.70");
    expect(formatGain(0, "id")).toBe("+<0,01");
  });
});
