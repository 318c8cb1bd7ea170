// The values-only read without exceljs's Row and Cell objects (cli/xlsx/model-rows.ts, used by
// readValuesSheets in cli/xlsx/read.ts): for any workbook exceljs writes (text, rich text, unicode,
// numbers, dates and date formats, booleans, formulas and their cached results, hyperlinks,
// errors, notes, styled empty cells, merged ranges, sparse rows, several sheets in any tab order,
// hidden ones too) it gives exactly what sheetsOf gives for exceljs's own values-only read, and it
// takes that path rather than falling back. Files it does not recognise in full (edited XML) read
// through exceljs's objects as before: the same rows, or the same "corrupt" error.
import { createRequire } from "node:module";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import ExcelJS from "../../cli/xlsx/exceljs.ts";
import { loadModelRows } from "../../cli/xlsx/model-rows.ts";
import { loadWorkbook, readValuesSheets, sheetsOf, WorkbookReadError } from "../../cli/xlsx/read.ts";
import { tempDir } from "./support.ts";

const newDir = tempDir();
const fromExceljs = createRequire(createRequire(import.meta.url).resolve("exceljs"));
type Zip = {
  file(name: string): { async(type: "string"): Promise<string> } | null;
  file(name: string, data: string): void;
  generateAsync(options: { type: "nodebuffer" }): Promise<Buffer>;
};
const JSZip = fromExceljs("jszip") as { loadAsync(data: Buffer): Promise<Zip> };

/** What the read gives, or the error it throws (as code and message). */
async function outcome<T>(read: Promise<T>): Promise<T | { error: string; message: string }> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof WorkbookReadError) return { error: error.code, message: error.message };
    throw error;
  }
}

/** The values-only read as it was: exceljs's objects, then sheetsOf. */
const objectRead = (path: string) => outcome(loadWorkbook(path, { valuesOnly: true }).then(sheetsOf));

/** Whether the read of PATH takes the path without exceljs's rows (loads, and nothing was left to exceljs). */
async function tookModelPath(buffer: Buffer): Promise<boolean> {
  const workbook = new ExcelJS.Workbook();
  const rows = await loadModelRows(workbook, () => workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer, { ignoreNodes: ["dataValidations", "conditionalFormatting", "extLst"] }));
  return rows !== undefined;
}

const DATE_FORMATS = ["dd/mm/yyyy", "yyyy-mm-dd", "d mmmm yyyy", "mm-dd-yy", "yyyy-mm-dd hh:mm:ss"];
const text = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 }), fc.constantFrom("Penerapan", "Dinas Kesehatan", " ", "  padded  ", "Ünïcödé 表格 🙂", "#N/A", "=A1"));
const date = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true });
type Spec = { value: ExcelJS.CellValue; numFmt?: string; note?: string; bold?: boolean };
const cellSpec: fc.Arbitrary<Spec> = fc.oneof(
  text.map((value) => ({ value })),
  fc.array(fc.record({ text, bold: fc.boolean() }), { minLength: 1, maxLength: 3 }).map((runs) => ({ value: { richText: runs.map((r) => ({ text: r.text, font: { bold: r.bold } })) } })),
  fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double(), fc.constant(0)).map((value) => ({ value })),
  fc.tuple(fc.integer({ min: 1, max: 80_000 }), fc.constantFrom(...DATE_FORMATS)).map(([value, numFmt]) => ({ value, numFmt })),
  fc.tuple(date, fc.option(fc.constantFrom(...DATE_FORMATS), { nil: undefined })).map(([value, numFmt]) => ({ value, ...(numFmt ? { numFmt } : {}) })),
  fc.boolean().map((value) => ({ value })),
  fc
    .tuple(fc.constantFrom("A1+1", "SUM(A1:B2)", "TODAY()", 'CONCAT("a","b")'), fc.option(fc.oneof(fc.integer(), fc.constant(0), text, fc.boolean(), date, fc.constantFrom({ error: "#DIV/0!" as const })), { nil: undefined }), fc.option(fc.constantFrom(...DATE_FORMATS), { nil: undefined }))
    .map(([formula, result, numFmt]) => ({ value: { formula, result } as ExcelJS.CellValue, ...(numFmt ? { numFmt } : {}) })),
  fc
    .tuple(text, fc.constantFrom("https://example.org/a?b=1", "mailto:opd@example.go.id", "#'Data 1'!A1", "bukti/perkada.pdf"), fc.option(text, { nil: undefined }))
    .map(([t, hyperlink, tooltip]) => ({ value: { text: t, hyperlink, ...(tooltip ? { tooltip } : {}) } as ExcelJS.CellValue })),
  fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?").map((error) => ({ value: { error } as ExcelJS.CellValue })),
  // A styled cell without a value (exceljs writes it, and reads it as an empty cell).
  fc.constantFrom("0.00", "dd/mm/yyyy").map((numFmt) => ({ value: null, numFmt })),
  fc.constant({ value: null, bold: true }),
);
const withExtras: fc.Arbitrary<Spec> = fc.tuple(cellSpec, fc.option(text, { nil: undefined })).map(([spec, note]) => (note && spec.value !== null ? { ...spec, note } : spec));

