// Reads sheets as plain rows, values only, in row blocks. Round trips are fixed per check
// (list sheets, read first blocks) and do not grow with the row count unless Excel rejects a
// payload, in which case the block halves and blocks go one per sync.
import type { CellValue, SheetRows } from "../../core/index.ts";
import { isPayloadError, type XlContext, type XlRange, type XlWorksheet } from "./api.ts";
import { parseMergedAreas, type MergedArea } from "../logic/merges.ts";

export const DEFAULT_BLOCK_ROWS = 5000;
/** Rows scanned on sheets that are only candidates (header recognition looks this far). */
export const PROBE_ROWS = 30;
/** A stray value far down would otherwise make us read a million empty rows. */
export const MAX_ROWS = 50_000;
const MIN_BLOCK_ROWS = 50;

export type SheetListing = { name: string; visible: boolean };

export type SheetData = {
  name: string;
  protected: boolean;
  /** Last used row and column (1-based), values only; 0 for an empty sheet. */
  lastRow: number;
  lastColumn: number;
  /** Rows from Excel row 1 (or the first used row), columns from A. */
  rows: SheetRows;
  /** Whether rows reach lastRow; false when only a probe or the first block was read. */
  complete: boolean;
  /** Rows past MAX_ROWS were not read. */
  truncated: boolean;
  /** Merged areas, read with the rows where ExcelApi 1.13 exists; undefined when not read. */
  merges?: MergedArea[];
};

export type ReadStats = {
  syncs: number;
  blockRows: number;
  /** Read merged areas with the rows (ExcelApi 1.13); turned off when Excel refuses them. */
  merges?: boolean;
};

/**
 * Queues the merged areas whose top-left cell lies in `range` (Excel returns no others); the
 * returned function reads them after the sync.
 */
function queueMerges(range: XlRange): () => MergedArea[] {
  const areas = range.getMergedAreasOrNullObject();
  areas.load("address");
  return () => (areas.isNullObject ? [] : parseMergedAreas(areas.address));
}

/**
 * Excel fails the whole batch when a range holds more than 512 merged areas (the error is not
 * documented). A batch that asked for merged areas and failed for any reason but its payload
 * is tried once more without them: the marks then stay on the cells the findings name.
 */
function dropMerges(error: unknown, asked: boolean, stats: ReadStats): boolean {
  if (!asked || isPayloadError(error)) return false;
  stats.merges = false;
  return true;
}

async function sync(context: XlContext, stats: ReadStats): Promise<void> {
  stats.syncs++;
  await context.sync();
}

/** Queues the loads of document settings; the returned function reads them after the sync. */
function queueSettings(context: XlContext, keys: readonly string[]): () => Record<string, unknown> {
  const items = keys.map((key) => {
    const item = context.workbook.settings.getItemOrNullObject(key);
    item.load("value");
    return { key, item };
  });
  return () => Object.fromEntries(items.filter((s) => !s.item.isNullObject).map((s) => [s.key, s.item.value]));
}

export type Listing = { sheets: SheetListing[]; settings: Record<string, unknown> };

/** One round trip: sheet names and visibility, plus document settings the caller needs next. */
export async function listSheets(context: XlContext, stats: ReadStats, settingKeys: readonly string[] = []): Promise<Listing> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/visibility");
  const settings = queueSettings(context, settingKeys);
  await sync(context, stats);
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, visible: s.visibility === "Visible" })),
    settings: settings(),
  };
}

/**
 * Blocks read speculatively in the first round trip for the sheets we expect to check: an
 * empty block comes back as a null object and costs nothing, so sheets up to
 * SPECULATIVE_BLOCKS x blockRows rows are read without a second trip.
 */
export const SPECULATIVE_BLOCKS = 4;

type Pending = { name: string; sheet: XlWorksheet; used: XlRange; blocks: XlRange[]; full: boolean; merges?: () => MergedArea[] };

/**
 * One round trip: for each sheet in `full`, its first blocks of rows; for each in `probe`, its
 * first PROBE_ROWS rows (to recognise a header). Halves the block on a payload error.
 */
