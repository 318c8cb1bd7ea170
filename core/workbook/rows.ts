// Rows of an innovation sheet (and a Pemda sheet) -> the public submission document, plus a
// locator that maps every finding's submission path back to its sheet, row and cell.
import type { Framework } from "../framework/compile.ts";
import type { ProfileFieldKey } from "../framework/schema.ts";
import type { Finding, HostLocation, Severity, SubmissionPath } from "../findings.ts";
import { labelRecogniser } from "../recognition/labels.ts";
import type { InnovationInput, SubmissionInput } from "../submission/schema.ts";
import { indicatorKey } from "../submission/normalise.ts";
import { compactKey } from "../text/normalise.ts";
import { cellScalar, cellText, isBlank, type CellValue, type SheetRows } from "./cells.ts";
import { recogniseInnovationHeader, type HeaderMatch } from "./headers.ts";
import { columnLetter, sheetRef } from "./layout.ts";

export const WORKBOOK_CODES = {
  "innovation-sheet-missing": "error",
  "header-not-found": "error",
  "column-required-missing": "error",
  "column-recommended-missing": "warning",
  "columns-extra": "info",
  "region-table-not-found": "warning",
} as const satisfies Record<string, Severity>;

type Emit = (code: keyof typeof WORKBOOK_CODES, location: HostLocation, params?: Finding["params"]) => void;

export type WorkbookRead = {
  input: SubmissionInput;
  /** Workbook-level findings (missing columns, extra columns), already located. */
  findings: Finding[];
  /** Maps a finding's path to its cell. */
  locate: (path: SubmissionPath) => HostLocation | undefined;
  /** Profile fields whose column is missing (reported once here, not once per row). */
  absentFields: ProfileFieldKey[];
  innovationSheet?: { sheet: string; header: HeaderMatch; headerRowNumber: number; rowNumbers: number[] };
  regionSheet?: { sheet: string; rowByKey: Map<string, number>; columns: RegionColumns; nameCell?: { row: number; column: number } };
};

type RegionColumns = { number: number; level?: number; value?: number; evidence?: number };

/** Reads the innovation sheet (required) and the Pemda sheet (optional). */
export function readWorkbookRows(
  sheets: { innovations?: SheetRows; region?: SheetRows; fileName?: string },
  framework: Framework,
): WorkbookRead {
  const findings: Finding[] = [];
  const file = sheets.fileName;
  const emit: Emit = (code, location, params = {}) =>
    findings.push({ code, severity: WORKBOOK_CODES[code], path: [], params, location: { ...(file ? { file } : {}), ...location } });
  const read: WorkbookRead = { input: { framework: framework.id, innovations: [] }, findings, locate: () => undefined, absentFields: [] };

  const cellLocation = (sheet: string, row: number, column: number, label?: string): HostLocation => {
    const letter = columnLetter(column + 1);
    return { ...(file ? { file } : {}), sheet, row, column: letter, cell: `${sheetRef(sheet)}!${letter}${row}`, ...(label ? { label } : {}) };
  };

  if (!sheets.innovations) emit("innovation-sheet-missing", {});
  else {
    const { sheet, rows, firstRow } = sheets.innovations;
    const header = recogniseInnovationHeader(rows, framework);
    if (!header) emit("header-not-found", { sheet }, { sheet });
    else {
      const headerRowNumber = firstRow + header.headerRow;
      const present = new Set(header.columns.filter((c) => c.target.kind === "profile").map((c) => (c.target as { key: string }).key));
      for (const field of framework.profile.fields) {
        if (field.required === "none" || present.has(field.key)) continue;
        // Reported once for the column, not once per row.
        read.absentFields.push(field.key);
        emit(field.required === "error" ? "column-required-missing" : "column-recommended-missing", { sheet, row: headerRowNumber }, { column: field.label.id, field: field.key });
      }
      if (header.extra.length)
        emit("columns-extra", { sheet, row: headerRowNumber }, { columns: header.extra.map((e) => `${columnLetter(e.index + 1)}: ${e.header}`) });
      const rowNumbers: number[] = [];
      for (let r = header.headerRow + 1; r < rows.length; r++) {
        const row = rows[r] ?? [];
        if (header.columns.every((c) => isBlank(row[c.index]))) continue;
        read.input.innovations!.push(rowToInnovation(row, header));
        rowNumbers.push(firstRow + r);
      }
      read.innovationSheet = { sheet, header, headerRowNumber, rowNumbers };
    }
  }
  if (sheets.region) readRegion(sheets.region, framework, read, emit);

  // The locator keeps only the sheet layouts, not the rows or the submission, so a host can let
  // those go once the check has run (a 50,000-row sheet is hundreds of megabytes).
  const { innovationSheet, regionSheet } = read;
  // The first column for each target, as looked up once per finding (tens of thousands on a large sheet).
  type Column = HeaderMatch["columns"][number];
  const firstColumn = new Map<string, Column>();
  for (const column of innovationSheet?.header.columns ?? []) {
    const t = column.target;
    for (const id of t.kind === "profile" ? [`p ${t.key}`] : [`i ${t.key} ${t.part}`, `i ${t.key}`]) if (!firstColumn.has(id)) firstColumn.set(id, column);
  }
  read.locate = (path) => {
    if (path[0] === "innovations" && typeof path[1] === "number" && innovationSheet) {
      const { sheet, rowNumbers, header } = innovationSheet;
      const row = rowNumbers[path[1]];
      if (row === undefined) return undefined;
      let column: Column | undefined;
      if (path[2] === "indicators" && typeof path[3] === "string") {
        const key = path[3];
        const part = path[4] === "evidence" ? "evidence" : path[4] === "basis" ? "basis" : "level";
        column = firstColumn.get(`i ${key} ${part}`) ?? firstColumn.get(`i ${key}`);
      } else if (typeof path[2] === "string") column = firstColumn.get(`p ${path[2]}`);
      column ??= firstColumn.get("p name") ?? header.columns[0];
      return column ? cellLocation(sheet, row, column.index, column.header) : { ...(file ? { file } : {}), sheet, row };
    }
    if (path[0] === "innovations" && innovationSheet) return { ...(file ? { file } : {}), sheet: innovationSheet.sheet };
    if (path[0] === "region" && regionSheet) {
      const { sheet, rowByKey, columns, nameCell } = regionSheet;
      if (path[1] === "name" && nameCell) return cellLocation(sheet, nameCell.row, nameCell.column, "Nama Pemda");
      if (path[1] === "indicators" && typeof path[2] === "string") {
        const row = rowByKey.get(indicatorKey(path[2]));
        if (row === undefined) return { ...(file ? { file } : {}), sheet };
        const col = path[3] === "evidence" ? columns.evidence : path[3] === "value" ? columns.value : columns.level;
        return cellLocation(sheet, row, col ?? columns.number);
      }
      return { ...(file ? { file } : {}), sheet };
    }
    return undefined;
  };
  return read;
}

