// Reads an .xlsx file into plain rows (values only) for the core's readWorkbookRows.
// This folder is the only place that touches exceljs; everything else sees SheetRows.
import { AsyncLocalStorage } from "node:async_hooks";
import type { EventEmitter } from "node:events";
import { open, readFile, stat } from "node:fs/promises";
import { Readable } from "node:stream";
import ExcelJS from "./exceljs.ts";
import { FILE_ERRORS } from "../strings.ts";
import { directParse } from "./direct-parse.ts";
import { requireFromExceljs } from "./exceljs-internals.ts";
import { loadModelRows } from "./model-rows.ts";
import { fillMergesDown, getFramework, parseA1Range, recogniseInnovationHeader, SHEETS, type CellValue, type Framework, type Lang, type MergedArea, type SheetRows } from "../../core/index.ts";

export type WorkbookSheets = { innovations?: SheetRows; region?: SheetRows; sheetNames: string[] };

export type WorkbookReadErrorCode = "empty" | "not-xlsx" | "xls" | "encrypted" | "corrupt" | "too-large";

/** The CLI's words for them (FILE_ERRORS), one wording for each code whichever path reports it. */
const MESSAGES: Record<WorkbookReadErrorCode, Record<Lang, string>> = FILE_ERRORS;

/** A workbook that cannot be read, with a stable code and a message in both languages. */
export class WorkbookReadError extends Error {
  readonly messages: Record<Lang, string>;
  constructor(
    readonly code: WorkbookReadErrorCode,
    readonly path: string,
    detail?: string,
  ) {
    const messages = MESSAGES[code];
    super(`${messages.id} / ${messages.en}${detail ? ` (${detail})` : ""}`);
    this.name = "WorkbookReadError";
    this.messages = messages;
  }
  text(lang: Lang): string {
    return this.messages[lang];
  }
}

/** Above this size the full in-memory exceljs model would need more than ~1 GB; stream instead. */
export const STREAM_THRESHOLD_BYTES = 8 * 1024 * 1024;
/** Refuse files beyond this size outright. */
export const MAX_WORKBOOK_BYTES = 300 * 1024 * 1024;

export type ReadOptions = { framework?: Framework; stream?: boolean };

/** Reads the innovation sheet ("Inovasi", else the one whose header is recognised best) and the "Pemda" sheet. */
export async function readWorkbook(path: string, options: ReadOptions = {}): Promise<WorkbookSheets> {
  const size = await preflight(path);
  const framework = options.framework ?? getFramework();
  const useStream = options.stream ?? size > STREAM_THRESHOLD_BYTES;
  const all = useStream ? await streamSheets(path) : await readValuesSheets(path);
  return pickSheets(all, framework);
}

/**
 * Worksheet parts that carry no cell values: a values-only read skips them. The drop-down lists
 * of a template are the costly one (exceljs expands each range rule into one entry per cell).
 */
const NOT_VALUES = ["dataValidations", "conditionalFormatting", "extLst"];

/** Loads the exceljs model: in full (styles, notes, validations) to annotate a copy, or values only to check. */
export async function loadWorkbook(path: string, options: { valuesOnly?: boolean } = {}): Promise<ExcelJS.Workbook> {
  await preflight(path);
  return loadChecked(path, options);
}

/** loadWorkbook for a file preflight has already passed (readWorkbook checks it once, for its size too). */
async function loadChecked(path: string, options: { valuesOnly?: boolean }): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // One read of the whole file: exceljs's readFile streams it in chunks only to join them.
  await loadFile(path, (data) => workbook.xlsx.load(data, options.valuesOnly ? { ignoreNodes: NOT_VALUES } : {}));
  return workbook;
}

/**
 * Every worksheet as plain rows, in tab order, values only: what sheetsOf gives for
 * loadChecked(path, { valuesOnly: true }), without building exceljs's Row and Cell objects
 * (model-rows.ts) unless the file holds something that code leaves to exceljs.
 */