export async function readSheetHeads(
  context: XlContext,
  names: { full: readonly string[]; probe: readonly string[] },
  stats: ReadStats,
): Promise<Map<string, SheetData>> {
  for (;;) {
    const pending: Pending[] = [];
    const queue = (name: string, full: boolean) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(name);
      sheet.protection.load("protected");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const blocks: XlRange[] = [];
      const size = full ? stats.blockRows : PROBE_ROWS;
      for (let b = 0; b < (full ? SPECULATIVE_BLOCKS : 1); b++) {
        const block = sheet.getRange(`${b * size + 1}:${(b + 1) * size}`).getUsedRangeOrNullObject(true);
        block.load("values,rowIndex,columnIndex");
        blocks.push(block);
      }
      // The whole sheet's merged areas for a sheet read in full; a probe's, over the rows it reads.
      const merges = stats.merges ? queueMerges(full ? sheet.getRange() : sheet.getRange(`1:${PROBE_ROWS}`)) : undefined;
      pending.push({ name, sheet, used, blocks, full, ...(merges ? { merges } : {}) });
    };
    for (const name of names.full) queue(name, true);
    for (const name of names.probe) if (!names.full.includes(name)) queue(name, false);
    try {
      await sync(context, stats);
    } catch (error) {
      if (dropMerges(error, pending.some((p) => p.merges), stats)) continue;
      if (!isPayloadError(error) || stats.blockRows <= MIN_BLOCK_ROWS) throw error;
      stats.blockRows = Math.floor(stats.blockRows / 2);
      continue;
    }
    const out = new Map<string, SheetData>();
    for (const p of pending) {
      if (p.sheet.isNullObject) continue;
      const lastRow = p.used.isNullObject ? 0 : p.used.rowIndex + p.used.rowCount;
      const lastColumn = p.used.isNullObject ? 0 : p.used.columnIndex + p.used.columnCount;
      const size = p.full ? stats.blockRows : PROBE_ROWS;
      const readRows = p.blocks.length * size;
      const present = p.blocks.filter((b) => !b.isNullObject).map((b) => toSheetRows(p.name, b.values, b.rowIndex, b.columnIndex));
      out.set(p.name, {
        name: p.name,
        protected: p.sheet.protection.protected,
        lastRow,
        lastColumn,
        rows: joinBlocks(p.name, present, Math.min(lastRow, readRows)),
        complete: lastRow <= readRows,
        truncated: false,
        ...(p.merges ? { merges: p.merges() } : {}),
      });
    }
    return out;
  }
}

/** Blocks (each with its own first row) -> one SheetRows from the first block's row, gaps as empty rows. */
function joinBlocks(sheet: string, blocks: SheetRows[], lastRow: number): SheetRows {
  if (!blocks.length) return { sheet, rows: [], firstRow: 1 };
  const firstRow = blocks[0]!.firstRow;
  const rows: CellValue[][] = [];
  for (const block of blocks) {
    while (firstRow + rows.length < block.firstRow) rows.push([]);
    rows.push(...block.rows.map((r) => [...r]));
  }
  while (firstRow + rows.length <= lastRow) rows.push([]);
  return { sheet, rows, firstRow };
}