function rowToInnovation(row: readonly CellValue[], header: HeaderMatch): InnovationInput {
  const innovation: Record<string, unknown> = {};
  const indicators: Record<string, Record<string, unknown>> = {};
  let answered = false;
  for (const column of header.columns) {
    const value = row[column.index];
    // null exactly for a blank cell (isBlank), so one call both tests and reads the cell.
    const scalar = cellScalar(value);
    if (scalar === null) continue;
    if (column.target.kind === "profile") {
      innovation[column.target.key] = column.target.key === "otherAffairs" ? cellText(value) : scalar;
      continue;
    }
    answered = true;
    const answer = (indicators[column.target.key] ??= {});
    if (column.target.part === "evidence") answer.evidence = evidenceFromCell(value);
    else answer[column.target.part] = scalar;
  }
  if (answered) innovation.indicators = indicators;
  return innovation as InnovationInput;
}

/** A hyperlink cell counts by its file name when the text is one, else by its address. */
function evidenceFromCell(value: CellValue): string[] | string {
  if (value && typeof value === "object" && !(value instanceof Date) && value.hyperlink) {
    const text = (value.text ?? "").trim();
    return /\.[a-z0-9]{2,5}$/i.test(text) ? [text] : [value.hyperlink];
  }
  return cellText(value);
}

const REGION_HEADERS: Record<keyof RegionColumns, string[]> = {
  number: ["No", "No.", "Nomor", "Kode", "Indikator No"],
  level: ["Parameter", "Pilihan", "Parameter Dipilih", "Level", "Chosen parameter"],
  value: ["Nilai", "Nilai Capaian", "Value", "Raw value", "Angka"],
  evidence: ["Bukti Dukung", "Bukti", "Evidence", "Dokumen Pendukung", "Data Pendukung"],
};

function readRegion(region: SheetRows, framework: Framework, read: WorkbookRead, emit: Emit): void {
  const { sheet, rows, firstRow } = region;
  const recogniser = labelRecogniser(framework);
  const keys = Object.fromEntries(Object.entries(REGION_HEADERS).map(([k, v]) => [k, new Set(v.map(compactKey))])) as Record<keyof RegionColumns, Set<string>>;
  let name: string | undefined;
  let nameCell: { row: number; column: number } | undefined;
  let headerRow = -1;
  let columns: RegionColumns | undefined;
  for (let r = 0; r < Math.min(rows.length, 40) && headerRow < 0; r++) {
    const row = rows[r] ?? [];
    const found: Partial<RegionColumns> = {};
    row.forEach((cell, c) => {
      const key = compactKey(cellText(cell));
      for (const part of Object.keys(keys) as (keyof RegionColumns)[]) if (found[part] === undefined && keys[part].has(key)) found[part] = c;
      if (!name && recogniser.recognise(cellText(cell))?.kind === "region-name") {
        const next = row.findIndex((v, i) => i > c && !isBlank(v));
        if (next >= 0) {
          name = cellText(row[next]).trim();
          nameCell = { row: firstRow + r, column: next };
        }
      }
    });
    if (found.number !== undefined && (found.level !== undefined || found.evidence !== undefined)) {
      headerRow = r;
      columns = found as RegionColumns;
    }
  }
  if (!columns) {
    emit("region-table-not-found", { sheet }, { sheet });
    return;
  }
  const indicators: Record<string, Record<string, unknown>> = {};
  const rowByKey = new Map<string, number>();
  for (let r = headerRow + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    const key = indicatorKey(cellText(row[columns.number]));
    if (!key || !/^\d/.test(key)) continue;
    rowByKey.set(key, firstRow + r);
    const answer: Record<string, unknown> = {};
    if (columns.level !== undefined && !isBlank(row[columns.level])) answer.level = cellScalar(row[columns.level]);
    if (columns.value !== undefined && !isBlank(row[columns.value])) answer.value = cellScalar(row[columns.value]);
    if (columns.evidence !== undefined && !isBlank(row[columns.evidence])) answer.evidence = evidenceFromCell(row[columns.evidence]);
    if (Object.keys(answer).length) indicators[key] = answer;
  }
  read.input.region = { ...(name ? { name } : {}), indicators };
  read.regionSheet = { sheet, rowByKey, columns, ...(nameCell ? { nameCell } : {}) };
}
