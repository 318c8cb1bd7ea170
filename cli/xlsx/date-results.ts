// A formula's cached result under a date format is a date only when it is a number.
//
// exceljs's reader (CellXform.reconcile) turns the cached result of any formula whose cell has a
// date format into a date, whatever its type: an error (=A2+30 when A2 holds text: #VALUE!) or a
// text became an invalid date, which `check` read as an empty cell and `annotate` wrote back as
// NaN; TRUE became 31/12/1899. Here a result that is not a number is given back as it was parsed:
// the error, the boolean or the text, as Excel shows it and as the streaming reader reads it.
import { requireFromExceljs, ValueType } from "./exceljs-internals.ts";

type CellModel = { type?: unknown; result?: unknown; text?: unknown };
type CellXform = { reconcile(model: CellModel, options: unknown): void };

const CellXformClass = requireFromExceljs("exceljs/lib/xlsx/xform/sheet/cell-xform.js") as { prototype: CellXform };


/** exceljs's own reconcile (for tests). */
export const exceljsCellReconcile = CellXformClass.prototype.reconcile;

export function reconcileKeepingResults(this: CellXform, model: CellModel, options: unknown): void {
  const result = model.type === ValueType.Formula ? model.result : undefined;
  exceljsCellReconcile.call(this, model, options);
  if (result === undefined || typeof result === "number") return;
  // A linked formula cell keeps its result as the link's text.
  if (model.type === ValueType.Hyperlink) model.text = result;
  else model.result = result;
}

/** Makes exceljs's reader keep a formula's non-number result under a date format; idempotent. */
export function installDateResults(): void {
  CellXformClass.prototype.reconcile = reconcileKeepingResults;
}
