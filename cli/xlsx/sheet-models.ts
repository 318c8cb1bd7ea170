// The workbook `annotate` edits, with most rows left as exceljs's plain models.
//
// exceljs's `xlsx.load` parses every part into a plain model and then builds a Row and a Cell
// object for every cell; its writer turns those objects back into models (`workbook.model`)
// before it renders them. On the 500-innovation workbook that round trip is about a quarter of an
// annotate, with its garbage collection. Here exceljs still builds the Workbook, its sheets,
// columns, merged ranges and validations, but a row it would only have turned into objects and
// back is kept as its model: read through `rowValues` (model-rows.ts) for the check, changed
// through ModelCell, and handed to the writer in the form exceljs's Row.model would have given
// (`writeRow`). A row that touches a merged range, or that this code does not recognise in full,
// is left to exceljs's objects as before; so is every row of a sheet whose rows are out of order.
// The cells annotate changes are reached through `SheetCells`, which answers with exceljs's Cell
// for a row of objects and a ModelCell for a kept row: the same properties, the same effect on
// the written file (test/workbook/sheet-models.test.ts compares the two on random workbooks).
import ExcelJS from "./exceljs.ts";
import { directParse } from "./direct-parse.ts";
import { requireFromExceljs, ValueType } from "./exceljs-internals.ts";
import { modelCellValue, rowNumberAfter, rowValues, type CellModel, type RowModel } from "./model-rows.ts";
import { preflight, loadFile, objectRows, sheetRowsOf, toCellValues } from "./read.ts";
import { columnLetter, parseA1Range, type CellValue, type SheetRows } from "../../core/index.ts";

export type NoteModel = { type: "note"; note: { texts?: unknown } };
type NoteDefaults = { note: { margins: { insetmode: string; inset: number[] }; protection: Record<string, string>; editAs: string } };
type NoteClass = {
  new (note?: unknown): { note: ExcelJS.Cell["note"]; readonly model: NoteModel };
  fromModel(model: unknown): { note: ExcelJS.Cell["note"]; readonly model: NoteModel };
  DEFAULT_CONFIGS: NoteDefaults;
};
type RangeObject = { expand(top: number, left: number, bottom: number, right: number): void };
type StyleMerger = (rowStyle: object | undefined, columnStyle: object | undefined, style: object) => Partial<ExcelJS.Style>;

const Note = requireFromExceljs("exceljs/lib/doc/note.js") as NoteClass;
const Range = requireFromExceljs("exceljs/lib/doc/range.js") as new () => RangeObject;
/** How exceljs styles a new cell from its row's and column's styles (Cell's constructor). */
const mergeStyle = (requireFromExceljs("exceljs/lib/doc/cell.js") as { prototype: { _mergeStyle: StyleMerger } }).prototype._mergeStyle;

type KeptCell = CellModel & { style?: Partial<ExcelJS.Style> };

/** A kept row: exceljs's reconciled row model (lib/xlsx/xform/sheet/row-xform.js). */
type KeptRow = RowModel & {
  number: number;
  cells: KeptCell[];
  height?: number;
  style?: object;
  hidden?: boolean;
  outlineLevel?: number;
};

/** A row as exceljs's Row.model gives it to the writer. */
type WriteRow = { cells: CellModel[]; number: number; min: number; max: number; height: number | undefined; style: object; hidden: boolean; outlineLevel: number; collapsed: boolean };
type WorksheetWriteModel = { id: number; rows: WriteRow[]; dimensions: RangeObject };

/** What annotate reads and changes in a cell: exceljs's Cell, or a ModelCell standing in for one. */
export type SheetCell = Pick<ExcelJS.Cell, "type" | "style" | "note" | "value" | "font" | "fill" | "alignment">;

/** Each kept row's cell columns (1-based), in step with its cells, and its values until the check reads them. */
const columnsOf = new WeakMap<KeptRow, number[]>();
const valuesOf = new WeakMap<KeptRow, unknown[]>();

/**
 * `new Note(text).model` for a plain text note: exceljs's defaults with the text, as its deepMerge
 * builds it (fresh objects throughout), without deepMerge (≈ 6 µs a note, 377 notes on the
 * 500-innovation annotate).
 */
export function textNoteModel(text: string): NoteModel {
  const { margins, protection, editAs } = Note.DEFAULT_CONFIGS.note;
  return { note: { margins: { insetmode: margins.insetmode, inset: [...margins.inset] }, protection: { ...protection }, editAs, texts: [{ text }] } as NoteModel["note"], type: "note" };
}

