// Merged areas of a sheet: the one cell of each that Excel shows (a mark, fill and note, on any
// other cell of a merged area would be invisible, so marks go to the area's top-left cell), and
// values merged down over several rows given to each row, as the CLI reads them. Pure;
// addin/excel/read.ts loads the areas with the rows.
import { columnLetter, type CellValue, type SheetRows } from "../../core/index.ts";

/** A merged area, 0-based like Office.js's rowIndex / columnIndex. */
export type MergedArea = { row: number; column: number; rows: number; columns: number };

const letters = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** "C5" -> 0-based row and column; undefined for anything else. */
export function cellIndexes(address: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.slice(address.lastIndexOf("!") + 1));
  return m ? { row: Number(m[2]) - 1, column: letters(m[1]!) } : undefined;
}

/**
 * RangeAreas.address ("Sheet1!A1:B4, Sheet1!D1:D4"; sheet names may be quoted and hold commas)
 * -> the areas. Each area is the reference after a "!" and before a comma or the end. Single
 * cells are not merged areas and are left out.
 */
export function parseMergedAreas(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  for (const m of address.matchAll(/!\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)(?=\s*(?:,|$))/gi)) {
    const r0 = Number(m[2]) - 1;
    const c0 = letters(m[1]!);
    const r1 = Number(m[4]) - 1;
    const c1 = letters(m[3]!);
    const area = { row: Math.min(r0, r1), column: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, columns: Math.abs(c1 - c0) + 1 };
    if (area.rows > 1 || area.columns > 1) out.push(area);
  }
  return out;
}

/**
 * Address ("D6") -> the address Excel shows it in: the top-left cell of the merged area that
 * holds it, or the address itself. Areas are indexed by column, so a lookup scans only the
 * areas over its column.
 */
export function shownCell(areas: readonly MergedArea[] | undefined): (address: string) => string {
  if (!areas?.length) return (address) => address;
  const byColumn = new Map<number, MergedArea[]>();
  for (const area of areas)
    for (let c = area.column; c < area.column + area.columns; c++) {
      let list = byColumn.get(c);
      if (!list) byColumn.set(c, (list = []));
      list.push(area);
    }
  return (address) => {
    const at = cellIndexes(address);
    if (!at) return address;
    const area = byColumn.get(at.column)?.find((a) => at.row >= a.row && at.row < a.row + a.rows);
    return area && (area.row !== at.row || area.column !== at.column) ? `${columnLetter(area.column + 1)}${area.row + 1}` : address;
  };
}

const blank = (value: CellValue | undefined) => value === undefined || value === null || value === "";

/**
 * A cell merged down over several rows belongs to each of them, as the CLI reads workbooks
 * (cli/xlsx/read.ts): a profile header merged over a two-row header, an agency or a design merged
 * over several innovations. Excel gives the value to the top-left cell only; this copies it down
 * the area's first column. Horizontal merges (titles) keep their value in the top-left cell only.
 * Returns new rows; the rows given are not changed.
 */
export function fillMergesDown(sheet: SheetRows, areas: readonly MergedArea[] | undefined): SheetRows {
  const down = areas?.filter((a) => a.rows > 1);
  if (!down?.length) return sheet;
  const rows = [...sheet.rows];
  const copied = new Set<number>();
  for (const area of down) {
    const top = area.row + 1 - sheet.firstRow;
    if (top < 0) continue;
    const value = rows[top]?.[area.column];
    if (blank(value)) continue;
    for (let i = top + 1; i < top + area.rows; i++) {
      while (rows.length <= i) rows.push([]);
      if (!copied.has(i)) {
        rows[i] = [...(rows[i] ?? [])];
        copied.add(i);
      }
      (rows[i] as CellValue[])[area.column] = value!;
    }
  }
  return { ...sheet, rows };
}
