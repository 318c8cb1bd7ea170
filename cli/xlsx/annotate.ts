// Writes a marked COPY of a workbook: offending cells filled and noted, score and status columns
// at the right of the innovation sheet, and the "Ringkasan" and "Matriks" sheets filled.
// The input is never written; user columns are never written.
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type ExcelJS from "exceljs";
import {
  checkSubmission,
  columnLetter,
  columnNumber,
  getFramework,
  NOTE_PREFIX,
  OWN_COLUMNS,
  ownColumnValues,
  readWorkbookRows,
  severityRank,
  SEVERITIES,
  SEVERITY_FILL_RGB,
  SHEETS,
  sortFindings,
  summaryRows,
  toReport,
  uiStrings,
  type CheckResult,
  type Framework,
  type Lang,
  type Report,
  type Severity,
  type WorkbookRead,
} from "../../core/index.ts";
import { completenessMatrix, type MatrixCell } from "../report/matrix.ts";
import { pickSheets } from "./read.ts";
import { loadEditableWorkbook, type EditableWorkbook, type SheetCell, type SheetCells } from "./sheet-models.ts";
import { OWN_SHEET_MARK, writeWorkbookAtomically } from "./template.ts";
import { isCompactModel, rangeValidations, validationIds } from "./validations.ts";

export type AnnotateOptions = { lang?: Lang; force?: boolean; framework?: Framework | string; today?: string };

export type AnnotateResult = {
  result: CheckResult;
  report: Report;
  /** The report's findings, workbook-level ones (columns) included as `check` has them, rendered and located. */
  findings: Report["findings"];
  /** Cells that received a fill and a note. */
  markedCells: number;
};

export type AnnotateErrorCode = "same-file" | "exists";

const ANNOTATE_MESSAGES: Record<AnnotateErrorCode, Record<Lang, string>> = {
  "same-file": { id: "Berkas keluaran sama dengan berkas masukan; masukan tidak pernah ditimpa. Pilih nama lain.", en: "The output file is the input file; the input is never overwritten. Choose another name." },
  exists: { id: "Berkas keluaran sudah ada. Gunakan --force untuk menimpanya.", en: "The output file already exists. Use --force to replace it." },
};

export class AnnotateError extends Error {
  readonly messages: Record<Lang, string>;
  constructor(readonly code: AnnotateErrorCode) {
    const messages = ANNOTATE_MESSAGES[code];
    super(`${messages.id} / ${messages.en}`);
    this.name = "AnnotateError";
    this.messages = messages;
  }
  text(lang: Lang): string {
    return this.messages[lang];
  }
}

export { NOTE_PREFIX };

/** The fills shared with the add-in (core/workbook/summary.ts), in exceljs's ARGB form. */
export const SEVERITY_FILLS = Object.fromEntries(SEVERITIES.map((s) => [s, `FF${SEVERITY_FILL_RGB[s]}`])) as Record<Severity, string>;
const MATRIX_FILLS: Record<MatrixCell, string | undefined> = { evidence: "FFC6EFCE", "no-evidence": "FFFFEB9C", empty: undefined };
const MATRIX_SYMBOLS: Record<MatrixCell, string> = { evidence: "✓", "no-evidence": "!", empty: "" };

export async function annotateWorkbook(inPath: string, outPath: string, options: AnnotateOptions = {}): Promise<AnnotateResult> {
  const lang = options.lang ?? "id";
  await refuseUnsafeOutput(inPath, outPath, options.force === true);
  const framework = typeof options.framework === "object" ? options.framework : getFramework(options.framework);
  // Validations come compacted from their ranges (validations.ts), not one entry per cell.
  const book = await rangeValidations(() => loadEditableWorkbook(inPath));
  const { workbook } = book;
  const picked = pickSheets(book.sheets, framework);
  const read = readWorkbookRows({ ...picked, fileName: basename(inPath) }, framework);
  const result = checkSubmission(read.input, { framework, absentFields: read.absentFields, ...(options.today ? { today: options.today } : {}) });
  // Workbook findings (missing or extra columns) join the check's before the report, as in
  // `check`, so the counts on Ringkasan, the exit code and the CLI line agree with `check`'s.
  if (read.findings.length) result.findings = sortFindings([...result.findings, ...read.findings]);
  const report = toReport(result, { lang, locate: (f) => read.locate(f.path) });
  const { findings } = report;

  const markedCells = markCells(book, findings);
  if (read.innovationSheet) writeOwnColumns(book.cells(workbook.getWorksheet(read.innovationSheet.sheet)!), read, report, lang);
  writeSummary(book, report, lang);
  writeMatrix(book, result, lang);

  for (const sheet of workbook.worksheets) compactValidations(sheet);
  // Re-check just before writing: the output may have appeared while we worked.
  await refuseUnsafeOutput(inPath, outPath, options.force === true);
  // Level 1 deflate: about a fifth faster to write, a quarter larger; a review copy favours speed.
  await writeWorkbookAtomically(workbook, outPath, { compressionLevel: 1 });
  return { result, report, findings, markedCells };
}

