// The "Ringkasan" sheet: its rows come from core (core/workbook/summary.ts), shared with the
// CLI's annotated copy; here only which sheet receives them.
import { OWN_SHEET_MARK, SHEETS, summaryRows as coreSummaryRows, type CellValue, type Lang, type Report } from "../../core/index.ts";

export { OWN_SHEET_MARK } from "../../core/index.ts";

/** The Ringkasan rows as plain values (the CLI writes the same rows with its own styling). */
export const summaryRows = (report: Report, lang: Lang): (string | number)[][] => coreSummaryRows(report, lang).map((row) => row.cells);

/**
 * Which sheet gets the summary: "Ringkasan" when it is absent, empty or ours (A1 carries the
 * mark); otherwise "Ringkasan (IID Check)", so a user's own sheet of that name is never cleared.
 */
export function summaryTarget(existing: ReadonlyMap<string, { lastRow: number; rows: { rows: readonly (readonly CellValue[])[] } }>, names: ReadonlySet<string>): { sheet: string; exists: boolean } {
  const head = existing.get(SHEETS.summary);
  const a1 = head?.rows.rows[0]?.[0];
  const ours = !names.has(SHEETS.summary) || (head !== undefined && (head.lastRow === 0 || (typeof a1 === "string" && a1.includes(OWN_SHEET_MARK))));
  const sheet = ours ? SHEETS.summary : `${SHEETS.summary} (${OWN_SHEET_MARK})`;
  return { sheet, exists: names.has(sheet) };
}