/** Notes written by ModelCell: already in the form exceljs's Note gives the writer. */
const writtenNotes = new WeakSet<object>();

/** A cell of a kept row, behaving as exceljs's Cell for what annotate does with one. */
class ModelCell implements SheetCell {
  constructor(
    private readonly row: KeptRow,
    private model: KeptCell,
  ) {}

  get type(): ExcelJS.ValueType {
    return this.model.type as ExcelJS.ValueType;
  }

  // A Cell read without a style has a fresh empty one (Cell's model setter).
  get style(): Partial<ExcelJS.Style> {
    return (this.model.style ??= {});
  }
  set style(style: Partial<ExcelJS.Style>) {
    this.model.style = style;
  }
  // As Cell's: these change the cell's own style object.
  set font(font: Partial<ExcelJS.Font>) {
    this.style.font = font;
  }
  set fill(fill: ExcelJS.Fill) {
    this.style.fill = fill;
  }
  set alignment(alignment: Partial<ExcelJS.Alignment>) {
    this.style.alignment = alignment;
  }

  get note(): ExcelJS.Cell["note"] {
    const { comment } = this.model;
    return comment?.type === "note" ? Note.fromModel(comment).note : (undefined as unknown as ExcelJS.Cell["note"]);
  }
  set note(note: ExcelJS.Cell["note"]) {
    const model = typeof note === "string" ? textNoteModel(note) : new Note(note).model;
    writtenNotes.add(model);
    this.model.comment = model;
  }

  /** Cell.value, except that a formula keeps a cached result of 0 or FALSE (as the readers take it). */
  get value(): ExcelJS.CellValue {
    return modelCellValue(this.model) as ExcelJS.CellValue;
  }
  /**
   * The values annotate writes, as exceljs's Value classes model them; the cell keeps its style and
   * note. A new model object takes the old one's place in the row (deleting keys would leave every
   * later lookup on it slow).
   */
  set value(value: ExcelJS.CellValue) {
    const { address, style, comment } = this.model;
    let model: KeptCell;
    if (value === null || value === undefined) model = { address, type: ValueType.Null };
    else if (typeof value === "number") model = { address, type: ValueType.Number, value };
    else if (typeof value === "string") model = { address, type: ValueType.String, value };
    else throw new TypeError("ModelCell writes numbers, text and empty cells only");
    if (style) model.style = style;
    if (comment) model.comment = comment;
    const cells = this.row.cells;
    cells[cells.indexOf(this.model)] = model;
    this.model = model;
  }
}

/** The cells of one worksheet: exceljs's objects for its rows of objects, ModelCells for its kept rows. */
export class SheetCells {
  constructor(
    readonly worksheet: ExcelJS.Worksheet,
    private readonly kept: Map<number, KeptRow>,
  ) {}

  /**
   * Makes row ROW, which the sheet does not have yet, a kept row: its cells are then made as
   * models, as a new exceljs Row would make them (a sheet annotate fills, such as Matriks).
   */
  keepNewRow(row: number): void {
    if (this.kept.has(row) || this.worksheet.findRow(row)) throw new Error(`Row ${row} of ${this.worksheet.name} already exists`);
    const kept: KeptRow = { number: row, cells: [], style: {} };
    this.kept.set(row, kept);
    columnsOf.set(kept, []);
  }

  /** How many of the sheet's rows are kept as models. */
  get keptRows(): number {
    return this.kept.size;
  }

  /** The cell at ROW and COLUMN (1-based), made when it does not exist, as exceljs's getCell does. */
  cell(row: number, column: number): SheetCell {
    const kept = this.kept.get(row);
    if (!kept) return this.worksheet.getCell(row, column);
    const columns = columnsOf.get(kept)!;
    // Cells are in column order: find the first at or after COLUMN (annotate appends at the right).
    let at = columns.length;
    while (at > 0 && columns[at - 1]! >= column) at--;
    if (columns[at] !== column) {
      const style = mergeStyle(kept.style, this.worksheet.getColumn(column).style, {});
      kept.cells.splice(at, 0, { address: `${columnLetter(column)}${row}`, type: ValueType.Null, style });
      columns.splice(at, 0, column);
    }
    return new ModelCell(kept, kept.cells[at]!);
  }

