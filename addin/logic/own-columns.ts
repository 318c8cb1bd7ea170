// The add-in's own score and status columns: found by their header when present, else placed
// right of the last used column. Never any other column.
import { OWN_COLUMNS, type HeaderMatch, type Lang, type Report } from "../../core/index.ts";
import type { ColumnWrite } from "../excel/write.ts";
import { uiAddin } from "../../core/messages/ui-addin.ts";

export function planOwnColumns(
  sheet: { header: HeaderMatch; headerRowNumber: number; rowNumbers: readonly number[] },
  lastRow: number,
  lastColumn: number,
  report: Report,
  lang: Lang,
): ColumnWrite[] {
  const t = uiAddin(lang);
  const existing = (header: string) => sheet.header.own.find((o) => o.header === header)?.index;
  let next = lastColumn;
  const scoreColumn = existing(OWN_COLUMNS.score) ?? next++;
  const statusColumn = existing(OWN_COLUMNS.status) ?? next++;
  const errorsByRow = new Map<number, number>();
  for (const f of report.findings) {
    if (f.severity !== "error" || f.location?.row === undefined) continue;
    errorsByRow.set(f.location.row, (errorsByRow.get(f.location.row) ?? 0) + 1);
  }
  const firstRow = sheet.headerRowNumber;
  const count = Math.max(lastRow, ...sheet.rowNumbers, firstRow) - firstRow + 1;
  const score: (string | number)[] = new Array(count).fill("");
  const status: (string | number)[] = new Array(count).fill("");
  score[0] = OWN_COLUMNS.score;
  status[0] = OWN_COLUMNS.status;
  sheet.rowNumbers.forEach((row, i) => {
    const innovation = report.innovations[i];
    if (!innovation) return;
    score[row - firstRow] = innovation.score;
    const errors = errorsByRow.get(row) ?? 0;
    status[row - firstRow] = `${innovation.assessed ? t.statusAssessed : t.statusNotAssessed}${errors ? ` · ${t.errorCount(errors)}` : ""}`;
  });
  return [
    { column: scoreColumn, firstRow, values: score },
    { column: statusColumn, firstRow, values: status },
  ];
}
