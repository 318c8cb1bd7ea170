// The add-in's own score and status columns: found by their header when present, else placed
// right of the last used column. Never any other column.
import { OWN_COLUMNS, ownColumnValues, type HeaderMatch, type Lang, type Report } from "../../core/index.ts";
import type { ColumnWrite } from "../excel/write.ts";

export function planOwnColumns(
  sheet: { header: HeaderMatch; headerRowNumber: number; rowNumbers: readonly number[] },
  lastRow: number,
  lastColumn: number,
  report: Report,
  lang: Lang,
): ColumnWrite[] {
  const existing = (header: string) => sheet.header.own.find((o) => o.header === header)?.index;
  let next = lastColumn;
  const scoreColumn = existing(OWN_COLUMNS.score) ?? next++;
  const statusColumn = existing(OWN_COLUMNS.status) ?? next++;
  // As the CLI writes them (core/workbook/summary.ts).
  const values = ownColumnValues(report, lang);
  const firstRow = sheet.headerRowNumber;
  const count = Math.max(lastRow, ...sheet.rowNumbers, firstRow) - firstRow + 1;
  const score: (string | number)[] = new Array(count).fill("");
  const status: (string | number)[] = new Array(count).fill("");
  score[0] = OWN_COLUMNS.score;
  status[0] = OWN_COLUMNS.status;
  sheet.rowNumbers.forEach((row, i) => {
    const value = values[i];
    if (!value) return;
    score[row - firstRow] = value.score;
    status[row - firstRow] = value.status;
  });
  return [
    { column: scoreColumn, firstRow, values: score },
    { column: statusColumn, firstRow, values: status },
  ];
}
