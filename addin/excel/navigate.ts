// Jump to a finding: activate the sheet and select the cell in one batch. The caller runs it
// with delayForCellEdit so a user typing in a cell is not interrupted by a failed request.
import type { CellValue } from "../../core/index.ts";
import type { XlContext } from "./api.ts";

/** Whether a sheet of that name is still there: renamed or deleted since the check, its cells are gone. */
export async function sheetExists(context: XlContext, sheetName: string): Promise<boolean> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.load("name");
  await context.sync();
  return !sheet.isNullObject;
}

export async function selectCell(context: XlContext, sheetName: string, address: string): Promise<void> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}

/** One column's values between two rows (1-based, inclusive): used to find a row again at click time. */
export async function readColumn(context: XlContext, sheetName: string, column: number, fromRow: number, toRow: number): Promise<CellValue[]> {
  const range = context.workbook.worksheets.getItemOrNullObject(sheetName).getRangeByIndexes(fromRow - 1, column, toRow - fromRow + 1, 1);
  range.load("values");
  await context.sync();
  return range.values.map((r) => r[0] as CellValue);
}
