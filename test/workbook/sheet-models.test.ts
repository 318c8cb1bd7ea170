// annotate's workbook with kept rows (cli/xlsx/sheet-models.ts): for any workbook exceljs writes,
// reading its values and changing its cells through SheetCells gives the very workbook model, and
// so the very file, that exceljs's own objects give for the same changes; and typical workbooks
// do take the kept-row path. Rows it does not recognise (edited XML) are left to exceljs.
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import ExcelJS from "../../cli/xlsx/exceljs.ts";
import { loadWorkbook, sheetsOf, toCellValue } from "../../cli/xlsx/read.ts";
import { loadEditableWorkbook, textNoteModel, type SheetCell } from "../../cli/xlsx/sheet-models.ts";
import { workbookSpec, written, writtenParts } from "./arbitrary-workbooks.ts";
import { rewriteSheetXml, tempDir } from "./support.ts";

const newDir = tempDir();
const { ValueType } = ExcelJS;

type Edit =
  | { op: "mark"; sheet: number; row: number; column: number; note: string; argb: string }
  | { op: "value"; sheet: number; row: number; column: number; value: number | string | null }
  | { op: "font"; sheet: number; row: number; column: number };

const at = { sheet: fc.nat(3), row: fc.integer({ min: 1, max: 34 }), column: fc.integer({ min: 1, max: 15 }) };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant("mark" as const), ...at, note: fc.string({ maxLength: 10 }), argb: fc.constantFrom("FFFFC7CE", "FFFFEB9C") }),
  fc.record({ op: fc.constant("value" as const), ...at, value: fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.constant(null)) }),
  fc.record({ op: fc.constant("font" as const), ...at }),
);

/** What annotate does to a cell, done the same way to exceljs's Cell and to a SheetCell. */
function apply(cell: SheetCell, change: Edit): void {
  if (change.op === "mark") {
    cell.style = { ...cell.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: change.argb } } };
    const theirs = cell.note;
    const text = typeof theirs === "string" ? theirs : (theirs?.texts ?? []).map((t) => t.text).join("");
    cell.note = text ? `${text}\n${change.note}` : change.note;
  } else if (change.op === "value") cell.value = change.value;
  else cell.font = { bold: true };
}

/** The parts of the workbook model the writer renders from rows. */
const rowsOf = (workbook: ExcelJS.Workbook) =>
  (workbook.model as unknown as { worksheets: { name: string; rows: unknown[]; dimensions: unknown }[] }).worksheets.map((w) => ({ name: w.name, rows: w.rows, dimensions: w.dimensions }));

