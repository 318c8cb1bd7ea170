// Merged cells in innovation sheets: Excel, LibreOffice and exceljs keep a merged area's value in
// its top-left cell only. Pure and shared by the CLI's readers (exceljs merge lists) and the add-in
// (Office.js merged areas), so a workbook reads the same in both hosts.
import { isBlank, type CellValue } from "./cells.ts";
import { columnNumber } from "./layout.ts";

/** A merged area in 0-based sheet indexes (as Office.js's rowIndex / columnIndex). */
export type MergedArea = { row: number; column: number; rows: number; columns: number };

/** "B3:D7" (or "$B$3:$D$7", either corner first) -> the area; undefined for anything else. */
export function parseA1Range(range: string): MergedArea | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+):\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(range.trim());
  if (!m) return undefined;
  const r0 = Number(m[2]) - 1;
  const r1 = Number(m[4]) - 1;
  const c0 = columnNumber(m[1]!) - 1;
  const c1 = columnNumber(m[3]!) - 1;
  if (r0 < 0 || r1 < 0) return undefined;
  return { row: Math.min(r0, r1), column: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, columns: Math.abs(c1 - c0) + 1 };
}

type Rows = readonly (readonly CellValue[] | undefined)[];

/**
 * A value merged down over several rows belongs to each of them: a profile header merged over a
 * two-row header, an agency or a design merged over its innovations. It is copied down the area's
 * first column, but only into rows that hold a value of their own: an agency merged on past the
 * last innovation must not turn the blank rows below into innovations with nothing but an agency.
 * Horizontal merges (titles) keep their value in the top-left cell only.
 *
 * rows[0] is sheet row `firstRow` (1-based). Returns the rows unchanged when nothing is filled,
 * else a copy in which only the filled rows are new arrays; the rows given are never changed.
 */
export function fillMergesDown<R extends Rows>(rows: R, firstRow: number, areas: readonly MergedArea[] | undefined): R {
  if (!areas?.length) return rows;
  const ownValues = new Map<number, boolean>();
  // Decided on the rows as read, before any fill, so the order of the areas does not matter.
  const hasOwnValues = (index: number): boolean => {
    let own = ownValues.get(index);
    if (own === undefined) {
      const row = rows[index];
      own = false;
      if (row) for (let c = 0; c < row.length && !own; c++) own = !isBlank(row[c]);
      ownValues.set(index, own);
    }
    return own;
  };
  const fills: { index: number; column: number; value: CellValue }[] = [];
  for (const area of areas) {
    if (area.rows < 2) continue;
    const top = area.row + 1 - firstRow;
    if (top < 0 || top >= rows.length) continue;
    const value = rows[top]?.[area.column];
    if (value === undefined || isBlank(value)) continue;
    const end = Math.min(top + area.rows, rows.length);
    for (let index = top + 1; index < end; index++) if (hasOwnValues(index)) fills.push({ index, column: area.column, value });
  }
  if (fills.length === 0) return rows;
  const out = rows.slice() as (CellValue[] | undefined)[];
  const copied = new Set<number>();
  for (const { index, column, value } of fills) {
    if (!copied.has(index)) {
      out[index] = (rows[index] ?? []).slice();
      copied.add(index);
    }
    out[index]![column] = value;
  }
  return out as unknown as R;
}
