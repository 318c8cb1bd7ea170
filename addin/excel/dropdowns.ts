// Installs data-validation drop-downs: clears old rules first (Excel keeps the first rule
// otherwise), writes long lists to the add-in's hidden sheet, two round trips.
import type { DropdownPlan } from "../logic/dropdowns.ts";
import { LISTS_SHEET } from "../logic/dropdowns.ts";
import type { XlContext } from "./api.ts";
import type { ReadStats } from "./read.ts";

export type DropdownOutcome = { written: true; columns: number } | { written: false; protectedSheets: string[] };

export async function installDropdowns(
  context: XlContext,
  target: { sheet: string; firstDataRow: number; lastRow: number },
  plan: DropdownPlan,
  stats: ReadStats,
): Promise<DropdownOutcome> {
  const { worksheets } = context.workbook;
  const sheet = worksheets.getItemOrNullObject(target.sheet);
  sheet.protection.load("protected");
  const lists = worksheets.getItemOrNullObject(LISTS_SHEET);
  lists.load("name");
  stats.syncs++;
  await context.sync();
  if (sheet.protection.protected) return { written: false, protectedSheets: [target.sheet] };
  if (plan.lists.length) {
    const listSheet = lists.isNullObject ? worksheets.add(LISTS_SHEET) : lists;
    listSheet.visibility = "Hidden";
    listSheet.getRangeByIndexes(0, 0, 200, plan.lists.length).clear("Contents");
    plan.lists.forEach((list, i) => {
      listSheet.getRangeByIndexes(0, i, list.length, 1).values = list.map((v) => [v]);
    });
  }
  // Room for new rows below the data: a rule on the column's rows follows what people add.
  const rowCount = Math.max(target.lastRow, target.firstDataRow + 999) - target.firstDataRow + 1;
  for (const rule of plan.rules) {
    const range = sheet.getRangeByIndexes(target.firstDataRow - 1, rule.column, rowCount, 1);
    range.dataValidation.clear();
    range.dataValidation.rule = { list: { inCellDropDown: true, source: rule.source } };
  }
  stats.syncs++;
  await context.sync();
  return { written: true, columns: plan.rules.length };
}
