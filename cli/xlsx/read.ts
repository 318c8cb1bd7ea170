// Reads an .xlsx file into plain rows (values only) for the core's readWorkbookRows.
// This folder is the only place that touches exceljs; everything else sees SheetRows.
import { open, stat } from "node:fs/promises";
import ExcelJS from "exceljs";
import { getFramework, recogniseInnovationHeader, SHEETS, type CellValue, type Framework, type Lang, type SheetRows } from "../../core/index.ts";

export type WorkbookSheets = { innovations?: SheetRows; region?: SheetRows; sheetNames: string[] };

export type WorkbookReadErrorCode = "empty" | "not-xlsx" | "xls" | "encrypted" | "corrupt" | "too-large";

const MESSAGES: Record<WorkbookReadErrorCode, Record<Lang, string>> = {
  empty: { id: "Berkas kosong (0 byte).", en: "The file is empty (0 bytes)." },
  "not-xlsx": { id: "Berkas ini bukan buku kerja Excel .xlsx.", en: "This file is not an Excel .xlsx workbook." },
  xls: {
    id: "Berkas ini format Excel lama (.xls) atau dilindungi kata sandi. Buka di Excel lalu simpan sebagai .xlsx tanpa kata sandi.",
    en: "This file is an old Excel .xls workbook or is password-protected. Open it in Excel and save it as .xlsx without a password.",
  },
  encrypted: {
    id: "Buku kerja dilindungi kata sandi. Buka di Excel, hapus kata sandi, lalu simpan ulang sebagai .xlsx.",
    en: "The workbook is password-protected. Open it in Excel, remove the password and save it again as .xlsx.",
  },
  corrupt: {
    id: "Buku kerja rusak atau tidak lengkap (terpotong) dan tidak dapat dibaca. Simpan ulang dari Excel.",
    en: "The workbook is damaged or incomplete (truncated) and cannot be read. Save it again from Excel.",
  },
  "too-large": { id: "Berkas terlalu besar untuk diperiksa.", en: "The file is too large to check." },
};

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
  const all = useStream ? await streamSheets(path) : sheetsOf(await loadWorkbook(path, { valuesOnly: true }));
  return pickSheets(all, framework);
}

/**
 * Worksheet parts that carry no cell values: a values-only read skips them. The drop-down lists
 * of a template are the costly one (exceljs expands each range rule into one entry per cell).
 */
const NOT_VALUES = ["dataValidations", "conditionalFormatting", "extLst"];

/** Loads the full exceljs model (styles, notes, validations): used to annotate a copy. */
export async function loadWorkbook(path: string, options: { valuesOnly?: boolean } = {}): Promise<ExcelJS.Workbook> {
  await preflight(path);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path, options.valuesOnly ? { ignoreNodes: NOT_VALUES } : {});
  } catch (error) {
    throw new WorkbookReadError("corrupt", path, shortReason(error));
  }
  return workbook;
}

/** Every worksheet of a loaded workbook as plain rows, in tab order. */
export function sheetsOf(workbook: ExcelJS.Workbook): SheetRows[] {
  return workbook.worksheets.map((worksheet) => {
    const rows: CellValue[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        // Merged cells repeat the top-left value; values only means the top-left cell alone.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        values[column - 1] = toCellValue(cell.value);
      });
      rows[rowNumber - 1] = values;
    });
    fillVerticalMerges(rows, worksheet.model.merges ?? []);
    return trimmed(worksheet.name, rows);
  });
}

/**
 * A cell merged down over several rows belongs to each of them: a profile header merged over a
 * two-row indicator header, or an agency name merged over its innovations. Horizontal merges
 * (titles) keep their value in the top-left cell only.
 */
function fillVerticalMerges(rows: CellValue[][], merges: readonly string[]): void {
  for (const range of merges) {
    const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(range);
    if (!m) continue;
    const top = Number(m[2]);
    const bottom = Number(m[4]);
    const column = columnIndex(m[1]!);
    const value = rows[top - 1]?.[column];
    if (bottom <= top || value === undefined || value === null) continue;
    for (let r = top + 1; r <= bottom; r++) (rows[r - 1] ??= [])[column] = value;
  }
}

const columnIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

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

/** Values of every sheet through exceljs's streaming reader: constant memory per row. */
async function streamSheets(path: string): Promise<SheetRows[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  const out: SheetRows[] = [];
  try {
    for await (const worksheet of reader) {
      const rows: CellValue[][] = [];
      for await (const row of worksheet) {
        const values: CellValue[] = [];
        const raw = row.values as ExcelJS.CellValue[];
        for (let c = 1; c < raw.length; c++) if (raw[c] !== undefined && raw[c] !== null) values[c - 1] = toCellValue(raw[c]);
        rows[row.number - 1] = values;
      }
      out.push(trimmed((worksheet as unknown as { name: string }).name, rows));
    }
  } catch (error) {
    throw new WorkbookReadError("corrupt", path, shortReason(error));
  }
  // Sheets arrive in zip order; report them in tab order like the full reader.
  const tabs = ((reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? []).map((s) => s.name);
  const tab = (name: string) => (tabs.includes(name) ? tabs.indexOf(name) : tabs.length);
  return out.sort((a, b) => tab(a.sheet) - tab(b.sheet));
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_LOCAL = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
// CFB directory entries store stream names in UTF-16LE; an encrypted OOXML package has this stream.
const ENCRYPTED_STREAM = Buffer.from("EncryptedPackage", "utf16le");

/** Classifies the file by its bytes before exceljs sees it, so bad input gets a clear error. */
async function preflight(path: string): Promise<number> {
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
