// exceljs's style writer with one stand-in per cell type for empty styles (cli/xlsx/empty-styles.ts):
// it is the one in use once the CLI's exceljs adapter is loaded, it renders an empty style once
// instead of once per cell, and every part of a written file is byte for byte what exceljs's own
// writer gives, for any mix of cell types, read from a file or set through the API.
import { createRequire } from "node:module";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { join } from "node:path";
import { getFramework } from "../../core/index.ts";
import ExcelJS from "../../cli/xlsx/exceljs.ts";
import { exceljsAddStyleModel, sharedEmptyAddStyleModel } from "../../cli/xlsx/empty-styles.ts";
import { writeFilledTemplate } from "../../cli/xlsx/template.ts";
import { kotaContoh } from "../../examples/data/kota-contoh.ts";
import { tempDir } from "./support.ts";

const newDir = tempDir();
const fromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));
type StylesXform = { prototype: { addStyleModel: typeof sharedEmptyAddStyleModel; _addStyle(style: object): number } };
const StylesXformClass = fromExceljs("exceljs/lib/xlsx/xform/style/styles-xform.js") as StylesXform;
type Zip = { files: Record<string, { dir: boolean; async(type: "string"): Promise<string> }> };
const JSZip = fromExceljs("jszip") as { loadAsync(data: Buffer): Promise<Zip> };

afterEach(() => {
  StylesXformClass.prototype.addStyleModel = sharedEmptyAddStyleModel;
  vi.restoreAllMocks();
});

const FIXED = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

/** Every part of an xlsx (dates of docProps/core.xml fixed by the workbook), by name. */
async function parts(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const out: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out[name] = await entry.async("string");
  return out;
}

/** WORKBOOK written with exceljs's own addStyleModel and with the shared one. */
async function writtenBothWays(workbook: () => Promise<ExcelJS.Workbook>): Promise<[Record<string, string>, Record<string, string>]> {
  StylesXformClass.prototype.addStyleModel = exceljsAddStyleModel;
  const theirs = await parts((await (await workbook()).xlsx.writeBuffer()) as unknown as Buffer);
  StylesXformClass.prototype.addStyleModel = sharedEmptyAddStyleModel;
  const ours = await parts((await (await workbook()).xlsx.writeBuffer()) as unknown as Buffer);
  return [theirs, ours];
}

type Kind = "string" | "number" | "boolean" | "date" | "formula" | "date-formula" | "rich" | "link" | "error" | "styled-null" | "bold" | "percent" | "none";
const KINDS: Kind[] = ["string", "number", "boolean", "date", "formula", "date-formula", "rich", "link", "error", "styled-null", "bold", "percent", "none"];

function setCell(cell: ExcelJS.Cell, kind: Kind, n: number): void {
  const date = new Date(Date.UTC(2024, n % 12, 1 + (n % 27)));
  switch (kind) {
    case "string": return void (cell.value = `teks ${n % 5}`);
    case "number": return void (cell.value = n * 1.5);
    case "boolean": return void (cell.value = n % 2 === 0);
    case "date": return void (cell.value = date);
    case "formula": return void (cell.value = { formula: `1+${n}`, result: n + 1 });
    case "date-formula": return void (cell.value = { formula: "TODAY()", result: date });
    case "rich": return void (cell.value = { richText: [{ text: "a" }, { text: `b${n}`, font: { bold: true } }] });
    case "link": return void (cell.value = { text: `tautan ${n}`, hyperlink: "https://example.org/" });
    case "error": return void (cell.value = { error: "#N/A" });
    case "styled-null": return void (cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFEB9C" } });
    case "bold": cell.value = `tebal ${n}`; return void (cell.font = { bold: true });
    case "percent": cell.value = n / 100; return void (cell.numFmt = "0.00%");
    case "none": return;
  }
}

/** A workbook of GRID (rows of cell kinds), written once by exceljs and read back, then changed through the API. */
function gridWorkbook(grid: Kind[][], added: Kind[]): () => Promise<ExcelJS.Workbook> {
  return async () => {
    const source = new ExcelJS.Workbook();
    source.created = source.modified = FIXED;
    const sheet = source.addWorksheet("Data");
    grid.forEach((row, r) => row.forEach((kind, c) => setCell(sheet.getCell(r + 1, c + 1), kind, r * 7 + c)));
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await source.xlsx.writeBuffer()) as ExcelJS.Buffer);
    read.modified = FIXED;
    // Cells added after the read (the way annotate adds its columns) get new empty styles of their own.
    const target = read.getWorksheet("Data")!;
    added.forEach((kind, i) => setCell(target.getCell(i + 1, (grid[0]?.length ?? 0) + 2), kind, i));
    return read;
  };
}

describe("empty styles in exceljs's writer", () => {
  it("share one stand-in per cell type once the CLI's exceljs adapter is loaded", async () => {
    expect(StylesXformClass.prototype.addStyleModel).toBe(sharedEmptyAddStyleModel);
    const addStyle = vi.spyOn(StylesXformClass.prototype, "_addStyle");
    await gridWorkbook(Array.from({ length: 200 }, () => ["string", "number", "none"]), [])().then((w) => w.xlsx.writeBuffer());
    // 600 cells of no style (strings and numbers render alike): a handful of renders, not one per cell.
    expect(addStyle.mock.calls.length).toBeLessThan(10);
  });

  it("write every part exactly as exceljs's own writer does, whatever the cell types", async () => {
    const kind = fc.constantFrom(...KINDS);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(kind, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), fc.array(kind, { maxLength: 6 }), async (grid, added) => {
        const [theirs, ours] = await writtenBothWays(gridWorkbook(grid, added));
        expect(ours).toEqual(theirs);
      }),
      { numRuns: 40 },
    );
  });

  it("write a filled template's parts exactly as exceljs's own writer does", async () => {
    const path = join(await newDir(), "kota.xlsx");
    await writeFilledTemplate(path, kotaContoh, getFramework());
    const [theirs, ours] = await writtenBothWays(async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(path);
      workbook.modified = FIXED;
      return workbook;
    });
    expect(Object.keys(ours).length).toBeGreaterThan(8);
    expect(ours).toEqual(theirs);
  });
});