const sheetSpec = fc.record({
  cells: fc.array(fc.record({ row: fc.integer({ min: 1, max: 30 }), column: fc.integer({ min: 1, max: 12 }), spec: withExtras }), { maxLength: 60 }),
  merges: fc.array(fc.record({ top: fc.integer({ min: 1, max: 30 }), left: fc.integer({ min: 1, max: 12 }), height: fc.integer({ min: 1, max: 5 }), width: fc.integer({ min: 1, max: 4 }) }), { maxLength: 5 }),
  // Merged ranges set through exceljs (which empties their other cells) or written into the
  // sheet's XML afterwards, over cells that keep values (as files from other programs may).
  mergesInXml: fc.boolean(),
  state: fc.constantFrom<ExcelJS.WorksheetState>("visible", "visible", "hidden", "veryHidden"),
  fill: fc.option(fc.record({ column: fc.integer({ min: 1, max: 12 }), top: fc.integer({ min: 1, max: 25 }), results: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 4 }) }), { nil: undefined }),
});
const NAMES = ["Inovasi", "Pemda", "Data 1", "Ringkasan", "Lembar ü", "表", "Rekap 2026", "x"];
const workbookSpec = fc.record({
  sheets: fc.uniqueArray(fc.tuple(fc.constantFrom(...NAMES), sheetSpec), { minLength: 1, maxLength: 4, selector: ([name]) => name }),
  order: fc.array(fc.integer(), { minLength: 4, maxLength: 4 }),
  removed: fc.boolean(),
});

type WorkbookSpec = typeof workbookSpec extends fc.Arbitrary<infer W> ? W : never;

