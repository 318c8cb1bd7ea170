// --format csv: one row per finding (or, with --matrix, one row per innovation of the
// completeness matrix). RFC 4180 quoting, CRLF rows, a UTF-8 BOM so Excel reads the accents, and
// cells that Excel would run as a formula neutralised.
import { uiStrings, type Lang } from "../../core/index.ts";
import { failedMessage, isFailed, locationText, type CheckedFile, type FileOutcome } from "../outcome.ts";
import { cliStrings } from "../strings.ts";

const BOM = "\uFEFF";

/**
 * A cell that starts with = + - @ (or a tab / carriage return, which Excel strips before
 * looking) would be read as a formula when the file is opened: prefix a single quote so it
 * stays text (OWASP's advice for CSV injection).
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quote when the cell holds a comma, a quote or a line break; double inner quotes. */
export function csvCell(value: string | number): string {
  const text = neutralise(String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (cells: readonly (string | number)[]): string => cells.map(csvCell).join(",");

export function renderCsv(outcomes: readonly FileOutcome[], options: { lang: Lang; matrix: boolean }): string {
  const rows = options.matrix ? matrixRows(outcomes, options.lang) : findingRows(outcomes, options.lang);
  return `${BOM}${rows.map(csvRow).join("\r\n")}\r\n`;
}

function findingRows(outcomes: readonly FileOutcome[], lang: Lang): (string | number)[][] {
  const ui = uiStrings(lang);
  const s = cliStrings(lang);
  const rows: (string | number)[][] = [[s.file, s.severityColumn, s.code, s.location, s.message]];
  for (const o of outcomes) {
    if (isFailed(o)) {
      rows.push([o.file, ui.severity.error, o.error.code, "", failedMessage(o, lang)]);
      continue;
    }
    for (const f of o.report.findings) rows.push([o.file, ui.severity[f.severity], f.code, locationText(f), f.message]);
  }
  return rows;
}

function matrixRows(outcomes: readonly FileOutcome[], lang: Lang): (string | number)[][] {
  const s = cliStrings(lang);
  const ui = uiStrings(lang);
  const checked = outcomes.filter((o): o is CheckedFile => !isFailed(o));
  // Columns follow the first file's framework; a batch is normally one framework.
  const columns = checked[0]?.matrix.columns ?? [];
  const rows: (string | number)[][] = [[s.file, s.number, ui.innovation, ...columns.map((c) => (c.mandatory ? `${c.key}*` : c.key))]];
  for (const o of outcomes) {
    // An unreadable file keeps its place: one row with its error, so the matrix shows it is missing.
    if (isFailed(o)) rows.push([o.file, "", failedMessage(o, lang), ...columns.map(() => "")]);
    else for (const row of o.matrix.rows) rows.push([o.file, row.index + 1, row.name, ...row.cells.map((cell) => s.matrixCell[cell])]);
  }
  return rows;
}
