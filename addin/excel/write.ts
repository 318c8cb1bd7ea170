// Writes a check's results into the workbook in two round trips: one to read what must be
// preserved (protection, the user's fills, existing notes), one to write everything (more only
// when Excel on the web refuses that request as too large). A
// protected sheet stops the whole write before anything is queued.
import { isPayloadError, type Capabilities, type CellFillProperties, type FillSnapshot, type XlContext, type XlRange } from "./api.ts";
import type { ReadStats } from "./read.ts";
import { isOwnNote, noteText, parseSnapshotStore, planClear, planMarks, SNAPSHOT_SETTING, type CellMark, type FillSnapshotStore } from "../logic/marks.ts";

const FILL_LOAD = { format: { fill: { color: true, pattern: true } } } as const;

export type ColumnWrite = {
  /** 0-based column index. */
  column: number;
  /** 1-based row of the first value (the header). */
  firstRow: number;
  values: (string | number)[];
};

export type ResultWrites = {
  /** The innovation sheet (own columns go there). */
  sheet: string;
  /** Marks per sheet; a listed sheet with no marks gets its earlier marks removed. */
  marks: Readonly<Record<string, readonly CellMark[]>>;
  /** The add-in's own score and status columns. */
  columns: readonly ColumnWrite[];
  /** The summary sheet's rows from A1; created when absent. */
  summary?: { sheet: string; exists: boolean; rows: (string | number)[][] };
  /** The fill snapshots stored by earlier checks (the SNAPSHOT_SETTING, read with the sheet list). */
  previous: FillSnapshotStore;
  /** Sheets among the targets that are protected (read with the sheet heads). */
  protectedSheets: readonly string[];
};

export type WriteOutcome = { written: true; painted: number; restored: number; notes: number } | { written: false; protectedSheets: string[] };

async function sync(context: XlContext, stats: ReadStats): Promise<void> {
  stats.syncs++;
  await context.sync();
}

function fillOf(result: { value: CellFillProperties[][] }): FillSnapshot {
  const fill = result.value[0]?.[0]?.format?.fill;
  return { color: fill?.color ?? "#FFFFFF", pattern: fill?.pattern ?? "None" };
}

function restoreFill(range: XlRange, fill: FillSnapshot): void {
  if (fill.pattern === "None") range.format.fill.clear();
  else range.setCellProperties([[{ format: { fill: { color: fill.color, pattern: fill.pattern } } }]]);
}

/**
 * Two round trips: read the fills (and notes) of every cell we mark now or marked before, then
 * write marks, own columns, the summary sheet and the new snapshot. A protected target sheet
 * stops everything before anything is queued.
 */
export async function writeResults(context: XlContext, writes: ResultWrites, caps: Capabilities, stats: ReadStats): Promise<WriteOutcome> {
  if (writes.protectedSheets.length) return { written: false, protectedSheets: [...writes.protectedSheets] };
  const { worksheets, settings } = context.workbook;
  const sheet = worksheets.getItemOrNullObject(writes.sheet);
  const targets = Object.entries(writes.marks).map(([name, marks]) => {
    const target = worksheets.getItemOrNullObject(name);
    const previous = writes.previous[name] ?? {};
    const addresses = [...new Set([...marks.map((m) => m.address), ...Object.keys(previous)])];
    const fills = addresses.map((address) => ({ address, result: target.getRange(address).getCellProperties(FILL_LOAD) }));
    const notes = caps.notes ? target.notes : undefined;
    notes?.load("items/content");
    const cellNotes = notes ? marks.map((m) => ({ mark: m, note: notes.getItemOrNullObject(m.address) })) : [];
    for (const { note } of cellNotes) note.load("content");
    return { name, target, marks, previous, fills, notes, cellNotes };
  });
  await sync(context, stats);

  const snapshots: FillSnapshotStore = { ...writes.previous };
  let painted = 0;
  let restored = 0;
  let noteCount = 0;
  const plans = targets.map(({ name, target, marks, previous, fills, notes, cellNotes }) => {
    const current = new Map(fills.map((f) => [f.address, fillOf(f.result)]));
    const plan = planMarks(marks, previous, current);
    painted += plan.paint.length;
    restored += plan.restore.length;
    snapshots[name] = plan.snapshot;
    // A cell holds one note; the user's own note wins over ours.
    const ownNotes = notes ? cellNotes.filter(({ note }) => note.isNullObject || isOwnNote(note.content)).map(({ mark }) => mark) : [];
    noteCount += ownNotes.length;
    return { target, plan, notes, ownNotes };
  });
  // Everything but the own columns: marks, notes, the summary sheet, the snapshot.
  const queueGrid = () => {
    for (const { target, plan, notes, ownNotes } of plans) {
      for (const { address, fill } of plan.restore) restoreFill(target.getRange(address), fill);
      for (const { address, color } of plan.paint) target.getRange(address).format.fill.color = color;
      if (!notes) continue;
      for (const note of notes.items) if (isOwnNote(note.content)) note.delete();
      for (const mark of ownNotes) notes.add(mark.address, noteText(mark));
    }
    if (writes.summary) {
      const target = writes.summary.exists ? worksheets.getItemOrNullObject(writes.summary.sheet) : worksheets.add(writes.summary.sheet);
      const width = Math.max(2, ...writes.summary.rows.map((r) => r.length));
      target.getRangeByIndexes(0, 0, SUMMARY_CLEAR_ROWS, width).clear("Contents");
      const rows = writes.summary.rows.slice(0, SUMMARY_CLEAR_ROWS).map((r) => [...r, ...new Array<string>(width - r.length).fill("")]);
      target.getRangeByIndexes(0, 0, rows.length, width).values = rows;
    }
    settings.add(SNAPSHOT_SETTING, JSON.stringify(snapshots));
  };
  /** The own columns' values from index `from` (0-based, the header is 0) for `count` rows. */
  const queueColumns = (from: number, count: number) => {
    for (const column of writes.columns) {
      const values = column.values.slice(from, from + count);
      if (!values.length) continue;
      const range = sheet.getRangeByIndexes(column.firstRow - 1 + from, column.column, values.length, 1);
      range.values = values.map((v) => [v]);
    }
  };
  const columnRows = Math.max(0, ...writes.columns.map((c) => c.values.length));
  queueGrid();
  queueColumns(0, columnRows);
  try {
    await sync(context, stats);
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    // Excel on the web refused the request as a whole, so nothing was written: the same writes
    // again, with the own columns (the bulk on a large sheet) in pieces, one round trip each.
    queueGrid();
    await sync(context, stats);
    let piece = Math.ceil(columnRows / 2);
    for (let from = 0; from < columnRows; ) {
      queueColumns(from, piece);
      try {
        await sync(context, stats);
      } catch (retry) {
        if (!isPayloadError(retry) || piece <= MIN_COLUMN_PIECE) throw retry;
        piece = Math.ceil(piece / 2);
        continue;
      }
      from += piece;
    }
  }
  return { written: true, painted, restored, notes: noteCount };
}

