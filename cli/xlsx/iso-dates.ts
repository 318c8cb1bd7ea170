// A cell of type "d" (t="d": its value an ISO 8601 date, as some generators write) reads as that date.
//
// The spec allows a cell to hold a date as ISO 8601 text instead of a serial number. exceljs's
// reader knows no such type and reads the text as a number: "2025-03-01" became 2025, shown as a
// date in 1905, or a number, and `check` then judged an implementation date that no one wrote.
// Here the full reader (CellXform.parseClose) keeps such a cell, or a formula's result of that
// type, as the date; a value that is not a date stays its text. The streaming reader does the
// same with `isoCellDate` (stream-cells.ts). Dates without a zone are UTC, as exceljs's dates are.
import { requireFromExceljs, ValueType } from "./exceljs-internals.ts";

type CellModel = { type?: unknown; value?: unknown; result?: unknown };
type CellXform = { t?: string; model: CellModel; parseClose(name: string): boolean };

const CellXformClass = requireFromExceljs("exceljs/lib/xlsx/xform/sheet/cell-xform.js") as { prototype: CellXform };

/** exceljs's own parseClose (for tests). */
export const exceljsCellParseClose = CellXformClass.prototype.parseClose;


const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** The date an ISO 8601 cell value names (UTC when it names no zone), else undefined. */
export function isoCellDate(text: string): Date | undefined {
  const trimmed = text.trim();
  const m = ISO.exec(trimmed);
  if (!m) return undefined;
  const withZone = m[1] || trimmed.length === 10 ? trimmed : `${trimmed.replace(" ", "T")}Z`;
  const date = new Date(withZone.replace(" ", "T"));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function parseCloseWithIsoDates(this: CellXform, name: string): boolean {
  if (name !== "c" || this.t !== "d") return exceljsCellParseClose.call(this, name);
  const raw = this.model.value;
  const more = exceljsCellParseClose.call(this, name);
  if (typeof raw !== "string") return more;
  const date = isoCellDate(raw);
  const { model } = this;
  if (model.type === ValueType.Formula) model.result = date ?? raw;
  else {
    model.type = date ? ValueType.Date : ValueType.String;
    model.value = date ?? raw;
  }
  return more;
}

/** Makes exceljs's full reader read t="d" cells as dates; idempotent. */
export function installIsoDates(): void {
  CellXformClass.prototype.parseClose = parseCloseWithIsoDates;
}
