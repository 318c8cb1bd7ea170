// The bundled Kota Contoh examples (README runs on them) stay in step with their generator,
// and the JSON and the workbook tell the same story.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkSubmission, countWords, getFramework, readWorkbookRows, toReport } from "../../core/index.ts";
import { readWorkbook } from "../../cli/xlsx/read.ts";
import { buildExamples } from "../../examples/build-examples.ts";
import { EXAMPLE_TODAY, kotaContoh, MISTAKES } from "../../examples/data/kota-contoh.ts";
import { tempDir } from "./support.ts";

const framework = getFramework();
const examples = fileURLToPath(new URL("../../examples/", import.meta.url));
const committed = { json: join(examples, "kota-contoh.json"), xlsx: join(examples, "kota-contoh.xlsx") };
const newDir = tempDir();

async function checkXlsx(path: string) {
  const rows = readWorkbookRows({ ...(await readWorkbook(path)), fileName: "kota-contoh.xlsx" }, framework);
  const result = checkSubmission(rows.input, { framework, today: EXAMPLE_TODAY, absentFields: rows.absentFields });
  return { rows, report: toReport(result, { locate: (f) => rows.locate(f.path) }) };
}

describe("the bundled examples", () => {
  it("are up to date with examples/data/kota-contoh.ts (run `npm run examples` after editing it)", async () => {
    const fresh = await buildExamples(await newDir());
    expect(await readFile(committed.json, "utf8")).toBe(await readFile(fresh.json, "utf8"));
    const [old, now] = await Promise.all([readWorkbook(committed.xlsx), readWorkbook(fresh.xlsx)]);
    expect(old).toEqual(now);
  });

  it("give the same IID, scores and findings from the JSON and from the workbook", async () => {
    const fromJson = toReport(checkSubmission(JSON.parse(await readFile(committed.json, "utf8")), { today: EXAMPLE_TODAY }));
    const { report: fromXlsx, rows } = await checkXlsx(committed.xlsx);
    expect(rows.findings).toEqual([]);
    expect(fromXlsx.iid).toBe(fromJson.iid);
    expect(fromXlsx.category).toBe(fromJson.category);
    expect(fromXlsx.score).toEqual(fromJson.score);
    expect(fromXlsx.innovations.map((i) => [i.name, i.score, i.assessed])).toEqual(fromJson.innovations.map((i) => [i.name, i.score, i.assessed]));
    expect(fromXlsx.findings.map((f) => [f.code, f.path])).toEqual(fromJson.findings.map((f) => [f.code, f.path]));
  });

  it("describe a realistic city: about 15 innovations across agencies and affairs, designs of 300+ words but one", () => {
    const innovations = kotaContoh.innovations!;
    expect(innovations.length).toBeGreaterThanOrEqual(14);
    expect(new Set(innovations.map((i) => i.agency)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(innovations.map((i) => i.mainAffair)).size).toBeGreaterThanOrEqual(12);
    expect(Object.keys(kotaContoh.region!.indicators!)).toHaveLength(20);
    const short = innovations.filter((i) => countWords(String(i.design)) < 300);
    expect(short.map((i) => i.name)).toEqual([MISTAKES.shortDesign]);
    expect(countWords(String(short[0]!.design))).toBeGreaterThanOrEqual(270);
  });

  it("carry the mistakes staff really make, each found by the check at its cell", async () => {
    const { report } = await checkXlsx(committed.xlsx);
    const at = (code: string, name: string) => {
      const index = kotaContoh.innovations!.findIndex((i) => i.name === name);
      return report.findings.find((f) => f.code === code && f.path[1] === index);
    };
    expect(at("design-too-short", MISTAKES.shortDesign)?.location?.cell).toMatch(/^Inovasi![A-Z]+\d+$/);
    expect(at("mandatory-evidence-missing", MISTAKES.mandatoryWithoutEvidence.innovation)?.path).toEqual(["innovations", 8, "indicators", "17", "evidence"]);
    expect(at("trial-after-implementation", MISTAKES.trialAfterImplementation)).toBeDefined();
    expect(at("development-date-required", MISTAKES.implementedBeforeWindowWithoutDevelopment)).toBeDefined();
    for (const name of Object.keys(MISTAKES.optionSpelling)) {
      expect(at("enum-normalised", name) ?? at("enum-close-match", name), name).toBeDefined();
    }
    expect(report.category).not.toBe("Tidak Dapat Dinilai");
  });
});