/** Reads the rows after the first block: all blocks in one sync, one sync per block after a payload error. */
export async function readRemainingRows(context: XlContext, data: SheetData, stats: ReadStats): Promise<SheetData> {
  if (data.complete || data.lastRow === 0) return data;
  const lastRow = Math.min(data.lastRow, MAX_ROWS);
  const from = Math.max(data.rows.firstRow + data.rows.rows.length, 1);
  const sheet = context.workbook.worksheets.getItemOrNullObject(data.name);
  const blocks: { start: number; range: XlRange }[] = [];
  const queueBlock = (start: number, count: number) => {
    const range = sheet.getRangeByIndexes(start - 1, 0, count, data.lastColumn);
    range.load("values");
    blocks.push({ start, range });
  };
  const collected: CellValue[][] = padTo(data.rows, from);
  let next = from;
  // First try everything in one sync. After a payload error, each sync carries what the first
  // round trip proved fits (its speculative blocks), halving again only if that fails too.
  let rowsPerSync = Number.POSITIVE_INFINITY;
  // A sheet picked from the probes has only its first rows' merged areas: read the whole sheet's.
  let merges = data.merges;
  while (next <= lastRow) {
    blocks.length = 0;
    const end = Math.min(lastRow, next + rowsPerSync - 1);
    for (let start = next; start <= end; start += stats.blockRows) queueBlock(start, Math.min(stats.blockRows, end - start + 1));
    const readMerges = stats.merges && next === from ? queueMerges(sheet.getRange()) : undefined;
    try {
      await sync(context, stats);
    } catch (error) {
      if (dropMerges(error, readMerges !== undefined, stats)) continue;
      if (!isPayloadError(error) || rowsPerSync <= MIN_BLOCK_ROWS) throw error;
      if (rowsPerSync === Number.POSITIVE_INFINITY) rowsPerSync = SPECULATIVE_BLOCKS * stats.blockRows;
      else {
        rowsPerSync = Math.floor(rowsPerSync / 2);
        stats.blockRows = Math.min(stats.blockRows, rowsPerSync);
      }
      continue;
    }
    if (readMerges) merges = readMerges();
    for (const block of blocks) collected.push(...(block.range.values as CellValue[][]));
    next = end + 1;
  }
  return {
    ...data,
    rows: { sheet: data.name, rows: collected, firstRow: data.rows.firstRow },
    complete: true,
    truncated: data.lastRow > MAX_ROWS,
    ...(merges ? { merges } : {}),
  };
}

/** Rows of the head block, with empty rows added up to `from` (exclusive) so indexes stay aligned. */
function padTo(rows: SheetRows, from: number): CellValue[][] {
  const out = rows.rows.map((r) => [...r]);
  while (rows.firstRow + out.length < from) out.push([]);
  return out;
}

/** Used-range values -> rows whose column 0 is column A (the used range may start further right). */
export function toSheetRows(sheet: string, values: unknown[][], rowIndex: number, columnIndex: number): SheetRows {
  const pad = new Array<CellValue>(columnIndex).fill(null);
  return { sheet, rows: values.map((row) => [...pad, ...(row as CellValue[])]), firstRow: rowIndex + 1 };
}

export type RowsReread = {
  /** Rows fromRow..toRow, columns from A. */
  rows: CellValue[][];
  protected: boolean;
  lastRow: number;
  lastColumn: number;
  settings: Record<string, unknown>;
  /** The sheet's merged areas now (undefined when not read). */
  merges?: MergedArea[];
};

/**
 * Live mode: one round trip for just the edited rows of a sheet, with the sheet's current
 * extent and protection and the settings the write step needs.
 */
export async function rereadRows(
  context: XlContext,
  sheetName: string,
  rows: { from: number; to: number; columns: number },
  settingKeys: readonly string[],
  stats: ReadStats,
): Promise<RowsReread> {
  for (;;) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    sheet.protection.load("protected");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,columnIndex,rowCount,columnCount");
    const range = sheet.getRangeByIndexes(rows.from - 1, 0, rows.to - rows.from + 1, rows.columns);
    range.load("values");
    const settings = queueSettings(context, settingKeys);
    // Cells may have been merged or unmerged since the last read.
    const merges = stats.merges ? queueMerges(sheet.getRange()) : undefined;
    try {
      await sync(context, stats);
    } catch (error) {
      if (dropMerges(error, merges !== undefined, stats)) continue;
      throw error;
    }
    return {
      rows: range.values as CellValue[][],
      protected: sheet.protection.protected,
      lastRow: used.isNullObject ? 0 : used.rowIndex + used.rowCount,
      lastColumn: used.isNullObject ? 0 : used.columnIndex + used.columnCount,
      settings: settings(),
      ...(merges ? { merges: merges() } : {}),
    };
  }
}