export async function readValuesSheets(path: string): Promise<SheetRows[]> {
  const workbook = new ExcelJS.Workbook();
  const byId = await loadFile(path, (data) => loadModelRows(workbook, () => directParse(() => workbook.xlsx.load(data, { ignoreNodes: NOT_VALUES }))));
  if (!byId) return sheetsOf(workbook);
  return workbook.worksheets.map((worksheet) => {
    const rows = (byId.get(worksheet.id) ?? []).map((values) => values && toCellValues(values));
    const areas = mergedAreas(mergedRanges(worksheet));
    clearMergedCells(rows, areas);
    return sheetRowsOf(worksheet, rows, areas);
  });
}

/** Every worksheet of a loaded workbook as plain rows, in tab order. */
export function sheetsOf(workbook: ExcelJS.Workbook): SheetRows[] {
  return workbook.worksheets.map((worksheet) => sheetRowsOf(worksheet, objectRows(worksheet)));
}

/** The values of a worksheet's rows of exceljs objects that have any (0-based, sparse). */
export function objectRows(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    rows[rowNumber - 1] = rowCellValues(row);
  });
  return rows;
}

/** Model values of one row (model-rows.ts) as the core reads them, in place. */
export function toCellValues(values: unknown[]): CellValue[] {
  for (let c = 0; c < values.length; c++) if (c in values) values[c] = toCellValue(values[c] as ExcelJS.CellValue);
  return values as CellValue[];
}

/** One row of exceljs's objects as the core reads it (0-based, sparse). */
function rowCellValues(row: ExcelJS.Row): CellValue[] {
  const values: CellValue[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    // Merged cells repeat the top-left value; values only means the top-left cell alone.
    if (cell.type === ExcelJS.ValueType.Merge) return;
    values[column - 1] = cell.type === ExcelJS.ValueType.Formula ? toCellValue(cell.result as ExcelJS.CellValue) : toCellValue(cell.value);
  });
  return values;
}

/** A worksheet's rows of values (merged cells other than the top-left left out) as SheetRows. */
export const sheetRowsOf = (worksheet: ExcelJS.Worksheet, rows: CellValue[][], areas = mergedAreas(mergedRanges(worksheet))): SheetRows =>
  trimmed(worksheet.name, fillMergesDown(rows, 1, areas));

/**
 * Reads PATH (preflight passed) in one go and hands it to LOAD; a failure is the file's "corrupt"
 * error. (exceljs types its Buffer as an ArrayBuffer; a Node Buffer is what it reads.)
 */
export async function loadFile<T>(path: string, load: (data: ExcelJS.Buffer) => Promise<T>): Promise<T> {
  try {
    return await load((await readFile(path)) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookReadError("corrupt", path, shortReason(error));
  }
}

/**
 * The merged ranges of a sheet ("A1:P1"), from the list exceljs keeps by top-left cell.
 * `worksheet.model` lists them too, but builds the model of every row and cell to do so.
 */
function mergedRanges(worksheet: ExcelJS.Worksheet): string[] {
  const merges = (worksheet as unknown as { _merges?: Record<string, { range: string } | undefined> })._merges;
  return merges ? Object.values(merges).flatMap((merge) => (merge ? [merge.range] : [])) : worksheet.model.merges;
}

/** Merged ranges ("A1:P1") as areas, for the rule the add-in shares (core/workbook/merges.ts). */
const mergedAreas = (ranges: readonly string[]): MergedArea[] => ranges.flatMap((range) => parseA1Range(range) ?? []);

/** Chooses the innovation and region sheets among all sheets read. */
export function pickSheets(all: readonly SheetRows[], framework: Framework): WorkbookSheets {
  const sheetNames = all.map((s) => s.sheet);
  const named = (name: string) => all.find((s) => s.sheet.trim().toLowerCase() === name.toLowerCase());
  let innovations = named(SHEETS.innovations);
  if (!innovations) {
    let best = -1;
    for (const sheet of all) {
      const match = recogniseInnovationHeader(sheet.rows, framework);
      if (match && match.columns.length > best) {
        best = match.columns.length;
        innovations = sheet;
      }
    }
  }
  const region = named(SHEETS.region);
  return { ...(innovations ? { innovations } : {}), ...(region ? { region } : {}), sheetNames };
}

/**
 * A formula reads as its cached result, the value Excel shows. (exceljs's `cell.value` of a formula
 * keeps only its truthy fields: a result of 0 or FALSE read as an empty cell. The readers take the
 * result from `cell.result` instead, or keep it in full, model-rows.ts.)
 */
const isFormulaValue = (value: unknown): boolean => typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);

