// An in-memory workbook behind the adapter's XlContext, with Excel's batching semantics:
// proxies queue work, nothing happens until context.sync(), loaded properties throw before it,
// operations on missing sheets fail the batch, writes to protected sheets fail with
// AccessDenied, and a batch that moves more cells than `payloadCellLimit` fails with Excel on
// the web's payload error. It counts round trips and logs every queued write.
//
// Merged areas behave as Excel's do: merging keeps the top-left value only (the other cells read
// as ""), the grid shows a merged area with its top-left cell's fill and note, and
// Range.getMergedAreasOrNullObject (ExcelApi 1.13) returns only the areas whose top-left cell lies
// in the range (https://github.com/OfficeDev/office-js/issues/3611), as a RangeAreas whose address
// is "Sheet1!A1:B4, Sheet1!D1:D4", a null object when there are none, and fails the batch past 512
// areas ("if the merged areas count in this range is more than 512, then this method will fail to
// return the result": learn.microsoft.com/javascript/api/excel/excel.range#getmergedareasornullobject).
import { columnLetter, sheetRef } from "../../core/index.ts";
import type { CellFillProperties, ClientResult, ExcelRunner, RunOptions, XlContext, XlNote, XlNoteCollection, XlRange, XlRangeAreas, XlSetting, XlWorksheet } from "../../addin/excel/api.ts";

export type Fill = { color: string; pattern: string };
export type FakeCell = { value?: unknown; fill?: Fill; validation?: string };

export type FakeSheet = {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  /** "row,col", 0-based. */
  cells: Map<string, FakeCell>;
  notes: Map<string, string>;
  /** Formatting that reaches far down (the used range without valuesOnly grows to it). */
  formattedRows: number;
  hiddenRows: Set<number>;
  columnWidths: Map<number, number>;
  boldRows: Set<number>;
  /** Merged areas (0-based boxes); see FakeWorkbook.merge. */
  merges: Box[];
};

const DEFAULT_FILL: Fill = { color: "#FFFFFF", pattern: "None" };
const MAX_COLUMNS = 16384;

export class PayloadError extends Error {
  code = "ResponsePayloadSizeLimitExceeded";
}
export class ExcelLikeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
  }
}

type Box = { r0: number; c0: number; rows: number; cols: number };

/** Excel's limit on the merged areas one getMergedAreasOrNullObject call returns. */
export const MAX_MERGED_AREAS = 512;

const overlaps = (a: Box, b: Box) => a.r0 < b.r0 + b.rows && b.r0 < a.r0 + a.rows && a.c0 < b.c0 + b.cols && b.c0 < a.c0 + a.cols;
const holds = (box: Box, r: number, c: number) => r >= box.r0 && r < box.r0 + box.rows && c >= box.c0 && c < box.c0 + box.cols;