describe("annotate's workbook with kept rows", () => {
  it("reads the values exceljs's objects give and, changed the same way, writes the same file", { timeout: 120_000 }, async () => {
    const dir = await newDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(workbookSpec, fc.array(edit, { maxLength: 12 }), async (spec, edits) => {
        const path = join(dir, `w${n++}.xlsx`);
        await writeFile(path, await written(spec));
        const objects = await loadWorkbook(path);
        const book = await loadEditableWorkbook(path);
        expect(book.sheets).toStrictEqual(sheetsOf(objects));
        for (const change of edits) {
          const expected = objects.worksheets[change.sheet % objects.worksheets.length]!;
          const sheet = book.workbook.worksheets[change.sheet % book.workbook.worksheets.length]!;
          const cells = book.cells(sheet);
          const master = expected.getCell(change.row, change.column).master;
          expect(cells.visibleCell(change.row, change.column)).toStrictEqual({ row: Number(master.row), column: Number(master.col), address: master.address });
          apply(expected.getCell(change.row, change.column), change);
          apply(cells.cell(change.row, change.column), change);
          expect(cells.columnCount).toBe(expected.columnCount);
          expect(cells.cellCount(change.row)).toBe(expected.getRow(change.row).cellCount);
          expect(cells.actualRowCount).toBe(expected.actualRowCount);
          // The value as the readers take it (a formula as its cached result, 0 and FALSE too).
          const cell = expected.getCell(change.row, change.column);
          expect(toCellValue(cells.cell(change.row, change.column).value)).toStrictEqual(toCellValue(cell.type === ValueType.Formula ? (cell.result as ExcelJS.CellValue) : cell.value));
        }
        const file = await writtenParts(objects);
        expect(await writtenParts(book.workbook)).toStrictEqual(file);
        if (!("error" in file)) expect(rowsOf(book.workbook)).toEqual(rowsOf(objects));
      }),
      { numRuns: 80 },
    );
  });

  it("fills a sheet it adds through new kept rows exactly as through exceljs's objects", { timeout: 120_000 }, async () => {
    const dir = await newDir();
    let n = 0;
    const grid = fc.array(fc.record({ row: fc.integer({ min: 2, max: 30 }), column: fc.integer({ min: 1, max: 12 }), change: edit }), { maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(workbookSpec, grid, fc.option(fc.constantFrom("0.00", "@"), { nil: undefined }), async (spec, cells, numFmt) => {
        const path = join(dir, `n${n++}.xlsx`);
        await writeFile(path, await written(spec));
        const objects = await loadWorkbook(path);
        const book = await loadEditableWorkbook(path);
        const theirs = objects.addWorksheet("Matriks (IID Check)");
        const ours = book.workbook.addWorksheet("Matriks (IID Check)");
        for (const sheet of [theirs, ours]) {
          sheet.getCell("A1").value = "Matriks";
          if (numFmt) sheet.getColumn(3).numFmt = numFmt;
        }
        const sheetCells = book.cells(ours);
        // Rows made in any order, each once (row 1 is exceljs's).
        const made = new Set<number>();
        for (const { row, column, change } of cells) {
          if (!made.has(row)) sheetCells.keepNewRow(row);
          made.add(row);
          apply(theirs.getCell(row, column), change);
          apply(sheetCells.cell(row, column), change);
        }
        expect(() => sheetCells.keepNewRow(1)).toThrow();
        expect(await writtenParts(book.workbook)).toStrictEqual(await writtenParts(objects));
      }),
      { numRuns: 40 },
    );
  });

  it("models a text note as exceljs's Note does", () => {
    const Note = createRequire(createRequire(import.meta.url).resolve("exceljs"))("exceljs/lib/doc/note.js") as new (note: string) => { model: unknown };
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(textNoteModel(text)).toStrictEqual(new Note(text).model);
      }),
    );
    // Fresh objects: a change to one note's margins is not every note's.
    const [a, b] = [textNoteModel("a"), textNoteModel("b")] as unknown as { note: { margins: { inset: number[] } } }[];
    expect(a!.note.margins.inset).not.toBe(b!.note.margins.inset);
  });

  it("keeps the rows of a typical innovation sheet as models, and leaves rows under a merged title to exceljs", async () => {
    const dir = await newDir();
    const path = join(dir, "judul.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Inovasi");
    sheet.addRows([["Daftar inovasi Kota Contoh"], [], ["No", "Nama Inovasi"], ...Array.from({ length: 20 }, (_, i) => [i + 1, `Inovasi ${i + 1}`])]);
    sheet.mergeCells("A1:F2");
    await workbook.xlsx.writeFile(path);
    const book = await loadEditableWorkbook(path);
    const cells = book.cells(book.workbook.getWorksheet("Inovasi")!);
    // Rows 3-23 are kept as models: exceljs made no Row objects for them.
    expect(cells.keptRows).toBe(21);
    expect(book.workbook.getWorksheet("Inovasi")!.findRow(5)).toBeUndefined();
    expect(book.workbook.getWorksheet("Inovasi")!.findRow(1)).toBeDefined();
    expect(cells.visibleCell(2, 3)).toStrictEqual({ row: 1, column: 1, address: "A1" });
    expect(cells.cell(5, 2).value).toBe("Inovasi 2");
  });

  const EDITS: [string, (xml: string) => string][] = [
    ["rows out of order", (xml) => xml.replace(/(<row r="2"[^]*?<\/row>)(<row r="3"[^]*?<\/row>)/, "$2$1")],
    ["a cell of another row", (xml) => xml.replace(/<c r="B2"/, '<c r="B7"')],
  ];
  for (const [what, change] of EDITS) {
    it(`writes what exceljs's objects write with ${what}`, async () => {
      const dir = await newDir();
        const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet("Inovasi").addRows([
        ["Judul", null, null],
        ["a", "b", "c"],
        [1, 2, 3],
      ]);
      const source = join(dir, "asal.xlsx");
      await workbook.xlsx.writeFile(source);
      const path = join(dir, "diubah.xlsx");
      await rewriteSheetXml(source, path, "xl/worksheets/sheet1.xml", change);
      const objects = await loadWorkbook(path);
      const book = await loadEditableWorkbook(path);
      expect(book.sheets).toStrictEqual(sheetsOf(objects));
      for (const [row, column] of [[2, 2], [3, 5], [7, 2]] as const) {
        apply(objects.worksheets[0]!.getCell(row, column), { op: "value", sheet: 0, row, column, value: "x" });
        apply(book.cells(book.workbook.worksheets[0]!).cell(row, column), { op: "value", sheet: 0, row, column, value: "x" });
      }
      expect(await writtenParts(book.workbook)).toStrictEqual(await writtenParts(objects));
    });
  }
});