/** The block of the summary sheet the add-in owns (cleared before each write). */
export const SUMMARY_CLEAR_ROWS = 300;

/** Rows of the own columns below which a payload error is not split further. */
const MIN_COLUMN_PIECE = 50;

export type ClearOutcome = { cleared: true; restored: number; notesRemoved: number } | { cleared: false; protectedSheets: string[] };

/**
 * "Hapus tanda": gives marked cells their fills back and deletes only the add-in's notes, on the
 * sheets named and on every sheet an earlier check marked (the pane may have checked another
 * sheet since; its marks are in the stored snapshot). Those sheets cost one more round trip.
 */
export async function clearMarks(context: XlContext, sheetNames: readonly string[], caps: Capabilities, stats: ReadStats): Promise<ClearOutcome> {
  const setting = context.workbook.settings.getItemOrNullObject(SNAPSHOT_SETTING);
  setting.load("value");
  const queueSheet = (name: string) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load("name");
    sheet.protection.load("protected");
    return { name, sheet };
  };
  const sheets = [...new Set(sheetNames)].map(queueSheet);
  await sync(context, stats);
  const store = setting.isNullObject ? {} : parseSnapshotStore(setting.value);
  const marked = Object.keys(store).filter((name) => !sheets.some((s) => s.name === name));
  if (marked.length) {
    sheets.push(...marked.map(queueSheet));
    await sync(context, stats);
  }
  const present = sheets.filter((s) => !s.sheet.isNullObject);
  const protectedSheets = present.filter((s) => s.sheet.protection.protected).map((s) => s.name);
  if (protectedSheets.length) return { cleared: false, protectedSheets };
  const pending = present.map(({ name, sheet }) => {
    const cells = Object.keys(store[name] ?? {}).map((address) => ({ address, result: sheet.getRange(address).getCellProperties(FILL_LOAD) }));
    const notes = caps.notes ? sheet.notes : undefined;
    notes?.load("items/content");
    return { name, sheet, cells, notes };
  });
  await sync(context, stats);
  let restored = 0;
  let notesRemoved = 0;
  const remaining: FillSnapshotStore = { ...store };
  for (const { name, sheet, cells, notes } of pending) {
    const current = new Map(cells.map((c) => [c.address, fillOf(c.result)]));
    for (const { address, fill } of planClear(store[name] ?? {}, current)) {
      restoreFill(sheet.getRange(address), fill);
      restored++;
    }
    delete remaining[name];
    if (notes) {
      for (const note of notes.items) {
        if (!isOwnNote(note.content)) continue;
        note.delete();
        notesRemoved++;
      }
    }
  }
  if (Object.keys(remaining).length) context.workbook.settings.add(SNAPSHOT_SETTING, JSON.stringify(remaining));
  else if (!setting.isNullObject) setting.delete();
  await sync(context, stats);
  return { cleared: true, restored, notesRemoved };
}
