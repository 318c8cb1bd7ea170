// Cells and rows without their `r` attribute, in exceljs's full reader.
//
// The spec lets a generator leave out a cell's reference (<row r="2"><c t="s"><v>0</v></c>...):
// the cell then follows the previous one in its row, column A for the first; and a row's number:
// the row follows the previous one, row 1 for the first. exceljs's reader (RowXform, CellXform)
// kept such a cell without an address (a row as number NaN), and building the workbook from it
// threw, so every read of the file (check, annotate) reported it as corrupt. Here, as each row and
// cell is parsed, one without its reference gets the one the spec gives it, before anything
// (hyperlinks, notes, the workbook) looks it up. The streaming reader's repair is stream-cells.ts.
import { requireFromExceljs } from "./exceljs-internals.ts";

type CellModel = { address?: unknown };
type SaxNode = { name: string; attributes: Record<string, string | undefined> };
type RowXform = {
  model?: { number?: unknown; cells: CellModel[] };
  parser?: unknown;
  /** The number of the previous row of this sheet (one RowXform reads one sheet's rows). */
  previousRow?: number;
  parseOpen(node: SaxNode): boolean;
  parseClose(name: string): boolean;
};

const RowXformClass = requireFromExceljs("exceljs/lib/xlsx/xform/sheet/row-xform.js") as { prototype: RowXform };
const colCache = requireFromExceljs("exceljs/lib/utils/col-cache.js") as { decodeAddress(address: string): { col: number }; n2l(column: number): string };

const ADDRESS = /^[A-Z]{1,3}[1-9][0-9]*$/;
const MAX_COLUMN = 16384;

/** exceljs's own parseOpen and parseClose (for tests). */
export const exceljsRowParseOpen = RowXformClass.prototype.parseOpen;
export const exceljsRowParseClose = RowXformClass.prototype.parseClose;

export function parseOpenWithRowRefs(this: RowXform, node: SaxNode): boolean {
  const opensRow = node.name === "row" && !this.parser;
  const result = exceljsRowParseOpen.call(this, node);
  if (opensRow && this.model) {
    if (node.attributes.r === undefined) this.model.number = (this.previousRow ?? 0) + 1;
    if (typeof this.model.number === "number") this.previousRow = this.model.number;
  }
  return result;
}

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

/** Makes exceljs's reader place rows and cells without `r` where the spec puts them; idempotent. */
export function installCellRefs(): void {
  RowXformClass.prototype.parseOpen = parseOpenWithRowRefs;
  RowXformClass.prototype.parseClose = parseCloseWithCellRefs;
}