type ValidationModel = Record<string, ExcelJS.DataValidation | undefined>;

/**
 * exceljs expands a range validation ("C2:C1001") into one entry per cell when it reads a file,
 * and its writer then merges them back slowly (most of annotate's time on a template). Joining
 * runs of identical validations per column first gives the same sqref ranges, fast.
 */
export function compactValidations(sheet: ExcelJS.Worksheet): void {
  const holder = sheet as unknown as { dataValidations?: { model: ValidationModel } };
  const model = holder.dataValidations?.model;
  if (!model || isCompactModel(model)) return;
  const runs = new Map<string, { column: string; validation: ExcelJS.DataValidation; rows: number[] }>();
  const compacted: ValidationModel = {};
  const idOf = validationIds();
  // One entry per cell (tens of thousands): Object.keys, not entries (a pair each), the address
  // parsed by hand, and the run of the previous cell reused while column and rule stay the same.
  let last: { column: string; id: number; run: { rows: number[] } } | undefined;
  for (const address of Object.keys(model)) {
    const validation = model[address];
    if (!validation) continue;
    const cell = cellAddress(address);
    if (!cell) {
      compacted[address] = validation;
      continue;
    }
    const id = idOf(validation);
    if (!last || last.id !== id || last.column.length !== cell.letters || !address.startsWith(last.column)) {
      const column = address.slice(0, cell.letters);
      const key = `${column} ${id}`;
      let run = runs.get(key);
      if (!run) runs.set(key, (run = { column, validation, rows: [] }));
      last = { column, id, run };
    }
    last.run.rows.push(cell.row);
  }
  for (const { column, validation, rows } of runs.values()) {
    rows.sort((a, b) => a - b);
    let start = rows[0]!;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1]! + 1) continue;
      const end = rows[i - 1]!;
      compacted[start === end ? `${column}${start}` : `${column}${start}:${column}${end}`] = validation;
      if (i < rows.length) start = rows[i]!;
    }
  }
  holder.dataValidations!.model = compacted;
}

/** "AB12" -> 2 column letters, row 12; undefined for anything else ("A1:B2"). */
function cellAddress(address: string): { letters: number; row: number } | undefined {
  let i = 0;
  while (i < address.length && address.charCodeAt(i) >= 65 && address.charCodeAt(i) <= 90) i++;
  if (i === 0 || i === address.length) return undefined;
  let row = 0;
  for (let j = i; j < address.length; j++) {
    const digit = address.charCodeAt(j) - 48;
    if (digit < 0 || digit > 9) return undefined;
    row = row * 10 + digit;
  }
  return { letters: i, row };
}

async function refuseUnsafeOutput(inPath: string, outPath: string, force: boolean): Promise<void> {
  const input = await realpath(inPath);
  const outStat = await stat(outPath).catch(() => undefined);
  const outReal = outStat ? await realpath(outPath) : join(await realpath(dirname(resolve(outPath))).catch(() => dirname(resolve(outPath))), basename(outPath));
  if (outReal === input) throw new AnnotateError("same-file");
  if (outStat) {
    const inStat = await stat(inPath);
    // A hard link to the input is the input too.
    if (outStat.ino === inStat.ino && outStat.dev === inStat.dev) throw new AnnotateError("same-file");
    if (!force) throw new AnnotateError("exists");
  }
}

type Style = Partial<ExcelJS.Style>;

/**
 * Style objects for the cells we change, shared by every cell that ends up looking the same.
 * exceljs gives all cells of one style the same object when it reads a file, so changing a cell's
 * fill in place (`cell.fill = ...`) would colour every cell of that style; and its writer renders
 * each distinct style object once, so sharing them also keeps the write from working per cell.
 */
function styler(): (cell: SheetCell, variant: string, change: Style) => void {
  // Base style -> variant -> cell type -> style: nested maps, so the lookup done for every cell
  // (ten thousand on the Matriks sheet) builds no key string.
  const byObject = new WeakMap<Style, Map<string, Map<ExcelJS.ValueType, Style>>>();
  const byContent = new Map<string, Style>();
  return (cell, variant, change) => {
    // The writer picks a number format from the first cell of a style it meets: keep types apart.
    const type = cell.type;
    // A new cell gets a fresh empty style object: all of those are alike.
    const base = isEmpty(cell.style) ? NO_STYLE : (cell.style as Style);
    let derived = byObject.get(base);
    if (!derived) byObject.set(base, (derived = new Map()));
    let byType = derived.get(variant);
    if (!byType) derived.set(variant, (byType = new Map()));
    let style = byType.get(type);
    if (!style) {
      const content = `${variant}\u0000${type}\u0000${JSON.stringify(base)}`;
      style = byContent.get(content);
      if (!style) byContent.set(content, (style = { ...base, ...change }));
      byType.set(type, style);
    }
    cell.style = style;
  };
}