/** "F12", "A1:C3", "1:5000", "A:C" (0-based box). */
export function parseAddress(address: string): Box {
  const plain = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = plain.replace(/\$/g, "").split(":") as [string, string?];
  const part = (s: string) => {
    const m = /^([A-Z]*)(\d*)$/i.exec(s);
    if (!m) throw new ExcelLikeError("InvalidArgument", `Bad address ${address}`);
    const col = m[1] ? [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : undefined;
    const row = m[2] ? Number(m[2]) - 1 : undefined;
    return { row, col };
  };
  const p = part(a);
  const q = part(b!);
  const r0 = p.row ?? 0;
  const r1 = q.row ?? 1_048_575;
  const c0 = p.col ?? 0;
  const c1 = q.col ?? MAX_COLUMNS - 1;
  return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

export const a1 = (box: Box): string => {
  const tl = `${columnLetter(box.c0 + 1)}${box.r0 + 1}`;
  return box.rows === 1 && box.cols === 1 ? tl : `${tl}:${columnLetter(box.c0 + box.cols)}${box.r0 + box.rows}`;
};

const isBlankValue = (v: unknown) => v === undefined || v === null || v === "";

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  settings = new Map<string, string>();
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  /** Round trips over the workbook's life (reset freely). */
  syncs = 0;
  /** Human-readable log of every write that reached the workbook. */
  writes: string[] = [];
  /** Cells moved per sync (loaded values, cell properties, written values) before a payload error. */
  payloadCellLimit = Number.POSITIVE_INFINITY;
  /** Highest ExcelApi minor version supported (notes need 18). */
  apiMinor = 20;
  runs: RunOptions[] = [];
  /** Worksheet change listeners (the browser harness's live mode). */
  changeHandlers = new Set<(event: { worksheetId: string; address: string; changeType: string; triggerSource: string }) => void>();

  /** A user edit: sets the value and raises the change event Excel would raise. */
  edit(sheetName: string, address: string, value: unknown): void {
    this.cell(sheetName, address).value = value;
    for (const handler of this.changeHandlers) handler({ worksheetId: sheetName, address, changeType: "RangeEdited", triggerSource: "Unknown" });
  }

  addSheet(name: string, rows: readonly (readonly unknown[])[] = [], options: Partial<Omit<FakeSheet, "name" | "cells">> = {}): FakeSheet {
    const sheet: FakeSheet = {
      name,
      visibility: "Visible",
      protected: false,
      cells: new Map(),
      notes: new Map(),
      formattedRows: 0,
      hiddenRows: new Set(),
      columnWidths: new Map(),
      boldRows: new Set(),
      merges: [],
      ...options,
    };
    rows.forEach((row, r) => row.forEach((value, c) => !isBlankValue(value) && sheet.cells.set(`${r},${c}`, { value })));
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  cell(sheetName: string, address: string): FakeCell {
    const { r0, c0 } = parseAddress(address);
    const sheet = this.sheet(sheetName);
    let cell = sheet.cells.get(`${r0},${c0}`);
    if (!cell) sheet.cells.set(`${r0},${c0}`, (cell = {}));
    return cell;
  }

  value(sheetName: string, address: string): unknown {
    return this.sheet(sheetName).cells.get(cellKey(address))?.value;
  }

  fill(sheetName: string, address: string): Fill {
    return this.sheet(sheetName).cells.get(cellKey(address))?.fill ?? DEFAULT_FILL;
  }

  /**
   * Merges cells as Excel's Range.merge() does: the top-left cell keeps its value and the others
   * are emptied; an area overlapping another merged area is refused.
   */
  merge(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const box = parseAddress(address);
    if (sheet.merges.some((m) => overlaps(m, box))) throw new ExcelLikeError("InvalidOperation", `${address} overlaps a merged area`);
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(",").map(Number) as [number, number];
      if (holds(box, r, c) && (r !== box.r0 || c !== box.c0)) delete cell.value;
    }
    sheet.merges.push(box);
  }

  /** The cell the grid shows for ADDRESS: the top-left cell of its merged area, or itself. */
  shownAddress(sheetName: string, address: string): string {
    const { r0, c0 } = parseAddress(address);
    const area = this.sheet(sheetName).merges.find((m) => holds(m, r0, c0));
    return area ? a1({ r0: area.r0, c0: area.c0, rows: 1, cols: 1 }) : address;
  }

  /** The fill a user sees on ADDRESS: a merged area shows its top-left cell's fill. */
  shownFill(sheetName: string, address: string): Fill {
    return this.fill(sheetName, this.shownAddress(sheetName, address));
  }

  /** The note a user can open on ADDRESS: a merged area shows its top-left cell's note only. */
  shownNote(sheetName: string, address: string): string | undefined {
    return this.sheet(sheetName).notes.get(this.shownAddress(sheetName, address));
  }

  supports(minor: number): boolean {
    return this.apiMinor >= minor;
  }

  /** An Excel.run over this workbook. */
  runner(): ExcelRunner {
    return async (options, batch) => {
      this.runs.push(options);
      return batch(new FakeContext(this));
    };
  }

  capabilities() {
    return { triggerSource: this.supports(14), notes: this.supports(18), mergeUndoGroup: this.supports(20), mergedAreas: this.supports(13) };
  }
}

const cellKey = (address: string) => {
  const { r0, c0 } = parseAddress(address);
  return `${r0},${c0}`;
};

type Op = { run: () => void; cost: () => number };

export class FakeContext implements XlContext {
  private queue: Op[] = [];
  readonly workbook: XlContext["workbook"];

  constructor(readonly book: FakeWorkbook) {
    let items: SheetProxy[] | undefined;
    const collection = {
      get items(): XlWorksheet[] {
        return items ?? notLoaded("worksheets.items");
      },
      load: (_props: string) => {
        this.enqueue(() => {
          items = book.sheets.map((s) => new SheetProxy(this, s.name, false));
          for (const item of items) item.loadNow();
        });
        return collection;
      },
      getItemOrNullObject: (name: string) => new SheetProxy(this, name, true),
      add: (name: string) => {
        this.enqueue(() => {
          if (book.sheets.some((s) => s.name === name)) throw new ExcelLikeError("ItemAlreadyExists", name);
          book.addSheet(name);
          book.writes.push(`add sheet ${name}`);
        });
        return new SheetProxy(this, name, false);
      },
    };
    Object.assign(collection, {
      onChanged: {
        add: (handler: Parameters<FakeWorkbook["changeHandlers"]["add"]>[0]) => {
          book.changeHandlers.add(handler);
          return { context: this, remove: () => book.changeHandlers.delete(handler) };
        },
      },
    });
    const settings = {
      getItemOrNullObject: (key: string) => new SettingProxy(this, key),
      add: (key: string, value: string) => {
        this.enqueue(() => {
          book.settings.set(key, value);
          book.writes.push(`setting ${key}`);
        });
      },
    };
    this.workbook = { worksheets: collection, settings };
  }

  enqueue(run: () => void, cost: () => number = () => 0): void {
    this.queue.push({ run, cost });
  }

  async sync(): Promise<void> {
    this.book.syncs++;
    const ops = this.queue;
    this.queue = [];
    const cost = ops.reduce((n, op) => n + op.cost(), 0);
    if (cost > this.book.payloadCellLimit) throw new PayloadError(`Payload too large: ${cost} cells`);
    for (const op of ops) op.run();
  }
}

function notLoaded(what: string): never {
  throw new ExcelLikeError("PropertyNotLoaded", `${what} was not loaded (or read before context.sync())`);
}

class SheetProxy implements XlWorksheet {
  private loaded?: { isNull: boolean; name: string; visibility: string };
  readonly protection: XlWorksheet["protection"];

  constructor(
    readonly ctx: FakeContext,
    readonly sheetName: string,
    private readonly orNull: boolean,
  ) {
    let isProtected: boolean | undefined;
    this.protection = {
      get protected(): boolean {
        return isProtected ?? notLoaded("protection.protected");
      },
      load: () => {
        ctx.enqueue(() => {
          isProtected = this.maybeSheet()?.protected ?? false;
          this.loadNow();
        });
        return undefined;
      },
    };
  }

  /** The sheet, or undefined for a null object; throws for a missing non-null proxy. */
  maybeSheet(): FakeSheet | undefined {
    const sheet = this.ctx.book.sheets.find((s) => s.name === this.sheetName);
    if (!sheet && !this.orNull) throw new ExcelLikeError("ItemNotFound", `Sheet ${this.sheetName}`);
    return sheet;
  }

  /** For operations: a null object cannot be used (Excel fails the batch). */
  target(): FakeSheet {
    const sheet = this.maybeSheet();
    if (!sheet) throw new ExcelLikeError("ItemNotFound", `Sheet ${this.sheetName} (null object)`);
    return sheet;
  }

  loadNow(): void {
    const sheet = this.maybeSheet();
    this.loaded = { isNull: !sheet, name: sheet?.name ?? this.sheetName, visibility: sheet?.visibility ?? "Visible" };
  }

  get isNullObject(): boolean {
    return (this.loaded ?? notLoaded("worksheet")).isNull;
  }
  get name(): string {
    return (this.loaded ?? notLoaded("worksheet.name")).name;
  }
  get visibility(): string {
    return (this.loaded ?? notLoaded("worksheet.visibility")).visibility;
  }
  set visibility(value: string) {
    this.ctx.enqueue(() => {
      this.target().visibility = value as FakeSheet["visibility"];
      this.ctx.book.writes.push(`visibility ${this.sheetName} ${value}`);
    });
  }

  private notesProxy?: NotesProxy;
  /** Like Excel, the same collection object on every access. */
  get notes(): XlNoteCollection {
    if (!this.ctx.book.supports(18)) throw new ExcelLikeError("ApiNotFound", "worksheet.notes needs ExcelApi 1.18");
    return (this.notesProxy ??= new NotesProxy(this));
  }

  load(_props: string): unknown {
    this.ctx.enqueue(() => this.loadNow());
    return this;
  }

  getRange(address = "A1:XFD1048576"): XlRange {
    return new RangeProxy(this, () => parseAddress(address));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange {
    return new RangeProxy(this, () => ({ r0: startRow, c0: startColumn, rows: rowCount, cols: columnCount }));
  }

  getUsedRangeOrNullObject(valuesOnly = false): XlRange {
    return new RangeProxy(this, () => usedBox(this.target(), undefined, valuesOnly), true);
  }

  activate(): void {
    this.ctx.enqueue(() => {
      const sheet = this.target();
      this.ctx.book.activeSheet = sheet.name;
      this.ctx.book.writes.push(`activate ${sheet.name}`);
    });
  }
}

function usedBox(sheet: FakeSheet, within: Box | undefined, valuesOnly: boolean): Box | undefined {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  const inside = (r: number, c: number) => !within || (r >= within.r0 && r < within.r0 + within.rows && c >= within.c0 && c < within.c0 + within.cols);
  for (const [key, cell] of sheet.cells) {
    if (isBlankValue(cell.value) && (valuesOnly || !cell.fill)) continue;
    const [r, c] = key.split(",").map(Number) as [number, number];
    if (!inside(r, c)) continue;
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  }
  if (!valuesOnly && sheet.formattedRows > 0) {
    const rows = within ? Math.min(sheet.formattedRows, within.r0 + within.rows) : sheet.formattedRows;
    if (rows > (within?.r0 ?? 0)) {
      r0 = Math.min(r0, within?.r0 ?? 0);
      c0 = Math.min(c0, within?.c0 ?? 0);
      r1 = Math.max(r1, rows - 1);
      c1 = Math.max(c1, 0);
    }
  }
  if (r1 < 0) return undefined;
  return { r0, c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

class RangeProxy implements XlRange {
  private box?: Box | null;
  private loadedValues?: unknown[][];
  readonly format: XlRange["format"];
  readonly dataValidation: XlRange["dataValidation"];

  constructor(
    readonly sheet: SheetProxy,
    private readonly resolveBox: () => Box | undefined,
    private readonly orNull = false,
  ) {
    const ctx = sheet.ctx;
    const resolve = () => this.resolve();
    const book = ctx.book;
    const eachCell = (fn: (cell: FakeCell, r: number, c: number) => void) => {
      const box = resolve();
      const target = sheet.target();
      for (let r = box.r0; r < box.r0 + box.rows; r++)
        for (let c = box.c0; c < box.c0 + box.cols; c++) {
          let cell = target.cells.get(`${r},${c}`);
          if (!cell) target.cells.set(`${r},${c}`, (cell = {}));
          fn(cell, r, c);
        }
    };
    const write = (what: string, fn: () => void, cost = () => 0) =>
      ctx.enqueue(() => {
        if (sheet.target().protected) throw new ExcelLikeError("AccessDenied", `${sheet.sheetName} is protected`);
        fn();
        book.writes.push(`${what} ${sheet.sheetName}!${a1(resolve())}`);
      }, cost);
    this.format = {
      fill: {
        get color(): string {
          return notLoaded("format.fill.color");
        },
        set color(color: string) {
          write(`fill ${color.toUpperCase()}`, () => eachCell((cell) => (cell.fill = { color: color.toUpperCase(), pattern: "Solid" })));
        },
        clear: () => write("clear fill", () => eachCell((cell) => delete cell.fill)),
      },
      font: {
        get bold(): boolean {
          return notLoaded("format.font.bold");
        },
        set bold(_bold: boolean) {
          write("bold", () => eachCell((_cell, r) => sheet.target().boldRows.add(r)));
        },
      },
      get columnWidth(): number {
        return notLoaded("format.columnWidth");
      },
      set columnWidth(width: number) {
        write("width", () => sheet.target().columnWidths.set(resolve().c0, width));
      },
      get wrapText(): boolean {
        return notLoaded("format.wrapText");
      },
      set wrapText(_wrap: boolean) {
        write("wrap", () => undefined);
      },
    };
    this.dataValidation = {
      clear: () => write("clear validation", () => eachCell((cell) => delete cell.validation)),
      get rule(): { list?: { inCellDropDown: boolean; source: string | object } } {
        return notLoaded("dataValidation.rule");
      },
      set rule(rule: { list?: { inCellDropDown: boolean; source: string | object } }) {
        write("validation", () =>
          eachCell((cell) => {
            // Excel refuses a second rule on a cell that has one: the adapter must clear first.
            if (cell.validation !== undefined) throw new ExcelLikeError("InvalidOperation", "cell already has a data-validation rule");
            cell.validation = String(rule.list?.source);
          }),
        );
      },
    };
  }

  resolve(): Box {
    if (this.box === undefined) {
      this.sheet.target();
      this.box = this.resolveBox() ?? null;
    }
    if (this.box === null) throw new ExcelLikeError("ItemNotFound", "range is a null object");
    return this.box;
  }

  private get resolved(): Box | null {
    if (this.box === undefined) notLoaded("range");
    return this.box;
  }

  get isNullObject(): boolean {
    return this.resolved === null;
  }
  private get loadedBox(): Box {
    const box = this.resolved;
    if (!box) throw new ExcelLikeError("InvalidObjectPath", "null range");
    return box;
  }
  get address(): string {
    return `${sheetRef(this.sheet.sheetName)}!${a1(this.loadedBox)}`;
  }
  get rowIndex(): number {
    return this.loadedBox.r0;
  }
  get columnIndex(): number {
    return this.loadedBox.c0;
  }
  get rowCount(): number {
    return this.loadedBox.rows;
  }
  get columnCount(): number {
    return this.loadedBox.cols;
  }
  get values(): unknown[][] {
    return this.loadedValues ?? notLoaded("range.values");
  }
  set values(values: unknown[][]) {
    this.sheet.ctx.enqueue(
      () => {
        const sheet = this.sheet.target();
        if (sheet.protected) throw new ExcelLikeError("AccessDenied", `${sheet.name} is protected`);
        const box = this.resolve();
        if (values.length !== box.rows || values.some((r) => r.length !== box.cols)) throw new ExcelLikeError("InvalidArgument", `values do not match ${a1(box)}`);
        values.forEach((row, i) =>
          row.forEach((value, j) => {
            const key = `${box.r0 + i},${box.c0 + j}`;
            const cell = sheet.cells.get(key) ?? {};
            cell.value = value;
            sheet.cells.set(key, cell);
          }),
        );
        this.sheet.ctx.book.writes.push(`values ${sheet.name}!${a1(box)}`);
      },
      () => values.length * (values[0]?.length ?? 0),
    );
  }

  load(props: string): unknown {
    const wantsValues = props.split(",").map((p) => p.trim()).includes("values");
    this.sheet.ctx.enqueue(
      () => {
        if (this.orNull && !this.sheet.maybeSheet()) {
          this.box = null;
          return;
        }
        this.box = undefined;
        this.box = this.resolveBox() ?? null;
        if (!this.orNull && this.box === null) throw new ExcelLikeError("ItemNotFound", "range");
        if (wantsValues && this.box) {
          const sheet = this.sheet.target();
          const box = this.box;
          this.loadedValues = Array.from({ length: box.rows }, (_, i) =>
            Array.from({ length: box.cols }, (_, j) => {
              const v = sheet.cells.get(`${box.r0 + i},${box.c0 + j}`)?.value;
              return isBlankValue(v) ? "" : v;
            }),
          );
        }
      },
      () => {
        if (!wantsValues) return 0;
        // Cost is what Excel would send back: the resolved box at the time of the sync.
        const sheet = this.sheet.maybeSheet();
        if (!sheet) return 0;
        const box = this.resolveBox();
        return box ? box.rows * box.cols : 0;
      },
    );
    return this;
  }

  getUsedRangeOrNullObject(valuesOnly = false): XlRange {
    return new RangeProxy(this.sheet, () => usedBox(this.sheet.target(), this.resolveBox(), valuesOnly), true);
  }

  getMergedAreasOrNullObject(): XlRangeAreas {
    if (!this.sheet.ctx.book.supports(13)) throw new ExcelLikeError("ApiNotFound", "Range.getMergedAreasOrNullObject needs ExcelApi 1.13");
    return new RangeAreasProxy(this);
  }

  getCellProperties(_options: { format: { fill: { color: true; pattern: true } } }): ClientResult<CellFillProperties[][]> {
    const result: { value?: CellFillProperties[][] } = {};
    this.sheet.ctx.enqueue(
      () => {
        const box = this.resolve();
        const sheet = this.sheet.target();
        result.value = Array.from({ length: box.rows }, (_, i) =>
          Array.from({ length: box.cols }, (_, j) => ({ format: { fill: { ...(sheet.cells.get(`${box.r0 + i},${box.c0 + j}`)?.fill ?? DEFAULT_FILL) } } })),
        );
      },
      () => {
        const box = this.resolveBox();
        return box ? box.rows * box.cols : 0;
      },
    );
    return {
      get value() {
        return result.value ?? notLoaded("getCellProperties result");
      },
    };
  }

  setCellProperties(properties: CellFillProperties[][]): void {
    this.sheet.ctx.enqueue(() => {
      const sheet = this.sheet.target();
      if (sheet.protected) throw new ExcelLikeError("AccessDenied", `${sheet.name} is protected`);
      const box = this.resolve();
      properties.forEach((row, i) =>
        row.forEach((props, j) => {
          const fill = props.format?.fill;
          if (!fill) return;
          const key = `${box.r0 + i},${box.c0 + j}`;
          const cell = sheet.cells.get(key) ?? {};
          cell.fill = { color: (fill.color ?? "#FFFFFF").toUpperCase(), pattern: fill.pattern ?? "Solid" };
          sheet.cells.set(key, cell);
        }),
      );
      this.sheet.ctx.book.writes.push(`cell properties ${sheet.name}!${a1(box)}`);
    });
  }

  select(): void {
    this.sheet.ctx.enqueue(() => {
      const box = this.resolve();
      this.sheet.ctx.book.selection = { sheet: this.sheet.target().name, address: a1(box) };
      this.sheet.ctx.book.writes.push(`select ${this.sheet.sheetName}!${a1(box)}`);
    });
  }

  clear(_applyTo?: "Contents"): void {
    this.sheet.ctx.enqueue(() => {
      const sheet = this.sheet.target();
      if (sheet.protected) throw new ExcelLikeError("AccessDenied", `${sheet.name} is protected`);
      const box = this.resolve();
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(",").map(Number) as [number, number];
        if (r >= box.r0 && r < box.r0 + box.rows && c >= box.c0 && c < box.c0 + box.cols) delete cell.value;
      }
      this.sheet.ctx.book.writes.push(`clear contents ${sheet.name}!${a1(box)}`);
    });
  }
}

class RangeAreasProxy implements XlRangeAreas {
  private state?: { areas: Box[] };
  constructor(private readonly range: RangeProxy) {}
  load(_props: string): unknown {
    this.range.sheet.ctx.enqueue(() => {
      const box = this.range.resolve();
      const sheet = this.range.sheet.target();
      // Only areas that start in the range, as Excel does (office-js issue 3611).
      const areas = sheet.merges.filter((m) => holds(box, m.r0, m.c0)).sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
      if (areas.length > MAX_MERGED_AREAS) throw new ExcelLikeError("GeneralException", `${areas.length} merged areas in ${a1(box)}`);
      this.state = { areas };
    });
    return this;
  }
  get isNullObject(): boolean {
    return (this.state ?? notLoaded("rangeAreas")).areas.length === 0;
  }
  get address(): string {
    const { areas } = this.state ?? notLoaded("rangeAreas.address");
    if (!areas.length) throw new ExcelLikeError("InvalidObjectPath", "null RangeAreas");
    const ref = sheetRef(this.range.sheet.sheetName);
    return areas.map((m) => `${ref}!${a1(m)}`).join(", ");
  }
}

class NoteProxy implements XlNote {
  private state?: { isNull: boolean; content: string };
  constructor(
    private readonly notes: NotesProxy,
    private readonly address: string,
    private readonly orNull: boolean,
  ) {}
  loadNow(): void {
    const content = this.notes.sheet.target().notes.get(this.address);
    if (content === undefined && !this.orNull) throw new ExcelLikeError("ItemNotFound", `note ${this.address}`);
    this.state = { isNull: content === undefined, content: content ?? "" };
  }
  load(_props: string): unknown {
    this.notes.sheet.ctx.enqueue(() => this.loadNow());
    return this;
  }
  get isNullObject(): boolean {
    return (this.state ?? notLoaded("note")).isNull;
  }
  get content(): string {
    return (this.state ?? notLoaded("note.content")).content;
  }
  getLocation(): XlRange {
    return this.notes.sheet.getRange(this.address);
  }
  delete(): void {
    this.notes.sheet.ctx.enqueue(() => {
      const sheet = this.notes.sheet.target();
      if (sheet.protected) throw new ExcelLikeError("AccessDenied", `${sheet.name} is protected`);
      sheet.notes.delete(this.address);
      this.notes.sheet.ctx.book.writes.push(`delete note ${sheet.name}!${this.address}`);
    });
  }
}

class NotesProxy implements XlNoteCollection {
  private loadedItems?: XlNote[];
  constructor(readonly sheet: SheetProxy) {}
  get items(): XlNote[] {
    return this.loadedItems ?? notLoaded("notes.items");
  }
  load(_props: string): unknown {
    this.sheet.ctx.enqueue(() => {
      this.loadedItems = [...this.sheet.target().notes.keys()].map((address) => {
        const note = new NoteProxy(this, address, false);
        note.loadNow();
        return note;
      });
    });
    return this;
  }
  add(cellAddress: string, content: string): unknown {
    this.sheet.ctx.enqueue(() => {
      const sheet = this.sheet.target();
      if (sheet.protected) throw new ExcelLikeError("AccessDenied", `${sheet.name} is protected`);
      if (sheet.notes.has(cellAddress)) throw new ExcelLikeError("InvalidArgument", `cell ${cellAddress} already has a note`);
      sheet.notes.set(cellAddress, content);
      this.sheet.ctx.book.writes.push(`add note ${sheet.name}!${cellAddress}`);
    });
    return undefined;
  }
  getItemOrNullObject(key: string): XlNote & { load(propertyNames: string): unknown } {
    return new NoteProxy(this, key, true);
  }
}

class SettingProxy implements XlSetting {
  private state?: { isNull: boolean; value: unknown };
  constructor(
    private readonly ctx: FakeContext,
    private readonly key: string,
  ) {}
  load(_props: string): unknown {
    this.ctx.enqueue(() => {
      const value = this.ctx.book.settings.get(this.key);
      this.state = { isNull: value === undefined, value };
    });
    return this;
  }
  get isNullObject(): boolean {
    return (this.state ?? notLoaded("setting")).isNull;
  }
  get value(): unknown {
    return (this.state ?? notLoaded("setting.value")).value;
  }
  delete(): void {
    this.ctx.enqueue(() => {
      this.ctx.book.settings.delete(this.key);
      this.ctx.book.writes.push(`delete setting ${this.key}`);
    });
  }
}
