// Merged areas of a sheet: the one cell of each that Excel shows (a mark, fill and note, on any
// other cell of a merged area would be invisible, so marks go to the area's top-left cell), and
// values merged down over several rows given to each row, as the CLI reads them. Pure;
// addin/excel/read.ts loads the areas with the rows.
import { columnLetter, fillMergesDown as fillMergesDownInRows, parseA1Range, type MergedArea, type SheetRows } from "../../core/index.ts";

export type { MergedArea };

/** "C5" (or "Sheet1!C5") -> 0-based row and column (a cell is the range from itself to itself). */
function cellIndexes(address: string): { row: number; column: number } | undefined {
  const cell = address.slice(address.lastIndexOf("!") + 1);
  return parseA1Range(`${cell}:${cell}`);
}

/**
 * RangeAreas.address ("Sheet1!A1:B4, Sheet1!D1:D4"; sheet names may be quoted and hold commas)
 * -> the areas. Each area is the reference after a "!" and before a comma or the end. Single
 * cells are not merged areas and are left out.
 */
export function parseMergedAreas(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  for (const m of address.matchAll(/!(\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)(?=\s*(?:,|$))/gi)) {
    const area = parseA1Range(m[1]!);
    if (area && (area.rows > 1 || area.columns > 1)) out.push(area);
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

/**
 * Values merged down given to each row of their area, as the CLI reads workbooks: the rule lives
 * in core/workbook/merges.ts. Returns new rows; the rows given (kept for live re-checks) are not changed.
 */
export function fillMergesDown(sheet: SheetRows, areas: readonly MergedArea[] | undefined): SheetRows {
  const rows = fillMergesDownInRows(sheet.rows, sheet.firstRow, areas);
  return rows === sheet.rows ? sheet : { ...sheet, rows };
}