/** exceljs cell values reduced to what the core reads. */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return String(value);
  if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text ?? "").join("");
  if ("hyperlink" in value && typeof value.hyperlink === "string") {
    const text = toCellValue((value as { text?: ExcelJS.CellValue }).text);
    return { text: text === null || text === undefined ? "" : text instanceof Date ? text.toISOString().slice(0, 10) : String(typeof text === "object" ? (text.text ?? "") : text), hyperlink: value.hyperlink };
  }
  if ("formula" in value || "sharedFormula" in value) return toCellValue((value as { result?: ExcelJS.CellValue }).result);
  if ("error" in value) return String(value.error);
  if ("text" in value && typeof value.text === "string") return value.text;
  return null;
}

const blankValue = (v: CellValue) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Drops trailing blank rows; holes inside stay as empty rows so row numbers keep their meaning. */
function trimmed(sheet: string, rows: CellValue[][]): SheetRows {
  let end = rows.length;
  while (end > 0 && (rows[end - 1] ?? []).every(blankValue)) end--;
  const out: (readonly CellValue[])[] = new Array(end);
  for (let i = 0; i < end; i++) out[i] = rows[i] ?? [];
  return { sheet, rows: out, firstRow: 1 };
}

// The parts of exceljs's streaming reader we drive directly (its typings cover only the iterators).
type StreamEvent = { eventType: string; value: unknown };
type StreamWorksheet = { id: string | number; name: string; iterator: AsyncIterable<Buffer | string>; parse(): AsyncIterable<StreamEvent[]> };
type StreamHyperlinks = { id: string; read(): Promise<void>; on(event: "hyperlink", listener: (rel: { rId: string; target: string }) => void): void };
type StreamReader = {
  parse(): AsyncIterable<StreamEvent>;
  /** The file stream exceljs reads from (set by parse). */
  stream?: Readable;
  model?: { sheets?: { name: string; rId: string }[] };
  workbookRels?: { Id: string; Target: string }[];
};
type WorksheetTail = { mergeCells?: string[] | null; hyperlinks?: { address: string; rId?: string }[] | null };

// exceljs's own worksheet parser, for the part of a sheet after its rows (merges, hyperlinks):
// the streaming reader reads rows only. Not in exceljs's typings; exceljs is pinned.
const WorksheetXform = requireFromExceljs("exceljs/lib/xlsx/xform/sheet/worksheet-xform.js") as new () => {
  parseStream(stream: Readable): Promise<WorksheetTail | undefined>;
};

// exceljs's streaming reader unzips with unzipper, which reports damaged deflate data only as an
// "error" on its zip parser, a stream exceljs keeps to itself while it waits, forever, for the
// rest of the entry. exceljs creates the parser through unzipper.Parse at call time: wrapped, each
// read is handed the parser it started (by async context), so a damaged file fails, not hangs.
const unzipper = requireFromExceljs("unzipper") as { Parse: (...args: unknown[]) => EventEmitter };
const unzipParse = unzipper.Parse;
const parserWatch = new AsyncLocalStorage<(parser: EventEmitter) => void>();
unzipper.Parse = (...args) => {
  const parser = unzipParse(...args);
  parserWatch.getStore()?.(parser);
  return parser;
};

/**
 * Waits that a failure ends early. (Not Promise.race with one pending promise: each race would
 * leave a reaction on it holding that wait's result, every batch of rows of a large sheet.)
 */
function failable() {
  const waiting = new Set<(error: unknown) => void>();
  let failed: { error: unknown } | undefined;
  return {
    fail(error: unknown): void {
      failed ??= { error };
      for (const reject of waiting) reject(error);
      waiting.clear();
    },
    wait<T>(promise: Promise<T>): Promise<T> {
      if (failed) return Promise.reject(failed.error);
      return new Promise<T>((resolve, reject) => {
        waiting.add(reject);
        promise.then(
          (value) => (waiting.delete(reject), resolve(value)),
          (error: unknown) => (waiting.delete(reject), reject(error)),
        );
      });
    },
  };
}