  /** The cell Excel shows for ROW and COLUMN: a merged range's top-left cell, else itself. */
  visibleCell(row: number, column: number): { row: number; column: number; address: string } {
    // A kept row touches no merged range.
    if (this.kept.has(row)) return { row, column, address: `${columnLetter(column)}${row}` };
    const { master } = this.worksheet.getCell(row, column);
    return { row: Number(master.row), column: Number(master.col), address: master.address };
  }

  /** Worksheet.columnCount: the most cells, up to its last one, of any row with a value. */
  get columnCount(): number {
    let count = this.worksheet.columnCount;
    for (const row of this.kept.values()) if (hasValues(row)) count = Math.max(count, this.cellCount(row.number));
    return count;
  }

  /** Row.cellCount: the column of the row's last cell. */
  cellCount(row: number): number {
    const kept = this.kept.get(row);
    if (!kept) return this.worksheet.getRow(row).cellCount;
    return columnsOf.get(kept)!.at(-1) ?? 0;
  }

  /** Worksheet.actualRowCount: rows with a cell that is not empty. */
  get actualRowCount(): number {
    let count = this.worksheet.actualRowCount;
    for (const row of this.kept.values()) if (hasValues(row)) count++;
    return count;
  }
}

/** Row.hasValues: a cell that is not empty (what Worksheet.eachRow asks of a row). */
const hasValues = (row: KeptRow): boolean => row.cells.some((cell) => cell.type !== ValueType.Null);

/**
 * The row model exceljs's Row.model would give for KEPT after its Row took it in (Row's model
 * setter, getters and Cell's model setter), in a sheet whose rows are collapsed from OUTLINE on.
 */
function writeRow(kept: KeptRow, outline: unknown): WriteRow | undefined {
  // Cells are in column order.
  const columns = columnsOf.get(kept)!;
  const min = columns[0] ?? 0;
  const max = columns.at(-1) ?? 0;
  for (const cell of kept.cells) {
    // Cell's model setter: a fresh empty style when none, a note through exceljs's Note.
    cell.style ??= {};
    if (cell.comment?.type === "note" && !writtenNotes.has(cell.comment)) cell.comment = Note.fromModel(cell.comment).model;
  }
  const height = kept.height || undefined;
  if (!height && !kept.cells.length) return undefined;
  // Row's model setter keeps a copy of the row's style.
  const style = kept.style ? (JSON.parse(JSON.stringify(kept.style)) as object) : {};
  const outlineLevel = kept.outlineLevel || 0;
  const collapsed = !!(outlineLevel && outlineLevel >= (outline as number));
  return { cells: kept.cells, number: kept.number, min, max, height, style, hidden: !!kept.hidden, outlineLevel, collapsed };
}

/** A workbook loaded for editing: its sheets' values for the check, and their cells to change. */
export type EditableWorkbook = {
  workbook: ExcelJS.Workbook;
  /** Every worksheet's values, in tab order: what sheetsOf gives for exceljs's full read. */
  sheets: SheetRows[];
  cells(worksheet: ExcelJS.Worksheet): SheetCells;
};

type WorkbookModel = { worksheets: (Omit<WorksheetWriteModel, "rows"> & { rows: KeptRow[]; mergeCells?: unknown })[] };

/** The rows (1-based, inclusive) any of RANGES ("A1:C3") covers. */
function mergedRowSet(ranges: unknown): Set<number> {
  const rows = new Set<number>();
  if (!Array.isArray(ranges)) return rows;
  for (const range of ranges) {
    const area = typeof range === "string" ? parseA1Range(range) : undefined;
    if (area) for (let r = area.row; r < area.row + area.rows; r++) rows.add(r + 1);
  }
  return rows;
}

/**
 * Splits each worksheet model's rows into kept rows and rows for exceljs, and returns the kept rows
 * by worksheet model, or undefined when all are left to exceljs (duplicate sheet ids).
 */
function keepRows(model: WorkbookModel): Map<object, Map<number, KeptRow>> | undefined {
  const ids = new Set(model.worksheets.map((w) => w.id));
  if (ids.size !== model.worksheets.length) return undefined;
  const byModel = new Map<object, Map<number, KeptRow>>();
  for (const worksheet of model.worksheets) {
    const kept = new Map<number, KeptRow>();
    const merged = mergedRowSet(worksheet.mergeCells);
    const forExceljs: KeptRow[] = [];
    let lastRow = 0;
    let ordered = true;
    for (const row of worksheet.rows) {
      if (!rowNumberAfter(row, lastRow)) ordered = false;
      else lastRow = row.number;
      // exceljs's Row skips merge cells; a kept row has none, nor any cell this code does not know.
      const columns: number[] = [];
      const values = ordered && !merged.has(row.number) && row.cells.every((cell) => cell.type !== ValueType.Merge) ? rowValues(row, columns) : undefined;
      if (values) {
        kept.set(row.number, row);
        columnsOf.set(row, columns);
        valuesOf.set(row, values);
      } else forExceljs.push(row);
    }
    if (!ordered) continue;
    worksheet.rows = forExceljs;
    byModel.set(worksheet, kept);
  }
  return byModel;
}