async function written(spec: WorkbookSpec): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // A sheet added and removed leaves a gap in the sheet ids.
  if (spec.removed) workbook.removeWorksheet(workbook.addWorksheet("Sementara").id);
  const xmlMerges = new Map<number, string[]>();
  spec.sheets.forEach(([name, sheet], i) => {
    const worksheet = workbook.addWorksheet(name, { state: sheet.state });
    // Tab order other than the order added (and than the sheet files' numbers).
    (worksheet as unknown as { orderNo: number }).orderNo = spec.order[i]!;
    for (const { row, column, spec: cell } of sheet.cells) {
      const target = worksheet.getCell(row, column);
      target.value = cell.value;
      if (cell.numFmt) target.numFmt = cell.numFmt;
      if (cell.bold) target.font = { bold: true };
      if (cell.note) target.note = cell.note;
    }
    const taken: { top: number; left: number; bottom: number; right: number }[] = [];
    for (const m of sheet.merges) {
      const area = { top: m.top, left: m.left, bottom: m.top + m.height - 1, right: m.left + m.width - 1 };
      if (!sheet.mergesInXml && area.bottom === area.top && area.right === area.left) continue;
      if (taken.some((t) => t.top <= area.bottom && area.top <= t.bottom && t.left <= area.right && area.left <= t.right)) continue;
      taken.push(area);
      if (!sheet.mergesInXml) worksheet.mergeCells(area.top, area.left, area.bottom, area.right);
    }
    const letter = (column: number) => String.fromCharCode(64 + column);
    if (sheet.mergesInXml) xmlMerges.set(worksheet.id, taken.map((t) => `${letter(t.left)}${t.top}:${letter(t.right)}${t.bottom}`));
    // A shared formula (a master and its clones), where no merged range covers it.
    if (sheet.fill) {
      const { column, top, results } = sheet.fill;
      const bottom = top + results.length - 1;
      if (sheet.mergesInXml || !taken.some((t) => t.top <= bottom && top <= t.bottom && t.left <= column && column <= t.right)) {
        worksheet.fillFormula(`${letter(column)}${top}:${letter(column)}${bottom}`, `${letter(column)}${top - 1 || 1}*2`, results);
      }
    }
  });
  const buffer = (await workbook.xlsx.writeBuffer()) as unknown as Buffer;
  if (![...xmlMerges.values()].some((ranges) => ranges.length)) return buffer;
  const zip = await JSZip.loadAsync(buffer);
  for (const [id, ranges] of xmlMerges) {
    if (!ranges.length) continue;
    const name = `xl/worksheets/sheet${id}.xml`;
    const xml = await zip.file(name)!.async("string");
    const merges = `<mergeCells count="${ranges.length}">${ranges.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;
    zip.file(name, xml.replace(/<\/sheetData>|<sheetData\/>/, (end) => `${end}${merges}`));
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("the values-only read without exceljs's rows", () => {
  it("gives exactly what sheetsOf gives for exceljs's values-only read, for any workbook exceljs writes", async () => {
    const dir = await newDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        const buffer = await written(spec);
        const path = join(dir, `w${n++}.xlsx`);
        await writeFile(path, buffer);
        const expected = await objectRead(path);
        expect(await outcome(readValuesSheets(path))).toStrictEqual(expected);
        // The full read (styles, validations) gives the same rows.
        expect(await outcome(loadWorkbook(path).then(sheetsOf))).toStrictEqual(expected);
        expect(await tookModelPath(buffer)).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it("keeps the merged cells' rule: the top-left value, filled down into rows with data of their own", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Inovasi");
    sheet.getCell("A1").value = "Judul";
    sheet.getCell("B1").value = "hilang";
    sheet.mergeCells("A1:C1");
    sheet.getCell("A2").value = "Dinas";
    sheet.getCell("B2").value = 1;
    sheet.getCell("B3").value = 2;
    sheet.getCell("A3").value = "tertutup";
    sheet.mergeCells("A2:A5");
    sheet.getCell("B5").value = 3;
    const path = join(await newDir(), "merged.xlsx");
    await writeFile(path, (await workbook.xlsx.writeBuffer()) as unknown as Buffer);
    const [read] = await readValuesSheets(path);
    expect(read!.rows).toStrictEqual([["Judul"], ["Dinas", 1], ["Dinas", 2], [], ["Dinas", 3]]);
    expect(await readValuesSheets(path)).toStrictEqual(await objectRead(path));
  });

  // Edited XML: what exceljs would read differently (or refuse) is left to exceljs.
  const EDITS: [string, (xml: string) => string, boolean][] = [
    ["a cell without its address (exceljs takes the next column)", (xml) => xml.replace(/<c r="B2"/, "<c"), false],
    ["rows out of order", (xml) => xml.replace(/(<row r="2"[^]*?<\/row>)(<row r="3"[^]*?<\/row>)/, "$2$1"), false],
    ["a cell address in lower case (exceljs refuses it)", (xml) => xml.replace(/<c r="B2"/, '<c r="b2"'), true],
    ["a column beyond XFD (exceljs refuses it)", (xml) => xml.replace(/<c r="B2"/, '<c r="XFE2"'), true],
    ["overlapping merged ranges (exceljs refuses them)", (xml) => xml.replace(/<mergeCell ref="A1:C1"\/>/, '<mergeCell ref="A1:C1"/><mergeCell ref="B1:B2"/>'), true],
    ["a cell of another row", (xml) => xml.replace(/<c r="B2"/, '<c r="B7"'), false],
  ];
  for (const [what, edit, refused] of EDITS) {
    it(`reads like exceljs's objects with ${what}`, async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet("Inovasi");
      sheet.addRows([
        ["Judul", null, null],
        ["a", "b", "c"],
        [1, 2, 3],
      ]);
      sheet.mergeCells("A1:C1");
      const zip = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as unknown as Buffer);
      const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
      const edited = edit(xml);
      expect(edited).not.toBe(xml);
      zip.file("xl/worksheets/sheet1.xml", edited);
      const path = join(await newDir(), "edited.xlsx");
      await writeFile(path, await zip.generateAsync({ type: "nodebuffer" }));
      const expected = await objectRead(path);
      expect("error" in expected).toBe(refused);
      if (refused) expect(expected).toMatchObject({ error: "corrupt" });
      expect(await outcome(readValuesSheets(path))).toStrictEqual(expected);
    });
  }
});
