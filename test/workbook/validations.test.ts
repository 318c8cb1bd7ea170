// Data validations read as ranges (cli/xlsx/validations.ts) give exactly what exceljs's per-cell
// reading followed by compactValidations gives: same keys, same order, same rules, for any mix of
// cells, ranges, reversed and multi-column ranges, overlaps, shared rules and odd addresses.
import { createRequire } from "node:module";
import { join } from "node:path";
import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getFramework } from "../../core/index.ts";
import { compactValidations } from "../../cli/xlsx/annotate.ts";
import { loadWorkbook } from "../../cli/xlsx/read.ts";
import { writeTemplate } from "../../cli/xlsx/template.ts";
import { isCompactModel, rangeValidations } from "../../cli/xlsx/validations.ts";
import { tempDir } from "./support.ts";

const newDir = tempDir();
const fromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));
type Model = Record<string, unknown>;
const DataValidationsXform = fromExceljs("exceljs/lib/xlsx/xform/sheet/data-validations-xform.js") as new () => { model: Model; parseStream(stream: Readable): Promise<unknown> };

/** Parses a <dataValidations> element as a worksheet read does, then compacts it as annotate does; the outcome as text. */
async function compacted(xml: string): Promise<string> {
  try {
    const xform = new DataValidationsXform();
    await xform.parseStream(Readable.from([xml]));
    const sheet = { dataValidations: { model: xform.model } };
    compactValidations(sheet as never);
    return JSON.stringify(Object.entries(sheet.dataValidations.model));
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

const letters = fc.constantFrom("A", "B", "C", "D", "Z", "AA");
const row = fc.integer({ min: 1, max: 14 });
const cell = fc.tuple(letters, row).map(([l, r]) => `${l}${r}`);
const token = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(cell, cell).map(([a, b]) => `${a}:${b}`) },
  { weight: 3, arbitrary: cell },
  // Addresses the range path leaves to exceljs.
  { weight: 1, arbitrary: fc.constantFrom("c3", "C03", "$C$3", "C03:C05", "B1:B3 ", " A2") },
);
const RULES = [
  { type: "list", allowBlank: "1", formula: '"a,b"' },
  { type: "list", allowBlank: "1", formula: '"a,b"' },
  { type: "list", formula: "Daftar!$A$1:$A$9" },
  { type: "whole", operator: "between", formula: "1", formula2: "10" },
  { type: undefined },
] as const;
const element = fc.tuple(fc.array(token, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: RULES.length - 1 }));

function xmlOf(elements: [string[], number][]): string {
  const parts = elements.map(([tokens, r]) => {
    const rule = RULES[r]!;
    const attributes = [rule.type ? `type="${rule.type}"` : "", "allowBlank" in rule ? `allowBlank="${rule.allowBlank}"` : "", "operator" in rule ? `operator="${rule.operator}"` : "", `sqref="${tokens.join(" ")}"`].filter(Boolean).join(" ");
    const formulae = ("formula" in rule ? `<formula1>${rule.formula.replace(/"/g, "&quot;")}</formula1>` : "") + ("formula2" in rule ? `<formula2>${rule.formula2}</formula2>` : "");
    return `<dataValidation ${attributes}>${formulae}</dataValidation>`;
  });
  return `<dataValidations count="${elements.length}">${parts.join("")}</dataValidations>`;
}

describe("validations read as ranges", () => {
  it("give what exceljs's per-cell reading and compactValidations give, key for key and in order", async () => {
    let fast = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(element, { minLength: 1, maxLength: 6 }), async (elements) => {
        const xml = xmlOf(elements);
        const expected = await compacted(xml);
        const actual = await rangeValidations(() => compacted(xml));
        expect(actual).toBe(expected);
        await rangeValidations(async () => {
          const xform = new DataValidationsXform();
          await xform.parseStream(Readable.from([xml])).catch(() => undefined);
          if (isCompactModel(xform.model)) fast++;
        });
      }),
      { numRuns: 1500 },
    );
    // Both ways are exercised: the range path, and exceljs's own for overlaps and odd addresses.
    expect(fast).toBeGreaterThan(100);
    expect(fast).toBeLessThan(1400);
  });

  it("take the range path for ranges that do not overlap, touching or not, and still give the same", async () => {
    // Each element gets its own band of rows (bands may touch: same rules then join into one run).
    const disjoint = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 4 }), letters, letters, fc.boolean(), fc.integer({ min: 0, max: RULES.length - 1 })), { minLength: 1, maxLength: 8 }).map((bands) => {
      let next = 1;
      return bands.map(([gap, height, from, to, reversed, r]): [string[], number] => {
        const top = next + gap;
        next = top + height;
        const [a, b] = reversed ? [`${to}${top + height - 1}`, `${from}${top}`] : [`${from}${top}`, `${to}${top + height - 1}`];
        return [[a === b ? a : `${a}:${b}`], r];
      });
    });
    await fc.assert(
      fc.asyncProperty(disjoint, async (elements) => {
        const xml = xmlOf(elements);
        expect(await rangeValidations(() => compacted(xml))).toBe(await compacted(xml));
        const xform = new DataValidationsXform();
        await rangeValidations(() => xform.parseStream(Readable.from([xml])));
        expect(isCompactModel(xform.model)).toBe(true);
      }),
      { numRuns: 800 },
    );
  });

  it("are what annotate's load gives a template, and nothing changes outside its scope", async () => {
    const path = join(await newDir(), "templat.xlsx");
    await writeTemplate(path, getFramework());
    const plain = await loadWorkbook(path);
    const ranged = await rangeValidations(() => loadWorkbook(path));
    const modelOf = (workbook: typeof plain) => (workbook.getWorksheet("Inovasi") as unknown as { dataValidations: { model: Model } }).dataValidations.model;
    expect(isCompactModel(modelOf(plain))).toBe(false);
    expect(Object.keys(modelOf(plain)).length).toBeGreaterThan(1000);
    expect(isCompactModel(modelOf(ranged))).toBe(true);
    const sheet = plain.getWorksheet("Inovasi")!;
    compactValidations(sheet);
    expect(JSON.stringify(Object.entries(modelOf(ranged)))).toBe(JSON.stringify(Object.entries(modelOf(plain))));
  });
});
