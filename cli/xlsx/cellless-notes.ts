// Notes on cells that the sheet has no <c> element for.
//
// Excel, LibreOffice and exceljs itself write a note on an empty, unstyled cell as a comment in
// the sheet's comments part only: the sheet's XML has no cell there. exceljs's reader
// (WorksheetXform.reconcile) attaches each comment to the cell model of its address, so such a
// note had no cell to go to and was dropped: `annotate` wrote a copy without it. Here, after
// exceljs has reconciled a sheet, every comment still without a cell gets an empty cell model of
// its own (a Null cell, as exceljs makes for `cell.note = ...` on an empty cell), in column order
// in its row (a new row model when the row has no cells). Reads see no value there; the writer
// writes the note back and, as for any empty unstyled cell, no <c> element.
import { requireFromExceljs, ValueType } from "./exceljs-internals.ts";

type Comment = { ref?: unknown };
type CellModel = { address?: unknown; type?: unknown; comment?: unknown };
type RowModel = { number?: unknown; cells: CellModel[] };
type WorksheetModel = { rows?: RowModel[] };
type Options = { commentsMap?: Record<string, Comment | undefined> };
type WorksheetXform = { reconcile(model: WorksheetModel, options: Options): void };

const WorksheetXformClass = requireFromExceljs("exceljs/lib/xlsx/xform/sheet/worksheet-xform.js") as { prototype: WorksheetXform };
const colCache = requireFromExceljs("exceljs/lib/utils/col-cache.js") as { decodeAddress(address: string): { row: number; col: number; address: string } };

/** exceljs's own reconcile (for tests). */
export const exceljsWorksheetReconcile = WorksheetXformClass.prototype.reconcile;

const ADDRESS = /^[A-Z]{1,3}[1-9][0-9]*$/;

const columnOf = (address: unknown): number | undefined => (typeof address === "string" && ADDRESS.test(address) ? colCache.decodeAddress(address).col : undefined);

export function reconcileWithCelllessNotes(this: WorksheetXform, model: WorksheetModel, options: Options): void {
  exceljsWorksheetReconcile.call(this, model, options);
  // The comments of this sheet by address, as reconcile matched them against its cells.
  const comments = options.commentsMap;
  if (!comments || !model.rows) return;
  const placed = new Set<unknown>();
  for (const row of model.rows) for (const cell of row.cells) if (cell.comment) placed.add(cell.comment);
  for (const [ref, comment] of Object.entries(comments)) {
    if (!comment || placed.has(comment) || !ADDRESS.test(ref)) continue;
    const { row: number, col } = colCache.decodeAddress(ref);
    const rows = model.rows;
    // The row of that number wherever it is (a file may list rows out of order), else a new one in order.
    let row = rows.find((r) => r.number === number);
    if (!row) {
      let at = rows.findIndex((r) => typeof r.number === "number" && r.number > number);
      if (at < 0) at = rows.length;
      rows.splice(at, 0, (row = { number, cells: [] }));
    }
    // Before the first cell of a later column; a row with cells without addresses gets it last.
    const cells = row.cells;
    let before = cells.every((cell) => columnOf(cell.address) !== undefined) ? cells.findIndex((cell) => columnOf(cell.address)! > col) : -1;
    if (before < 0) before = cells.length;
    cells.splice(before, 0, { address: ref, type: ValueType.Null, comment });
    placed.add(comment);
  }
}

/** Makes exceljs's reader keep notes on cells the sheet has no element for; idempotent. */
export function installCelllessNotes(): void {
  WorksheetXformClass.prototype.reconcile = reconcileWithCelllessNotes;
}
