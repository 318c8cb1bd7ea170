import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSubmission, FrameworkError, getFramework, loadFramework } from "../../core/index.ts";
import { builtInDefinitions } from "../../core/framework/registry.ts";
import { frameworkOverlaySchema, frameworkSchema } from "../../core/framework/schema.ts";
import { submission, TODAY } from "./builders.ts";

const fw = getFramework("iid-2026");
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("the 2026 framework as data", () => {
  it("has 20 SPD rows (indicators 1-15) with bobot summing to 21, so SPD max is 63", () => {
    expect(fw.spd.map((d) => d.key)).toEqual(["1", "2a", "2b", "3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b", "11a", "11b", "12", "13a", "13b", "14", "15"]);
    expect(sum(fw.spd.map((d) => d.weight))).toBe(21);
    expect(fw.scoring.spdMax).toBe(63);
  });

  it("has 20 SID indicators (16-35) with bobot summing to 37, so 111 per innovation", () => {
    expect(fw.sid.map((d) => d.key)).toEqual(Array.from({ length: 20 }, (_, i) => String(16 + i)));
    expect(sum(fw.sid.map((d) => d.weight))).toBe(37);
    expect(fw.scoring.sidMaxPerInnovation).toBe(111);
  });

  it("marks the mandatory indicators (SID 16, 17, 32, 33, 35; SPD 1, 3-11)", () => {
    expect(fw.sid.filter((d) => d.mandatory).map((d) => d.key)).toEqual(["16", "17", "32", "33", "35"]);
    expect(fw.spd.filter((d) => d.mandatory).map((d) => d.key)).toEqual(["1", "3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b", "11a", "11b"]);
  });

  it("has the six Kemanfaatan bases a-f with three options each, the predikat bands and the window", () => {
    expect(fw.indicatorByKey.get("33")!.bases!.map((b) => b.key)).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(fw.predikat.bands.map((b) => [b.label, b.min])).toEqual([["Sangat Inovatif", 65.01], ["Inovatif", 40.01], ["Kurang Inovatif", 0.01], ["Tidak Dapat Dinilai", 0]]);
    expect(fw.window).toMatchObject({ implementationFrom: "2024-01-01", implementationTo: "2025-12-31" });
    expect(fw.yandas).toHaveLength(6);
    expect(fw.scoring).toMatchObject({ divisorMin: 12, countWeight: 0.38, countCap: 200, yandasMin: 5, maxTotal: 250 });
  });

  it("keeps option labels word for word from the reference", () => {
    const reference = join(import.meta.dirname, "..", "..", "..", "shared", "reference", "iid-framework.json");
    let data: { frameworks: { "2026": { sid_indicators: { no: number; options: { label: string }[] | null }[] } } };
    try {
      data = JSON.parse(readFileSync(reference, "utf8"));
    } catch {
      return; // the reference lives beside the repository; outside this workplace there is nothing to compare
    }
    for (const row of data.frameworks["2026"].sid_indicators) {
      if (!row.options) continue;
      expect(fw.indicatorByKey.get(String(row.no))!.options.map((o) => o.label)).toEqual(row.options.map((o) => o.label));
    }
  });

  it("every built-in framework document passes the framework schema (they are only compiled at run time)", () => {
    for (const [id, document] of Object.entries(builtInDefinitions)) {
      const schema = typeof document.extends === "string" ? frameworkOverlaySchema : frameworkSchema;
      expect(schema.safeParse(document).success, id).toBe(true);
      expect(loadFramework(document).id).toBe(id);
    }
  });

  it("every indicator carries a source and a status", () => {
    for (const d of fw.indicators) {
      expect(d.source).toMatch(/S\d/);
      expect(["confirmed", "reported", "uncertain"]).toContain(d.status);
    }
  });
});

describe("loading a framework from a JSON file", () => {
  const definition = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "core", "framework", "data", "iid-2026.json"), "utf8"));

  it("a new year's framework loads without code changes and changes the score", () => {
    const next = structuredClone(definition);
    next.id = "iid-2028";
    next.scoring.divisorMin = 16;
    const framework = loadFramework(next);
    const result = checkSubmission(submission(12), { framework, today: TODAY, advice: false });
    expect(result.summary.divisor).toBe(16);
  });

  it("an overlay extends a built-in framework", () => {
    const framework = loadFramework({ id: "iid-2026-lokal", extends: "iid-2026", scoring: { ...definition.scoring, yandasMin: 2 } });
    expect(framework.scoring.yandasMin).toBe(2);
    expect(framework.sid).toHaveLength(20);
  });

  it("rejects a framework whose maxima disagree with its weights, naming the problem", () => {
    const broken = structuredClone(definition);
    broken.indicators.find((i: { key: string }) => i.key === "16").weight = 4;
    expect(() => loadFramework(broken)).toThrow(FrameworkError);
    try {
      loadFramework(broken);
    } catch (e) {
      expect((e as FrameworkError).problems.join("\n")).toMatch(/sidMaxPerInnovation/);
    }
  });

  it("rejects a document that is not a framework with readable problems", () => {
    try {
      loadFramework({ id: "x" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(FrameworkError);
      expect((e as FrameworkError).problems.length).toBeGreaterThan(0);
    }
  });

  it("the 2027 prognosis is marked provisional and says why", () => {
    const y2027 = getFramework("iid-2027");
    expect(y2027.provisional).toBe(true);
    expect(y2027.basis.status).toBe("uncertain");
    expect(y2027.scoring).toMatchObject({ divisorMin: 14, yandasMin: 6 });
  });
});