/**
 * Loads PATH for annotate: exceljs builds the workbook, and the rows it would only turn into
 * objects and back stay models. Bad files fail as loadWorkbook's do.
 */
export async function loadEditableWorkbook(path: string): Promise<EditableWorkbook> {
  await preflight(path);
  const workbook = new ExcelJS.Workbook();
  const proto = Object.getPrototypeOf(workbook) as object;
  const { get: build, set: assign } = Object.getOwnPropertyDescriptor(proto, "model") ?? {};
  const keptBy = new Map<ExcelJS.Worksheet, Map<number, KeptRow>>();
  if (build && assign) {
    Object.defineProperty(workbook, "model", {
      configurable: true,
      set(model: WorkbookModel) {
        const byModel = keepRows(model);
        assign.call(workbook, model);
        if (byModel) for (const [worksheet, kept] of byModel) keptBy.set(workbook.getWorksheet((worksheet as { id: number }).id)!, kept);
      },
      // The writer's model: exceljs's, with each kept row in the form its Row would have given.
      get() {
        const model = build.call(workbook) as { worksheets: WorksheetWriteModel[] };
        for (const worksheet of model.worksheets) {
          const sheet = workbook.getWorksheet(worksheet.id)!;
          const kept = keptBy.get(sheet);
          if (kept?.size) mergeRows(worksheet, kept, sheet.properties.outlineLevelRow);
        }
        return model;
      },
    });
  }
  await loadFile(path, (data) => directParse(() => workbook.xlsx.load(data)));
  const sheets = workbook.worksheets.map((worksheet) => {
    const rows = objectRows(worksheet);
    for (const row of keptBy.get(worksheet)?.values() ?? []) {
      const values = valuesOf.get(row)!;
      valuesOf.delete(row);
      // As eachRow: a row counts when it has a cell that is not empty.
      if (hasValues(row)) rows[row.number - 1] = toCellValues(values);
    }
    return sheetRowsOf(worksheet, rows);
  });
  const cellsOf = new Map<ExcelJS.Worksheet, SheetCells>();
  return {
    workbook,
    sheets,
    cells(worksheet) {
      let cells = cellsOf.get(worksheet);
      if (!cells) {
        // A sheet added since (or left to exceljs in full) keeps the rows made with keepNewRow.
        let kept = keptBy.get(worksheet);
        if (!kept) keptBy.set(worksheet, (kept = new Map()));
        cellsOf.set(worksheet, (cells = new SheetCells(worksheet, kept)));
      }
      return cells;
    },
  };
}

/** Puts the kept rows among exceljs's rows of WORKSHEET (both in row order), and its dimensions around them all. */
function mergeRows(worksheet: WorksheetWriteModel, kept: ReadonlyMap<number, KeptRow>, outline: unknown): void {
  const rows: WriteRow[] = [];
  const objects = worksheet.rows;
  let o = 0;
  let keptRows = [...kept.values()];
  // Rows read from the file are in order; rows made since may not be.
  if (keptRows.some((row, i) => i > 0 && keptRows[i - 1]!.number > row.number)) keptRows = keptRows.sort((a, b) => a.number - b.number);
  for (const row of keptRows) {
    const written = writeRow(row, outline);
    if (!written) continue;
    while (o < objects.length && objects[o]!.number < written.number) rows.push(objects[o++]!);
    if (o < objects.length && objects[o]!.number === written.number) throw new Error(`Row ${written.number} of sheet ${worksheet.id} was both kept and given to exceljs`);
    rows.push(written);
  }
  while (o < objects.length) rows.push(objects[o++]!);
  worksheet.rows = rows;
  // As Worksheet.model does, row by row in order (a row without cells counts as column 0 there).
  const dimensions = new Range();
  for (const row of rows) dimensions.expand(row.number, row.min, row.number, row.max);
  worksheet.dimensions = dimensions;
}