/** ITERABLE, each step through WAIT. */
async function* until<T>(iterable: AsyncIterable<T>, wait: <V>(promise: Promise<V>) => Promise<V>): AsyncGenerator<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  for (;;) {
    const next = await wait(iterator.next());
    if (next.done) return;
    yield next.value;
  }
}

const END_OF_ROWS = Buffer.from("</sheetData>");

/**
 * Passes a sheet's XML through unchanged and keeps what follows its rows: a few merge and
 * hyperlink elements, never the rows themselves.
 */
async function* keepTail(chunks: AsyncIterable<Buffer | string>, tail: Buffer[]): AsyncGenerator<Buffer | string> {
  let found = false;
  // The last bytes seen, shorter than the end tag: the tag may straddle chunks.
  let seen: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    yield chunk;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    if (found) {
      tail.push(bytes);
      continue;
    }
    const seam = Buffer.concat([seen, bytes.subarray(0, END_OF_ROWS.length - 1)]);
    let at = seam.indexOf(END_OF_ROWS);
    if (at >= 0) at += END_OF_ROWS.length - seen.length;
    else if ((at = bytes.indexOf(END_OF_ROWS)) >= 0) at += END_OF_ROWS.length;
    if (at >= 0) {
      found = true;
      tail.push(bytes.subarray(at));
    } else seen = (bytes.length >= END_OF_ROWS.length ? bytes : Buffer.concat([seen, bytes])).subarray(-(END_OF_ROWS.length - 1));
  }
}

/**
 * Values of every sheet through exceljs's streaming reader: constant memory per row. Like the
 * full reader, a hyperlink cell reads as its text and target, and merged cells as their top-left
 * value (filled down for vertical merges).
 */
async function streamSheets(path: string): Promise<SheetRows[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: "cache", styles: "cache", hyperlinks: "emit", worksheets: "emit", entries: "ignore" });
  const stream = reader as unknown as StreamReader;
  const sheets: { name: string; id: string; rows: CellValue[][]; tail: WorksheetTail }[] = [];
  // Hyperlink targets per worksheet file number ("sheet3.xml" -> "3"): rId -> target.
  const targets = new Map<string, Map<string, string>>();
  // Every wait ends with an error of the zip parser (damaged deflate data), which exceljs never passes on.
  const parser = failable();
  const wait = parser.wait;
  const watch = (zip: EventEmitter) => zip.on("error", parser.fail);
  try {
    // Inside the watch, so the zip parser exceljs starts reports to this read.
    await parserWatch.run(watch, async () => {
      for await (const { eventType, value } of until(stream.parse(), wait)) {
        if (eventType === "hyperlinks") {
          const rels = value as StreamHyperlinks;
          const byId = new Map<string, string>();
          rels.on("hyperlink", (rel) => byId.set(rel.rId, rel.target));
          await wait(rels.read());
          targets.set(String(rels.id), byId);
        } else if (eventType === "worksheet") {
          const worksheet = value as StreamWorksheet;
          const tailBytes: Buffer[] = [];
          worksheet.iterator = keepTail(worksheet.iterator, tailBytes);
          const rows: CellValue[][] = [];
          for await (const events of until(worksheet.parse(), wait)) {
            for (const event of events) {
              if (event.eventType !== "row") continue;
              const row = event.value as ExcelJS.Row;
              const values: CellValue[] = [];
              const raw = row.values as ExcelJS.CellValue[];
              for (let c = 1; c < raw.length; c++) {
                if (raw[c] === undefined || raw[c] === null) continue;
                // A formula's cached result from the cell: its value keeps no result of 0 or FALSE.
                const cell = isFormulaValue(raw[c]) ? row.getCell(c) : undefined;
                values[c - 1] = cell?.type === ExcelJS.ValueType.Formula ? toCellValue(cell.result as ExcelJS.CellValue) : toCellValue(raw[c]);
              }
              rows[row.number - 1] = values;
            }
          }
          const tail = tailBytes.length ? ((await new WorksheetXform().parseStream(Readable.from([Buffer.from("<worksheet>"), ...tailBytes]))) ?? {}) : {};
          sheets.push({ name: worksheet.name, id: String(worksheet.id), rows, tail });
        }
      }
    });
  } catch (error) {
    // exceljs's read is left waiting on the damaged entry: close the file under it.
    stream.stream?.destroy();
    throw new WorkbookReadError("corrupt", path, shortReason(error));
  }
  // Which worksheet file each sheet came from, as exceljs matches them (for its hyperlink targets).
  const fileOf = new Map<string, string>();
  for (const sheet of stream.model?.sheets ?? []) {
    const target = stream.workbookRels?.find((rel) => rel.Id === sheet.rId)?.Target;
    const m = target ? /^worksheets\/sheet(\d+)[.]xml$/.exec(target) : null;
    if (m) fileOf.set(sheet.name, m[1]!);
  }
  const out = sheets.map(({ name, id, rows, tail }) => {
    const byId = targets.get(fileOf.get(name) ?? id);
    for (const link of tail.hyperlinks ?? []) {
      const target = link.rId ? byId?.get(link.rId) : undefined;
      if (!target) continue;
      const at = cellAt(link.address);
      if (!at) continue;
      const cells = (rows[at.row] ??= []);
      // The full reader's shape for a linked cell: its value becomes the link's text.
      cells[at.column] = toCellValue({ text: cells[at.column] ?? null, hyperlink: target } as ExcelJS.CellHyperlinkValue);
    }
    const merges = mergedAreas(tail.mergeCells ?? []);
    clearMergedCells(rows, merges);
    return trimmed(name, fillMergesDown(rows, 1, merges));
  });
  // Sheets arrive in zip order; report them in tab order like the full reader.
  const tabs = (stream.model?.sheets ?? []).map((s) => s.name);
  const tab = (name: string) => (tabs.includes(name) ? tabs.indexOf(name) : tabs.length);
  return out.sort((a, b) => tab(a.sheet) - tab(b.sheet));
}