const NO_STYLE: Style = {};
const isEmpty = (style: object): boolean => {
  for (const key in style) if (Object.hasOwn(style, key)) return false;
  return true;
};

const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const WRAP_TOP: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
const CENTRE: Partial<ExcelJS.Alignment> = { horizontal: "center" };

type Mark = { severity: Severity; lines: string[] };


/**
 * One mark per visible cell. A finding on a cell hidden inside a merged range (a design merged
 * down over several innovations, a merged header area) is marked on the range's top-left cell,
 * the only one Excel and LibreOffice show; its note line names the cell the finding is about.
 * The finding's reported location stays the cell the reader attributed it to.
 */
function markCells(book: EditableWorkbook, findings: Report["findings"]): number {
  const marks = new Map<string, Mark & { sheet: ExcelJS.Worksheet; row: number; column: number }>();
  for (const f of findings) {
    const loc = f.location;
    if (!loc?.sheet || !loc.row || !loc.column) continue;
    const sheet = book.workbook.getWorksheet(loc.sheet);
    if (!sheet) continue;
    const own = `${loc.column}${loc.row}`;
    // A cell of a merged range answers with its top-left cell (itself when not merged).
    const { row, column, address } = book.cells(sheet).visibleCell(loc.row, columnNumber(loc.column));
    const key = `${loc.sheet}\u0000${address}`;
    let mark = marks.get(key);
    if (!mark) marks.set(key, (mark = { sheet, row, column, severity: f.severity, lines: [] }));
    if (severityRank(f.severity) < severityRank(mark.severity)) mark.severity = f.severity;
    const text = f.fix ? `${f.message} ${f.fix}` : f.message;
    mark.lines.push(own === address ? text : `${own}: ${text}`);
  }
  const style = styler();
  const fills = Object.fromEntries(SEVERITIES.map((s) => [s, solid(SEVERITY_FILLS[s])])) as Record<Severity, ExcelJS.Fill>;
  for (const mark of marks.values()) {
    const cell = book.cells(mark.sheet).cell(mark.row, mark.column);
    style(cell, `mark ${mark.severity}`, { fill: fills[mark.severity] });
    const ours = `${NOTE_PREFIX}${mark.lines.join(`\n${NOTE_PREFIX}`)}`;
    const theirs = userNote(cell.note);
    cell.note = theirs ? `${theirs}\n\n${ours}` : ours;
  }
  return marks.size;
}

/** The user's own part of a cell note, without what an earlier run of the tool added. */
function userNote(note: ExcelJS.Cell["note"]): string {
  if (!note) return "";
  const text = typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
  const at = text.indexOf(NOTE_PREFIX.trim());
  return (at >= 0 ? text.slice(0, at) : text).trim();
}

function writeOwnColumns(cells: SheetCells, read: WorkbookRead, report: Report, lang: Lang): void {
  const { header, headerRowNumber, rowNumbers } = read.innovationSheet!;
  // Reuse our columns from an earlier run; otherwise append right of everything the sheet uses.
  let next = Math.max(cells.columnCount, cells.cellCount(headerRowNumber)) + 1;
  const columnOf = (title: string): number => {
    const existing = header.own.find((o) => o.header === title);
    if (existing) return existing.index + 1;
    const column = next++;
    const cell = cells.cell(headerRowNumber, column);
    cell.value = title;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
    cells.worksheet.getColumn(column).width = title === OWN_COLUMNS.status ? 60 : 16;
    return column;
  };
  const scoreColumn = columnOf(OWN_COLUMNS.score);
  const statusColumn = columnOf(OWN_COLUMNS.status);
  const style = styler();
  const fills = { assessed: solid("FFC6EFCE"), not: solid(SEVERITY_FILLS.warning) };
  ownColumnValues(report, lang).forEach((value, i) => {
    const rowNumber = rowNumbers[i];
    if (rowNumber === undefined) return;
    cells.cell(rowNumber, scoreColumn).value = value.score;
    const status = cells.cell(rowNumber, statusColumn);
    status.value = value.status;
    const assessed = value.assessed ? "assessed" : "not";
    style(status, `status ${assessed}`, { fill: fills[assessed], alignment: WRAP_TOP });
  });
}

