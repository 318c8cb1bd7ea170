// Random workbooks as exceljs writes them, for the property tests of the readers and of annotate's
// kept rows: every kind of cell value, date formats, notes, styled empty cells, merged ranges
// (set through exceljs or written into the XML over cells that keep values), shared formulas,
// row heights, hidden rows, row and column styles, several sheets in any tab order, hidden ones too.
import fc from "fast-check";
import { expect } from "vitest";
import ExcelJS from "../../cli/xlsx/exceljs.ts";
import { JSZip } from "./support.ts";

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
  // Row heights, hidden rows, row styles and column styles (new cells take theirs).
  rows: fc.array(fc.record({ row: fc.integer({ min: 1, max: 32 }), height: fc.option(fc.integer({ min: 8, max: 60 }), { nil: undefined }), hidden: fc.boolean(), italic: fc.boolean() }), { maxLength: 4 }),
  columns: fc.array(fc.record({ column: fc.integer({ min: 1, max: 14 }), numFmt: fc.constantFrom("0.00", "dd/mm/yyyy", "@"), width: fc.option(fc.integer({ min: 4, max: 40 }), { nil: undefined }) }), { maxLength: 3 }),
});
const NAMES = ["Inovasi", "Pemda", "Data 1", "Ringkasan", "Lembar ü", "表", "Rekap 2026", "x"];
export const workbookSpec = fc.record({
  sheets: fc.uniqueArray(fc.tuple(fc.constantFrom(...NAMES), sheetSpec), { minLength: 1, maxLength: 4, selector: ([name]) => name }),
  order: fc.array(fc.integer(), { minLength: 4, maxLength: 4 }),
  removed: fc.boolean(),
});

export type WorkbookSpec = typeof workbookSpec extends fc.Arbitrary<infer W> ? W : never;

export async function written(spec: WorkbookSpec): Promise<Buffer> {
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
    for (const { row, height, hidden, italic } of sheet.rows) {
      const target = worksheet.getRow(row);
      if (height) target.height = height;
      if (hidden) target.hidden = true;
      if (italic) target.font = { italic: true };
    }
    for (const { column, numFmt, width } of sheet.columns) {
      const target = worksheet.getColumn(column);
      target.numFmt = numFmt;
      if (width) target.width = width;
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


/**
 * Every part of the file exceljs writes for WORKBOOK, but its timestamps (fixed here); or the error
 * its writer stops with (a merged range over a shared formula's master cell leaves its clones without one).
 */
export async function writtenParts(workbook: ExcelJS.Workbook): Promise<Record<string, string> | { error: string }> {
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 0, 1));
  let buffer: Buffer;
  try {
    buffer = (await workbook.xlsx.writeBuffer()) as unknown as Buffer;
  } catch (error) {
    return { error: String(error) };
  }
  const zip = await JSZip.loadAsync(buffer);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) if (!zip.files[name]!.dir) out[name] = await zip.file(name)!.async("string");
  return out;
}

/**
 * The property every one of the CLI's byte-identical exceljs patches keeps: for any workbook
 * exceljs writes, loaded and written back with exceljs's own method (USE(false)) and with the
 * patch (USE(true)), every part is the same. USE switches the method; the patch is left in place.
 */
export async function assertSamePartsEitherWay(use: (patched: boolean) => void, numRuns = 40): Promise<void> {
  const roundTrip = async (buffer: Buffer, patched: boolean) => {
    use(patched);
    return writtenParts(await new ExcelJS.Workbook().xlsx.load(buffer as unknown as ExcelJS.Buffer));
  };
  try {
    await fc.assert(
      fc.asyncProperty(workbookSpec, async (spec) => {
        const buffer = await written(spec);
        const theirs = await roundTrip(buffer, false);
        expect(await roundTrip(buffer, true)).toStrictEqual(theirs);
      }),
      { numRuns },
    );
  } finally {
    use(true);
  }
}