/** "C5" -> 0-based row and column (a cell is the range from itself to itself). */
const cellAt = (address: string): { row: number; column: number } | undefined => parseA1Range(`${address}:${address}`);

/**
 * The full reader keeps a merged range's value in its top-left cell only: exceljs turns the other
 * cells into merge cells, which sheetsOf skips (so a row ends at its last cell that is not one).
 */
function clearMergedCells(rows: CellValue[][], areas: readonly MergedArea[]): void {
  for (const { row, column, rows: height, columns: width } of areas) {
    for (let r = row; r < row + height; r++) {
      const cells = rows[r];
      if (!cells) continue;
      let cleared = false;
      for (let c = column; c < column + width && c < cells.length; c++) {
        if ((r > row || c > column) && c in cells) {
          delete cells[c];
          cleared = true;
        }
      }
      if (cleared) {
        let length = cells.length;
        while (length > 0 && !(length - 1 in cells)) length--;
        cells.length = length;
      }
    }
  }
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
// CFB directory entries store stream names in UTF-16LE; an encrypted OOXML package has this stream.
const ENCRYPTED_STREAM = Buffer.from("EncryptedPackage", "utf16le");

/** Classifies the file by its bytes before exceljs sees it, so bad input gets a clear error. */
export async function preflight(path: string): Promise<number> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new WorkbookReadError("not-xlsx", path, shortReason(error));
  }
  if (size === 0) throw new WorkbookReadError("empty", path);
  if (size > MAX_WORKBOOK_BYTES) throw new WorkbookReadError("too-large", path, `${Math.round(size / 1048576)} MB`);
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(Math.min(size, 8));
    await handle.read(head, 0, head.length, 0);
    if (head.length === 8 && head.equals(OLE_MAGIC)) {
      // The directory is usually within the first few sectors; scan up to 1 MB for the stream name.
      const scan = Buffer.alloc(Math.min(size, 1024 * 1024));
      await handle.read(scan, 0, scan.length, 0);
      throw new WorkbookReadError(scan.includes(ENCRYPTED_STREAM) ? "encrypted" : "xls", path);
    }
    if (head.length < 4 || !head.subarray(0, 4).equals(ZIP_LOCAL)) throw new WorkbookReadError("not-xlsx", path);
    // A complete zip ends with its central directory; a truncated download does not.
    const tailLength = Math.min(size, 65_536 + 22);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    if (!tail.includes(ZIP_END)) throw new WorkbookReadError("corrupt", path, "zip end record missing");
  } finally {
    await handle.close();
  }
  return size;
}

function shortReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]!.slice(0, 160);
}