/** Our own sheet: reused when empty or written by the tool, else a new name so user data is never cleared. */
function ownSheet(book: EditableWorkbook, name: string): ExcelJS.Worksheet {
  const { workbook } = book;
  const existing = workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
  if (existing) {
    const cells = book.cells(existing);
    const a1 = cells.cell(1, 1).value;
    const ours = cells.actualRowCount === 0 || (typeof a1 === "string" && a1.includes(OWN_SHEET_MARK));
    if (!ours) return ownSheet(book, `${name} (${OWN_SHEET_MARK})`);
    // exceljs orders tabs by orderNo (not in its typings): keep the tab where it was.
    const orderNo = (existing as unknown as { orderNo: number }).orderNo;
    workbook.removeWorksheet(existing.id);
    const fresh = workbook.addWorksheet(existing.name);
    (fresh as unknown as { orderNo: number }).orderNo = orderNo;
    return fresh;
  }
  return workbook.addWorksheet(name);
}

function writeSummary(book: EditableWorkbook, report: Report, lang: Lang): void {
  const sheet = ownSheet(book, SHEETS.summary);
  sheet.getColumn(1).width = 44;
  sheet.getColumn(2).width = 110;
  sheet.getColumn(3).width = 16;
  const fonts = { title: { bold: true, size: 14 }, headline: { bold: true, size: 13 }, bold: { bold: true }, header: { bold: true } } as const;
  summaryRows(report, lang).forEach(({ cells, style, severity }, i) => {
    const row = sheet.getRow(i + 1);
    cells.forEach((value, c) => (row.getCell(c + 1).value = value));
    row.getCell(2).alignment = { wrapText: true, vertical: "top" };
    if (style) row.font = fonts[style];
    if (severity) row.getCell(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILLS[severity] } };
  });
}

function writeMatrix(book: EditableWorkbook, result: CheckResult, lang: Lang): void {
  const sheet = ownSheet(book, SHEETS.matrix);
  const matrix = completenessMatrix(result);
  const en = lang === "en";
  sheet.getCell("A1").value = `${en ? "Completeness matrix" : "Matriks kelengkapan"} (${OWN_SHEET_MARK})`;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getCell("A2").value = en
    ? "✓ answered with evidence · ! answered without evidence (scores 0) · blank: no parameter · * mandatory indicator"
    : "✓ diisi dengan bukti dukung · ! diisi tanpa bukti dukung (nilai 0) · kosong: parameter belum dipilih · * indikator wajib";
  const headerRow = sheet.getRow(4);
  headerRow.getCell(1).value = "No";
  headerRow.getCell(2).value = uiStrings(lang).innovation;
  matrix.columns.forEach((column, i) => {
    const cell = headerRow.getCell(i + 3);
    cell.value = column.mandatory ? `${column.key}*` : column.key;
    cell.note = `${column.key} · ${column.name[lang]}${column.mandatory ? (en ? " (mandatory)" : " (wajib)") : ""}`;
    cell.alignment = { horizontal: "center" };
    if (column.mandatory) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFCE4D6" } };
    sheet.getColumn(i + 3).width = 5;
  });
  headerRow.font = { bold: true };
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 40;
  const style = styler();
  // How each state looks in each column, worked out once per column rather than per cell.
  const looks = matrix.columns.map((column) => {
    const look = (state: MatrixCell) => {
      const fill = MATRIX_FILLS[state] ?? (column.mandatory ? SEVERITY_FILLS.error : undefined);
      return { variant: `matrix ${fill ?? ""}`, change: fill ? { alignment: CENTRE, fill: solid(fill) } : { alignment: CENTRE } };
    };
    return { evidence: look("evidence"), "no-evidence": look("no-evidence"), empty: look("empty") } satisfies Record<MatrixCell, unknown>;
  });
  // One row per innovation, made as exceljs's models (no Row and Cell objects to build and turn back).
  const cells = book.cells(sheet);
  matrix.rows.forEach((row, r) => {
    const number = 5 + r;
    cells.keepNewRow(number);
    cells.cell(number, 1).value = row.index + 1;
    cells.cell(number, 2).value = row.name;
    row.cells.forEach((state, c) => {
      const cell = cells.cell(number, c + 3);
      cell.value = MATRIX_SYMBOLS[state] || null;
      const { variant, change } = looks[c]![state];
      style(cell, variant, change);
    });
  });
  sheet.views = [{ state: "frozen", xSplit: 2, ySplit: 4 }];
  if (matrix.columns.length) sheet.getCell(`${columnLetter(3)}3`).value = en ? "Indicators" : "Indikator";
}

