// A values-only read that skips exceljs's Row and Cell objects. exceljs's `xlsx.load` parses
// every part into a plain model, reconciles it (shared strings, date formats, hyperlinks) and
// then assigns it to `workbook.model`, whose setter builds a Worksheet, Row and Cell object for
// every cell: most of the read's time and garbage. Here that one assignment, on one workbook
// instance, first turns each worksheet model's rows into plain values the way those objects
// would give them, then lets exceljs build the workbook without rows: sheet names, order and
// states, merged ranges and every check the setter makes stay exceljs's own. A model this code
// does not recognise in full (a cell without its address, cells or rows out of order, an
// unknown value type, ...) is handed to exceljs untouched and read through its objects as before.
import type ExcelJS from "./exceljs.ts";
import { ValueType } from "./exceljs-internals.ts";

// The reconciled cell model exceljs builds (lib/xlsx/xform/sheet/cell-xform.js), as far as read here.
export type CellModel = {
  type?: unknown;
  address?: unknown;
  value?: unknown;
  text?: unknown;
  hyperlink?: unknown;
  tooltip?: unknown;
  formula?: unknown;
  result?: unknown;
  ref?: unknown;
  shareType?: unknown;
  sharedFormula?: unknown;
  comment?: { type?: unknown; note?: { texts?: unknown } | null } | null;
};
export type RowModel = { number?: unknown; cells: CellModel[] };
export type WorksheetModel = { id?: unknown; rows: RowModel[] };
type WorkbookModel = { worksheets: WorksheetModel[] };


/** Rows of one worksheet, 0-based, each a sparse array of the cells' exceljs values, 0-based. */
export type ModelRows = unknown[][];

/**
 * The column (1-based) of a cell address exceljs's Row would accept as given (/^[A-Z]{1,3}[0-9]+$/,
 * up to XFD), else 0. By character codes: it runs for every cell of an annotate, a few times.
 */
export function columnOf(address: unknown): number {
  if (typeof address !== "string") return 0;
  let column = 0;
  let i = 0;
  for (; i < address.length && i < 4; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  if (i === 0 || i > 3 || i === address.length) return 0;
  for (let j = i; j < address.length; j++) {
    const code = address.charCodeAt(j);
    if (code < 48 || code > 57) return 0;
  }
  return column <= 16384 ? column : 0;
}

/** Whether exceljs's Note.fromModel (lib/doc/note.js), which a cell's note goes through, would throw on it. */
function badNote(comment: CellModel["comment"]): boolean {
  if (!comment || comment.type !== "note") return false;
  const texts = comment.note?.texts as { length?: unknown; 0?: unknown } | null | undefined;
  if (texts === null || texts === undefined) return true;
  return texts.length === 1 && (texts[0] === null || texts[0] === undefined);
}

const NOT_A_VALUE = Symbol("not a value");
const BAIL = Symbol("bail");

/** The value exceljs's Cell gives for this model (the `value` getters in lib/doc/cell.js). */
function valueOf(cell: CellModel): unknown {
  switch (cell.type) {
    case ValueType.Null:
      return NOT_A_VALUE;
    case ValueType.Number:
    case ValueType.String:
    case ValueType.Date:
    case ValueType.RichText:
    case ValueType.Boolean:
    case ValueType.Error:
      return cell.value;
    case ValueType.Hyperlink: {
      const v: Record<string, unknown> = { text: cell.text, hyperlink: cell.hyperlink };
      if (cell.tooltip) v.tooltip = cell.tooltip;
      return v;
    }
    case ValueType.Formula: {
      // FormulaValue's value keeps only the fields that are set; its cached result is kept as it
      // is (0 and FALSE too), as sheetsOf reads it from `cell.result`.
      const v: Record<string, unknown> = {};
      if (cell.formula) v.formula = cell.formula;
      if (cell.result !== undefined) v.result = cell.result;
      if (cell.ref) v.ref = cell.ref;
      if (cell.shareType) v.shareType = cell.shareType;
      if (cell.sharedFormula) v.sharedFormula = cell.sharedFormula;
      return v;
    }
    default:
      return BAIL;
  }
}

/** The value exceljs's Cell gives for this model; null for an empty cell or one not recognised. */
export function modelCellValue(cell: CellModel): unknown {
  const value = valueOf(cell);
  return value === NOT_A_VALUE || value === BAIL ? null : value;
}

/**
 * One row model's cells as exceljs's Row would hold their values (0-based, sparse), or undefined
 * when not recognised in full. Merge cells are skipped, as exceljs's Row skips them. COLUMNS, when
 * given, receives each other cell's column.
 */
export function rowValues(row: RowModel, columns?: number[]): unknown[] | undefined {
  const values: unknown[] = [];
  let lastColumn = 0;
  for (const cell of row.cells) {
    // exceljs's Row does not create a cell for these (empty, unstyled <c/> elements).
    if (cell.type === ValueType.Merge) continue;
    const column = columnOf(cell.address);
    if (column <= lastColumn || badNote(cell.comment)) return undefined;
    lastColumn = column;
    columns?.push(column);
    const value = valueOf(cell);
    if (value === BAIL) return undefined;
    if (value !== NOT_A_VALUE) values[column - 1] = value;
  }
  return values;
}

/** Whether a row model's number is one exceljs's Worksheet would place after LAST_ROW. */
export const rowNumberAfter = (row: RowModel, lastRow: number): row is RowModel & { number: number } =>
  typeof row.number === "number" && Number.isInteger(row.number) && row.number > lastRow;

/** A worksheet model's rows as exceljs's objects would hold them, or undefined when not recognised. */
function rowsOf(worksheet: WorksheetModel): ModelRows | undefined {
  const rows: ModelRows = [];
  let lastRow = 0;
  for (const row of worksheet.rows) {
    if (!rowNumberAfter(row, lastRow)) return undefined;
    lastRow = row.number;
    const values = rowValues(row);
    if (!values) return undefined;
    if (values.length) rows[row.number - 1] = values;
  }
  return rows;
}

/**
 * Runs LOAD (an `xlsx.load` of WORKBOOK) so that WORKBOOK gets no rows, and returns each
 * worksheet's rows by sheet id; undefined when the model was left to exceljs in full (then the
 * workbook is exactly what exceljs alone gives). Only this workbook instance is affected.
 */
export async function loadModelRows(workbook: ExcelJS.Workbook, load: () => Promise<unknown>): Promise<Map<unknown, ModelRows> | undefined> {
  const assign = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(workbook) as object, "model")?.set;
  if (!assign) {
    await load();
    return undefined;
  }
  let byId: Map<unknown, ModelRows> | undefined;
  Object.defineProperty(workbook, "model", {
    configurable: true,
    set(model: WorkbookModel) {
      byId = new Map();
      for (const worksheet of model.worksheets) {
        const rows = rowsOf(worksheet);
        if (!rows) {
          byId = undefined;
          break;
        }
        // The Workbook keeps the last worksheet of an id (its `_worksheets[id]`).
        byId.set(worksheet.id, rows);
      }
      if (byId) for (const worksheet of model.worksheets) worksheet.rows = [];
      assign.call(workbook, model);
    },
  });
  try {
    await load();
  } finally {
    delete (workbook as { model?: unknown }).model;
  }
  return byId;
}
