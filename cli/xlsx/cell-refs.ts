// Cells without their `r` attribute, in exceljs's full reader.
//
// The spec lets a generator leave out a cell's reference (<row r="2"><c t="s"><v>0</v></c>...):
// the cell then follows the previous one in its row, column A for the first. exceljs's reader
// (RowXform, CellXform) kept such a cell without an address, and building the workbook from it
// threw, so every read of the file (check, annotate) reported it as corrupt. Here, as each cell of
// a row is parsed, one without an address gets the one the spec gives it, before anything
// (hyperlinks, notes, the workbook) looks it up. The streaming reader's repair is stream-cells.ts.
import { requireFromExceljs } from "./exceljs-internals.ts";

type CellModel = { address?: unknown };
type RowXform = { model?: { number?: unknown; cells: CellModel[] }; parseClose(name: string): boolean };

const RowXformClass = requireFromExceljs("exceljs/lib/xlsx/xform/sheet/row-xform.js") as { prototype: RowXform };
const colCache = requireFromExceljs("exceljs/lib/utils/col-cache.js") as { decodeAddress(address: string): { col: number }; n2l(column: number): string };

const ADDRESS = /^[A-Z]{1,3}[1-9][0-9]*$/;
const MAX_COLUMN = 16384;

/** exceljs's own parseClose (for tests). */
export const exceljsRowParseClose = RowXformClass.prototype.parseClose;

export function parseCloseWithCellRefs(this: RowXform, name: string): boolean {
  const cells = this.model?.cells;
  const before = cells?.length ?? 0;
  const result = exceljsRowParseClose.call(this, name);
  // A cell was just added to the row: give it its address if it came without one.
  if (cells && cells.length > before) {
    const cell = cells[cells.length - 1]!;
    const number = this.model!.number;
    if (cell.address === undefined && typeof number === "number" && Number.isInteger(number)) {
      const previous = cells.length > 1 ? cells[cells.length - 2]!.address : undefined;
      // (A previous address exceljs cannot decode is left for exceljs to report, as before.)
      const column = cells.length === 1 ? 1 : typeof previous === "string" && ADDRESS.test(previous) ? colCache.decodeAddress(previous).col + 1 : undefined;
      if (column !== undefined && column <= MAX_COLUMN) cell.address = `${colCache.n2l(column)}${number}`;
    }
  }
  return result;
}

/** Makes exceljs's reader place cells without `r` where the spec puts them; idempotent. */
export function installCellRefs(): void {
  RowXformClass.prototype.parseClose = parseCloseWithCellRefs;
}
